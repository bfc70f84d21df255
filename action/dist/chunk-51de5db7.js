export { u as runCheck } from "./chunk-36fd446f.js";
