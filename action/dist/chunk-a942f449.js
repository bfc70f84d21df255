import { t as fmtScore } from "./chunk-25fb1952.js";
import { o as safeLink } from "./chunk-c80552ed.js";
import { t as alsoAt } from "./chunk-1bb67b22.js";
// dist/reporters/html-kit.js
const invisible = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\u2028\u2029\ufeff]/g;
function esc(value) {
	return String(value).replace(invisible, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/[&<>"']/g, (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "\"" ? "&quot;" : "&#39;");
}
function n(x) {
	return Number.isFinite(x) ? String(Math.round(x * 100) / 100) : "0";
}
const fmtPct = (s) => s === null || s === void 0 ? "n/a" : `${Math.round(s * 100)}%`;
const plural = (k, one, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
const fmtPoints = (p) => p > 0 ? `\u2212${p.toFixed(1)}` : "0.0";
const statusInfo = {
	pass: {
		symbol: "\u2713",
		label: "Pass",
		cls: "st-pass"
	},
	fail: {
		symbol: "\u2716",
		label: "Fail",
		cls: "st-fail"
	},
	missing_evidence: {
		symbol: "?",
		label: "Missing evidence",
		cls: "st-missing"
	},
	error: {
		symbol: "!",
		label: "Error",
		cls: "st-error"
	},
	not_applicable: {
		symbol: "\u2013",
		label: "Not applicable",
		cls: "st-na"
	}
};
function statusBadge(status, label) {
	const s = statusInfo[status] ?? statusInfo.error;
	return `<span class="badge ${s.cls}"><span class="sym" aria-hidden="true">${s.symbol}</span> ${esc(label ?? s.label)}</span>`;
}
function badge(cls, symbol, label) {
	return `<span class="badge ${cls}"><span class="sym" aria-hidden="true">${esc(symbol)}</span> ${esc(label)}</span>`;
}
function severityTag(severity) {
	return `<span class="sev${[
		"critical",
		"high",
		"medium",
		"low"
	].includes(severity) ? ` sev-${severity}` : ""}">${esc(severity)}</span>`;
}
function gradeClass(grade) {
	return grade === "A" || grade === "B" ? "g-good" : grade === "C" || grade === "D" ? "g-mid" : "g-bad";
}
function scoreFill(score) {
	return score >= 80 ? "#0072b2" : score >= 60 ? "#e69f00" : "#d55e00";
}
function levelText(report, level) {
	const name = report.standard.levels.find((l) => l.level === level)?.name;
	if (level === 0) {
		const first = report.standard.levels.slice().sort((a, b) => a.level - b.level)[0];
		return first ? `0 \u2014 ${esc(first.name)} (level ${first.level}) not met` : "0";
	}
	return name ? `${level} \u2014 ${esc(name)}` : String(level);
}
function gauge(id, score, grade) {
	const r = 50;
	const circ = 2 * Math.PI * r;
	const v = score === null ? 0 : Math.max(0, Math.min(100, score));
	return `<svg class="gauge" viewBox="0 0 120 120" width="132" height="132" role="img" aria-labelledby="${id}"><title id="${id}">${score === null ? grade === "not graded" ? "Not graded: the document has schema errors" : "No score: no control applied" : `Score ${fmtScore(score)} out of 100, grade ${esc(grade)}`}</title><circle cx="60" cy="60" r="${r}" fill="none" stroke="#e3e7ec" stroke-width="11"/>` + (v > 0 ? `<circle cx="60" cy="60" r="${r}" fill="none" stroke="${scoreFill(v)}" stroke-width="11" stroke-linecap="butt" stroke-dasharray="${n(circ * v / 100)} ${n(circ)}" transform="rotate(-90 60 60)"/>` : "") + `<text x="60" y="60" text-anchor="middle" font-size="26" font-weight="650" fill="#16202c">${fmtScore(score)}</text><text x="60" y="80" text-anchor="middle" font-size="11" fill="#4a5563">of 100</text></svg>`;
}
function barChart(id, title, rows) {
	const rowH = 28;
	const top = 8;
	const labelW = Math.min(300, Math.max(120, Math.max(...rows.map((r) => r.label.length)) * 7.1 + 16));
	const barW = 320;
	const width = labelW + barW + 64;
	const height = top + rows.length * rowH + 22;
	const out = [];
	out.push(`<svg class="bars" viewBox="0 0 ${n(width)} ${height}" width="${n(width)}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d">`);
	out.push(`<title id="${id}-t">${esc(title)}</title>`);
	out.push(`<desc id="${id}-d">${rows.map((r) => `${esc(r.label)}: ${r.value === null ? "not applicable" : `${fmtScore(r.value)} of 100`}`).join("; ")}</desc>`);
	for (const t of [
		0,
		25,
		50,
		75,
		100
	]) {
		const x = labelW + barW * t / 100;
		out.push(`<line x1="${n(x)}" y1="4" x2="${n(x)}" y2="${height - 18}" stroke="#d5dae1" stroke-width="1"${t % 50 ? " stroke-dasharray=\"2 3\"" : ""}/>`);
		out.push(`<text x="${n(x)}" y="${height - 5}" text-anchor="middle" font-size="10" fill="#4a5563">${t}</text>`);
	}
	rows.forEach((r, i) => {
		const y = top + i * rowH;
		out.push(`<text x="${n(labelW - 10)}" y="${y + 15}" text-anchor="end" font-size="12.5" fill="#16202c">${esc(r.label)}</text>`);
		out.push(`<rect x="${n(labelW)}" y="${y + 4}" width="${barW}" height="14" rx="2" fill="#eef1f4"/>`);
		if (r.value !== null && r.value > 0) out.push(`<rect x="${n(labelW)}" y="${y + 4}" width="${n(barW * Math.min(100, r.value) / 100)}" height="14" rx="2" fill="${scoreFill(r.value)}"/>`);
		out.push(`<text x="${n(labelW + barW + 8)}" y="${y + 15}" font-size="12.5" font-weight="600" fill="#16202c">${r.value === null ? "n/a" : fmtScore(r.value)}</text>`);
	});
	out.push("</svg>");
	return out.join("");
}
function miniBar(value) {
	const v = value === null ? 0 : Math.max(0, Math.min(100, value));
	return "<svg class=\"mini\" viewBox=\"0 0 60 8\" width=\"60\" height=\"8\" aria-hidden=\"true\" focusable=\"false\"><rect x=\"0\" y=\"0\" width=\"60\" height=\"8\" rx=\"1.5\" fill=\"#eef1f4\"/>" + (v > 0 ? `<rect x="0" y="0" width="${n(60 * v / 100)}" height="8" rx="1.5" fill="${scoreFill(v)}"/>` : "") + `</svg>`;
}
function excerptBlock(f) {
	if (!f.excerpt || !f.excerpt.lines.length) return "";
	const { startLine, lines } = f.excerpt;
	const from = f.location.region.startLine;
	const to = Math.max(from, f.location.region.endLine);
	const width = String(startLine + lines.length - 1).length;
	const body = lines.map((text, i) => {
		const ln = startLine + i;
		const hl = ln >= from && ln <= to;
		return `<span class="ln${hl ? " hl" : ""}"><span class="no">${hl ? "\u203A" : " "}${String(ln).padStart(width, " ")}</span>${esc(text) || " "}</span>`;
	}).join("");
	const range = to > from ? `lines ${from}\u2013${to}` : `line ${from}`;
	return `<figure class="excerpt"><figcaption>${esc(f.location.file)}, ${range} highlighted</figcaption><pre class="code"><code>${body}</code></pre></figure>`;
}
function locationText(f) {
	const r = f.location.region;
	return `${esc(f.location.file)}:${r.startLine}:${r.startColumn}`;
}
function findingItem(f, options) {
	const tags = [];
	if (f.status !== "fail") tags.push(statusBadge(f.status));
	if (f.baselineState === "new") tags.push("<span class=\"tag tag-new\">new since baseline</span>");
	if (f.baselineState === "unchanged") tags.push("<span class=\"tag\">unchanged since baseline</span>");
	if (f.waiver && !options.showWaiver) tags.push("<span class=\"tag tag-waived\">waived</span>");
	const waiver = f.waiver && options.showWaiver ? waiverNote(f.waiver) : "";
	return `<li class="finding"><p class="msg">${tags.length ? `${tags.join(" ")} ` : ""}${esc(f.message)}</p><p class="where"><code class="loc">${locationText(f)}</code>${f.location.pointer ? ` <span class="ptr">at <code>${esc(f.location.pointer)}</code></span>` : ""}</p>` + (f.related?.length ? `<ul class="related">${alsoAt(f).map((a) => `<li>${esc(a)}</li>`).join("")}</ul>` : "") + waiver + excerptBlock(f) + `</li>`;
}
function waiverNote(w) {
	return `<dl class="waiver"><div><dt>Reason</dt><dd>${esc(w.reason)}</dd></div><div><dt>Owner</dt><dd>${esc(w.owner)}</dd></div>` + (w.ticket ? `<div><dt>Ticket</dt><dd>${esc(w.ticket)}</dd></div>` : "") + `<div><dt>Expires</dt><dd>${esc(w.expires)}</dd></div><div><dt>Waiver</dt><dd><code>${esc(w.file)}:${w.line}</code></dd></div></dl>`;
}
function omittedOpen(c) {
	return c.findingsOmitted ? c.findingsOmitted.count - c.findingsOmitted.waived : 0;
}
function omittedWaived(c) {
	return c.findingsOmitted?.waived ?? 0;
}
function controlFindings(ctx, c, findings, mode) {
	const k = ctx.controlIndex.get(c.id) ?? -1;
	const i = ctx.info.get(c.id);
	const omitted = mode === "open" ? omittedOpen(c) : mode === "waived" ? omittedWaived(c) : c.findingsOmitted?.count ?? 0;
	const meta = [
		i ? severityTag(i.severity) : "",
		i ? `level ${i.level}` : "",
		`${fmtPoints(c.pointsLost)} pts`,
		plural(findings.length + omitted, "finding")
	].filter(Boolean);
	const body = [];
	if (i?.broken) body.push(`<p class="broken"><strong>Why it could not be evaluated:</strong> ${esc(i.broken)}</p>`);
	if (i && mode !== "error") body.push(`<div class="fix"><p class="fix-h">How to fix</p><p>${esc(i.remediation)}</p></div>`);
	if (findings.length) body.push(`<ol class="findings">${findings.map((f) => findingItem(f, { showWaiver: mode === "waived" })).join("")}</ol>`);
	if (omitted > 0) body.push(`<p class="muted">\u2026 and ${omitted} more, not listed: at most 100 findings are listed per control and document.</p>`);
	else if (!findings.length) body.push("<p class=\"muted\">No finding location was recorded for this control.</p>");
	if (i && mode !== "error") body.push(controlReference(i));
	const suffix = mode === "waived" ? "-w" : mode === "error" ? "-e" : "-f";
	return `<details class="control" id="${ctx.prefix}-c${k}${suffix}"><summary>${statusBadge(c.status)} <span class="cid">${esc(c.id)}</span> <span class="ctitle">${esc(i?.title ?? "")}</span><span class="cmeta">${meta.join("<span class=\"dot\" aria-hidden=\"true\"> \u00B7 </span>")}</span></summary><div class="control-body">${body.join("")}</div></details>`;
}
function controlReference(i) {
	const refs = i.references.length ? `<p class="fix-h">References</p><ul class="refs">${i.references.map(referenceItem).join("")}</ul>` : "";
	const maps = i.mappings.length ? `<p class="fix-h">Maps to</p><p>${i.mappings.map((m) => `${esc(m.framework)} ${esc(m.id)}`).join("; ")}</p>` : "";
	return `<details class="why"><summary>Why this control exists</summary><p>${esc(i.rationale)}</p>${refs}${maps}</details>`;
}
function referenceItem(r) {
	const href = safeLink(r.url);
	if (href) return `<li><a class="ref" href="${esc(href)}" rel="noopener noreferrer">${esc(r.title)}</a> <span class="url">${esc(r.url)}</span></li>`;
	return `<li>${esc(r.title)}${r.url ? ` <span class="url">${esc(r.url)}</span>` : ""}</li>`;
}
function notPassing(s) {
	return s.status === "fail" || s.status === "missing_evidence";
}
function subjectSections(report, subject, prefix, h, options) {
	const ctx = {
		report,
		subject,
		prefix,
		h,
		controlIndex: new Map(report.standard.controls.map((c, k) => [c.id, k])),
		info: new Map(report.standard.controls.map((c) => [c.id, c]))
	};
	const byOrder = (a, b) => (ctx.controlIndex.get(a.id) ?? 1e9) - (ctx.controlIndex.get(b.id) ?? 1e9);
	const out = [];
	const open = subject.controls.filter(notPassing).map((c) => ({
		c,
		f: c.findings.filter((f) => !f.waiver)
	})).filter((x) => x.f.length > 0 || x.c.findings.length === 0 || omittedOpen(x.c) > 0).sort((a, b) => b.c.pointsLost - a.c.pointsLost || byOrder(a.c, b.c));
	const openFindings = open.reduce((k, x) => k + x.f.length + omittedOpen(x.c), 0);
	out.push(`<section class="sub" aria-labelledby="${prefix}-fh"><h${h} id="${prefix}-fh">Findings to fix</h${h}>`);
	if (open.length) {
		out.push(`<p class="lead-s">${plural(open.length, "control")} not passing, ${plural(openFindings, "finding")}; costliest first. Open a control to see each finding, its place in the file, and how to fix it.</p>`);
		out.push(open.map((x) => controlFindings(ctx, x.c, x.f, "open")).join(""));
	} else out.push("<p class=\"ok-note\"><span aria-hidden=\"true\">\u2713 </span>No open findings: every applicable control passes or is waived.</p>");
	out.push("</section>");
	const waived = subject.controls.map((c) => ({
		c,
		f: c.findings.filter((f) => f.waiver)
	})).filter((x) => x.f.length > 0 || omittedWaived(x.c) > 0).sort((a, b) => byOrder(a.c, b.c));
	if (waived.length) {
		out.push(`<section class="sub risk" aria-labelledby="${prefix}-wh"><h${h} id="${prefix}-wh"><span aria-hidden="true">\u2691 </span>Accepted risk</h${h}>`);
		out.push(`<p class="lead-s">${plural(waived.reduce((k, x) => k + x.f.length + omittedWaived(x.c), 0), "finding")} accepted by a waiver: they still cost their points, but do not fail the gate until the waiver expires.</p>`);
		out.push(waived.map((x) => controlFindings(ctx, x.c, x.f, "waived")).join(""));
		out.push("</section>");
	}
	const errored = subject.controls.filter((c) => c.status === "error").sort(byOrder);
	if (errored.length) {
		out.push(`<section class="sub unevaluated" aria-labelledby="${prefix}-eh"><h${h} id="${prefix}-eh"><span aria-hidden="true">! </span>Could not be evaluated</h${h}>`);
		out.push(`<p class="lead-s">${plural(errored.length, "control")} could not be evaluated (a broken rule or a runtime error); each scores 0 until fixed. See also the problems of the run.</p>`);
		out.push(errored.map((c) => controlFindings(ctx, c, c.findings, "error")).join(""));
		out.push("</section>");
	}
	if (options.allControls) out.push(allControlsTable(ctx));
	return out.join("");
}
const backingWord = (a) => a === "declared" ? "declared by the vendor" : a.replace(/_/g, " ");
function backingCell(c) {
	if (c.status === "not_applicable") return "<span class=\"muted\">\u2014</span>";
	return `${c.assurance === null || c.assurance === void 0 ? "<span class=\"muted\">no claim to back</span>" : `<span class="assurance a-${esc(c.assurance)}">${esc(backingWord(c.assurance))}</span>`}${evidenceList(c)}${declaredList(c)}`;
}
function declaredList(c) {
	const values = c.declared ?? [];
	if (!values.length) return "";
	const total = values.length + (c.declaredOmitted ?? 0);
	const items = values.map((d) => `<li><code>${esc(d.pointer)}</code> = <code>${esc(JSON.stringify(d.value))}</code></li>`);
	return `<details class="declared"><summary>passed on ${total} declared value${total === 1 ? "" : "s"}</summary><ul>${items.join("")}${c.declaredOmitted ? `<li class="muted">and ${c.declaredOmitted} more</li>` : ""}</ul></details>`;
}
function evidenceList(c) {
	const entries = c.evidence ?? [];
	if (!entries.length) return "";
	const items = entries.map((e) => {
		const link = e.url ? `<span class="url">${esc(e.url)}</span>` : "<span class=\"muted\">no URL</span>";
		const digest = e.sha256 ? ` <code title="${esc(e.sha256)}">sha256 ${esc(e.sha256.slice(0, 12))}\u2026</code>` : "";
		return `<li><code>${esc(e.claim)}</code>: ${link}${digest} \u2014 ${esc(backingWord(e.level))}${e.file ? ` (matched <code>${esc(e.file)}</code>)` : ""}</li>`;
	});
	const more = c.evidenceOmitted ? `<li class="muted">and ${c.evidenceOmitted} more</li>` : "";
	return `<details class="evidence"><summary>${entries.length + (c.evidenceOmitted ?? 0)} evidence entr${entries.length + (c.evidenceOmitted ?? 0) === 1 ? "y" : "ies"}</summary><ul>${items.join("")}${more}</ul></details>`;
}
function allControlsTable(ctx) {
	const { report, subject, prefix, h } = ctx;
	const mine = new Map(subject.controls.map((c) => [c.id, c]));
	const areaScore = new Map(subject.areas.map((a) => [a.id, a]));
	const placed = new Set();
	const groups = report.standard.areas.map((a) => {
		const ids = report.standard.controls.filter((c) => c.area === a.id).map((c) => c.id);
		ids.forEach((x) => placed.add(x));
		return {
			title: `${a.id} ${a.title}`,
			score: fmtScore(areaScore.get(a.id)?.score ?? null),
			ids
		};
	});
	const rest = report.standard.controls.filter((c) => !placed.has(c.id)).map((c) => c.id);
	if (rest.length) groups.push({
		title: "Other controls",
		score: "n/a",
		ids: rest
	});
	const evaluated = groups.filter((g) => g.ids.some((id) => mine.has(id)));
	const other = groups.filter((g) => !g.ids.some((id) => mine.has(id)));
	const table = (list, caption) => {
		const rows = [];
		for (const g of list) {
			rows.push(`<tbody><tr class="group"><th scope="rowgroup" colspan="8">${esc(g.title)} <span class="gscore">area score ${g.score}</span></th></tr>`);
			for (const id of g.ids) {
				const k = ctx.controlIndex.get(id) ?? -1;
				const i = ctx.info.get(id);
				const c = mine.get(id);
				const status = c?.status ?? "not_applicable";
				const hasOpen = !!c && notPassing(c) && (c.findings.some((f) => !f.waiver) || c.findings.length === 0 || omittedOpen(c) > 0);
				const hasWaived = !!c && (c.findings.some((f) => f.waiver) || omittedWaived(c) > 0);
				const target = c?.status === "error" ? `${prefix}-c${k}-e` : hasOpen ? `${prefix}-c${k}-f` : hasWaived ? `${prefix}-c${k}-w` : "";
				const idCell = target ? `<a href="#${target}">${esc(id)}</a>` : esc(id);
				const note = !c ? ` <span class="muted">(applies to ${esc(i.appliesTo ?? "other documents")})</span>` : hasWaived ? " <span class=\"tag tag-waived\">waived</span>" : "";
				rows.push(`<tr id="${prefix}-c${k}"><th scope="row" class="cid">${idCell}</th><td>${esc(i.title)}</td><td>${statusBadge(status)}${note}</td><td>${severityTag(i.severity)}</td><td class="num">${i.level}</td><td class="num">${n(i.weight)}</td><td class="num">${c ? fmtPoints(c.pointsLost) : "\u2014"}</td><td class="backing">${c ? backingCell(c) : "\u2014"}</td></tr>`);
			}
			rows.push("</tbody>");
		}
		return `<div class="table-wrap"><table class="controls"><caption class="vh">${caption}</caption><thead><tr><th scope="col">Control</th><th scope="col">Title</th><th scope="col">Status</th><th scope="col">Severity</th><th scope="col" class="num">Level</th><th scope="col" class="num">Weight</th><th scope="col" class="num">Points lost</th><th scope="col">Backed by</th></tr></thead>` + rows.join("") + `</table></div>`;
	};
	const otherCount = other.reduce((k, g) => k + g.ids.length, 0);
	const kind = subject.kind === "VendorManifest" ? "a vendor manifest" : "a deployment config";
	return `<section class="sub" aria-labelledby="${prefix}-ah"><h${h} id="${prefix}-ah">All controls</h${h}><p class="lead-s">Every control of ${esc(report.standard.id)} ${esc(report.standard.version)}, by area. Points lost are points of 100 this control took off the overall score.</p>` + (evaluated.length ? table(evaluated, "Controls of the standard and their result for this document") : "<p class=\"muted\">No control was evaluated on this document.</p>") + (otherCount ? `<details class="na-list"><summary>${plural(otherCount, "more control")} that ${otherCount === 1 ? "does" : "do"} not apply to ${kind} (${plural(other.length, "area")})</summary><p class="small muted">${other.map((g) => esc(g.title)).join(" \u00B7 ")}</p>` + table(other, "Controls that do not apply to this document") + `</details>` : "") + `</section>`;
}
function statusCounts(subject, total) {
	const k = {
		pass: 0,
		fail: 0,
		missing_evidence: 0,
		error: 0,
		not_applicable: 0
	};
	for (const c of subject.controls) k[c.status] = (k[c.status] ?? 0) + 1;
	k.not_applicable += Math.max(0, total - subject.controls.length);
	return [
		"pass",
		"fail",
		"missing_evidence",
		"error",
		"not_applicable"
	].map((s) => `<li>${statusBadge(s, `${k[s]} ${statusInfo[s].label.toLowerCase()}`)}</li>`).join("");
}
function problemsSection(report) {
	const errors = report.problems.filter((p) => p.severity === "error").length;
	const rows = report.problems.map((p) => {
		const where = `${esc(p.file ?? "(run)")}${p.range ? `:${p.range.startLine}:${p.range.startColumn}` : ""}`;
		const sev = p.severity === "error" ? badge("st-error", "!", "error") : badge("st-missing", "\u26A0", "warning");
		const about = [
			p.control ? `control ${esc(p.control)}` : "",
			p.rule ? `rule ${esc(p.rule)}` : "",
			p.pointer ? `at <code>${esc(p.pointer)}</code>` : ""
		].filter(Boolean).join(", ");
		return `<tr><td>${sev}</td><td class="nowrap"><code>${esc(p.code)}</code></td><td><code>${where}</code></td><td>${esc(p.message)}${about ? `<div class="small muted">${about}</div>` : ""}</td></tr>`;
	});
	return `<section id="problems" class="unevaluated" aria-labelledby="problems-h"><h2 id="problems-h"><span aria-hidden="true">! </span>Problems: could not be evaluated</h2><p class="lead-s">${plural(errors, "error")} and ${plural(report.problems.length - errors, "warning")} in the inputs, rules or standard. What they affect was set aside; everything else was evaluated.${errors ? " Errors make the exit code 2." : ""}</p><div class="table-wrap"><table><caption class="vh">Problems of the run</caption><thead><tr><th scope="col">Severity</th><th scope="col">Code</th><th scope="col">Where</th><th scope="col">Message</th></tr></thead><tbody>${rows.join("")}</tbody></table></div></section>`;
}
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
function page(title, body) {
	return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${CSP}">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="referrer" content="no-referrer">\n<meta name="color-scheme" content="light">\n<title>${esc(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n<a class="skip" href="#main">Skip to content</a>\n${body}\n</body>\n</html>\n`;
}
const CSS = `
:root{--ink:#16202c;--ink-2:#3d4a59;--muted:#56606d;--line:#d5dae1;--soft:#f4f6f8;--accent:#1d4f91;
--pass:#005b8f;--pass-bg:#e3f0f9;--fail:#a13a00;--fail-bg:#fce9de;--miss:#7a5000;--miss-bg:#fdf2d3;
--err:#6b2d80;--err-bg:#f3e6f6;--na:#56606d;--na-bg:#eef0f2}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;font-size:15px;line-height:1.5;color:var(--ink);background:#fff}
code,pre,.mono{font-family:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"Liberation Mono","DejaVu Sans Mono",monospace;font-size:.86em}
a{color:var(--accent)}
a:focus-visible,summary:focus-visible{outline:3px solid #f0b400;outline-offset:2px}
.skip{position:absolute;left:.5rem;top:-3rem;background:#fff;color:var(--accent);padding:.5rem .75rem;border:2px solid var(--accent);z-index:10}
.skip:focus{top:.5rem}
.vh{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header.top{background:#13233a;color:#fff;padding:1.4rem 2rem 1.2rem}
header.top .kicker{margin:0;font-size:.8rem;letter-spacing:.08em;text-transform:uppercase;color:#b9c7da}
header.top h1{margin:.2rem 0 .6rem;font-size:1.65rem;font-weight:650;line-height:1.25}
header.top .muted-h{color:#b9c7da;font-weight:450}
header.top dl{display:flex;flex-wrap:wrap;gap:.3rem 2rem;margin:0;font-size:.86rem}
header.top dl div{display:flex;gap:.4rem;min-width:0}
header.top dt{color:#b9c7da}
header.top dd{margin:0;overflow-wrap:anywhere}
.layout{display:grid;grid-template-columns:17rem minmax(0,1fr);max-width:84rem;margin:0 auto}
nav.toc{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding:1.4rem 1rem 1.4rem 1.5rem;border-right:1px solid var(--line);font-size:.88rem}
nav.toc h2{font-size:.78rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:0 0 .5rem}
nav.toc ol{list-style:none;margin:0;padding:0}
nav.toc li{margin:0 0 .35rem}
nav.toc a{display:flex;gap:.5rem;align-items:baseline;text-decoration:none;color:var(--ink);padding:.15rem .3rem;border-radius:4px}
nav.toc a:hover{background:var(--soft)}
nav.toc .tname{flex:1;min-width:0;overflow-wrap:anywhere}
.tgrade{display:inline-block;font-weight:700;font-size:.8rem;min-width:1.6rem;text-align:center;border-radius:3px;padding:0 .2rem;flex:none}
main{padding:1.4rem 2rem 3rem;min-width:0}
main>section{margin-bottom:2.5rem}
h2{font-size:1.35rem;line-height:1.3;margin:0 0 .8rem;font-weight:650}
h3{font-size:1.08rem;margin:1.6rem 0 .5rem;font-weight:650}
h4{font-size:1rem;margin:1.3rem 0 .4rem;font-weight:650}
p{margin:.4rem 0}
.muted{color:var(--muted)}
.lead-s{color:var(--ink-2);margin:.2rem 0 .7rem;max-width:60rem}
.gate{border:1px solid var(--line);border-left:6px solid;border-radius:6px;padding:.8rem 1.1rem;margin:0 0 1.4rem;background:#fff}
.gate.passed{border-left-color:var(--pass)}
.gate.failed{border-left-color:var(--fail)}
.gate .gate-h{font-size:1.1rem;font-weight:700;margin:0}
.gate.passed .gate-h{color:var(--pass)}
.gate.failed .gate-h{color:var(--fail)}
.gate ul{margin:.4rem 0 0;padding-left:1.2rem}
.gate li{margin:.15rem 0;overflow-wrap:anywhere}
.table-wrap{overflow-x:auto;margin:.4rem 0 1rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;vertical-align:top;padding:.45rem .6rem;border-bottom:1px solid var(--line)}
thead th{font-size:.78rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);border-bottom:2px solid var(--line);white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.group th{background:var(--soft);font-size:.9rem;padding-top:.55rem}
.gscore{font-weight:400;color:var(--muted);margin-left:.5rem}
table.controls th[scope=row]{white-space:nowrap;font-weight:600}
table.controls td:nth-child(2){min-width:16rem}
table.controls td:nth-child(3) .muted{font-size:.8rem}
.cid{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.84rem;font-weight:600}
.badge{display:inline-flex;align-items:center;gap:.25rem;padding:.05rem .45rem;border-radius:999px;font-size:.8rem;font-weight:600;border:1px solid;white-space:nowrap;line-height:1.45}
.badge .sym{font-weight:800}
.st-pass{color:var(--pass);background:var(--pass-bg);border-color:#9cc5e3}
.st-fail{color:var(--fail);background:var(--fail-bg);border-color:#eab091}
.st-missing{color:var(--miss);background:var(--miss-bg);border-color:#e3c77a}
.st-error{color:var(--err);background:var(--err-bg);border-color:#cfa5dc}
.st-na{color:var(--na);background:var(--na-bg);border-color:#cbd0d6}
.sev{font-size:.82rem;text-transform:capitalize}
.sev-critical{font-weight:700}
.sev-high{font-weight:600}
.tag{display:inline-block;font-size:.75rem;font-weight:600;padding:0 .4rem;border:1px solid var(--line);border-radius:3px;color:var(--ink-2);background:var(--soft)}
.tag-new{color:var(--fail);border-color:#eab091}
.tag-waived{color:var(--miss);border-color:#e3c77a}
.g-good{color:#fff;background:var(--pass)}
.g-mid{color:#241a00;background:#f2c14e}
.g-bad{color:#fff;background:var(--fail)}
.doc{border-top:3px solid #13233a;padding-top:1.2rem}
details.entry-d{margin:.6rem 0 0;border:1px solid var(--line);border-radius:6px;padding:0 1rem}
details.entry-d>summary{cursor:pointer;padding:.6rem 0;font-weight:650;color:var(--accent)}
details.entry-d[open]>summary{border-bottom:1px solid var(--line);margin-bottom:.4rem}
section.entry{margin-top:1.6rem}
section.entry>h3{margin-top:0}
table.matrix a{text-decoration:none}
.doc .file,.doc-head .file{color:var(--muted);font-size:.88rem;margin:-.4rem 0 1rem;overflow-wrap:anywhere}
.kind{font-size:.72rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);border:1px solid var(--line);border-radius:3px;padding:.05rem .35rem;margin-left:.4rem;vertical-align:middle;font-weight:600}
.overview{display:flex;flex-wrap:wrap;gap:1.2rem 2rem;align-items:center;padding:1rem 1.2rem;border:1px solid var(--line);border-radius:8px;background:var(--soft)}
.gradebox{display:flex;flex-direction:column;align-items:center;gap:.2rem;min-width:5.5rem}
.gradebox .letter{font-size:2.3rem;font-weight:750;line-height:1;padding:.35rem .8rem;border-radius:6px}
.gradebox .cap{font-size:.75rem;color:var(--muted);text-transform:uppercase;letter-spacing:.06em}
.facts{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.25rem 1rem;margin:0;flex:1;min-width:16rem;font-size:.92rem}
.facts dt{color:var(--muted)}
.facts dd{margin:0;overflow-wrap:anywhere}
.counts{list-style:none;display:flex;flex-wrap:wrap;gap:.35rem;margin:.8rem 0 0;padding:0}
.chart{margin:1rem 0 .2rem;max-width:100%;overflow-x:auto}
svg.bars{max-width:100%;height:auto;font-family:inherit}
svg.gauge{flex:none;font-family:inherit}
svg.mini{vertical-align:middle;margin-right:.4rem}
details.control{border:1px solid var(--line);border-radius:6px;margin:.45rem 0;background:#fff}
details.control>summary{cursor:pointer;padding:.55rem .8rem;display:flex;flex-wrap:wrap;gap:.2rem .6rem;align-items:baseline;list-style:none}
details.control>summary::-webkit-details-marker{display:none}
details.control>summary::before{content:"\u25B8";color:var(--muted);width:.8rem;flex:none}
details.control[open]>summary::before{content:"\u25BE"}
details.control[open]>summary{border-bottom:1px solid var(--line);background:var(--soft)}
.ctitle{flex:1 1 20rem;min-width:0}
.cmeta{color:var(--muted);font-size:.84rem;white-space:nowrap}
.control-body{padding:.6rem 1rem .8rem 1.6rem}
.fix{border-left:3px solid var(--pass);background:var(--pass-bg);padding:.4rem .8rem;margin:.3rem 0 .8rem;border-radius:0 4px 4px 0}
.fix-h{font-weight:700;font-size:.82rem;text-transform:uppercase;letter-spacing:.05em;color:var(--ink-2);margin:.3rem 0 .1rem}
.broken{border-left:3px solid var(--err);background:var(--err-bg);padding:.4rem .8rem}
ol.findings{list-style:none;margin:0;padding:0}
li.finding{border-top:1px dashed var(--line);padding:.7rem 0 .3rem}
li.finding:first-child{border-top:0;padding-top:.2rem}
.msg{font-weight:560;margin:.1rem 0 .2rem;overflow-wrap:anywhere}
.where{font-size:.85rem;color:var(--muted);margin:0 0 .4rem;overflow-wrap:anywhere}
ul.related{font-size:.85rem;color:var(--muted);margin:0 0 .4rem;padding-left:1.2rem;overflow-wrap:anywhere}
.loc{color:var(--ink);font-weight:600}
figure.excerpt{margin:.3rem 0 .6rem}
figure.excerpt figcaption{font-size:.76rem;color:var(--muted);margin-bottom:.15rem}
pre.code{margin:0;background:#f7f8fa;border:1px solid var(--line);border-radius:5px;padding:.45rem 0;overflow-x:auto;line-height:1.5;font-size:.95rem}
pre.code code{font-size:.8rem;display:block;min-width:max-content}
pre.code .ln{display:block;padding:0 .8rem 0 0;border-left:4px solid transparent}
pre.code .ln.hl{background:#fff1c2;border-left-color:#b07800}
pre.code .no{display:inline-block;user-select:none;color:#6b7380;padding:0 .8rem 0 .45rem;margin-right:.6rem;border-right:1px solid var(--line);white-space:pre}
pre.code .hl .no{color:#5b3e00;font-weight:700}
dl.waiver{display:flex;flex-wrap:wrap;gap:.2rem 1.4rem;margin:.1rem 0 .5rem;padding:.4rem .7rem;background:var(--miss-bg);border-radius:4px;font-size:.86rem}
dl.waiver div{display:flex;gap:.35rem;min-width:0}
dl.waiver dt{font-weight:700;color:var(--miss)}
dl.waiver dd{margin:0;overflow-wrap:anywhere}
section.risk>h3,section.risk>h4,section.risk>h5{color:var(--miss)}
section.unevaluated>h3,section.unevaluated>h4,section.unevaluated>h5{color:var(--err)}
details.na-list{margin:.2rem 0 1rem;font-size:.92rem}
details.na-list>summary{cursor:pointer;color:var(--accent);font-weight:600;padding:.3rem 0}
details.why{margin:.6rem 0 0;font-size:.88rem;color:var(--ink-2)}
details.why>summary{cursor:pointer;color:var(--accent);font-weight:600}
ul.refs{margin:.2rem 0;padding-left:1.2rem}
.url{color:var(--muted);font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem;overflow-wrap:anywhere}
.ok-note{color:var(--pass);font-weight:600}
.problem-list li{margin:.3rem 0;overflow-wrap:anywhere}
.scorecell{white-space:nowrap;font-variant-numeric:tabular-nums}
.rank{font-weight:700;font-size:1.05rem}
.vname{font-weight:650}
.small{font-size:.82rem}
.nowrap{white-space:nowrap}
table.matrix td.st{white-space:nowrap}
thead th.v{text-transform:none;letter-spacing:0;font-size:.8rem;color:var(--ink);white-space:normal;min-width:7.5rem;font-weight:650}
a.cid,span.cid{white-space:nowrap}
table.ranking td:nth-child(4){min-width:12rem}
table.ranking td:nth-child(5){min-width:9rem}
table.ranking th[scope=row]{min-width:14rem;font-weight:400}
table.areas th[scope=row]{min-width:15rem;font-weight:400}
table.matrix th[scope=row]{min-width:16rem;font-weight:400}
table.matrix .ctl-t{font-size:.86rem;margin-top:.1rem}
table.matrix thead th.v{min-width:6.5rem}
.gradeline{display:block;margin-top:.2rem}
th[scope=row] .small{font-weight:400}
ol.reasons li{margin:.45rem 0;max-width:64rem}
footer.foot{border-top:1px solid var(--line);color:var(--muted);font-size:.8rem;padding:1rem 2rem;max-width:84rem;margin:0 auto}
section.exec{max-width:84rem;margin:0 auto;padding:1.2rem 2rem 1.4rem;border-bottom:1px solid var(--line)}
section.exec h2{margin:0 0 .5rem;font-size:1.35rem}
section.exec h3{font-size:1rem;margin:1rem 0 .3rem}
dl.exec-facts{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.15rem 1rem;margin:0 0 .8rem}
dl.exec-facts div{display:contents}
dl.exec-facts dt{font-weight:650}
dl.exec-facts dd{margin:0;overflow-wrap:anywhere}
.exec-gate{margin:0 0 .8rem;padding:.5rem .9rem;border:1px solid var(--line);border-left:6px solid;border-radius:6px;background:#fff}
.exec-gate.passed{border-left-color:var(--pass)}
.exec-gate.failed{border-left-color:var(--fail)}
.exec-gate .gate-h{font-weight:700}
.exec-gate.passed .gate-h{color:var(--pass)}
.exec-gate.failed .gate-h{color:var(--fail)}
.exec-gate p{margin:0}
.exec-gate .gate-h{font-size:1rem}
table.exec-t caption{text-align:left;font-weight:650;padding:.2rem 0 .3rem}
table.exec-t th[scope=row]{font-weight:600;overflow-wrap:anywhere}
table.exec-t td{white-space:nowrap}
table.exec-t{margin-top:.3rem}
.letter-s{display:inline-block;min-width:1.7em;text-align:center;font-weight:750;border-radius:4px;padding:0 .3em}
ol.risks{margin:.2rem 0;padding-left:1.4rem}
ol.risks li{margin:.25rem 0;overflow-wrap:anywhere}
.exec-note{margin:.6rem 0 0}
ol.qs{padding-left:1.6rem}
ol.qs>li{margin:.7rem 0;overflow-wrap:anywhere}
ol.qs p{margin:.1rem 0}
ul.plain{list-style:none;padding:0;margin:0}
table.timeline-t td,table.timeline-t th{overflow-wrap:anywhere}
ul.refs a.ref{color:var(--accent)}
@media (max-width:900px){.layout{display:block}nav.toc{position:static;max-height:none;border-right:0;border-bottom:1px solid var(--line)}main{padding:1rem}}
@media print{
@page{margin:14mm 12mm}
body{font-size:10.5pt;color:#000;background:#fff}
.skip,nav.toc{display:none!important}
.layout{display:block;max-width:none}
main{padding:0}
header.top{background:#fff;color:#000;padding:0 0 .6rem;border-bottom:2px solid #000}
header.top h1{font-size:16pt;margin:.1rem 0 .3rem}
header.top dl{font-size:9pt}
header.top .kicker,header.top dt,header.top .muted-h{color:#333}
a{color:#000;text-decoration:none}
.doc{break-before:page;border-top:0}
details.entry-d{border:0;padding:0}
details.entry-d>summary{color:#000}
main>section{margin-bottom:1rem}
h2,h3,h4,h5,summary{break-after:avoid}
tr,li.finding,figure.excerpt,.overview{break-inside:avoid}
details::details-content{content-visibility:visible;display:block}
details>summary::before{content:""!important;display:none}
details.why>summary,details.entry-d>summary,details.na-list>summary{color:#000}
details.control{border-color:#999}
details.control>summary{background:#fff!important;border-bottom:1px solid #999}
.overview,.fix,.broken,dl.waiver,tr.group th,pre.code,pre.code .ln.hl{background:#fff!important}
.badge{background:#fff!important;color:#000!important;border-color:#000!important}
.tag{background:#fff;color:#000;border-color:#000}
.g-good,.g-mid,.g-bad{background:#fff!important;color:#000!important;border:2px solid #000}
pre.code{overflow:visible;border-color:#999}
pre.code code{min-width:0;white-space:pre-wrap;overflow-wrap:anywhere}
pre.code .ln.hl{border-left-color:#000;font-weight:700}
.table-wrap,.chart{overflow:visible}
.muted,.lead-s,.where,.cmeta,.gscore,figure.excerpt figcaption,.url,footer.foot{color:#333}
.gate,.fix,.broken{border-color:#000}
section.exec{break-after:page;padding:0 0 .4rem;border:0;max-width:none}
section.exec h2{font-size:14pt;margin-bottom:.2rem}
section.exec h3{font-size:11pt;margin:.5rem 0 .1rem}
table.exec-t,ol.risks{font-size:9.5pt}
table.exec-t td,table.exec-t th{padding:.15rem .3rem}
ol.risks li{margin:.1rem 0}
dl.exec-facts{margin-bottom:.5rem}
.exec-gate{padding:.3rem .6rem;margin-bottom:.5rem;border-color:#000}
table{table-layout:auto;width:100%}
th,td{padding:.25rem .35rem;overflow-wrap:anywhere;word-break:break-word}
thead th{white-space:normal;word-break:normal;overflow-wrap:normal;hyphens:manual}
table.controls th[scope=row],table.controls td:nth-child(2),table.ranking td,table.ranking th,table.areas th,table.matrix th,thead th.v{min-width:0!important;white-space:normal}
td.num,th.num{white-space:normal}
.letter-s{border:1px solid #000}
a.ref{text-decoration:underline}
table.matrix{font-size:8.5pt}
table.matrix thead th.v{overflow-wrap:anywhere;word-break:break-word}
table.matrix th,table.matrix td{padding:.2rem .25rem}
table.matrix td.st,table.matrix .badge{white-space:normal}
}
`;
export { fmtPoints as a, levelText as c, plural as d, problemsSection as f, subjectSections as g, statusCounts as h, fmtPct as i, miniBar as l, statusBadge as m, barChart as n, gauge as o, severityTag as p, esc as r, gradeClass as s, badge as t, page as u };
