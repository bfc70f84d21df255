// dist/src/artifacts/types.js
function lineRange(line, column, length) {
	return {
		startLine: line,
		startColumn: column,
		endLine: line,
		endColumn: column + Math.max(1, length)
	};
}
function artifactProblem(file, code, message, range, severity = "error") {
	return {
		severity,
		code,
		file,
		message,
		...range ? { range } : {}
	};
}
export { lineRange as n, artifactProblem as t };
