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
export { signedStatements as t };
