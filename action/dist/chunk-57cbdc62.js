export { n as runAttest, r as runKeygen, i as runVerify } from "./chunk-efd32878.js";
