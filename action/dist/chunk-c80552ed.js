import { t as severityOrder } from "./chunk-7d16d95a.js";
// dist/reporters/readers.js
function safeLink(url) {
	if (url === void 0 || url.length > 2e3 || !/^https?:\/\//i.test(url) || /[\s\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/.test(url)) return void 0;
	let parsed;
	try {
		parsed = new URL(url);
	} catch {
		return;
	}
	if (parsed.protocol !== "https:" && parsed.protocol !== "http:" || !parsed.hostname || parsed.username || parsed.password) return void 0;
	return parsed.href;
}
function assuranceText(x) {
	if (x.kind !== "VendorManifest") return "n/a";
	return assuranceWords(x.assurance);
}
function assuranceWords(a) {
	return a === "declared" ? "its word only" : a === "independently_verified" ? "independently verified" : a;
}
function firstSentences(text, max) {
	if (text.length <= max && !/\s\s|[\t\n\r]|^\s|\s$/.test(text)) return text;
	const t = text.replace(/\s+/g, " ").trim();
	if (t.length <= max) return t;
	const sentences = t.match(/.+?(?:[.!?]+(?=\s|$)|$)/g) ?? [t];
	let out = "";
	for (const s of sentences) {
		if ((out + s).length > max) break;
		out += s;
	}
	out = out.trim();
	if (out) return out;
	const cut = t.slice(0, max - 1);
	const space = cut.lastIndexOf(" ");
	return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}\u2026`;
}
const severityRank = (s) => {
	const i = severityOrder.indexOf(s);
	return i < 0 ? severityOrder.length : i;
};
const byId = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function compareRisks(a, b) {
	return severityRank(a.severity) - severityRank(b.severity) || b.pointsLost - a.pointsLost || byId(a.control, b.control);
}
function topRisks(header, x, n) {
	const info = controlInfo(header);
	const risks = [];
	for (const c of x.controls) {
		if (c.status !== "fail" && c.status !== "missing_evidence") continue;
		const i = info.get(c.id);
		if (!i) continue;
		const f = c.findings[0];
		risks.push({
			control: c.id,
			title: i.title,
			severity: i.severity,
			pointsLost: c.pointsLost,
			status: c.status,
			detail: f ? firstSentences(f.message, 220) : ""
		});
	}
	return risks.sort(compareRisks).slice(0, n);
}
function vendorQuestions(header, x) {
	if (x.kind !== "VendorManifest") return [];
	const info = controlInfo(header);
	const out = [];
	for (const c of x.controls) {
		const i = info.get(c.id);
		if (!i) continue;
		const q = questionFor(c, i);
		if (q) out.push(q);
	}
	return out.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || byId(a.control, b.control));
}
function questionFor(c, i) {
	const base = {
		control: c.id,
		title: i.title,
		severity: i.severity
	};
	const fix = remediationOf(i);
	const more = (k) => k > 0 ? ` (and ${k} more finding${k === 1 ? "" : "s"})` : "";
	const findings = c.findings.length + (c.findingsOmitted?.count ?? 0);
	if (c.status === "fail") return {
		...base,
		reason: "failing",
		question: `How and when will the product meet this: ${i.title}?`,
		because: `${c.findings[0] ? firstSentences(c.findings[0].message, 300) : "The control fails"}${more(findings - 1)}.`.replace(/\.\.$/, "."),
		wanted: `What would make it pass: ${fix}`
	};
	if (c.status === "missing_evidence") return {
		...base,
		reason: "undeclared",
		question: `What does the product do here: ${i.title}?`,
		because: `The manifest does not say${c.findings[0] ? `: ${firstSentences(c.findings[0].message, 300)}` : ""}${more(findings - 1)}.`.replace(/\.\.$/, "."),
		wanted: `A declared answer that meets it: ${fix}`
	};
	if (c.status === "pass" && c.assurance === "declared") {
		const claims = [...new Set(c.evidence.filter((e) => e.level === "declared").map((e) => e.claim))].sort(byId).slice(0, 5);
		return {
			...base,
			reason: "unbacked",
			question: `What evidence shows this is true: ${i.title}?`,
			because: "The manifest passes this control on its own word: no evidence ringfence could check backs it.",
			wanted: `A document the vendor publishes at an https URL, pinned by its SHA-256 in the manifest's evidence list, that covers ${claims.length ? `the claims at ${claims.join(", ")}` : "the fields this control reads"} \u2014 or the file itself, handed over for --evidence, or a statement signed by a lab or auditor.`
		};
	}
}
const remediations = new WeakMap();
function remediationOf(i) {
	let fix = remediations.get(i);
	if (fix === void 0) {
		fix = i.remediation ? firstSentences(i.remediation, 400) : "the control passing, as the standard describes it";
		remediations.set(i, fix);
	}
	return fix;
}
function controlInfo(header) {
	return new Map(header.standard.controls.map((c) => [c.id, c]));
}
function categoryText(c) {
	return c === "*" ? "other content" : c.replace(/_/g, " ");
}
function sensorText(s) {
	if (s.version === "pinned") return `pinned${s.pinnedVersion ? ` to ${s.pinnedVersion}` : ""}${s.pinnedSince ? ` since ${s.pinnedSince}` : ""}: no new sensor`;
	if (s.version === "unset") return "not stated";
	const held = s.pinnedVersion ? ` (held at ${s.pinnedVersion}${s.pinnedSince ? ` since ${s.pinnedSince}` : ""})` : "";
	return s.behind === 0 ? `latest (n), at release${held}` : `${s.version}: ${s.behind === 1 ? "one release" : `${s.behind} releases`} behind${held}`;
}
function contentText(c) {
	if (c.paused) return `paused${c.paused.expiresAt ? ` until ${c.paused.expiresAt}` : ", no expiry"}`;
	if (c.pinnedVersion !== void 0) return `pinned to ${c.pinnedVersion}`;
	if (c.ring === "ea") return "early access (before GA)";
	if (c.ring === "pause") return "paused (vendor pause ring)";
	if (c.ring === "unset" || c.hoursAfterGa === null) return "not stated";
	return c.hoursAfterGa === 0 ? "GA + 0 h (at GA)" : `GA + ${c.hoursAfterGa} h`;
}
export { firstSentences as a, topRisks as c, contentText as i, vendorQuestions as l, categoryText as n, safeLink as o, compareRisks as r, sensorText as s, assuranceText as t };
