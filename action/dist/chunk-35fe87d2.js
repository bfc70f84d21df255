import { t as capMessage } from "./chunk-3292eae8.js";
import { r as terminalSafe } from "./chunk-3951146b.js";
// dist/src/cli/format-problem.js
function formatProblem(p) {
	const where = p.file ? `${p.file}${p.range ? `:${p.range.startLine}:${p.range.startColumn}` : ""}: ` : "";
	return terminalSafe(`${where}${p.severity}: ${capMessage(p.message)} [${p.code}]`);
}
export { formatProblem as t };
