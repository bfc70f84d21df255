import { r as terminalSafe } from "./chunk-3951146b.js";
import { n as standardFile, t as loadStandard } from "./chunk-1bb3c873.js";
import { t as parse } from "./chunk-2b1cc3fe.js";
import { t as formatProblem } from "./chunk-35fe87d2.js";
// dist/src/cli/lint-standard-command.js
function runLintStandard(args) {
	const { positionals } = parse(args, {});
	const file = standardFile(positionals[0], "the standard");
	const { standard, problems } = loadStandard(file);
	for (const p of problems) process.stdout.write(`${formatProblem(p)}\n`);
	if (!standard) {
		process.stdout.write("the standard could not be loaded\n");
		return 2;
	}
	const controls = standard.areas.flatMap((a) => a.controls);
	const rules = new Set(controls.map((c) => c.ruleName));
	const untested = controls.filter((c) => c.rule && !(c.rule.tests.some((t) => [t.expect].flat().includes("pass")) && c.rule.tests.some((t) => [t.expect].flat().includes("fail"))));
	for (const c of untested) process.stdout.write(`${terminalSafe(`${c.source.file}:${c.source.line}: warning: rule ${c.ruleName} of ${c.id} lacks a passing or a failing test case`)}\n`);
	const errors = problems.filter((p) => p.severity === "error").length;
	process.stdout.write(`${standard.id} ${standard.version}${standard.extends.length ? ` (extends ${standard.extends.join(" \u2192 ")})` : ""}: ${standard.areas.length} areas, ${controls.length} controls, ${rules.size} rules; ${errors} error${errors === 1 ? "" : "s"}, ${problems.length - errors + untested.length} warning${problems.length - errors + untested.length === 1 ? "" : "s"}\n`);
	return errors ? 2 : 0;
}
export { runLintStandard };
