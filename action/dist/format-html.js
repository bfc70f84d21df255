import { t as fmtScore } from "./chunk-25fb1952.js";
import { c as levelText, d as plural, f as problemsSection, g as subjectSections, h as statusCounts, i as fmtPct, l as miniBar, n as barChart, o as gauge, p as severityTag, r as esc, s as gradeClass, t as badge, u as page } from "./chunk-a942f449.js";
import { a as firstSentences, c as topRisks, i as contentText, l as vendorQuestions, n as categoryText, r as compareRisks, s as sensorText, t as assuranceText } from "./chunk-c80552ed.js";
import { a as renderWhole, o as utf8, t as Spool } from "./chunk-3fec7d06.js";
import { n as signedStatements, t as artifactSummary } from "./chunk-7b8e33af.js";
// dist/reporters/rollout-chart.js
function rolloutTimelineSection(x, p, h = 3) {
	const rollouts = x.observedRollouts ?? [];
	if (rollouts.length === 0) return "";
	const byChannel = new Map();
	for (const r of rollouts) byChannel.set(r.channel, [...byChannel.get(r.channel) ?? [], r]);
	const parts = [`<h${h} id="${p}-rh">Observed rollouts</h${h}>`, "<p class=\"small muted\">From the vendor's release history: the share of each channel's hosts each release had reached, over the hours since its first ring started (logarithmic scale; a cross marks a halt).</p>"];
	let k = 0;
	for (const [channel, list] of byChannel) {
		const id = `${p}-rt${k++}`;
		parts.push(`<div class="chart">${chart(id, `Observed rollouts of channel ${channel}`, list)}</div>`);
		parts.push(table(list));
	}
	return parts.join("");
}
const palette = [
	"#1d4f91",
	"#b4531c",
	"#2f7d4f",
	"#7a3e9d",
	"#a1223b",
	"#33707a",
	"#6b5d1e",
	"#4a5563"
];
const n = (v) => (Math.round(v * 10) / 10).toString();
const ms = (s) => Date.parse(s);
const pctText = (v) => v === null ? "unknown" : `${v < 1 ? Number(v.toPrecision(2)) : Math.round(v * 10) / 10}%`;
const hoursText = (h) => h < 48 ? `${Math.round(h * 10) / 10} h` : `${Math.round(h / 24 * 10) / 10} d`;
function steps(r) {
	const t0 = ms(r.rings[0].start);
	const out = [];
	let before = 0;
	for (const ring of r.rings) {
		if (ring.pct === null) continue;
		const a = (ms(ring.start) - t0) / 36e5;
		const b = ring.end ? (ms(ring.end) - t0) / 36e5 : a;
		out.push({
			t: a,
			pct: before
		}, {
			t: b,
			pct: ring.pct
		});
		before = ring.pct;
	}
	return out;
}
function chart(id, title, list) {
	const width = 640;
	const height = 240;
	const left = 52;
	const top = 12;
	const lines = list.map(steps);
	const span = Math.max(1, ...lines.flat().map((q) => q.t), ...list.map((r) => r.halted ? (ms(r.halted) - ms(r.rings[0].start)) / 36e5 : 0));
	const minPct = .01;
	const y = (pct) => {
		return top + (2 - Math.log10(Math.max(minPct, pct))) / (2 - Math.log10(minPct)) * 194;
	};
	const xOf = (t) => left + t / span * 572;
	const out = [];
	out.push(`<svg class="rollouts" style="max-width:100%;height:auto;font-family:inherit" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d">`);
	out.push(`<title id="${id}-t">${esc(title)}</title>`);
	out.push(`<desc id="${id}-d">${list.map((r) => `${esc(r.release)}${r.emergency ? " (emergency)" : ""}: ${r.rings.map((g) => `${esc(g.name)} ${pctText(g.pct)} at ${hoursText((ms(g.end ?? g.start) - ms(r.rings[0].start)) / 36e5)}`).join(", ")}${r.halted ? `; halted at ${hoursText((ms(r.halted) - ms(r.rings[0].start)) / 36e5)}` : ""}`).join("; ")}</desc>`);
	for (const pct of [
		.01,
		.1,
		1,
		10,
		100
	]) {
		out.push(`<line x1="${left}" y1="${n(y(pct))}" x2="624" y2="${n(y(pct))}" stroke="#d5dae1" stroke-width="1"${pct === 100 ? "" : " stroke-dasharray=\"2 3\""}/>`);
		out.push(`<text x="46" y="${n(y(pct) + 3.5)}" text-anchor="end" font-size="10" fill="#4a5563">${pct}%</text>`);
	}
	for (let i = 0; i <= 4; i++) {
		const t = span * i / 4;
		out.push(`<text x="${n(xOf(t))}" y="220" text-anchor="middle" font-size="10" fill="#4a5563">${hoursText(t)}</text>`);
	}
	out.push(`<text x="${n(338)}" y="236" text-anchor="middle" font-size="10" fill="#4a5563">time since the first ring started</text>`);
	list.forEach((r, i) => {
		const colour = palette[i % palette.length];
		const pts = lines[i];
		if (pts.length) {
			const d = pts.map((q, j) => `${j === 0 ? "M" : "L"}${n(xOf(q.t))} ${n(y(q.pct))}`).join(" ");
			out.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="2"${r.emergency ? " stroke-dasharray=\"5 3\"" : ""}/>`);
		}
		if (r.halted) {
			const hx = xOf((ms(r.halted) - ms(r.rings[0].start)) / 36e5);
			const hy = y(pts.length ? pts[pts.length - 1].pct : minPct);
			out.push(`<path d="M${n(hx - 4)} ${n(hy - 4)} L${n(hx + 4)} ${n(hy + 4)} M${n(hx - 4)} ${n(hy + 4)} L${n(hx + 4)} ${n(hy - 4)}" stroke="#a1223b" stroke-width="2"/>`);
		}
	});
	out.push("</svg>");
	return out.join("");
}
function table(list) {
	const rows = list.map((r, i) => {
		const t0 = ms(r.rings[0].start);
		const rings = r.rings.map((g) => `${esc(g.name)} ${pctText(g.pct)}${g.declaredPct ? " (declared)" : ""} by ${hoursText((ms(g.end ?? g.start) - t0) / 36e5)}`).join(" \u2192 ");
		const swatch = `<span aria-hidden="true" style="color:${palette[i % palette.length]}">\u25A0</span> `;
		const outcome = r.halted ? `halted at ${hoursText((ms(r.halted) - t0) / 36e5)}${r.rolledBack ? ", rolled back" : ""}` : "";
		return `<tr><td>${swatch}<code>${esc(r.release)}</code>${r.emergency ? " <span class=\"small muted\">emergency</span>" : ""}</td><td>${esc(r.rings[0].start.replace("T", " ").replace(/:00\.000Z$/, "Z"))}</td><td>${rings}</td><td>${outcome}</td></tr>`;
	});
	return `<details><summary>The releases (${list.length}, from <code>${esc(list[0].artifact)}</code>)</summary><table><thead><tr><th>Release</th><th>Started (UTC)</th><th>Rings: population reached</th><th>Outcome</th></tr></thead><tbody>${rows.join("")}</tbody></table></details>`;
}
// dist/reporters/html.js
const html = (report, options) => renderWhole(report, options, htmlStream);
const placeholder = "<!--d-->";
const execDocuments = 6;
const execRisks = 5;
const marker = Buffer.from(placeholder);
function piece(text) {
	const bytes = utf8(text);
	const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const at = [];
	for (let i = view.indexOf(marker); i >= 0; i = view.indexOf(marker, i + marker.length)) at.push(i);
	return {
		bytes,
		at
	};
}
function fill(p, id) {
	if (p.at.length === 0) return p.bytes;
	const out = new Uint8Array(p.bytes.byteLength + p.at.length * (id.byteLength - marker.length));
	let from = 0;
	let to = 0;
	for (const i of p.at) {
		out.set(p.bytes.subarray(from, i), to);
		to += i - from;
		out.set(id, to);
		to += id.byteLength;
		from = i + marker.length;
	}
	out.set(p.bytes.subarray(from), to);
	return out;
}
const htmlStream = {
	part: (header) => (x) => {
		const { head, tail } = subjectSection(header, x, placeholder);
		return {
			toc: piece(tocItem(x, placeholder)),
			row: piece(summaryRow(x, placeholder)),
			head: piece(head),
			tail: piece(tail),
			file: x.file,
			schemaErrors: x.schemaErrors > 0,
			exec: piece(execRow(x, placeholder)),
			risks: topRisks(header, x, execRisks).map((r) => ({
				...r,
				name: x.name || x.file
			})),
			kind: x.kind
		};
	},
	writer: (header) => {
		const toc = new Spool();
		const rows = new Spool();
		const sections = new Spool();
		const documents = [];
		const execRows = [];
		const kinds = {
			VendorManifest: 0,
			DeploymentConfig: 0
		};
		let risks = [];
		return {
			begin: () => [],
			add: (part) => {
				const id = Buffer.from(`d${documents.length + 1}`);
				documents.push({
					file: part.file,
					schemaErrors: part.schemaErrors
				});
				kinds[part.kind]++;
				if (execRows.length < execDocuments) execRows.push(fill(part.exec, id));
				risks = mergeRisks(risks, part.risks, id.toString());
				toc.add(fill(part.toc, id));
				rows.add(fill(part.row, id));
				sections.add(fill(part.head, id));
				sections.add(fill(part.tail, id));
				return [];
			},
			end: (footer) => (function* () {
				const s = header.standard;
				const title = header.about?.title ? `${header.about.title} \u2014 ${s.id} ${s.version}, as of ${header.asOf}` : `${s.id} ${s.version} compliance report \u2014 as of ${header.asOf}`;
				const [before, after] = page(title, "\0").split("\0");
				yield before;
				yield `${pageHeader(header, documents.length)}\n`;
				yield execOpen(header, footer, kinds);
				yield* execRows;
				yield execClose(documents.length, risks);
				yield "\n<div class=\"layout\">\n";
				yield `<nav class="toc" aria-labelledby="toc-h"><h2 id="toc-h">Contents</h2><ol><li><a href="#exec"><span class="tname">Executive summary</span></a></li><li><a href="#summary"><span class="tname">Summary and gate</span></a></li>`;
				yield* toc.records();
				yield `${tocEnd(footer)}</ol></nav>\n<main id="main" tabindex="-1">\n`;
				yield `<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>${gateBox(footer)}`;
				if (!documents.length) yield "<p>No document was evaluated.</p></section>";
				else {
					yield "<div class=\"table-wrap\"><table><caption class=\"vh\">Documents evaluated</caption><thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Kind</th><th scope=\"col\">Score</th><th scope=\"col\">Grade</th><th scope=\"col\" class=\"num\">Level</th><th scope=\"col\" class=\"num\">Declared</th><th scope=\"col\" class=\"num\">Not passing</th></tr></thead><tbody>";
					yield* rows.records();
					yield "</tbody></table></div></section>";
				}
				const problemsIn = new Map();
				for (const p of footer.problems) problemsIn.set(p.file, (problemsIn.get(p.file) ?? 0) + 1);
				const pieces = sections.records();
				for (const d of documents) {
					yield "\n";
					yield pieces.next().value;
					const problems = problemsIn.get(d.file) ?? 0;
					if (!d.schemaErrors && problems) yield `<dt>Problems</dt><dd>${problems} (see <a href="#problems">Problems</a>)</dd>`;
					yield pieces.next().value;
				}
				if (footer.waivers.length) yield `\n${waiverRegister(footer.waivers)}`;
				if (footer.baseline) yield `\n${baselineSection(footer)}`;
				if (footer.problems.length) yield `\n${problemsSection(footer)}`;
				yield "\n</main></div>\n";
				yield `<footer class="foot"><p>Generated by ${esc(header.tool.name)} ${esc(header.tool.version)} from report version ${header.reportVersion}, standard ${esc(s.id)} ${esc(s.version)} (${esc(s.digest)}), as of ${esc(header.asOf)}. The same inputs, standard and date give the same page.</p></footer>`;
				yield after;
			})()
		};
	}
};
function pageHeader(header, documents) {
	const s = header.standard;
	const about = header.about;
	const facts = [
		...about?.organization ? [["Organization", esc(about.organization)]] : [],
		["Standard", `${esc(s.id)} ${esc(s.version)} \u2014 ${esc(s.title)}`],
		["Digest", `<code>${esc(s.digest)}</code>`],
		["As of", esc(header.asOf)],
		["Tool", `${esc(header.tool.name)} ${esc(header.tool.version)}`],
		...header.tool.config ? [["Config file", `<code>${esc(header.tool.config.file)}</code>`]] : [],
		["Documents", String(documents)]
	];
	if (s.extends.length) facts.splice(1, 0, ["Extends", s.extends.map(esc).join(", ")]);
	return `<header class="top"><p class="kicker">${esc(header.tool.name)} \u00B7 compliance report</p>` + (about?.title ? `<h1>${esc(about.title)} <span class="muted-h">(${esc(s.id)} ${esc(s.version)})</span></h1>` : `<h1>${esc(s.title)} <span class="muted-h">(${esc(s.id)} ${esc(s.version)})</span></h1>`) + `<dl>${facts.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join("")}</dl></header>`;
}
const clipText = (t, max) => t.length <= max ? t : `${t.slice(0, max - 1)}\u2026`;
function execOpen(header, footer, kinds) {
	const s = header.standard;
	const about = header.about;
	const g = footer.gate;
	const assessed = [kinds.VendorManifest ? plural(kinds.VendorManifest, "vendor manifest") : "", kinds.DeploymentConfig ? plural(kinds.DeploymentConfig, "deployment config") : ""].filter(Boolean).join(" and ") || "no document";
	const facts = [["Purpose", about?.purpose ? esc(about.purpose) : "<span class=\"muted\">not stated (give it with <code>--purpose</code>)</span>"], ["Assessed", `${assessed} against ${esc(s.id)} ${esc(s.version)}, as of ${esc(header.asOf)}`]];
	const first = g.reasons[0] !== void 0 ? esc(firstSentences(g.reasons[0], 110)) : "";
	const gate = `<div class="exec-gate ${g.passed ? "passed" : "failed"}"><p><span class="gate-h"><span aria-hidden="true">${g.passed ? "\u2713" : "\u2716"} </span>Gate ${g.passed ? "passed" : "failed"}.</span> ` + (g.passed ? `<span class="small">No control of severity ${esc(g.failOn)} or higher is left failing${g.minScore !== void 0 ? `, and every document scores at least ${g.minScore}` : ""}.</span>` : `<span class="small">${first}${g.reasons.length > 1 ? `; and ${g.reasons.length - 1} more reason${g.reasons.length === 2 ? "" : "s"} (see <a href="#summary">Summary</a>)` : ""}.</span>`) + `</p></div>`;
	return `<section id="exec" class="exec" aria-labelledby="exec-h"><h2 id="exec-h">Executive summary</h2><dl class="exec-facts">${facts.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join("")}</dl>${gate}<table class="exec-t"><caption class="vh">Results: kind, grade, level, score and backing of each document</caption><thead><tr><th scope="col">Assessed</th><th scope="col">Kind</th><th scope="col">Grade</th><th scope="col">Level</th><th scope="col" class="num">Score</th><th scope="col">Backing</th></tr></thead><tbody>`;
}
function execRow(x, p) {
	const level = String(x.level);
	return `<tr><th scope="row"><a href="#${p}">${esc(clipText(x.name || "(unnamed)", 48))}</a></th><td>${x.kind === "VendorManifest" ? "vendor" : "customer"}</td><td><span class="letter-s ${gradeClass(x.grade)}">${esc(x.grade)}</span>${x.cappedBy.length ? " <span class=\"small muted\">(capped)</span>" : ""}</td><td>${level}</td><td class="num">${fmtScore(x.score)}</td><td>${esc(assuranceText(x))}</td></tr>`;
}
function mergeRisks(risks, add, id) {
	const out = risks.map((r) => ({
		...r,
		documents: [...r.documents]
	}));
	for (const r of add) {
		const known = out.find((x) => x.control === r.control);
		const doc = {
			id,
			name: r.name,
			detail: r.status === "fail" ? r.detail : ""
		};
		if (!known) out.push({
			...r,
			documents: [doc],
			more: 0
		});
		else {
			known.pointsLost = Math.max(known.pointsLost, r.pointsLost);
			if (known.documents.length < 1) known.documents.push(doc);
			else known.more++;
		}
	}
	return out.sort(compareRisks).slice(0, 100);
}
function execClose(documents, all) {
	const risks = all.slice(0, execRisks);
	return `</tbody></table>${documents > execDocuments ? `<p class="small muted">The first ${execDocuments} of ${documents} documents; every one is in the <a href="#summary">Summary</a>.</p>` : ""}<h3 id="exec-risks">Top risks</h3>${risks.length ? `<ol class="risks">${risks.map(riskLine).join("")}</ol>` : "<p>No applicable control fails or is left undeclared.</p>"}<p class="small muted exec-note">Backing: how much of a vendor's statements ringfence could check against evidence (its word only, linked, verified, independently verified). Each vendor's section lists the questions to put to it.</p></section>`;
}
function riskLine(r) {
	const docs = r.documents.map((d) => `<a href="#${d.id}">${esc(clipText(d.name, 60))}</a>`).join(", ") + (r.more ? ` and ${r.more} other${r.more === 1 ? "" : "s"}` : "");
	const detail = r.documents.length === 1 && r.documents[0].detail ? `: ${esc(firstSentences(r.documents[0].detail, 100))}` : "";
	return `<li><strong>${esc(r.title)}</strong> <span class="small">(${severityTag(r.severity)}, ${r.status === "fail" ? "not met" : "not declared"})</span> \u2014 ${docs}${detail}</li>`;
}
function questionsSection(header, x, p) {
	const qs = vendorQuestions(header, x);
	if (!qs.length) return "";
	const reason = {
		failing: "fails",
		undeclared: "not declared",
		unbacked: "vendor's word only"
	};
	return `<section class="sub questions" aria-labelledby="${p}-qh"><h3 id="${p}-qh">Questions to ask the vendor</h3><p class="lead-s">${plural(qs.length, "question")}, most severe first: one for each control the manifest fails or leaves undeclared (what would make it pass), and one for each it passes on its own word (what evidence would back it).</p><ol class="qs">` + qs.map((q) => `<li><p class="q"><strong>${esc(q.question)}</strong></p><p class="small muted"><span class="cid">${esc(q.control)}</span> \u00B7 ${severityTag(q.severity)} \u00B7 ${reason[q.reason]}</p><p>${esc(q.because)}</p><p>${esc(q.wanted)}</p></li>`).join("") + `</ol></section>`;
}
function timelineSection(t, x, p) {
	if (!t.rows.length) return "";
	const wide = t.categories.length <= 4;
	const head = `<th scope="col">Host group</th><th scope="col" class="num">Hosts</th><th scope="col">Ring</th><th scope="col">Sensor</th>` + (wide ? t.categories.map((c) => `<th scope="col">${esc(categoryText(c))}</th>`).join("") : "<th scope=\"col\">Content</th>");
	const rows = t.rows.map((r) => {
		const ring = r.ringIndex !== void 0 ? `${r.ringIndex}. ${esc(r.ring ?? "(unnamed)")}` : "<strong>in no ring</strong>";
		const content = wide ? r.content.map((c) => `<td>${esc(contentText(c))}</td>`).join("") : `<td><ul class="plain">${r.content.map((c, k) => `<li>${esc(categoryText(t.categories[k]))}: ${esc(contentText(c))}</li>`).join("")}</ul></td>`;
		return `<tr><th scope="row"><code>${esc(r.group)}</code>${r.criticality ? `<div class="small muted">${esc(r.criticality)}</div>` : ""}</th><td class="num">${r.hosts ?? ""}</td><td>${ring}</td><td>${esc(sensorText(r.sensor))}</td>${content}</tr>`;
	});
	return `<section class="sub timeline" aria-labelledby="${p}-th"><h3 id="${p}-th">Who receives updates when</h3><p class="lead-s">Content: hours after the vendor releases it to general availability (GA); early access arrives before GA. Sensor: how far behind the latest release each ring runs.</p><div class="table-wrap"><table class="timeline-t"><caption class="vh">When each host group of ${esc(x.name || x.file)} receives sensor and content updates</caption><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table></div>` + (t.rowsOmitted ? `<p class="small muted">\u2026 and ${t.rowsOmitted} more rows (see the JSON report).</p>` : "") + `</section>`;
}
function tocItem(x, p) {
	return `<li><a href="#${p}"><span class="tgrade ${gradeClass(x.grade)}">${esc(x.grade)}</span><span class="tname">${esc(x.name || x.file)}</span></a></li>`;
}
function tocEnd(footer) {
	const items = [];
	if (footer.waivers.length) items.push(`<li><a href="#waivers"><span class="tname">Accepted risk: waiver register</span></a></li>`);
	if (footer.baseline) items.push(`<li><a href="#baseline"><span class="tname">Since the baseline</span></a></li>`);
	if (footer.problems.length) items.push(`<li><a href="#problems"><span class="tname">Problems (${footer.problems.length})</span></a></li>`);
	return items.join("");
}
function gateBox(footer) {
	const g = footer.gate;
	const rules = [`fail on ${esc(g.failOn)}${g.failOn === "none" ? "" : " or higher"}`];
	if (g.minScore !== void 0) rules.push(`minimum score ${g.minScore}`);
	if (g.minLevel !== void 0) rules.push(`minimum level ${g.minLevel}`);
	if (g.failOnNew) rules.push("only findings new since the baseline count");
	const reasons = g.reasons.length ? `<ul>${g.reasons.map((r) => `<li>${esc(r)}</li>`).join("")}</ul>` : "";
	return `<div class="gate ${g.passed ? "passed" : "failed"}"><p class="gate-h"><span aria-hidden="true">${g.passed ? "\u2713" : "\u2716"} </span>Gate ${g.passed ? "passed" : "failed"}</p><p class="small muted">Gate: ${rules.join("; ")}.</p>${reasons}</div>`;
}
function gradeText(x) {
	return x.cappedBy.length ? `${esc(x.grade)} <span class="small muted">(capped from ${esc(x.uncappedGrade)})</span>` : esc(x.grade);
}
function summaryRow(x, p) {
	const notPassing = x.controls.filter((c) => c.status === "fail" || c.status === "missing_evidence" || c.status === "error").length;
	return `<tr><th scope="row"><a href="#${p}" class="vname">${esc(x.name || "(unnamed)")}</a><div class="small muted vfile">${esc(x.file)}${x.documentIndex ? ` (document ${x.documentIndex + 1})` : ""}</div></th><td>${x.kind === "VendorManifest" ? "Vendor manifest" : "Deployment config"}</td><td class="scorecell">${miniBar(x.score)}${fmtScore(x.score)}</td><td>${gradeText(x)}</td><td class="num">${x.level}</td><td class="num">${fmtPct(x.evidenceCoverage)}</td><td class="num">${notPassing}</td></tr>`;
}
function subjectSection(header, x, p) {
	const s = header.standard;
	const index = new Map(s.controls.map((c, k) => [c.id, k]));
	const link = (id) => {
		const k = index.get(id);
		return k === void 0 ? `<span class="cid">${esc(id)}</span>` : `<a class="cid" href="#${p}-c${k}">${esc(id)}</a>`;
	};
	let gradeLine;
	if (x.cappedBy.length) gradeLine = `${esc(x.grade)}, capped from ${esc(x.uncappedGrade)} by ${x.cappedBy.map(link).join(", ")} (a failing critical control caps the grade at ${esc(s.grading.criticalCap)})`;
	else if (x.criticalFailures.length) gradeLine = `${esc(x.grade)}; critical failures: ${x.criticalFailures.map(link).join(", ")}`;
	else gradeLine = `${esc(x.grade)}; no critical failure`;
	const facts = [
		["Score", x.schemaErrors > 0 ? `not graded: ${x.schemaErrors} schema error${x.schemaErrors === 1 ? "" : "s"} (see <a href="#problems">Problems</a>)` : x.score === null ? "n/a (no control applied)" : `${fmtScore(x.score)} of 100`],
		["Grade", gradeLine],
		...x.gradeLimitedBy ? [["Grade held", `<span class="muted">${esc(x.gradeLimitedBy)}</span>`]] : [],
		["Level", `${levelText(header, x.level)}${x.levelLimitedBy ? ` <span class="muted">(${esc(x.levelLimitedBy)})</span>` : ""}`],
		["Declaration coverage", x.evidenceCoverage === null ? "n/a" : `${fmtPct(x.evidenceCoverage)} of applicable controls have every field declared`],
		...x.kind === "VendorManifest" ? [["Assurance", `${x.assurance === "declared" ? "declared by the vendor" : esc(x.assurance.replace(/_/g, " "))} <span class="muted">(computed from the evidence: ${fmtPct(x.linkedCoverage)} of controls linked, ${fmtPct(x.verifiedCoverage)} verified)</span>`]] : []
	];
	const signed = x.kind === "VendorManifest" ? signedStatements(x) : "";
	if (signed) facts.push(["Signed statements", `${esc(signed)} <span class="muted">(verified against the reader's trust policy)</span>`]);
	const artifacts = x.kind === "VendorManifest" ? artifactSummary(x) : "";
	if (artifacts) facts.push(["The vendor's own files", `${esc(artifacts)} <span class="muted">(artifacts read by ringfence: pinned by the manifest, signed by a trust-policy key, or given on the command line)</span>`]);
	if (x.schemaErrors) facts.push(["Schema errors", `${x.schemaErrors} (see <a href="#problems">Problems</a>)`]);
	const areaTitle = new Map(s.areas.map((a) => [a.id, a.title]));
	const applicable = x.areas.filter((a) => a.score !== null);
	const inapplicable = s.areas.filter((a) => !applicable.some((b) => b.id === a.id));
	const chart = applicable.length ? `<div class="chart">${barChart(`${p}-bars`, `Area scores of ${x.name || x.file} (0\u2013100)`, applicable.map((a) => ({
		label: `${a.id} ${areaTitle.get(a.id) ?? ""}`.trim(),
		value: a.score
	})))}</div>` + (inapplicable.length ? `<p class="small muted">Not applicable to this document: ${inapplicable.map((a) => `${esc(a.id)} ${esc(a.title)}`).join(", ")}.</p>` : "") : "<p class=\"muted\">No area applies to this document.</p>";
	return {
		head: `<section class="doc" id="${p}" aria-labelledby="${p}-h"><div class="doc-head"><h2 id="${p}-h">${esc(x.name || "(unnamed document)")}<span class="kind">${x.kind === "VendorManifest" ? "Vendor manifest" : "Deployment config"}</span></h2><p class="file"><code>${esc(x.file)}</code>${x.documentIndex ? `, document ${x.documentIndex + 1}` : ""}</p></div><div class="overview">${gauge(`${p}-g`, x.score, x.grade)}<div class="gradebox"><span class="cap">Grade</span><span class="letter ${gradeClass(x.grade)}">${esc(x.grade)}</span>${x.cappedBy.length ? `<span class="small muted">capped from ${esc(x.uncappedGrade)}</span>` : ""}</div><dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}`,
		tail: `</dl></div><ul class="counts" aria-label="Controls by status">${statusCounts(x, s.controls.length)}</ul><h3 id="${p}-ch">Scores by area</h3>${chart}` + (x.timeline ? timelineSection(x.timeline, x, p) : "") + rolloutTimelineSection(x, p) + subjectSections(header, x, p, 3, { allControls: true }) + questionsSection(header, x, p) + `</section>`
	};
}
const waiverBadge = {
	active: badge("st-na", "\u2691", "active"),
	expiring: badge("st-missing", "\u23F3", "expiring within 30 days"),
	expired: badge("st-fail", "\u2716", "expired"),
	unmatched: badge("st-na", "\u2013", "unmatched"),
	invalid: badge("st-error", "!", "invalid")
};
function waiverRegister(waivers) {
	const rows = waivers.map((w) => `<tr><th scope="row"><span class="cid">${esc(w.control)}</span><div class="small muted"><code>${esc(w.file)}:${w.line}</code></div></th><td><code>${esc(w.documents)}</code>${w.pointer ? `<div class="small muted">at <code>${esc(w.pointer)}</code></div>` : ""}</td><td>${waiverBadge[w.status] ?? esc(w.status)}${w.note ? `<div class="small">${esc(w.note)}</div>` : ""}</td><td class="num">${w.matched}</td><td class="nowrap">${esc(w.expires)}</td><td>${esc(w.owner)}${w.ticket ? `<div class="small muted">${esc(w.ticket)}</div>` : ""}</td><td>${esc(w.reason)}</td></tr>`);
	return `<section id="waivers" class="risk" aria-labelledby="waivers-h"><h2 id="waivers-h"><span aria-hidden="true">\u2691 </span>Accepted risk: waiver register</h2><p class="lead-s">${plural(waivers.length, "waiver")} given with <code>--waivers</code>. A waived finding still costs its points but does not fail the gate until its waiver expires; an expired waiver fails the gate.</p><div class="table-wrap"><table><caption class="vh">Waivers and what became of them</caption><thead><tr><th scope="col">Control (waiver)</th><th scope="col">Documents</th><th scope="col">Status</th><th scope="col" class="num">Matched</th><th scope="col">Expires</th><th scope="col">Owner</th><th scope="col">Reason</th></tr></thead><tbody>${rows.join("")}</tbody></table></div></section>`;
}
function baselineSection(footer) {
	const b = footer.baseline;
	const absent = b.absent.length ? `<div class="table-wrap"><table><caption class="vh">Findings of the baseline that are fixed</caption><thead><tr><th scope="col">Control</th><th scope="col">File</th><th scope="col">Where</th><th scope="col">Message</th></tr></thead><tbody>` + b.absent.map((a) => `<tr><th scope="row" class="cid">${esc(a.control)}</th><td><code>${esc(a.file)}</code></td><td><code>${esc(a.pointer)}</code></td><td>${esc(a.message)}</td></tr>`).join("") + `</tbody></table></div>` : "";
	return `<section id="baseline" aria-labelledby="baseline-h"><h2 id="baseline-h">Since the baseline</h2><p>Compared with <code>${esc(b.file)}</code>: ${plural(b.new, "new finding")}, ${b.unchanged} unchanged, ${b.absent.length} fixed.</p>${absent}</section>`;
}
export { html, htmlStream };
