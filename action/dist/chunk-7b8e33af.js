// dist/reporters/statements.js
function signedStatements(subject) {
	const by = new Map();
	for (const c of subject.controls) for (const s of c.statements ?? []) {
		const key = s.signedBy.party;
		const entry = by.get(key) ?? {
			role: s.signedBy.role,
			verified: new Set(),
			contradicted: new Set()
		};
		(s.result === "contradicted" ? entry.contradicted : entry.verified).add(s.claim);
		by.set(key, entry);
	}
	return [...by.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([party, x]) => {
		const parts = [x.verified.size ? `${x.verified.size} claim${x.verified.size === 1 ? "" : "s"} verified` : "", x.contradicted.size ? `${x.contradicted.size} contradicted` : ""].filter(Boolean);
		return `${party} (${x.role === "vendor" ? "the vendor's own key" : x.role}): ${parts.join(", ")}`;
	}).join("; ");
}
function artifactSummary(subject) {
	const files = new Set();
	const observed = new Map();
	const contradicted = new Set();
	const unpinnedOnly = new Set();
	for (const c of subject.controls) for (const o of c.observations ?? []) {
		files.add(o.artifact.file);
		if (o.result === "contradicted") contradicted.add(o.claim);
		else if (o.basis === "unpinned") unpinnedOnly.add(o.claim);
		else observed.set(o.claim, (observed.get(o.claim) ?? new Set()).add(o.basis === "signed" && o.signer ? `signed by "${o.signer}"` : o.basis));
	}
	if (files.size === 0) return "";
	for (const claim of observed.keys()) unpinnedOnly.delete(claim);
	const bases = new Set([...observed.values()].flatMap((s) => [...s]));
	const parts = [
		observed.size ? `${observed.size} claim${observed.size === 1 ? "" : "s"} observed (${[...bases].sort().join(", ")})` : "",
		contradicted.size ? `${contradicted.size} contradicted` : "",
		unpinnedOnly.size ? `${unpinnedOnly.size} shown only by files the manifest does not pin (counted nothing)` : ""
	].filter(Boolean);
	return `${files.size} file${files.size === 1 ? "" : "s"}: ${parts.join("; ")}`;
}
export { signedStatements as n, artifactSummary as t };
