export { c as toolVersion } from "./chunk-36ad93e4.js";
