import { t as require_dist } from "./chunk-95425dd7.js";
export default require_dist();
export {};
