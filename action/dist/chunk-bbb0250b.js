import { n as parseJsonText, r as rangeAt } from "./chunk-8e3aa384.js";
import { t as artifactProblem } from "./chunk-3517e1c0.js";
function readJsonArtifact(file, bytes, what, limits, uniqueKeys = true) {
	if (bytes.length > limits.maxBytes) return { problems: [artifactProblem(file, "artifact-too-large", `the ${what} is ${bytes.length} bytes; at most ${limits.maxBytes} are read, so it was not used`)] };
	let text;
	try {
		text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
	} catch {
		return { problems: [artifactProblem(file, "artifact-format", `the ${what} is not UTF-8 text (JSON is UTF-8)`)] };
	}
	const source = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
	const deep = tooDeep(source, limits.maxDepth ?? 64);
	if (deep !== void 0) return { problems: [artifactProblem(file, "artifact-too-deep", `the ${what} nests lists and mappings more than ${limits.maxDepth ?? 64} deep here; it was not read`, rangeAt(source, deep))] };
	const parsed = parseJsonText(source, file, "artifact-syntax", uniqueKeys);
	if (parsed.problem) return { problems: [{
		...parsed.problem,
		message: `${what}: ${parsed.problem.message}`
	}] };
	const locations = parsed.locations;
	return {
		json: {
			value: parsed.value,
			locations,
			at: (pointer) => locations.get(pointer)?.value ?? {
				startLine: 1,
				startColumn: 1,
				endLine: 1,
				endColumn: 2
			}
		},
		problems: []
	};
}
function tooDeep(s, max) {
	let depth = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c === 34) {
			i++;
			while (i < s.length && s.charCodeAt(i) !== 34) i += s.charCodeAt(i) === 92 ? 2 : 1;
		} else if (c === 123 || c === 91) {
			if (++depth > max) return i;
		} else if (c === 125 || c === 93) depth--;
	}
}
function typeOf(v) {
	if (v === null) return "null";
	if (Array.isArray(v)) return "a list";
	if (typeof v === "object") return "a mapping";
	if (typeof v === "string") return "a string";
	if (typeof v === "number") return "a number";
	return typeof v === "boolean" ? "a boolean" : typeof v;
}
function isObject(v) {
	return v !== null && typeof v === "object" && !Array.isArray(v);
}
export { typeOf as i, readJsonArtifact as n, tooDeep as r, isObject as t };
