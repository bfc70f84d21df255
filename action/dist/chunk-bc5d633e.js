import "./chunk-d3998f32.js";
import { C as expandInputs, S as reportOf, b as checkSequential, w as reportHeader } from "./chunk-a7022cfc.js";
// dist/src/engine/check.js
function check(standard, standardProblems, options) {
	const subjects = [];
	const summary = checkSequential(standard, standardProblems, expandInputs(options), options, reportHeader(standard, options.asOf, options.config, options.about), void 0, (s) => void subjects.push(s));
	return reportOf(summary, subjects);
}
export { check as t };
