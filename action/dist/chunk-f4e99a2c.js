// dist/src/util/did-you-mean.js
function didYouMean(name, candidates) {
	let best;
	let bestDistance = Infinity;
	const lower = name.toLowerCase();
	for (const c of candidates) {
		const d = c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase());
		if (d < bestDistance || d === bestDistance && best !== void 0 && c < best) {
			best = c;
			bestDistance = d;
		}
	}
	if (best === void 0) return void 0;
	const allowed = Math.max(1, Math.floor(Math.max(name.length, best.length) / 3));
	return bestDistance <= allowed ? best : void 0;
}
function editDistance(a, b) {
	if (a.length > 64 || b.length > 64) return Math.abs(a.length - b.length) + 64;
	const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0][j] = j;
	for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) {
		const cost = a[i - 1] === b[j - 1] ? 0 : 1;
		let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
		if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
		d[i][j] = v;
	}
	return d[a.length][b.length];
}
export { editDistance as n, didYouMean as t };
