export { n as runAttest, r as runKeygen, i as runVerify } from "./chunk-8e521774.js";
