export { n as runAttest, r as runKeygen, i as runVerify } from "./chunk-fdd0d2ab.js";
