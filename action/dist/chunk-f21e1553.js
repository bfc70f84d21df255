import { a as md } from "./chunk-5758f22d.js";
import { t as fmtScore } from "./chunk-25fb1952.js";
import { i as rankingRule, n as rankHead, t as pct } from "./chunk-683c2f36.js";
// dist/reporters/compare/markdown.js
const mark = {
	pass: "\u2705",
	fail: "\u274C",
	missing_evidence: "\u2754",
	error: "\u26A0\uFE0F",
	not_applicable: "\u2014"
};
const compareMarkdown = (c) => {
	const r = c.report;
	const out = [];
	out.push(`## ringfence compare \u00B7 ${md(r.standard.id)} ${md(r.standard.version)}`, "", `As of ${r.asOf}; ${c.entries.length} ${c.kind === "VendorManifest" ? "vendor manifests" : "deployment configs"}, best first (${rankingRule}).`, "");
	out.push(`| | ${c.entries.map((e) => rankHead(e, md(e.name))).join(" | ")} |`, `|---|${c.entries.map(() => "--:").join("|")}|`);
	out.push(`| **Score** | ${c.entries.map((e) => e.score === null ? "n/a" : `**${fmtScore(e.score)}**`).join(" | ")} |`);
	out.push(`| **Grade** | ${c.entries.map((e) => e.cappedBy.length ? `**${md(e.grade)}** (capped from ${md(e.uncappedGrade)})` : `**${md(e.grade)}**`).join(" | ")} |`);
	out.push(`| Level | ${c.entries.map((e) => e.level).join(" | ")} |`);
	out.push(`| Assurance | ${c.entries.map((e) => e.assurance === "declared" ? "declared by the vendor" : e.assurance.replace(/_/g, " ")).join(" | ")} |`);
	out.push(`| Verified / linked coverage | ${c.entries.map((e) => `${pct(e.verifiedCoverage)} / ${pct(e.linkedCoverage)}`).join(" | ")} |`);
	out.push(`| Declaration coverage | ${c.entries.map((e) => e.evidenceCoverage === null ? "n/a" : `${Math.round(e.evidenceCoverage * 100)}%`).join(" | ")} |`);
	for (const a of r.standard.areas) {
		if (c.entries.every((e) => e.areas[a.id] === void 0)) continue;
		out.push(`| ${a.id} ${md(a.title)} | ${c.entries.map((e) => fmtScore(e.areas[a.id])).join(" | ")} |`);
	}
	out.push("", "### Why this order", "", ...c.reasons.map((x) => `- ${md(x)}`), "");
	if (c.differences.length) {
		out.push(`### Controls on which they differ (${c.differences.length})`, "");
		out.push(`| control | severity | ${c.entries.map((e) => md(e.name)).join(" | ")} |`, `|---|---|${c.entries.map(() => ":-:").join("|")}|`);
		for (const d of c.differences) out.push(`| **${md(d.control)}** ${md(d.title)} | ${d.severity} | ${d.statuses.map((s) => mark[s]).join(" | ")} |`);
		out.push("", "\u2705 pass \u00B7 \u274C fail \u00B7 \u2754 missing evidence \u00B7 \u26A0\uFE0F error \u00B7 \u2014 not applicable", "");
	}
	return `${out.join("\n").trimEnd()}\n`;
};
export { compareMarkdown };
