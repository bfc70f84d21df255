export { p as runCheck } from "./chunk-f276334b.js";
