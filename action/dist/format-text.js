import { n as makeStyle, r as terminalSafe } from "./chunk-3951146b.js";
import { t as fmtScore } from "./chunk-25fb1952.js";
import { t as alsoAt } from "./chunk-1bb67b22.js";
import { n as signedStatements, t as artifactSummary } from "./chunk-7b8e33af.js";
import { a as renderWhole, o as utf8 } from "./chunk-3fec7d06.js";
import { a as subjectGateReasons, t as controlFailsGate } from "./chunk-4384bce2.js";
// dist/reporters/text.js
const textStream = {
	part: (header, options) => {
		const st = makeStyle(options.color);
		const info = new Map(header.standard.controls.map((c) => [c.id, c]));
		const quiet = options.quiet;
		if (quiet) return (subject, problems) => subjectGateReasons(subject, info, quiet).length === 0 && !problems.some((p) => p.severity === "error") ? new Uint8Array(0) : utf8(`\n\n${renderQuietSubject(subject, info, quiet, st, problems).join("\n")}`);
		return (subject, problems) => utf8(`\n\n${renderSubject(subject, header, info, st, problems).join("\n")}`);
	},
	writer: (header, options) => {
		const st = makeStyle(options.color);
		const s = header.standard;
		const config = header.tool.config ? st.dim(` \u00B7 config ${terminalSafe(header.tool.config.file)}`) : "";
		const head = st.bold(`ringfence ${header.tool.version}`) + st.dim(` \u00B7 ${terminalSafe(s.id)} ${terminalSafe(s.version)} (${terminalSafe(s.title)}) \u00B7 as of ${header.asOf}`) + config;
		if (options.quiet) {
			let pending = true;
			const lead = () => {
				if (!pending) return "";
				pending = false;
				return head;
			};
			return {
				begin: () => "",
				add: (part) => part.length === 0 ? part : [lead(), part],
				end: (footer) => {
					const errors = footer.problems.some((p) => p.severity === "error");
					if (footer.gate.passed && !errors) return pending ? "" : "\n";
					return `${lead()}${renderFooter(footer, st, true).map((line) => `\n${line}`).join("")}\n`;
				}
			};
		}
		return {
			begin: () => {
				const a = header.about;
				const about = [a?.title ? `\n${st.bold(terminalSafe(a.title))}` : "", a?.organization || a?.purpose ? `\n${[a.organization ? `Organization: ${terminalSafe(a.organization)}` : "", a.purpose ? `Purpose: ${terminalSafe(a.purpose)}` : ""].filter(Boolean).join(" \u00B7 ")}` : ""].join("");
				return head + about;
			},
			add: (part) => part,
			end: (footer) => `${renderFooter(footer, st).map((line) => `\n${line}`).join("")}\n`
		};
	}
};
const text = (report, options) => renderWhole(report, options, textStream);
function renderFooter(footer, st, quiet = false) {
	const out = [];
	if (footer.documents === 0) out.push("", "No documents were evaluated.");
	if (quiet) {
		footer = {
			...footer,
			waivers: [],
			problems: footer.problems.filter((p) => p.severity === "error")
		};
		delete footer.baseline;
	}
	if (footer.waivers.length > 0) {
		out.push("", st.bold(`Waivers (${footer.waivers.length})`));
		for (const w of footer.waivers) {
			const state = w.status === "active" ? st.green("active") : w.status === "expiring" ? st.yellow("expiring") : st.red(w.status);
			out.push(`  ${state} ${w.control} ${terminalSafe(w.documents)}${w.pointer ? ` ${terminalSafe(w.pointer)}` : ""} \u2014 until ${w.expires}, owner ${terminalSafe(w.owner)}${w.ticket ? `, ${terminalSafe(w.ticket)}` : ""}; waives ${w.matched} finding${w.matched === 1 ? "" : "s"} ${st.dim(`(${terminalSafe(w.file)}:${w.line})`)}`);
		}
	}
	if (footer.baseline) {
		const b = footer.baseline;
		out.push("", st.bold(`Baseline ${terminalSafe(b.file)}: ${b.new} new, ${b.unchanged} unchanged, ${b.absent.length} gone`));
		for (const a of b.absent.slice(0, 20)) out.push(`  ${st.green("\u2713")} gone: ${a.control} ${terminalSafe(a.file)} ${terminalSafe(a.pointer)}`);
		if (b.absent.length > 20) out.push(st.dim(`  \u2026 and ${b.absent.length - 20} more`));
	}
	const errors = footer.problems.filter((p) => p.severity === "error").length;
	if (footer.problems.length > 0) {
		out.push("", st.bold(`Problems (${errors} error${errors === 1 ? "" : "s"}, ${footer.problems.length - errors} warning${footer.problems.length - errors === 1 ? "" : "s"})`));
		const unwritten = new Set(footer.problems.filter((p) => p.code === "document-failed").map((p) => `${p.file}#${p.documentIndex ?? 0}`));
		const withDocument = (p) => p.code === "schema" && p.documentIndex !== void 0 && !unwritten.has(`${p.file}#${p.documentIndex}`);
		let above = 0;
		for (const p of footer.problems) if (withDocument(p)) above++;
		else out.push(`  ${problemLine(p, st)}`);
		if (above > 0) out.push(`  ${st.dim(`${above} schema error${above === 1 ? " is" : "s are"} listed above with ${above === 1 ? "its document" : "their documents"}`)}`);
	}
	out.push("");
	const g = footer.gate;
	const gateDesc = [
		`--fail-on ${g.failOn}${g.failOnNew ? " (new findings only)" : ""}`,
		g.minScore !== void 0 ? `--min-score ${g.minScore}` : "",
		g.minLevel !== void 0 ? `--min-level ${g.minLevel}` : ""
	].filter(Boolean).join(" ");
	if (g.passed && errors > 0) out.push(`${st.red(st.bold("Incomplete"))}: ${errors} problem${errors === 1 ? "" : "s"} above kept part of the input from being evaluated; the gate passed on the rest ${st.dim(`(${gateDesc})`)}`);
	else if (g.passed) out.push(`${st.green(st.bold("Gate passed"))} ${st.dim(`(${gateDesc})`)}`);
	else {
		out.push(`${st.red(st.bold("Gate failed"))} ${st.dim(`(${gateDesc})`)}`);
		for (const r of g.reasons) out.push(`  ${terminalSafe(r)}`);
	}
	return out;
}
function renderQuietSubject(subject, info, gate, st, problems) {
	const out = [st.bold(`${terminalSafe(subject.file)}${subject.documentIndex > 0 ? ` (document ${subject.documentIndex + 1})` : ""}`) + ` \u2014 ${terminalSafe(subject.name)} ${st.dim(`(${subject.kind})`)}`];
	if (subject.schemaErrors > 0) out.push(`  ${st.bold(st.yellow("Not graded"))}: ${subject.schemaErrors} schema error${subject.schemaErrors === 1 ? "" : "s"}`);
	else out.push(`  Score ${st.bold(fmtScore(subject.score))}/100   Grade ${st.bold(terminalSafe(subject.grade))}   Level ${subject.level}`);
	for (const p of [...problems].filter((x) => x.severity === "error").sort(byPosition)) out.push(`  ${problemLine(p, st)}`);
	const failing = subject.controls.filter((c) => controlFailsGate(c, info, gate));
	failing.sort((a, b) => b.pointsLost - a.pointsLost || (a.id < b.id ? -1 : 1));
	for (const c of failing) out.push(...renderControl(c, info.get(c.id), st));
	return out;
}
function problemLine(p, st) {
	const where = p.file ? `${terminalSafe(p.file)}${p.range ? `:${p.range.startLine}:${p.range.startColumn}` : ""}` : "(run)";
	return `${p.severity === "error" ? st.red("error") : st.yellow("warning")} ${where}  ${terminalSafe(p.message)} ${st.dim(`[${p.code}]`)}`;
}
function byPosition(a, b) {
	const la = a.range?.startLine ?? 0;
	const lb = b.range?.startLine ?? 0;
	if (la !== lb) return la - lb;
	const ca = a.range?.startColumn ?? 0;
	const cb = b.range?.startColumn ?? 0;
	if (ca !== cb) return ca - cb;
	return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
function renderSubject(subject, header, info, st, problems) {
	const out = [];
	out.push(st.bold(`${terminalSafe(subject.file)}${subject.documentIndex > 0 ? ` (document ${subject.documentIndex + 1})` : ""}`) + ` \u2014 ${terminalSafe(subject.name)} ${st.dim(`(${subject.kind})`)}`);
	const score = fmtScore(subject.score);
	const gradeText = subject.cappedBy.length ? `${st.bold(terminalSafe(subject.grade))} ${st.yellow(terminalSafe(`(capped from ${subject.uncappedGrade} by ${subject.cappedBy.join(", ")})`))}` : subject.criticalFailures.length ? `${st.bold(terminalSafe(subject.grade))} ${st.yellow(terminalSafe(`(critical controls not passing: ${subject.criticalFailures.join(", ")})`))}` : st.bold(terminalSafe(subject.grade));
	const levelName = header.standard.levels.find((l) => l.level === subject.level)?.name;
	const pct = (x) => x === null ? "n/a" : `${Math.round(x * 100)}%`;
	const vendor = subject.kind === "VendorManifest";
	const assuranceText = subject.assurance === "declared" ? st.yellow(vendor ? "declared by the vendor" : "declared") : st.bold(terminalSafe(subject.assurance.replace(/_/g, " ")));
	if (subject.schemaErrors > 0) {
		const listed = problems.length > 0;
		out.push(`  ${st.bold(st.yellow("Not graded"))}: ${subject.schemaErrors} schema error${subject.schemaErrors === 1 ? "" : "s"}${listed ? "" : " (see Problems)"}; the controls below were evaluated as written`);
		for (const p of [...problems].sort(byPosition)) out.push(`    ${problemLine(p, st)}`);
	} else {
		out.push(`  Score ${st.bold(score)}/100   Grade ${gradeText}   Level ${subject.level}${levelName ? ` (${terminalSafe(levelName)})` : ""}   Assurance ${assuranceText}`);
		if (subject.gradeLimitedBy) out.push(`  Grade ${terminalSafe(subject.grade)}: ${st.yellow(terminalSafe(subject.gradeLimitedBy))}`);
		if (subject.levelLimitedBy) out.push(`  Level 0: ${st.yellow(terminalSafe(subject.levelLimitedBy))}`);
	}
	if (vendor) out.push(...backingLines(subject, info, st, pct));
	else out.push(`  Declaration coverage ${pct(subject.evidenceCoverage)}`);
	out.push(...subjectBody(subject, header, info, st));
	return out;
}
function backingLines(subject, info, st, pct) {
	const out = [];
	const says = subject.declaredAssurance !== void 0 ? `; the manifest calls itself ${terminalSafe(subject.declaredAssurance)}` : "";
	out.push(`  Backing: ${pct(subject.linkedCoverage)} of controls linked to evidence, ${pct(subject.verifiedCoverage)} verified; declaration coverage ${pct(subject.evidenceCoverage)}${says}`);
	const unbacked = subject.controls.filter((c) => c.assurance === "declared" && info.get(c.id)?.capsGrade).map((c) => c.id);
	if (unbacked.length > 0) out.push(`  ${st.dim(`Critical controls backed by nothing (declared by the vendor): ${unbacked.join(", ")}`)}`);
	const signed = signedStatements(subject);
	if (signed) out.push(`  Signed statements (trust policy): ${terminalSafe(signed)}`);
	const artifacts = artifactSummary(subject);
	if (artifacts) out.push(`  The vendor's own files: ${terminalSafe(artifacts)}`);
	return out;
}
function subjectBody(subject, header, info, st) {
	const out = [];
	const areaTitle = new Map(header.standard.areas.map((a) => [a.id, a.title]));
	const areaLabel = (id) => terminalSafe(`${id} ${areaTitle.get(id) ?? ""}`);
	const width = Math.max(...subject.areas.map((a) => areaLabel(a.id).length), 10);
	for (const a of subject.schemaErrors > 0 ? [] : subject.areas) {
		const label = areaLabel(a.id).padEnd(width);
		if (a.score === null) out.push(`    ${label}    n/a`);
		else {
			const filled = Math.round(a.score / 10);
			const bar = "\u2588".repeat(filled) + "\u2591".repeat(10 - filled);
			const colour = a.score >= 90 ? st.green : a.score >= 60 ? st.yellow : st.red;
			out.push(`    ${label} ${fmtScore(a.score).padStart(6)}  ${colour(bar)}`);
		}
	}
	const counts = {
		pass: 0,
		fail: 0,
		missing_evidence: 0,
		error: 0,
		not_applicable: 0
	};
	for (const c of subject.controls) counts[c.status]++;
	out.push(`  Controls: ${st.green(`${counts.pass} passed`)}, ${st.red(`${counts.fail} failed`)}, ${counts.missing_evidence} missing evidence, ${counts.error} errored, ${counts.not_applicable} not applicable`);
	const notPassing = subject.controls.filter((c) => c.status === "fail" || c.status === "missing_evidence" || c.status === "error");
	notPassing.sort((a, b) => b.pointsLost - a.pointsLost || (a.id < b.id ? -1 : 1));
	for (const c of notPassing) out.push(...renderControl(c, info.get(c.id), st));
	return out;
}
function renderControl(c, info, st) {
	const mark = c.status === "fail" ? st.red("\u2716") : c.status === "error" ? st.red("!") : st.yellow("?");
	const status = c.status === "fail" ? "failed" : c.status === "error" ? "error" : "missing evidence";
	const lines = [`  ${mark} ${st.bold(terminalSafe(c.id))} ${info ? `${info.severity}, level ${info.level}` : ""} \u2014 ${terminalSafe(info?.title ?? "")} ${st.dim(`(${status}, \u2212${c.pointsLost.toFixed(1)} pts)`)}`];
	const shown = c.findings.slice(0, 5);
	for (const f of shown) {
		const r = f.location.region;
		const tags = [f.baselineState === "new" ? st.yellow("new") : "", f.waiver ? st.dim(`waived until ${f.waiver.expires} (${terminalSafe(f.waiver.owner)})`) : ""].filter(Boolean).join(" ");
		lines.push(`      ${st.cyan(`${terminalSafe(f.location.file)}:${r.startLine}:${r.startColumn}`)}  ${terminalSafe(f.message)}${tags ? ` ${tags}` : ""}`);
		for (const also of alsoAt(f)) lines.push(st.dim(`        ${terminalSafe(also)}`));
	}
	const more = c.findings.length - shown.length + (c.findingsOmitted?.count ?? 0);
	if (more > 0) lines.push(st.dim(`      \u2026 and ${more} more`));
	return lines;
}
export { text, textStream };
