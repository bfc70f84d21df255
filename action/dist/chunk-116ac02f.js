import { r as indexPointers } from "./chunk-492e16a4.js";
import { n as defaultBudget, r as evaluateRule, t as aggregateOutcome } from "./chunk-fe0e7a36.js";
import { r as displayPath, t as compareStrings } from "./chunk-1fcab411.js";
import { i as rulesDir } from "./chunk-36ad93e4.js";
import { t as loadRuleFile } from "./chunk-1745c788.js";
import { n as makeStyle, r as terminalSafe } from "./chunk-3951146b.js";
import { n as useColor, t as parse } from "./chunk-2b1cc3fe.js";
import { t as formatProblem } from "./chunk-35fe87d2.js";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
function runRuleTests(rule) {
	const cases = rule.tests.map((t) => {
		const pointers = indexPointers(t.doc);
		const vendorPointers = t.vendor !== void 0 ? indexPointers(t.vendor) : void 0;
		const instances = evaluateRule(rule, {
			doc: t.doc,
			pointerOf: (o) => pointers.get(o),
			params: {
				...rule.params,
				...t.params ?? {}
			},
			vendor: t.vendor !== void 0 ? {
				value: t.vendor,
				pointerOf: (o) => vendorPointers.get(o)
			} : void 0,
			...t.backing !== void 0 ? { backing: t.backing } : {}
		}, {
			asOf: Date.parse(`${t.asOf ?? "2026-11-25"}T00:00:00Z`),
			budget: defaultBudget
		});
		const actual = instances.map((i) => i.outcome);
		const reported = new Set(instances.flatMap((i) => (i.related ?? []).map((r) => r.vendor ? `vendor#${r.pointer}` : r.pointer)));
		const unreported = (t.related ?? []).filter((p) => !reported.has(p));
		const claimed = new Set(instances.flatMap((i) => i.claims ?? []));
		const unclaimed = (t.claims ?? []).filter((p) => !claimed.has(p));
		const passed = (Array.isArray(t.expect) ? t.expect.length === actual.length && t.expect.every((e, i) => e === actual[i]) : t.expect === aggregateOutcome(actual)) && unreported.length === 0 && unclaimed.length === 0;
		return {
			rule: rule.name,
			file: rule.file,
			name: t.name,
			line: t.line,
			passed,
			expected: t.expect,
			actual,
			details: [
				...instances.map((i) => `${i.outcome} at ${i.pointer || "/"}${i.message ? `: ${i.message}` : ""}${i.related?.length ? ` (also at ${i.related.map((r) => `${r.vendor ? "vendor#" : ""}${r.pointer || "/"}`).join(", ")})` : ""}`),
				...unreported.length > 0 ? [`expected related positions not reported: ${unreported.join(", ")}`] : [],
				...unclaimed.length > 0 ? [`expected claims not named: ${unclaimed.join(", ")} (claimed: ${[...claimed].map((p) => p || "/").join(", ") || "none"})`] : []
			]
		};
	});
	const kinds = new Set(rule.tests.flatMap((t) => Array.isArray(t.expect) ? t.expect : [t.expect]));
	const missing = [];
	if (!kinds.has("pass")) missing.push("a passing case");
	if (!kinds.has("fail")) missing.push("a failing case");
	return {
		rule: rule.name,
		file: rule.file,
		cases,
		missing
	};
}
// dist/src/cli/test-command.js
function runTest(args) {
	const { values, positionals } = parse(args, {
		verbose: { type: "boolean" },
		color: { type: "boolean" },
		"no-color": { type: "boolean" }
	});
	const st = makeStyle(values["no-color"] ? false : useColor(process.stdout, values.color));
	const files = collectRuleFiles(positionals.length ? positionals : [rulesDir]);
	const out = [];
	let cases = 0;
	let failedCases = 0;
	let lacking = 0;
	let broken = 0;
	for (const file of files) {
		const { rule, problems } = loadRuleFile(file);
		for (const p of problems) out.push(`${st.red("\u2716")} ${formatProblem(p)}`);
		if (!rule) {
			broken++;
			continue;
		}
		const summary = runRuleTests(rule);
		cases += summary.cases.length;
		const failed = summary.cases.filter((c) => !c.passed);
		failedCases += failed.length;
		if (summary.missing.length) lacking++;
		if (failed.length === 0 && summary.missing.length === 0) {
			out.push(`${st.green("\u2713")} ${rule.name} ${st.dim(`(${summary.cases.length} case${summary.cases.length === 1 ? "" : "s"})`)}`);
			if (values.verbose) for (const c of summary.cases) out.push(st.dim(`    \u2713 ${terminalSafe(c.name)}`));
			continue;
		}
		out.push(`${st.red("\u2716")} ${rule.name} ${st.dim(displayPath(file))}`);
		for (const c of failed) {
			const expected = Array.isArray(c.expected) ? `[${c.expected.join(", ")}]` : c.expected;
			const actual = Array.isArray(c.expected) ? `[${c.actual.join(", ")}]` : `${c.actual.length === 1 ? c.actual[0] : `[${c.actual.join(", ")}]`}`;
			out.push(`    ${st.red("\u2716")} ${terminalSafe(c.name)} ${st.dim(`(${c.file}:${c.line})`)}: expected ${expected}, got ${actual}`);
			for (const d of c.details) out.push(st.dim(`        ${terminalSafe(d)}`));
		}
		if (summary.missing.length) out.push(`    ${st.red("\u2716")} lacks ${summary.missing.join(" and ")}`);
	}
	const rules = files.length;
	out.push("");
	out.push(`${rules} rule${rules === 1 ? "" : "s"}, ${cases} case${cases === 1 ? "" : "s"}: ${cases - failedCases} passed, ${failedCases} failed${lacking ? `; ${lacking} rule${lacking === 1 ? "" : "s"} lack a passing or failing case` : ""}${broken ? `; ${broken} rule${broken === 1 ? "" : "s"} failed to load` : ""}`);
	process.stdout.write(`${out.join("\n")}\n`);
	if (broken) return 2;
	return failedCases || lacking ? 1 : 0;
}
function collectRuleFiles(paths) {
	const out = [];
	const visit = (p, depth) => {
		let st;
		try {
			st = statSync(p);
		} catch {
			out.push(p);
			return;
		}
		if (st.isDirectory()) {
			if (depth > 8) return;
			for (const e of readdirSync(p).sort(compareStrings)) if (!e.startsWith(".")) visit(path.join(p, e), depth + 1);
		} else if (/\.ya?ml$/.test(p) || depth === 0) out.push(p);
	};
	for (const p of paths) visit(p, 0);
	return out;
}
export { runTest };
