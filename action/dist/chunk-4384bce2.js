import { n as capProblem } from "./chunk-3292eae8.js";
import { t as severityOrder } from "./chunk-7d16d95a.js";
import { t as detach } from "./chunk-7fef4077.js";
// dist/src/engine/gate.js
function controlFailsGate(c, info, options) {
	const failOn = options.failOn ?? "high";
	const threshold = failOn === "none" ? -1 : severityOrder.indexOf(failOn);
	const sev = info.get(c.id)?.severity;
	if (sev === void 0 || severityOrder.indexOf(sev) > threshold) return false;
	return c.findings.some((f) => !f.waiver && (!options.failOnNew || f.status === "error" || f.baselineState !== "unchanged"));
}
function subjectGateReasons(s, info, options) {
	const failOn = options.failOn ?? "high";
	const threshold = failOn === "none" ? -1 : severityOrder.indexOf(failOn);
	const reasons = [];
	if (threshold >= 0) {
		const failing = s.controls.filter((c) => controlFailsGate(c, info, options));
		if (failing.length > 0) reasons.push(detach(`${s.file}: ${failing.length} control${failing.length === 1 ? "" : "s"} of severity ${failOn} or higher ${options.failOnNew ? "with new findings" : "not passing"} (${failing.map((c) => c.id).join(", ")})`));
	}
	if (s.schemaErrors > 0) reasons.push(detach(`${s.file}${s.documentIndex ? ` (document ${s.documentIndex + 1})` : ""}: not graded, ${s.schemaErrors} schema error${s.schemaErrors === 1 ? "" : "s"}`));
	if (options.minScore !== void 0 && (s.score === null || s.score < options.minScore)) reasons.push(detach(`${s.file}: score ${s.score ?? "n/a"} is below --min-score ${options.minScore}`));
	if (options.minLevel !== void 0 && s.level < options.minLevel) reasons.push(detach(`${s.file}: level ${s.level} is below --min-level ${options.minLevel}`));
	return reasons;
}
const noDocumentsReason = "no ringfence document was evaluated (no VendorManifest or DeploymentConfig with apiVersion ringfence.dev/v1 among the inputs)";
function gateFrom(subjectReasons, waivers, options, documents) {
	const reasons = [...subjectReasons];
	if (documents === 0 && !options.allowEmpty) reasons.push(noDocumentsReason);
	for (const w of waivers) if (w.status === "expired") reasons.push(`waiver for ${w.control} (${w.documents}) at ${w.file}:${w.line} expired on ${w.expires}`);
	return {
		passed: reasons.length === 0,
		failOn: options.failOn ?? "high",
		...options.minScore !== void 0 ? { minScore: options.minScore } : {},
		...options.minLevel !== void 0 ? { minLevel: options.minLevel } : {},
		...options.failOnNew ? { failOnNew: true } : {},
		reasons
	};
}
function sortProblems(problems) {
	problems = problems.map(capProblem);
	const key = (p) => [
		p.file ?? "",
		String(p.documentIndex ?? 0).padStart(6, "0"),
		String(p.range?.startLine ?? 0).padStart(9, "0"),
		String(p.range?.startColumn ?? 0).padStart(9, "0"),
		p.code,
		p.message
	].join("\0");
	return [...problems].sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
export { subjectGateReasons as a, sortProblems as i, gateFrom as n, noDocumentsReason as r, controlFailsGate as t };
