export { n as runAttest, r as runKeygen, i as runVerify } from "./chunk-74fb56ef.js";
