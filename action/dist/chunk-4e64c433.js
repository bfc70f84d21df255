export { p as runCheck } from "./chunk-70b6664c.js";
