import { p as verifiedBy, r as pointerWithin, s as payloadType } from "./chunk-e8441fc7.js";
import { i as typeOf, n as readJsonArtifact, t as isObject } from "./chunk-bbb0250b.js";
import { i as recogniseProvenance } from "./chunk-6ba85076.js";
import { t as artifactProblem } from "./chunk-3517e1c0.js";
// dist/src/artifacts/slsa-provenance/index.js
const maxProvenanceBytes = 16777216;
const maxProvenanceStatements = 1e3;
const knownBuilders = [
	{
		pattern: /^https:\/\/github\.com\/slsa-framework\/slsa-github-generator\/\.github\/workflows\/[\w.-]+\.ya?ml@/,
		level: 3,
		words: "the SLSA GitHub generator, an isolated reusable workflow on GitHub-hosted runners (Build L3)",
		short: "SLSA GitHub generator, L3"
	},
	{
		pattern: /^https:\/\/cloudbuild\.googleapis\.com\/GoogleHostedWorker/,
		level: 3,
		words: "Google Cloud Build hosted workers (Build L3)",
		short: "Google Cloud Build, L3"
	},
	{
		pattern: /^https:\/\/github\.com\/actions\/runner\/github-hosted$/,
		level: 2,
		words: "a GitHub-hosted Actions runner (Build L2; L3 needs an isolated reusable workflow)",
		short: "GitHub-hosted runner, L2"
	},
	{
		pattern: /^https:\/\/github\.com\/actions\/runner\/self-hosted$/,
		level: 1,
		words: "a self-hosted Actions runner, a machine the build platform does not control (Build L1)",
		short: "self-hosted runner, L1"
	},
	{
		pattern: /^(file:|https?:\/\/(localhost|127\.0\.0\.1)[:/])|workstation|laptop/i,
		level: 1,
		words: "a local or developer machine (Build L1)",
		short: "local machine, L1"
	}
];
function builderOf(id) {
	return id === void 0 ? void 0 : knownBuilders.find((b) => b.pattern.test(id));
}
const statementTypes = new Set(["https://in-toto.io/Statement/v1", "https://in-toto.io/Statement/v0.1"]);
function readProvenance(file, context = {}) {
	const problems = [];
	if (file.bytes.length > 16777216) return { problems: [artifactProblem(file.file, "artifact-too-large", `the provenance is ${file.bytes.length} bytes; at most ${maxProvenanceBytes} are read, so it was not used`)] };
	const text = file.bytes.toString("utf8");
	const digests = new Map();
	for (const e of context.evidence ?? []) if (!digests.has(e.sha256)) digests.set(e.sha256, e.name);
	const statements = [];
	const single = /\.sigstore(\.json)?$/i.test(file.file) || !/^\s*\{[^\n]*\}\s*(\n|$)/.test(text);
	const units = [];
	if (single) units.push({
		text,
		line: 1
	});
	else {
		const lines = text.split("\n");
		for (let i = 0; i < lines.length; i++) if (lines[i].trim() !== "") units.push({
			text: lines[i],
			line: i + 1
		});
	}
	if (units.length > 1e3) return { problems: [artifactProblem(file.file, "artifact-too-large", `the provenance holds ${units.length} lines; at most ${maxProvenanceStatements} statements are read, so it was not used`)] };
	for (const unit of units) {
		const shift = (r) => ({
			startLine: r.startLine + unit.line - 1,
			startColumn: r.startColumn,
			endLine: r.endLine + unit.line - 1,
			endColumn: r.endColumn
		});
		const bad = (message, r) => problems.push(artifactProblem(file.file, "artifact-format", message, r ? shift(r) : shift({
			startLine: 1,
			startColumn: 1,
			endLine: 1,
			endColumn: 2
		})));
		const r = readJsonArtifact(file.file, Buffer.from(unit.text, "utf8"), "provenance", { maxBytes: maxProvenanceBytes });
		if (!r.json) {
			problems.push(...r.problems.map((p) => p.range ? {
				...p,
				range: shift(p.range)
			} : p));
			continue;
		}
		const v = r.json.value;
		if (!isObject(v)) {
			bad(`a provenance line is ${typeOf(v)}, not a mapping`);
			continue;
		}
		let container;
		let envelope;
		let payloadPointer = "/payload";
		if (typeof v["mediaType"] === "string" && v["mediaType"].startsWith("application/vnd.dev.sigstore.bundle")) {
			container = "sigstore";
			if (!isObject(v["dsseEnvelope"])) {
				bad("a Sigstore bundle without a dsseEnvelope (a bundle signing a file digest, not a statement) holds no provenance", r.json.at("/mediaType"));
				continue;
			}
			envelope = v["dsseEnvelope"];
			payloadPointer = "/dsseEnvelope/payload";
		} else if (v["payloadType"] !== void 0 || v["payload"] !== void 0) {
			container = "dsse";
			envelope = v;
		} else container = "statement";
		let statement;
		let at;
		let signatures = 0;
		let signer;
		let unverified;
		if (envelope) {
			if (envelope["payloadType"] !== "application/vnd.in-toto+json" || typeof envelope["payload"] !== "string") {
				bad(`not an in-toto DSSE envelope: payloadType must be ${payloadType} and payload a base64 string`, r.json.at(envelope === v ? "/payloadType" : "/dsseEnvelope"));
				continue;
			}
			at = shift(r.json.at(payloadPointer));
			const body = Buffer.from(envelope["payload"], "base64");
			const sigs = Array.isArray(envelope["signatures"]) ? envelope["signatures"] : [];
			signatures = sigs.filter((s) => isObject(s) && typeof s["sig"] === "string" && s["sig"] !== "").length;
			const decoded = readJsonArtifact(file.file, body, "provenance statement (the envelope payload)", { maxBytes: maxProvenanceBytes });
			if (!decoded.json) {
				const reason = (decoded.problems[0]?.message ?? "unreadable").replace(/^provenance statement \(the envelope payload\): /, "");
				problems.push(artifactProblem(file.file, decoded.problems[0]?.code ?? "artifact-format", `the envelope's payload is not a JSON statement: ${reason}`, at));
				continue;
			}
			statement = decoded.json.value;
			if (signatures > 0) {
				const key = context.policy ? signerOf(body, sigs, context.policy.keys) : void 0;
				if (key && key.expires && context.asOf && context.asOf > key.expires) unverified = `signed by "${key.name}", which the trust policy trusts until ${key.expires}`;
				else if (key) signer = {
					name: key.name,
					party: key.party,
					role: key.role,
					...key.claims ? { claims: key.claims } : {},
					...key.vendors ? { vendors: key.vendors } : {}
				};
				else if (container === "sigstore") unverified = "a Sigstore bundle: its keyless signature needs the Sigstore public-good trust root, which ringfence does not have offline, and no trust-policy key verifies it";
				else unverified = context.policy ? `no key of the trust policy ${context.policy.file} verifies its signature` : "no trust policy (--trust-policy) to verify its signature with";
			}
		} else {
			statement = v;
			at = shift(r.json.at("/predicate"));
		}
		if (!isObject(statement) || typeof statement["_type"] !== "string" || !statementTypes.has(statement["_type"])) {
			bad(`not an in-toto statement: _type is ${JSON.stringify(isObject(statement) ? statement["_type"] ?? null : typeOf(statement)).slice(0, 80)}`, envelope ? void 0 : r.json.at("/_type"));
			continue;
		}
		const pt = statement["predicateType"];
		if (typeof pt !== "string" || !pt.startsWith("https://slsa.dev/provenance/")) continue;
		const predicate = isObject(statement["predicate"]) ? statement["predicate"] : {};
		const run = isObject(predicate["runDetails"]) ? predicate["runDetails"] : void 0;
		const def = isObject(predicate["buildDefinition"]) ? predicate["buildDefinition"] : void 0;
		const builder = run && isObject(run["builder"]) ? run["builder"] : isObject(predicate["builder"]) ? predicate["builder"] : void 0;
		const builderId = builder && typeof builder["id"] === "string" ? builder["id"] : void 0;
		const buildType = def && typeof def["buildType"] === "string" ? def["buildType"] : typeof predicate["buildType"] === "string" ? predicate["buildType"] : void 0;
		if (builderId === void 0) {
			bad(`the SLSA provenance names no builder (${pt.endsWith("/v1") ? "predicate.runDetails.builder.id" : "predicate.builder.id"}), which SLSA requires`, envelope ? void 0 : r.json.at("/predicate"));
			continue;
		}
		if (!envelope) {
			const p = pt.endsWith("/v1") ? run ? "/predicate/runDetails/builder/id" : "/predicate/builder/id" : "/predicate/builder/id";
			at = shift(r.json.at(p));
		}
		const subjects = [];
		const list = Array.isArray(statement["subject"]) ? statement["subject"] : [];
		for (const s of list.slice(0, 1e4)) {
			if (!isObject(s) || typeof s["name"] !== "string") continue;
			const d = isObject(s["digest"]) && typeof s["digest"]["sha256"] === "string" ? s["digest"]["sha256"].toLowerCase() : void 0;
			const inEvidence = d !== void 0 ? digests.get(d) : void 0;
			subjects.push({
				name: s["name"],
				...d ? { sha256: d } : {},
				...inEvidence ? { inEvidence } : {}
			});
		}
		statements.push({
			line: unit.line,
			container,
			predicateType: pt,
			builderId,
			...buildType ? { buildType } : {},
			subjects,
			signatures,
			...signer ? { signer } : {},
			...unverified ? { unverified } : {},
			at
		});
	}
	if (statements.length === 0) return { problems };
	return {
		facts: {
			file: file.file,
			statements
		},
		problems
	};
}
function signerOf(body, signatures, keys) {
	return verifiedBy(payloadType, body, signatures, keys);
}
const norm = (s) => s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const claim = "/supplyChain/slsaBuildLevel";
function levelOf(s, vendor) {
	const known = builderOf(s.builderId);
	let signedWords;
	let signed = false;
	if (s.signatures === 0) signedWords = s.container === "statement" ? "a bare statement, not signed" : "unsigned (the envelope carries no signature)";
	else if (s.signer && s.signer.vendors && !s.signer.vendors.some((v) => vendor !== void 0 && norm(v) === norm(vendor))) signedWords = `signed by "${s.signer.name}", which the trust policy allows for ${s.signer.vendors.join(", ")} only: unverified`;
	else if (s.signer && s.signer.claims && !s.signer.claims.some((p) => pointerWithin(claim, p))) signedWords = `signed by "${s.signer.name}", which the trust policy does not allow for ${claim}: unverified`;
	else if (s.signer) {
		signed = true;
		signedWords = `signed by "${s.signer.name}" (trust policy)`;
	} else signedWords = `signed, unverified: ${s.unverified ?? "no trust-policy key verifies it"}`;
	const supports = signed && known ? known.level : 1;
	const ceiling = Math.min(s.signatures === 0 ? 1 : 3, known ? known.level : 3);
	const held = s.subjects.filter((x) => x.inEvidence !== void 0).map((x) => x.name === x.inEvidence ? x.name : `${x.name} (${x.inEvidence})`);
	return {
		supports,
		ceiling,
		words: `${signedWords}${held.length ? `; the evidence holds ${held.length} of its ${s.subjects.length} subjects by SHA-256: ${held.slice(0, 5).join(", ")}` : ""}; builder ${s.builderId} (${known ? known.short : "level unknown"})`,
		...signed && s.signer ? { signer: s.signer.name } : {}
	};
}
function observeProvenance(facts, manifest) {
	const m = isObject(manifest.value) ? manifest.value : {};
	const declared = (isObject(m["supplyChain"]) ? m["supplyChain"] : void 0)?.["slsaBuildLevel"];
	if (typeof declared !== "number" || declared < 1) return [];
	const meta = isObject(m["metadata"]) ? m["metadata"] : {};
	const vendor = typeof meta["vendor"] === "string" ? meta["vendor"] : void 0;
	const at = (range) => ({
		kind: provenance.kind,
		title: provenance.title,
		at: {
			file: facts.file,
			region: range
		}
	});
	const levels = facts.statements.map((s) => ({
		s,
		...levelOf(s, vendor)
	}));
	const ruledOut = levels.find((l) => l.ceiling < declared);
	if (ruledOut) return [{
		claim,
		result: "contradicted",
		observed: `SLSA provenance showing at most Build L${ruledOut.ceiling}, not L${declared}: ${ruledOut.words}`,
		artifact: at(ruledOut.s.at)
	}];
	if (levels.every((l) => l.supports >= declared)) {
		const first = levels[0];
		return [{
			claim,
			result: "observed",
			observed: `SLSA provenance supporting Build L${Math.min(...levels.map((l) => l.supports))}${levels.length > 1 ? ` (${levels.length} statements)` : ""}: ${first.words}`,
			artifact: at(first.s.at)
		}];
	}
	return [];
}
function provenanceSigner(facts, manifest) {
	const m = isObject(manifest.value) ? manifest.value : {};
	const meta = isObject(m["metadata"]) ? m["metadata"] : {};
	const vendor = typeof meta["vendor"] === "string" ? meta["vendor"] : void 0;
	const signers = new Set(facts.statements.map((s) => levelOf(s, vendor).signer));
	const [only] = [...signers];
	return signers.size === 1 ? only : void 0;
}
const provenance = {
	title: "SLSA build provenance",
	kind: "slsa-provenance",
	recognise: recogniseProvenance,
	read: readProvenance,
	observe: observeProvenance,
	signer: provenanceSigner
};
export { provenance };
