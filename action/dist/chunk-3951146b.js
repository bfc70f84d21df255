// dist/reporters/sanitize.js
function terminalSafe(s) {
	return s.replace(unsafe, visible);
}
function terminalSafeBlock(s) {
	return s.replace(unsafeInBlock, visible);
}
const bidi = "\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069";
const unsafe = new RegExp(`[\u0000-\u001f\u007f-\u009f${bidi}\u2028\u2029]`, "g");
const unsafeInBlock = new RegExp(`[\u0000-\u0008\u000b-\u001f\u007f-\u009f${bidi}\u2028\u2029]`, "g");
const bidiControls = new RegExp(`[${bidi}]`, "g");
function visible(c) {
	const code = c.charCodeAt(0);
	return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
const wrap = (open, close) => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
function makeStyle(color) {
	if (!color) {
		const id = (s) => s;
		return {
			bold: id,
			dim: id,
			red: id,
			green: id,
			yellow: id,
			cyan: id
		};
	}
	return {
		bold: wrap(1, 22),
		dim: wrap(2, 22),
		red: wrap(31, 39),
		green: wrap(32, 39),
		yellow: wrap(33, 39),
		cyan: wrap(36, 39)
	};
}
export { visible as a, terminalSafeBlock as i, makeStyle as n, terminalSafe as r, bidiControls as t };
