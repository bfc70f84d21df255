export { t as didYouMean } from "./chunk-f4e99a2c.js";
