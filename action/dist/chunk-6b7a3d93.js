export { u as runCheck } from "./chunk-65d09e33.js";
