export { u as runCheck } from "./chunk-9c8c81a4.js";
