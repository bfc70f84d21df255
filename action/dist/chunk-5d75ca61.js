export { n as runAttest, r as runKeygen, i as runVerify } from "./chunk-19afa610.js";
