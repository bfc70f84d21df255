export { u as runCheck } from "./chunk-64d53c05.js";
