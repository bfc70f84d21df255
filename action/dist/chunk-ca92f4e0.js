export { p as runCheck } from "./chunk-7438c5f2.js";
