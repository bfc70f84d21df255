export { n as runAttest, r as runKeygen, i as runVerify } from "./chunk-dfdac184.js";
