export { n as runAttest, r as runKeygen, i as runVerify } from "./chunk-4d44974d.js";
