export { r as terminalSafe } from "./chunk-3951146b.js";
