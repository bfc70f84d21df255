// dist/src/artifacts/kinds.js
const artifactKinds = [
	{
		kind: "windows-inf",
		title: "Windows driver package INF (*.inf)",
		recognise: (name) => /\.inf$/i.test(name),
		load: async () => (await import("./chunk-5fd56e56.js")).inf
	},
	{
		kind: "linux-module",
		title: "Linux kernel module (*.ko, ELF)",
		recognise: (name, head) => /\.ko$/i.test(name) && head.startsWith("ELF"),
		load: async () => (await import("./chunk-f578522d.js")).linuxModule
	},
	{
		kind: "sbom",
		title: "SBOM, CycloneDX or SPDX JSON (*.cdx.json, bom.json, *.spdx.json)",
		recognise: recogniseSbom,
		load: async () => (await import("./chunk-b141dae7.js")).sbom
	},
	{
		kind: "slsa-provenance",
		title: "SLSA build provenance, a DSSE envelope or Sigstore bundle (*.intoto.jsonl, *.sigstore.json)",
		recognise: recogniseProvenance,
		load: async () => (await import("./chunk-3dcde1c6.js")).provenance
	},
	{
		kind: "release-history",
		title: "release history (*.release-history.yaml, .json or .jsonl, kind: ReleaseHistory; signed: *.release-history.dsse.json)",
		recognise: (name, head) => signedHistoryName.test(name) ? /^\s*\{/.test(head) : /\.release-history\.(ya?ml|json|jsonl)$/i.test(name) && /(^|[\s{,])"?kind"?\s*:\s*"?ReleaseHistory\b/m.test(head),
		load: async () => (await import("./chunk-3471718a.js")).history
	}
];
const signedHistoryName = /\.release-history\.dsse\.json$/i;
function recogniseSbom(name, head) {
	if (/(\.cdx\.json|^bom\.json|\.spdx\.json|\.spdx\.jsonld)$/i.test(name)) return true;
	if (!/\.json(ld)?$/i.test(name) || !/^\s*\{/.test(head)) return false;
	return /"bomFormat"\s*:\s*"CycloneDX"/.test(head) || /"spdxVersion"\s*:\s*"SPDX-/.test(head) || /"@context"\s*:\s*"https:\/\/spdx\.org\/rdf\/3\./.test(head);
}
function recogniseProvenance(name, head) {
	if (/\.intoto\.jsonl$/i.test(name)) return /^\s*\{/.test(head) && (head.includes("\"payloadType\"") || head.includes("https://slsa.dev/provenance/"));
	if (/\.sigstore(\.json)?$/i.test(name)) return head.includes("application/vnd.dev.sigstore.bundle");
	return false;
}
function isSlsaProvenanceEnvelope(bytes) {
	try {
		const nl = bytes.indexOf(10);
		const first = (nl < 0 ? bytes : bytes.subarray(0, nl)).toString("utf8");
		const e = JSON.parse(first);
		if (!e || typeof e.payload !== "string") return false;
		const body = Buffer.from(e.payload, "base64").toString("utf8");
		const s = JSON.parse(body);
		return typeof s?.predicateType === "string" && s.predicateType.startsWith("https://slsa.dev/provenance/");
	} catch {
		return false;
	}
}
function artifactKindOf(name, head) {
	const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
	const text = head.subarray(0, 4096).toString("utf8");
	return artifactKinds.find((k) => k.recognise(base, text));
}
function artifactKindTitles() {
	return artifactKinds.map((k) => k.title);
}
export { recogniseSbom as a, recogniseProvenance as i, artifactKindTitles as n, signedHistoryName as o, isSlsaProvenanceEnvelope as r, artifactKindOf as t };
