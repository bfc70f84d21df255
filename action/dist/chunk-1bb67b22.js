// dist/reporters/related.js
function alsoAt(f) {
	return (f.related ?? []).map((r) => `also at ${placeOf(f, r)}: ${r.message}`);
}
function placeOf(f, r) {
	const line = r.location.region.startLine;
	return r.location.file === f.location.file && r.location.documentIndex === f.location.documentIndex ? `line ${line}` : `${r.location.file}:${line}`;
}
export { alsoAt as t };
