export { u as runCheck } from "./chunk-577a56ed.js";
