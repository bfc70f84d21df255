export { t as capMessage } from "./chunk-3292eae8.js";
