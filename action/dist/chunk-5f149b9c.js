export { n as runAttest, r as runKeygen, i as runVerify } from "./chunk-5f7678a5.js";
