export { n as runAttest, r as runKeygen, i as runVerify } from "./chunk-7389ac9d.js";
