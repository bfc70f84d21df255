import { t as artifactKindOf } from "./chunk-6ff65892.js";
// dist/src/artifacts/index.js
async function readArtifacts(files, targets, context = {}) {
	const observations = [];
	const rollouts = [];
	const problems = [];
	const read = [];
	for (const file of files) {
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
		observations,
		rollouts,
		problems,
		read
	};
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
