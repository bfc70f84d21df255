export { u as runCheck } from "./chunk-489a974c.js";
