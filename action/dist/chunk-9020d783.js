import { t as artifactKindOf } from "./chunk-6ba85076.js";
// dist/src/artifacts/index.js
async function readArtifacts(files, targets, context = {}) {
	const observations = [];
	const rollouts = [];
	const problems = [];
	const read = [];
	const shaOf = new Map();
	for (const file of files) {
		shaOf.set(file.file, file.sha256);
		const kind = artifactKindOf(file.file, file.bytes);
		if (!kind) continue;
		const reader = await kind.load();
		let result;
		try {
			result = reader.read(file, context);
		} catch (error) {
			problems.push({
				severity: "error",
				code: "artifact-reader",
				file: file.file,
				message: `the ${reader.title} reader failed on this file and it was not used: ${error instanceof Error ? error.message : String(error)}`
			});
			continue;
		}
		problems.push(...result.problems);
		if (result.facts === void 0) continue;
		read.push({
			file: file.file,
			kind: reader.kind
		});
		const tied = targets.filter((t) => t.pinned.has(file.sha256));
		const concerned = tied.length > 0 ? tied : targets.length === 1 ? targets : [];
		if (concerned.length === 0) {
			problems.push({
				severity: "warning",
				code: "artifact-untied",
				file: file.file,
				message: targets.length === 0 ? "no vendor manifest among the inputs for this artifact to be set beside" : `${targets.length} vendor manifests are checked and none pins this artifact's SHA-256 (${file.sha256}) in its evidence list, so it is not used: add an evidence entry for it to the manifest it belongs to`
			});
			continue;
		}
		for (const t of concerned) {
			let seen;
			let timeline = [];
			let signer;
			try {
				seen = reader.observe(result.facts, t);
				if (reader.timeline) timeline = reader.timeline(result.facts, t);
				if (reader.signer) signer = reader.signer(result.facts, t);
			} catch (error) {
				problems.push({
					severity: "error",
					code: "artifact-reader",
					file: file.file,
					message: `the ${reader.title} reader failed on this file and it was not used: ${error instanceof Error ? error.message : String(error)}`
				});
				continue;
			}
			const basis = basisOf(file, t, signer);
			for (const o of seen) observations.push({
				...o,
				observed: oneLine(o.observed),
				target: {
					file: t.file,
					documentIndex: t.documentIndex
				},
				basis,
				...basis === "signed" && signer ? { signer } : {}
			});
			if (timeline.length) rollouts.push({
				target: {
					file: t.file,
					documentIndex: t.documentIndex
				},
				rollouts: timeline
			});
			const supports = seen.filter((o) => o.result === "observed").length;
			if (basis === "unpinned" && supports > 0) problems.push({
				severity: "warning",
				code: "artifact-unpinned",
				file: file.file,
				message: `shows ${supports} claim(s) of ${t.file} as declared, but nothing ties this file to that manifest, so they are not lifted to observed: pin its SHA-256 (${file.sha256}) in the manifest's evidence list, sign it with a trust-policy key, or name it with --artifact (a file handed over with a manifest could have been written for the occasion; its contradictions count all the same)`
			});
		}
	}
	return {
		observations: settleSbomFormats(observations, targets, shaOf, problems),
		rollouts,
		problems,
		read
	};
}
const sbomFormatClaim = "/memorySafety/sbom/format";
function settleSbomFormats(observations, targets, shaOf, problems) {
	const isFormat = (o) => o.artifact.kind === "sbom" && o.claim === sbomFormatClaim;
	if (!observations.some((o) => isFormat(o) && o.result === "contradicted")) return observations;
	const dropped = new Set();
	for (const t of targets) {
		const mine = observations.filter((o) => isFormat(o) && o.target.file === t.file && o.target.documentIndex === t.documentIndex);
		const support = mine.find((o) => o.result === "observed" && o.basis !== "unpinned");
		if (!support) continue;
		for (const o of mine) {
			if (o.result !== "contradicted" || tiedToDeclaredSbom(t, shaOf.get(o.artifact.at.file))) continue;
			dropped.add(o);
			problems.push({
				severity: "warning",
				code: "artifact-other-sbom",
				file: o.artifact.at.file,
				range: o.artifact.at.region,
				message: `${o.observed.replace(/^the SBOM is /, "this SBOM is ")}; ${support.artifact.at.file} is in the declared format and supports ${t.file}'s declaration, so this one is taken as another SBOM of the release, not a contradiction (pin its SHA-256 under /memorySafety/sbom if it is the declared one)`
			});
		}
	}
	return dropped.size === 0 ? observations : observations.filter((o) => !dropped.has(o));
}
function tiedToDeclaredSbom(t, sha256) {
	if (sha256 === void 0) return false;
	const m = isRecord(t.value) ? t.value : {};
	const ms = isRecord(m["memorySafety"]) ? m["memorySafety"] : {};
	const url = isRecord(ms["sbom"]) ? ms["sbom"]["url"] : void 0;
	return (Array.isArray(m["evidence"]) ? m["evidence"] : []).some((e) => {
		if (!isRecord(e) || typeof e["sha256"] !== "string" || e["sha256"].toLowerCase() !== sha256.toLowerCase()) return false;
		const claim = e["claim"];
		if (typeof claim === "string" && [
			"",
			"/",
			"/memorySafety",
			"/memorySafety/sbom",
			sbomFormatClaim
		].includes(claim)) return true;
		return typeof url === "string" && e["url"] === url;
	});
}
function isRecord(v) {
	return v !== null && typeof v === "object" && !Array.isArray(v);
}
function basisOf(file, target, signer) {
	if (file.origin === "manifest-path" || target.pinned.has(file.sha256)) return "pinned";
	if (signer !== void 0) return "signed";
	if (file.origin === "command-line") return "given";
	return "unpinned";
}
function oneLine(s) {
	const t = s.replace(/\s+/g, " ").trim();
	return t.length > 300 ? `${t.slice(0, 300)}\u2026` : t;
}
export { readArtifacts };
