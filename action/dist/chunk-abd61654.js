export { o as runCheck } from "./chunk-34bec3f3.js";
