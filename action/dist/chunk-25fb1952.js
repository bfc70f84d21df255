// dist/reporters/numbers.js
function fmtScore(score) {
	return score === null || score === void 0 ? "n/a" : String(Math.floor(score));
}
export { fmtScore as t };
