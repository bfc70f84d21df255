import "./chunk-56fbaf72.js";
import { C as expandInputs, S as reportOf, b as checkSequential, w as reportHeader } from "./chunk-7438c5f2.js";
// dist/src/engine/check.js
function check(standard, standardProblems, options) {
	const subjects = [];
	const summary = checkSequential(standard, standardProblems, expandInputs(options), options, reportHeader(standard, options.asOf, options.config, options.about), void 0, (s) => void subjects.push(s));
	return reportOf(summary, subjects);
}
export { check as t };
