export { n as runAttest, r as runKeygen, i as runVerify } from "./chunk-a42fcd11.js";
