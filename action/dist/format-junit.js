import { a as renderWhole, o as utf8, t as Spool } from "./chunk-3fec7d06.js";
import { t as alsoAt } from "./chunk-1bb67b22.js";
// dist/reporters/junit.js
const junit = (report, options) => renderWhole(report, options, junitStream);
const junitStream = {
	part: (header) => {
		const info = new Map(header.standard.controls.map((c) => [c.id, c]));
		return (s) => suite(s, info, header);
	},
	writer: (header) => {
		const spool = new Spool();
		const totals = [
			0,
			0,
			0,
			0
		];
		return {
			begin: () => [],
			add: (part) => {
				spool.add(part.xml);
				part.counts.forEach((n, i) => totals[i] += n);
				return [];
			},
			end: () => (function* () {
				const [tests, failures, errors, skipped] = totals;
				yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${attr(`ringfence ${header.standard.id} ${header.standard.version}`)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}">\n`;
				yield* spool.chunks();
				yield "</testsuites>\n";
			})()
		};
	}
};
function outcome(c) {
	if (c.status === "pass") return "pass";
	if (c.status === "not_applicable") return "skipped";
	if (c.status === "error") return "error";
	const omittedOpen = c.findingsOmitted ? c.findingsOmitted.count - c.findingsOmitted.waived : 0;
	return c.findings.length > 0 && c.findings.every((f) => f.waiver) && omittedOpen === 0 ? "skipped" : "failure";
}
function suite(s, info, header) {
	const counts = {
		failure: 0,
		error: 0,
		skipped: 0
	};
	const cases = s.controls.map((c) => {
		const i = info.get(c.id);
		const o = outcome(c);
		if (o !== "pass") counts[o]++;
		const head = `    <testcase classname="${attr(`${s.file}#${s.documentIndex}`)}" name="${attr(`${c.id} ${i?.title ?? ""}`.trim())}" file="${attr(s.file)}" time="0"`;
		if (o === "pass") return `${head}/>`;
		const listed = c.findings.map((f) => `${f.location.file}:${f.location.region.startLine}:${f.location.region.startColumn} ${f.message}${f.waiver ? ` (waived until ${f.waiver.expires}: ${f.waiver.reason})` : ""}${alsoAt(f).map((a) => `\n  ${a}`).join("")}`);
		if (c.findingsOmitted) listed.push(`\u2026 and ${c.findingsOmitted.count} more (at most 100 findings are listed per control and document)`);
		const findings = listed.join("\n");
		const summary = c.findings[0]?.message ?? c.status;
		if (o === "skipped") return `${head}>\n      <skipped message="${attr(c.status === "not_applicable" ? "not applicable to this document" : `accepted risk: every finding is waived (still costs ${c.pointsLost} points)`)}"/>\n    </testcase>`;
		const tag = o === "error" ? "error" : "failure";
		const type = c.status === "missing_evidence" ? "missing_evidence" : c.status;
		const body = [
			findings,
			"",
			`Severity ${i?.severity ?? "?"}, level ${i?.level ?? "?"}, \u2212${c.pointsLost} points.`,
			`How to fix: ${i?.remediation.trim() ?? ""}`
		].join("\n");
		return `${head}>\n      <${tag} message="${attr(summary)}" type="${type}">${text(body)}</${tag}>\n    </testcase>`;
	});
	const xml = [
		`  <testsuite name="${attr(`${s.file}${s.documentIndex ? `#${s.documentIndex}` : ""} \u2014 ${s.name}`)}" tests="${s.controls.length}" failures="${counts.failure}" errors="${counts.error}" skipped="${counts.skipped}" time="0">`,
		"    <properties>",
		`      <property name="score" value="${s.score ?? ""}"/>`,
		`      <property name="grade" value="${attr(s.grade)}"/>`,
		`      <property name="level" value="${s.level}"/>`,
		`      <property name="evidenceCoverage" value="${s.evidenceCoverage ?? ""}"/>`,
		`      <property name="standard" value="${attr(`${header.standard.id} ${header.standard.version}`)}"/>`,
		"    </properties>",
		...cases,
		"  </testsuite>",
		""
	].join("\n");
	return {
		xml: utf8(xml),
		counts: [
			s.controls.length,
			counts.failure,
			counts.error,
			counts.skipped
		]
	};
}
function clean(s) {
	return s.replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "\uFFFD");
}
function text(s) {
	return clean(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function attr(s) {
	return text(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
export { junit, junitStream };
