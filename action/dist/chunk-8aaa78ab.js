import { i as terminalSafeBlock, r as terminalSafe } from "./chunk-3951146b.js";
import "./chunk-e3c6e943.js";
import { n as defaultBudget, r as evaluateRule, t as aggregateOutcome } from "./chunk-fe0e7a36.js";
import { i as loadAllDocuments } from "./chunk-6bc7d8c4.js";
import { l as locate } from "./chunk-9983cf21.js";
import { n as standardFile, t as loadStandard } from "./chunk-1bb3c873.js";
import { c as parseDate } from "./chunk-7438c5f2.js";
import { t as parse } from "./chunk-2b1cc3fe.js";
import { t as formatProblem } from "./chunk-35fe87d2.js";
import { t as UsageError } from "./chunk-2a83795e.js";
import { t as didYouMean } from "./chunk-f4e99a2c.js";
import { d as backingOf, f as evaluateSubject, h as assuranceWords } from "./chunk-56fbaf72.js";
// dist/src/cli/explain-command.js
async function runExplain(args) {
	const { values, positionals } = parse(args, {
		standard: {
			type: "string",
			short: "s"
		},
		"as-of": { type: "string" }
	});
	const id = positionals[0];
	const files = positionals.slice(1);
	const asOf = parseDate(values["as-of"], "--as-of") ?? new Date().toISOString().slice(0, 10);
	if (!id) throw new UsageError("explain needs a control id or rule name, e.g. `ringfence explain KDUS-CU-01`");
	const { standard, problems } = loadStandard(standardFile(values.standard));
	if (!standard) {
		for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
		return 2;
	}
	const controls = standard.areas.flatMap((a) => a.controls);
	const matches = controls.filter((c) => c.id.toLowerCase() === id.toLowerCase() || c.ruleName === id);
	if (matches.length === 0) {
		const hint = didYouMean(id, [...controls.map((c) => c.id), ...controls.map((c) => c.ruleName)]);
		throw new UsageError(`no control or rule "${id}" in ${standard.id} ${standard.version}${hint ? `; did you mean ${hint}?` : ""}`);
	}
	const out = [];
	let failed = false;
	for (const c of matches) {
		const area = standard.areas.find((a) => a.id === c.areaId);
		out.push(`${c.id} \u2014 ${c.title}`);
		out.push(`  area ${area.id} (${area.title}) \u00B7 severity ${c.severity} (weight ${c.weight}) \u00B7 level ${c.level}${c.capsGrade ? ` \u00B7 caps the grade at ${standard.grading.criticalCap} when not passing` : ""}`);
		const minimum = standard.grading.minimumAssurance;
		if (c.capsGrade && minimum !== void 0 && c.rule?.appliesTo === "VendorManifest" && !c.rule.usesBacking && !c.rule.judgesDocument) out.push(`  assurance policy: a vendor manifest reaches level 1 or above${standard.grading.unbackedCap ? `, and a grade above ${standard.grading.unbackedCap},` : ""} only when this control's claims are backed at least as ${assuranceWords(minimum)} (grading.minimumAssurance${standard.grading.unbackedCap ? ", grading.unbackedCap" : ""})`);
		out.push(`  rule ${c.ruleName}${c.rule ? ` (${c.rule.file}), applies to ${c.rule.appliesTo}` : ""}`);
		if (c.brokenReason) out.push(`  BROKEN: ${c.brokenReason}`);
		const params = Object.entries(c.params);
		if (params.length) out.push(`  parameters: ${params.map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(", ")}`);
		out.push("", "Why", indent(c.rationale), "", "How to fix", indent(c.remediation));
		if (c.rule) {
			const s = c.rule.source;
			out.push("", "What is checked");
			if (s.forEach) out.push(`  for each ${c.rule.as} in ${s.forEach}`);
			if (s.when) out.push(`  when       ${s.when}`);
			for (const e of s.evidence ?? []) out.push(`  evidence   ${e}`);
			for (const e of s.claims ?? []) out.push(`  claims     ${e} (where declared)`);
			out.push(`  assert     ${s.assert.trim().replace(/\s*\n\s*/g, "\n             ")}`);
			if (s.at) out.push(`  at         ${s.at}`);
			for (const r of s.related ?? []) out.push(`  also at    ${r.forEach ? `(for each ${r.as ?? "other"} in ${r.forEach}) ` : ""}${r.when ? `(when ${r.when}) ` : ""}${r.at}: "${r.message}"`.replace(/\s*\n\s*/g, " "));
		}
		if (c.mappings.length) out.push("", "Maps to", ...c.mappings.map((m) => `  ${m.framework} ${m.id}${m.title ? ` \u2014 ${m.title}` : ""}`));
		if (c.references.length) out.push("", "References", ...c.references.map((r) => `  ${r.title}${r.url ? ` <${r.url}>` : ""}`));
		if (files.length && c.rule) {
			const on = await explainOn(standard, c, files, asOf);
			out.push("", ...on.lines);
			if (on.failed) failed = true;
		}
		out.push("");
	}
	process.stdout.write(terminalSafeBlock(out.join("\n")));
	return failed ? 2 : 0;
}
const marks = {
	pass: "\u2713 pass",
	fail: "\u2716 fail",
	missing_evidence: "? missing evidence",
	not_applicable: "\u00B7 not applicable",
	error: "! error"
};
async function explainOn(standard, c, paths, asOf) {
	const out = [`On ${paths.join(", ")} (as of ${asOf})`];
	const { documents: docs, problems } = await loadAllDocuments(paths, void 0, "strict");
	for (const p of problems) out.push(`  ${formatProblem(p)}`);
	const rule = c.rule;
	const relevant = docs.filter((d) => d.kind === rule.appliesTo);
	if (!relevant.length) out.push(`  no ${rule.appliesTo} among them`);
	for (const doc of relevant) {
		const product = doc.value.metadata?.product;
		const vendor = rule.usesVendor ? docs.find((d) => d.kind === "VendorManifest" && d.value.metadata?.product === product) : void 0;
		const instances = evaluateRule(rule, {
			doc: doc.value,
			pointerOf: (o) => doc.pointers.get(o),
			params: c.params,
			vendor: vendor ? {
				value: vendor.value,
				pointerOf: (o) => vendor.pointers.get(o)
			} : void 0,
			...typeof product === "string" ? { vendorHint: `product ${JSON.stringify(product)}` } : {},
			...rule.usesBacking ? { backing: backingOf(evaluateSubject(standard, doc, void 0, Date.parse(`${asOf}T00:00:00Z`), defaultBudget).subject, standard) } : {}
		}, {
			asOf: Date.parse(`${asOf}T00:00:00Z`),
			budget: defaultBudget
		});
		out.push(`  ${doc.file}${doc.documentIndex ? ` (document ${doc.documentIndex + 1})` : ""}: ${aggregateOutcome(instances.map((i) => i.outcome)).replace("_", " ")}`);
		for (const i of instances) {
			const at = locate(doc, i.pointer);
			const r = at.range;
			out.push(terminalSafe(`    ${marks[i.outcome]}  ${i.pointer || "/"} (${at.file === doc.file ? "line" : at.file} ${r.startLine}:${r.startColumn})${i.message ? `: ${i.message}` : ""}`));
		}
	}
	return {
		lines: out,
		failed: problems.some((p) => p.severity === "error")
	};
}
function indent(s) {
	return s.trim().split("\n").map((l) => `  ${l}`).join("\n");
}
export { runExplain };
