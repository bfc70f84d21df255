import { a as visible, t as bidiControls } from "./chunk-3951146b.js";
import { t as fmtScore } from "./chunk-25fb1952.js";
import { t as alsoAt } from "./chunk-1bb67b22.js";
import { i as contentText, l as vendorQuestions, n as categoryText, s as sensorText } from "./chunk-c80552ed.js";
import { a as renderWhole } from "./chunk-3fec7d06.js";
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
			return (x) => {
				const timeline = timelineLines(x);
				const questions = questionLines(header, x);
				return {
					row: tableRow(x),
					details: detailLevels.map((d) => [
						...subjectDetails(x, info, d),
						...d >= 1 ? timeline : [],
						...d >= 2 ? questions : []
					].join("\n"))
				};
			};
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
	const clean = s.replace(bidiControls, visible).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim();
	if (!/:\/\/|www\./i.test(clean)) return escapeText(clean, true);
	return clean.split(urls).map((piece, i) => i % 2 === 1 ? `\`${piece}\`` : escapeText(piece, i === 0)).join("");
}
const urls = /((?:https?|ftp):\/\/[^\s<>`|\\]+|(?<![\p{L}\p{N}_.-])www\.[^\s<>`|\\]+)/giu;
const word = /[\p{L}\p{N}]/u;
const special = /[`*<[|~_\\&@#]/g;
const anySpecial = /[`*<[|~_\\&@#]/;
function escapeText(t, atStart) {
	let out = anySpecial.test(t) ? t.replace(special, (c, i) => {
		const prev = t[i - 1];
		const next = t[i + 1];
		const edge = prev === void 0 || !word.test(prev);
		switch (c) {
			case "_": return prev !== void 0 && next !== void 0 && word.test(prev) && word.test(next) ? c : "\\_";
			case "\\": return next === void 0 || /[!-/:-@[-`{-~]/.test(next) ? "\\\\" : c;
			case "&": return /^&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/.test(t.slice(i, i + 40)) ? "\\&" : c;
			case "@": return edge && next !== void 0 && /[A-Za-z0-9]/.test(next) ? "&#64;" : c;
			case "#": return edge && next !== void 0 && /[0-9]/.test(next) ? "&#35;" : i === 0 && atStart ? "\\#" : c;
			default: return `\\${c}`;
		}
	}) : t;
	if (atStart) {
		if (/^[>+=-]/.test(out)) out = `\\${out}`;
		out = out.replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
	}
	return out;
}
function code(s, inTable = true) {
	const clean = s.replace(bidiControls, visible).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ");
	const body = inTable ? clean.replace(/\|/g, "\\|") : clean;
	const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
	const fence = "`".repeat(longest + 1);
	const pad = body.startsWith("`") || body.endsWith("`") || body.startsWith(" ") && body.endsWith(" ") && body.trim() !== "" ? " " : "";
	return `${fence}${pad}${body || " "}${pad}${fence}`;
}
function htmlText(s) {
	return s.replace(bidiControls, visible).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/[&<>]/g, (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;");
}
function tableRow(x) {
	const notPassing = x.controls.filter((c) => c.status === "fail" || c.status === "missing_evidence" || c.status === "error").length;
	const grade = x.cappedBy.length ? `**${md(x.grade)}** (capped from ${md(x.uncappedGrade)} by ${md(x.cappedBy.join(", "))})` : x.gradeLimitedBy ? `**${md(x.grade)}** (held from ${md(x.uncappedGrade)}: its critical controls are not backed as the standard requires)` : `**${md(x.grade)}**`;
	return `| ${code(x.file)}<br>${md(x.name)} | ${fmtScore(x.score)} | ${grade} | ${x.level}${x.levelLimitedBy ? ` (${md(x.levelLimitedBy)})` : ""} | ${x.evidenceCoverage === null ? "n/a" : `${Math.round(x.evidenceCoverage * 100)}%`} | ${notPassing} |`;
}
function compose(body, details) {
	const { header, footer, documents, rows } = body;
	const s = header.standard;
	const withDetails = details !== void 0;
	const out = [];
	const gate = footer.gate.passed ? "\u2705 gate passed" : "\u274C gate failed";
	out.push(`## ringfence \u00B7 ${md(s.id)} ${md(s.version)} \u2014 ${gate}`, "");
	const about = header.about;
	if (about?.title) out.push(`**${md(about.title)}**`, "");
	if (about?.organization || about?.purpose) out.push([about.organization ? `Organization: ${md(about.organization)}` : "", about.purpose ? `Purpose: ${md(about.purpose)}` : ""].filter(Boolean).join(" \u00B7 "), "");
	out.push(`As of ${header.asOf} \u00B7 ${documents} document${documents === 1 ? "" : "s"} \u00B7 standard digest \`${s.digest.slice(0, 19)}\u2026\`${header.tool.config ? ` \u00B7 config file ${md(header.tool.config.file)}` : ""}`, "");
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
		for (const w of waived) out.push(`| ${md(w.control)} | ${code(w.documents)} | ${w.status} (${w.matched}) | ${w.expires} | ${md(w.owner)} | ${md(w.reason)} |`);
		out.push("");
	}
	if (footer.baseline) out.push(`**Since the baseline:** ${footer.baseline.new} new, ${footer.baseline.unchanged} unchanged, ${footer.baseline.absent.length} fixed.`, "");
	const errors = footer.problems.filter((p) => p.severity === "error");
	if (footer.problems.length) {
		out.push(`**Problems:** ${errors.length} error${errors.length === 1 ? "" : "s"}, ${footer.problems.length - errors.length} warning${footer.problems.length - errors.length === 1 ? "" : "s"}`, "");
		for (const p of footer.problems.slice(0, withDetails ? 20 : 5)) out.push(`- ${p.severity} ${code(`${p.file ?? "(run)"}${p.range ? `:${p.range.startLine}:${p.range.startColumn}` : ""}`, false)} ${md(p.message)}`);
		if (footer.problems.length > (withDetails ? 20 : 5)) out.push(`- \u2026 and ${footer.problems.length - (withDetails ? 20 : 5)} more`);
		out.push("");
	}
	return `${out.join("\n").trimEnd()}\n`;
}
function subjectDetails(x, info, perControl) {
	const notPassing = x.controls.filter((c) => c.status === "fail" || c.status === "missing_evidence" || c.status === "error");
	if (!notPassing.length) return [];
	notPassing.sort((a, b) => b.pointsLost - a.pointsLost || (a.id < b.id ? -1 : 1));
	const out = [`<details><summary>${htmlText(x.file)}: ${notPassing.length} control${notPassing.length === 1 ? "" : "s"} not passing</summary>`, ""];
	out.push("| control | severity | points | finding |", "|---|---|--:|---|");
	for (const c of notPassing) {
		const i = info.get(c.id);
		const status = c.status === "missing_evidence" ? " (missing evidence)" : c.status === "error" ? " (error)" : "";
		const findings = perControl > 0 ? c.findings.slice(0, perControl) : [];
		const text = findings.map((f) => `${f.location.file === x.file ? "line" : `${md(f.location.file)}:`}${f.location.file === x.file ? " " : ""}${f.location.region.startLine}: ${md(f.message)}${f.waiver ? " *(waived)*" : ""}${alsoAt(f).map((a) => `<br>\u21B3 ${md(a)}`).join("")}`).join("<br>");
		const rest = c.findings.length - findings.length + (c.findingsOmitted?.count ?? 0);
		const more = rest > 0 ? `${text ? "<br>" : ""}${rest} finding${rest === 1 ? "" : "s"} more` : "";
		out.push(`| **${md(c.id)}** ${md(i?.title ?? "")}${status} | ${i?.severity ?? ""} | \u2212${c.pointsLost.toFixed(1)} | ${text}${more} |`);
	}
	out.push("", "</details>", "");
	return out;
}
function timelineLines(x) {
	const t = x.timeline;
	if (!t || !t.rows.length) return [];
	const out = [`<details><summary>${htmlText(x.file)}: when each host group receives updates</summary>`, ""];
	out.push("Content: hours after the vendor releases it to general availability (GA); early access comes before GA. Sensor: how far behind the latest release the ring runs.", "");
	out.push(`| host group | hosts | ring | sensor | ${t.categories.map((c) => md(categoryText(c))).join(" | ")} |`);
	out.push(`|---|--:|---|---|${t.categories.map(() => "---|").join("")}`);
	for (const r of t.rows) {
		const ring = r.ring !== void 0 ? `${r.ringIndex}. ${md(r.ring)}` : r.ringIndex !== void 0 ? `${r.ringIndex}. (unnamed)` : "**in no ring**";
		out.push(`| ${code(r.group)} | ${r.hosts ?? ""} | ${ring} | ${md(sensorText(r.sensor))} | ${r.content.map((c) => md(contentText(c))).join(" | ")} |`);
	}
	if (t.rowsOmitted) out.push("", `\u2026 and ${t.rowsOmitted} more rows (see the JSON report).`);
	out.push("", "</details>", "");
	return out;
}
function questionLines(header, x) {
	const qs = vendorQuestions(header, x);
	if (!qs.length) return [];
	const open = qs.filter((q) => q.reason !== "unbacked");
	const unbacked = qs.filter((q) => q.reason === "unbacked");
	const count = open.length + (unbacked.length ? 1 : 0);
	const out = [`<details><summary>${htmlText(x.file)}: ${count} question${count === 1 ? "" : "s"} to ask the vendor</summary>`, ""];
	open.forEach((q, k) => {
		out.push(`${k + 1}. **${md(q.question)}** (${q.control}, ${q.severity}, ${q.reason})`);
		out.push(`   ${md(q.because)}`);
		out.push(`   ${md(q.wanted)}`);
	});
	if (unbacked.length) {
		out.push(`${open.length + 1}. **What evidence shows that these ${unbacked.length} controls are met?** The manifest passes them on its own word: no evidence ringfence could check backs them.`);
		for (const q of unbacked) out.push(`   - ${q.control} (${q.severity}): ${md(q.title)}`);
		out.push("   A document the vendor publishes at an https URL, pinned by its SHA-256 in the manifest's evidence list, for each \u2014 or the file itself, handed over for --evidence, or a statement signed by a lab or auditor.");
	}
	out.push("", "</details>", "");
	return out;
}
export { md as a, markdownStreamOf as i, markdown as n, renderMarkdown as o, markdownStream as r, code as t };
