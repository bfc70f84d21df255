import { n as makeStyle, r as terminalSafe } from "./chunk-3951146b.js";
import { t as fmtScore } from "./chunk-25fb1952.js";
import { i as rankingRule, n as rankHead, r as rankLabel, t as pct } from "./chunk-683c2f36.js";
// dist/reporters/compare/text.js
const mark = {
	pass: "\u2713",
	fail: "\u2716",
	missing_evidence: "?",
	error: "!",
	not_applicable: "\u00B7"
};
const compareText = (c, options) => {
	const st = makeStyle(options.color);
	const r = c.report;
	const out = [];
	out.push(st.bold(`ringfence compare \u00B7 ${terminalSafe(r.standard.id)} ${terminalSafe(r.standard.version)} \u00B7 as of ${r.asOf} \u00B7 ${c.entries.length} ${c.kind === "VendorManifest" ? "vendor manifests" : "deployment configs"}`), "");
	for (const e of c.entries) out.push(`  ${st.bold(rankLabel(e).padEnd(2))} ${terminalSafe(e.name)} ${st.dim(`(${terminalSafe(e.file)})`)}`);
	out.push(st.dim(`  ${rankingRule}`), "");
	const names = c.entries.map((e) => rankHead(e, terminalSafe(e.name)));
	const col = Math.max(14, ...names.map((n) => Math.min(n.length, 28))) + 2;
	const areaLabel = (a) => terminalSafe(`${a.id} ${a.title}`);
	const label = Math.max(...r.standard.areas.map((a) => areaLabel(a).length), 20) + 2;
	const cell = (s) => (s.length > col - 2 ? `${s.slice(0, col - 3)}\u2026` : s).padEnd(col);
	out.push("".padEnd(label) + names.map(cell).join(""));
	const row = (title, values) => out.push(title.padEnd(label) + values.map(cell).join(""));
	row("Score", c.entries.map((e) => fmtScore(e.score)));
	row("Grade", c.entries.map((e) => terminalSafe(e.cappedBy.length ? `${e.grade} (from ${e.uncappedGrade})` : e.grade)));
	row("Level", c.entries.map((e) => String(e.level)));
	row("Assurance", c.entries.map((e) => e.assurance === "declared" ? "declared" : e.assurance.replace(/_/g, " ")));
	row("Verified coverage", c.entries.map((e) => pct(e.verifiedCoverage)));
	row("Linked coverage", c.entries.map((e) => pct(e.linkedCoverage)));
	row("Declaration coverage", c.entries.map((e) => e.evidenceCoverage === null ? "n/a" : `${Math.round(e.evidenceCoverage * 100)}%`));
	row("Controls passed", c.entries.map((e) => `${e.passed}/${e.passed + e.notPassing}`));
	for (const a of r.standard.areas) {
		if (c.entries.every((e) => e.areas[a.id] === void 0)) continue;
		row(areaLabel(a), c.entries.map((e) => fmtScore(e.areas[a.id])));
	}
	out.push("", st.bold("Why this order"));
	for (const reason of c.reasons) out.push(`  ${terminalSafe(reason)}`);
	if (c.differences.length) {
		out.push("", st.bold(`Controls on which they differ (${c.differences.length})  ${st.dim("\u2713 pass  \u2716 fail  ? missing evidence  ! error  \u00B7 n/a")}`));
		for (const d of c.differences) {
			const marks = d.statuses.map((s) => s === "pass" ? st.green(mark[s]) : s === "fail" || s === "error" ? st.red(mark[s]) : s === "missing_evidence" ? st.yellow(mark[s]) : mark[s]).join(" ");
			out.push(`  ${marks}  ${st.bold(terminalSafe(d.control))} ${d.severity} \u2014 ${terminalSafe(d.title)}`);
		}
	}
	if (c.excluded.length) out.push("", st.dim(`Not compared (other kind): ${c.excluded.map((x) => terminalSafe(x.file)).join(", ")}`));
	if (r.problems.length) out.push("", st.yellow(`${r.problems.length} problem${r.problems.length === 1 ? "" : "s"} while loading; run \`ringfence check\` on the same files for details.`));
	return `${out.join("\n")}\n`;
};
export { compareText };
