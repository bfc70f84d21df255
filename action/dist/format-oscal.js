import { a as renderWhole, i as nested, o as utf8, r as members, t as Spool } from "./chunk-3fec7d06.js";
import { createHash } from "node:crypto";
// dist/reporters/oscal.js
const oscalNs = "urn:ringfence:oscal";
const oscal = (report, options) => renderWhole(report, options, oscalStream);
const oscalStream = {
	part: (header) => {
		const time = `${header.asOf}T00:00:00Z`;
		const info = new Map(header.standard.controls.map((c) => [c.id, c]));
		return (s) => ({
			id: s.id,
			json: utf8(`      ${nested(result(s, header, time, info), 3)}`)
		});
	},
	writer: (header) => {
		const time = `${header.asOf}T00:00:00Z`;
		const spool = new Spool();
		const key = createHash("sha256").update(`ringfence-oscal:ar:${header.standard.digest}:${header.asOf}:`);
		let results = 0;
		return {
			begin: () => [],
			add: (part) => {
				key.update(results++ ? `,${part.id}` : part.id);
				spool.add(part.json);
				return [];
			},
			end: (footer) => (function* () {
				const metadata = {
					title: `ringfence assessment against ${header.standard.id} ${header.standard.version}`,
					"last-modified": time,
					version: header.tool.version,
					"oscal-version": "1.2.2",
					props: [{
						name: "standard-digest",
						ns: oscalNs,
						value: header.standard.digest
					}, {
						name: "gate",
						ns: oscalNs,
						value: footer.gate.passed ? "passed" : "failed"
					}]
				};
				yield `{\n  "assessment-results": {\n${members({
					uuid: uuidOf(key.digest("hex")),
					metadata,
					"import-ap": { href: header.standard.file }
				}, 1).join(",\n")}`;
				if (results) {
					yield ",\n    \"results\": [\n";
					let first = true;
					for (const r of spool.records()) {
						if (!first) yield ",\n";
						first = false;
						yield r;
					}
					yield "\n    ]";
				}
				yield "\n  }\n}\n";
			})()
		};
	}
};
function result(s, header, time, info) {
	const observations = [];
	const findings = [];
	for (const c of s.controls) {
		if (c.status === "not_applicable") continue;
		const control = info.get(c.id);
		const related = c.findings.map((f) => {
			const id = uuid(`obs:${f.fingerprint}`);
			observations.push({
				uuid: id,
				title: `${c.id}: ${f.status.replace("_", " ")}`,
				description: f.message,
				methods: ["TEST"],
				types: [f.status === "fail" ? "finding" : "control-objective"],
				...c.linkedEvidence.length ? { "relevant-evidence": c.linkedEvidence.map((claim) => ({ description: `Evidence entry for ${claim} in ${s.file}` })) } : {},
				props: [
					{
						name: "location",
						ns: oscalNs,
						value: `${f.location.file}:${f.location.region.startLine}:${f.location.region.startColumn}`
					},
					{
						name: "json-pointer",
						ns: oscalNs,
						value: f.location.pointer || "/"
					},
					...f.waiver ? [{
						name: "waived-until",
						ns: oscalNs,
						value: f.waiver.expires
					}] : [],
					...(f.related ?? []).map((r) => ({
						name: "related-location",
						ns: oscalNs,
						value: `${r.location.file}:${r.location.region.startLine}:${r.location.region.startColumn}`,
						remarks: r.message
					}))
				],
				collected: time
			});
			return { "observation-uuid": id };
		});
		const evidence = c.evidence ?? [];
		if (evidence.length) {
			const id = uuid(`backing:${s.id}:${c.id}`);
			observations.push({
				uuid: id,
				title: `${c.id}: backed ${(c.assurance ?? "declared").replace(/_/g, " ")}`,
				description: `The evidence entries of ${s.file} that cover the claims ${c.id} read, and what ringfence could check of each (linked: an https URL and a SHA-256; verified: the file with that digest was given).`,
				methods: ["EXAMINE"],
				types: ["control-objective"],
				"relevant-evidence": evidence.map((e) => ({
					...e.url !== void 0 && /^https:\/\//.test(e.url) ? { href: e.url } : {},
					description: `${e.claim}: ${e.level.replace(/_/g, " ")}${e.sha256 ? `, sha256 ${e.sha256}` : ""}${e.file ? `, matched ${e.file}` : ""}`
				})),
				props: [{
					name: "assurance",
					ns: oscalNs,
					value: c.assurance ?? "declared"
				}],
				collected: time
			});
			related.push({ "observation-uuid": id });
		}
		findings.push({
			uuid: uuid(`finding:${s.id}:${c.id}`),
			title: `${c.id} ${control?.title ?? ""}`.trim(),
			description: `${c.status === "pass" ? "Satisfied" : `Not satisfied (${c.status.replace("_", " ")})`}: ${c.counts.pass} instance(s) passed, ${c.counts.fail} failed, ${c.counts.missing_evidence} without evidence, ${c.counts.error} errored; ${c.pointsLost} points lost.`,
			target: {
				type: "objective-id",
				"target-id": c.id.toLowerCase(),
				status: {
					state: c.status === "pass" ? "satisfied" : "not-satisfied",
					...c.status === "pass" ? {} : { reason: c.status === "fail" ? "fail" : "other" }
				}
			},
			props: [
				{
					name: "severity",
					ns: oscalNs,
					value: control?.severity ?? "unknown"
				},
				{
					name: "level",
					ns: oscalNs,
					value: String(control?.level ?? "")
				},
				...c.assurance ? [{
					name: "assurance",
					ns: oscalNs,
					value: c.assurance
				}] : []
			],
			...related.length ? { "related-observations": related } : {}
		});
	}
	return {
		uuid: uuid(`result:${s.id}:${header.asOf}`),
		title: `${s.name} (${s.file})`,
		description: `${s.kind} ${s.file} against ${header.standard.id} ${header.standard.version}: score ${s.score ?? "n/a"}, grade ${s.grade}${s.cappedBy.length ? ` (capped from ${s.uncappedGrade} by ${s.cappedBy.join(", ")})` : ""}, level ${s.level}.`,
		start: time,
		props: [
			{
				name: "score",
				ns: oscalNs,
				value: String(s.score ?? "n/a")
			},
			{
				name: "grade",
				ns: oscalNs,
				value: s.grade
			},
			{
				name: "level",
				ns: oscalNs,
				value: String(s.level)
			},
			{
				name: "assurance",
				ns: oscalNs,
				value: s.assurance
			},
			...s.declaredAssurance !== void 0 ? [{
				name: "declared-assurance",
				ns: oscalNs,
				value: s.declaredAssurance
			}] : [],
			...s.linkedCoverage !== null ? [{
				name: "linked-coverage",
				ns: oscalNs,
				value: String(s.linkedCoverage)
			}] : [],
			...s.verifiedCoverage !== null ? [{
				name: "verified-coverage",
				ns: oscalNs,
				value: String(s.verifiedCoverage)
			}] : []
		],
		"reviewed-controls": { "control-selections": [{ "include-all": {} }] },
		...observations.length ? { observations } : {},
		...findings.length ? { findings } : {}
	};
}
function uuid(key) {
	return uuidOf(createHash("sha256").update(`ringfence-oscal:${key}`).digest("hex"));
}
function uuidOf(h) {
	const variant = (parseInt(h[16], 16) & 3 | 8).toString(16);
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
export { oscal, oscalStream, uuid };
