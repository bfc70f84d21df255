import { a as visible, t as bidiControls } from "./chunk-3951146b.js";
import { t as fmtScore } from "./chunk-25fb1952.js";
import { t as alsoAt } from "./chunk-1bb67b22.js";
import { a as renderWhole } from "./chunk-8c01c64c.js";
// dist/reporters/markdown.js
const markdown = (report, options) => renderWhole(report, options, markdownStream);
function renderMarkdown(report, maxChars) {
	return renderWhole(report, { color: false }, markdownStreamOf(maxChars));
}
const detailLevels = [
	5,
	2,
	1,
	0
];
const markdownStream = markdownStreamOf(6e4);
function markdownStreamOf(maxChars, keepEverything = false) {
	const bound = keepEverything ? Infinity : maxChars;
	return {
		part: (header) => {
			const info = new Map(header.standard.controls.map((c) => [c.id, c]));
			return (x) => ({
				row: tableRow(x),
				details: detailLevels.map((d) => subjectDetails(x, info, d).join("\n"))
			});
		},
		writer: (header) => {
			let documents = 0;
			const rows = [];
			let rowChars = 0;
			const details = detailLevels.map(() => []);
			const detailChars = detailLevels.map(() => 0);
			return {
				begin: () => [],
				add: (part) => {
					documents++;
					if (rowChars <= bound) {
						rows.push(part.row);
						rowChars += part.row.length + 1;
					}
					part.details.forEach((text, level) => {
						if (!text) return;
						detailChars[level] = detailChars[level] + text.length + 1;
						if (rowChars + detailChars[level] > bound) details[level] = void 0;
						else details[level]?.push(text);
					});
					return [];
				},
				end: (footer) => {
					const body = {
						header,
						footer,
						documents,
						rows
					};
					for (const level of details) {
						if (!level) continue;
						const text = compose(body, level);
						if (text.length <= maxChars) return text;
					}
					const summary = compose(body, void 0);
					return summary.length <= maxChars ? summary : `${summary.slice(0, maxChars - 120)}\n\n\u2026 (truncated: the full report is in the JSON and SARIF outputs)\n`;
				}
			};
		}
	};
}
function md(s) {
	return s.replace(bidiControls, visible).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/[\\`*_{}[\]<>|~&@#!]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/:\/\//g, "&#58;//").replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}&#46;`).trim();
}
function tableRow(x) {
	const notPassing = x.controls.filter((c) => c.status === "fail" || c.status === "missing_evidence" || c.status === "error").length;
	const grade = x.cappedBy.length ? `**${md(x.grade)}** (capped from ${md(x.uncappedGrade)} by ${md(x.cappedBy.join(", "))})` : x.gradeLimitedBy ? `**${md(x.grade)}** (held from ${md(x.uncappedGrade)}: its critical controls are not backed as the standard requires)` : `**${md(x.grade)}**`;
	return `| \`${md(x.file)}\`<br>${md(x.name)} | ${fmtScore(x.score)} | ${grade} | ${x.level}${x.levelLimitedBy ? ` (${md(x.levelLimitedBy)})` : ""} | ${x.evidenceCoverage === null ? "n/a" : `${Math.round(x.evidenceCoverage * 100)}%`} | ${notPassing} |`;
}
function compose(body, details) {
	const { header, footer, documents, rows } = body;
	const s = header.standard;
	const withDetails = details !== void 0;
	const out = [];
	const gate = footer.gate.passed ? "\u2705 gate passed" : "\u274C gate failed";
	out.push(`## ringfence \u00B7 ${md(s.id)} ${md(s.version)} \u2014 ${gate}`, "");
	out.push(`As of ${header.asOf} \u00B7 ${documents} document${documents === 1 ? "" : "s"} \u00B7 standard digest \`${s.digest.slice(0, 19)}\u2026\``, "");
	if (documents) {
		out.push("| document | score | grade | level | declared | not passing |", "|---|--:|---|--:|--:|--:|");
		out.push(...rows);
		out.push("");
	}
	if (!footer.gate.passed) {
		out.push("**Why the gate failed**", "");
		for (const r of footer.gate.reasons.slice(0, 20)) out.push(`- ${md(r)}`);
		if (footer.gate.reasons.length > 20) out.push(`- \u2026 and ${footer.gate.reasons.length - 20} more`);
		out.push("");
	}
	if (details) out.push(...details);
	const waived = footer.waivers.filter((w) => w.matched > 0 || w.status !== "active");
	if (waived.length) {
		out.push("**Accepted risk (waivers)**", "", "| control | documents | status | expires | owner | reason |", "|---|---|---|---|---|---|");
		for (const w of waived) out.push(`| ${md(w.control)} | \`${md(w.documents)}\` | ${w.status} (${w.matched}) | ${w.expires} | ${md(w.owner)} | ${md(w.reason)} |`);
		out.push("");
	}
	if (footer.baseline) out.push(`**Since the baseline:** ${footer.baseline.new} new, ${footer.baseline.unchanged} unchanged, ${footer.baseline.absent.length} fixed.`, "");
	const errors = footer.problems.filter((p) => p.severity === "error");
	if (footer.problems.length) {
		out.push(`**Problems:** ${errors.length} error${errors.length === 1 ? "" : "s"}, ${footer.problems.length - errors.length} warning${footer.problems.length - errors.length === 1 ? "" : "s"}`, "");
		for (const p of footer.problems.slice(0, withDetails ? 20 : 5)) out.push(`- ${p.severity} \`${md(p.file ?? "(run)")}${p.range ? `:${p.range.startLine}:${p.range.startColumn}` : ""}\` ${md(p.message)}`);
		if (footer.problems.length > (withDetails ? 20 : 5)) out.push(`- \u2026 and ${footer.problems.length - (withDetails ? 20 : 5)} more`);
		out.push("");
	}
	return `${out.join("\n").trimEnd()}\n`;
}
function subjectDetails(x, info, perControl) {
	const notPassing = x.controls.filter((c) => c.status === "fail" || c.status === "missing_evidence" || c.status === "error");
	if (!notPassing.length) return [];
	notPassing.sort((a, b) => b.pointsLost - a.pointsLost || (a.id < b.id ? -1 : 1));
	const out = [`<details><summary>${md(x.file)}: ${notPassing.length} control${notPassing.length === 1 ? "" : "s"} not passing</summary>`, ""];
	out.push("| control | severity | points | finding |", "|---|---|--:|---|");
	for (const c of notPassing) {
		const i = info.get(c.id);
		const status = c.status === "missing_evidence" ? " (missing evidence)" : c.status === "error" ? " (error)" : "";
		const findings = perControl > 0 ? c.findings.slice(0, perControl) : [];
		const text = findings.map((f) => `line ${f.location.region.startLine}: ${md(f.message)}${f.waiver ? " *(waived)*" : ""}${alsoAt(f).map((a) => `<br>\u21B3 ${md(a)}`).join("")}`).join("<br>");
		const rest = c.findings.length - findings.length + (c.findingsOmitted?.count ?? 0);
		const more = rest > 0 ? `${text ? "<br>" : ""}${rest} finding${rest === 1 ? "" : "s"} more` : "";
		out.push(`| **${md(c.id)}** ${md(i?.title ?? "")}${status} | ${i?.severity ?? ""} | \u2212${c.pointsLost.toFixed(1)} | ${text}${more} |`);
	}
	out.push("", "</details>", "");
	return out;
}
export { renderMarkdown as a, md as i, markdownStream as n, markdownStreamOf as r, markdown as t };
