export { p as runCheck } from "./chunk-a7022cfc.js";
