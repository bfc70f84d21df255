export { n as runAttest, r as runKeygen, i as runVerify } from "./chunk-78c94f60.js";
