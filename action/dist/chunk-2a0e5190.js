export { o as toolVersion } from "./chunk-d0a43a67.js";
