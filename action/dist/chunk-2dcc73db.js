import { t as severityOrder } from "./chunk-7d16d95a.js";
import { m as assuranceRank } from "./chunk-56fbaf72.js";
import { _ as checkParallel, c as parseDate, f as requireTerminal, g as refuseOutputsOverInputs, h as writeRendered, l as parseFormats, n as aboutOptions, r as applyOutput, s as parseAbout } from "./chunk-7438c5f2.js";
import { n as standardFile, t as loadStandard } from "./chunk-1bb3c873.js";
import { t as parse } from "./chunk-2b1cc3fe.js";
import { t as formatProblem } from "./chunk-35fe87d2.js";
import { t as UsageError } from "./chunk-2a83795e.js";
// dist/reporters/compare/index.js
const compareReporters = {
	text: async () => (await import("./chunk-8a299355.js")).compareText,
	json: async () => (await import("./chunk-eba6dae7.js")).compareJson,
	markdown: async () => (await import("./chunk-f21e1553.js")).compareMarkdown,
	html: async () => (await import("./chunk-b5bab22d.js")).compareHtml
};
const compareFormatNames = Object.keys(compareReporters);
// dist/src/engine/compare.js
function compare(report) {
	const kind = report.subjects.filter((s) => s.kind === "VendorManifest").length > 0 ? "VendorManifest" : "DeploymentConfig";
	const chosen = report.subjects.filter((s) => s.kind === kind);
	const excluded = report.subjects.filter((s) => s.kind !== kind).map((s) => ({
		file: s.file,
		kind: s.kind,
		name: s.name
	}));
	const gradeRank = (g) => {
		const i = report.standard.grading.bands.findIndex((b) => b.grade === g);
		return i < 0 ? report.standard.grading.bands.length : i;
	};
	const ranking = (a, b) => gradeRank(a.grade) - gradeRank(b.grade) || assuranceRank(b.assurance ?? "declared") - assuranceRank(a.assurance ?? "declared") || (b.verifiedCoverage ?? -1) - (a.verifiedCoverage ?? -1) || (b.linkedCoverage ?? -1) - (a.linkedCoverage ?? -1) || (b.score ?? -1) - (a.score ?? -1) || b.level - a.level;
	const sorted = [...chosen].sort((a, b) => ranking(a, b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.id < b.id ? -1 : 1));
	const rankOf = (s) => 1 + sorted.filter((o) => ranking(o, s) < 0).length;
	const tied = (s) => sorted.some((o) => o !== s && ranking(o, s) === 0);
	const entries = sorted.map((s) => ({
		rank: rankOf(s),
		tied: tied(s),
		subject: s.id,
		file: s.file,
		name: s.name,
		score: s.score,
		grade: s.grade,
		uncappedGrade: s.uncappedGrade,
		cappedBy: s.cappedBy,
		criticalFailures: s.criticalFailures,
		level: s.level,
		evidenceCoverage: s.evidenceCoverage,
		assurance: s.assurance,
		verifiedCoverage: s.verifiedCoverage,
		linkedCoverage: s.linkedCoverage,
		areas: Object.fromEntries(s.areas.map((a) => [a.id, a.score])),
		passed: s.controls.filter((c) => c.status === "pass").length,
		notPassing: s.controls.filter((c) => c.status === "fail" || c.status === "missing_evidence" || c.status === "error").length
	}));
	const differences = [];
	for (const c of report.standard.controls) {
		const rows = sorted.map((s) => s.controls.find((x) => x.id === c.id));
		if (rows.every((r) => r === void 0)) continue;
		const statuses = rows.map((r) => r?.status ?? "not_applicable");
		if (statuses.every((x) => x === statuses[0])) continue;
		differences.push({
			control: c.id,
			title: c.title,
			area: c.area,
			severity: c.severity,
			level: c.level,
			statuses,
			pointsLost: rows.map((r) => r?.pointsLost ?? 0)
		});
	}
	differences.sort((a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity) || spread(b.pointsLost) - spread(a.pointsLost) || (a.control < b.control ? -1 : 1));
	const reasons = [];
	for (let i = 0; i + 1 < sorted.length; i++) reasons.push(ranking(sorted[i], sorted[i + 1]) === 0 ? tie(sorted[i], sorted[i + 1]) : explain(sorted[i], sorted[i + 1], report));
	if (sorted.length === 1) reasons.push(`${sorted[0].name} is the only ${kind === "VendorManifest" ? "vendor manifest" : "deployment config"} given.`);
	return {
		comparisonVersion: 1,
		kind,
		entries,
		differences,
		reasons,
		excluded,
		report
	};
}
function spread(xs) {
	return xs.length ? Math.max(...xs) - Math.min(...xs) : 0;
}
const backingWords = (s) => `assurance ${(s.assurance ?? "declared").replace(/_/g, " ")}, ${Math.round(100 * (s.verifiedCoverage ?? 0))}% verified, ${Math.round(100 * (s.linkedCoverage ?? 0))}% linked`;
function tie(a, b) {
	return `${a.name} and ${b.name} tie (${a.score === null ? "n/a" : Math.floor(a.score)}, ${a.grade}, level ${a.level}, ${backingWords(a)}): the same grade, backing, score and level; they are listed by file name, which ranks nothing.`;
}
function explain(a, b, report) {
	const fmt = (s) => `${s.name} (${s.score === null ? "n/a" : Math.floor(s.score)}, ${s.grade}, level ${s.level})`;
	const parts = [];
	const status = (s, id) => s.controls.find((c) => c.id === id)?.status;
	const bCriticalOnly = b.criticalFailures.filter((id) => status(a, id) === "pass");
	if (bCriticalOnly.length) parts.push(`${b.name} fails ${bCriticalOnly.length} critical control${bCriticalOnly.length === 1 ? "" : "s"} that ${a.name} passes (${bCriticalOnly.join(", ")})`);
	const areaTitle = new Map(report.standard.areas.map((x) => [x.id, x.title]));
	const gaps = a.areas.map((x) => ({
		id: x.id,
		gap: (x.score ?? 0) - (b.areas.find((y) => y.id === x.id)?.score ?? 0),
		both: x.score !== null && b.areas.find((y) => y.id === x.id)?.score != null
	})).filter((g) => g.both && g.gap > .05).sort((x, y) => y.gap - x.gap || (x.id < y.id ? -1 : 1)).slice(0, 3);
	if (gaps.length) parts.push(`the largest gaps are in ${gaps.map((g) => `${g.id} ${areaTitle.get(g.id) ?? ""} (${Math.round(g.gap)} points)`).join(", ")}`);
	const reversed = a.areas.filter((x) => x.score !== null && (b.areas.find((y) => y.id === x.id)?.score ?? -1) > x.score).map((x) => x.id);
	if (reversed.length) parts.push(`${b.name} is ahead in ${reversed.join(", ")}`);
	if (b.cappedBy.length) parts.push(`${b.name}'s grade is capped from ${b.uncappedGrade} to ${b.grade}`);
	if (b.gradeLimitedBy && !a.gradeLimitedBy) parts.push(`${b.name}'s grade is held from ${b.uncappedGrade} to ${b.grade}: its critical controls are backed only as ${(b.assurance ?? "declared").replace(/_/g, " ")}`);
	if (a.grade !== b.grade && (a.score ?? -1) < (b.score ?? -1)) parts.push(`${a.name} scores lower but ranks higher because its grade is better: ${b.name}'s grade is capped by failing critical controls (${b.cappedBy.join(", ")})`);
	const backingDiffers = a.assurance !== b.assurance || a.verifiedCoverage !== b.verifiedCoverage || a.linkedCoverage !== b.linkedCoverage;
	if (a.grade === b.grade && backingDiffers) parts.push(`with the same grade, ${a.name} is better backed (${backingWords(a)}) than ${b.name} (${backingWords(b)})${(a.score ?? -1) < (b.score ?? -1) ? ", which ranks before its lower score" : ""}`);
	else if (a.score === b.score && a.level !== b.level) parts.push(`the grades, backing and scores are equal; ${a.name} reaches a higher level`);
	const aMissing = a.controls.filter((c) => c.status === "missing_evidence").length;
	const bMissing = b.controls.filter((c) => c.status === "missing_evidence").length;
	if (bMissing > aMissing) parts.push(`${b.name} leaves ${bMissing} control${bMissing === 1 ? "" : "s"} without evidence`);
	return `${fmt(a)} ranks above ${fmt(b)}${parts.length ? `: ${parts.join("; ")}` : ""}.`;
}
// dist/src/cli/compare-command.js
async function runCompare(args) {
	const { values, positionals } = parse(args, {
		standard: {
			type: "string",
			short: "s"
		},
		format: {
			type: "string",
			short: "f",
			multiple: true
		},
		output: {
			type: "string",
			short: "o"
		},
		"as-of": { type: "string" },
		interactive: {
			type: "boolean",
			short: "i"
		},
		color: { type: "boolean" },
		"no-color": { type: "boolean" },
		...aboutOptions
	});
	if (positionals.length === 0) throw new UsageError("compare needs the manifests to compare, e.g. `ringfence compare vendorA.yaml vendorB.yaml`");
	const formats = applyOutput(values.format ?? [], values.output);
	const outputs = parseFormats(formats, compareFormatNames);
	const asOf = parseDate(values["as-of"], "--as-of");
	const about = parseAbout(values);
	if (values.interactive) requireTerminal(formats);
	refuseOutputsOverInputs(outputs, positionals);
	const { standard, problems } = loadStandard(standardFile(values.standard));
	if (!standard) {
		for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
		return 2;
	}
	const report = await checkParallel(standard, problems, {
		paths: positionals,
		failOn: "none",
		...asOf ? { asOf } : {},
		...about ? { about } : {}
	});
	const comparison = compare(report);
	const color = values["no-color"] ? false : values.color;
	const ok = await writeRendered(values.interactive ? outputs.filter((o) => o.path !== void 0) : outputs, async (out, c) => (await compareReporters[out.format]())(comparison, { color: c }), color);
	if (values.interactive) {
		const { runInteractive } = await import("./chunk-d42b92b5.js");
		await runInteractive({ comparison });
	}
	if (!ok) return 2;
	if (report.problems.some((p) => p.severity === "error")) {
		for (const p of report.problems.filter((x) => x.severity === "error")) process.stderr.write(`${formatProblem(p)}\n`);
		return 2;
	}
	return 0;
}
export { runCompare };
