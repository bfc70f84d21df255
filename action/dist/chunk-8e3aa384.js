import { a as pointerTokens } from "./chunk-492e16a4.js";
// dist/src/load/json.js
function parseJsonText(text, file, code, uniqueKeys = false) {
	const source = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
	let value;
	try {
		value = JSON.parse(source);
	} catch {
		const { offset, reason } = firstJsonError(source);
		return { problem: {
			severity: "error",
			code,
			file,
			range: rangeAt(source, offset),
			message: `not JSON: ${reason}`
		} };
	}
	const duplicate = uniqueKeys ? firstDuplicateKey(source) : void 0;
	if (duplicate) {
		const message = `duplicate key ${JSON.stringify(duplicate.key).slice(0, 80)}: readers disagree on which value counts`;
		return { problem: {
			severity: "error",
			code,
			file,
			range: rangeAt(source, duplicate.offset),
			message
		} };
	}
	return {
		value,
		locations: new JsonLocations(source)
	};
}
function firstDuplicateKey(s) {
	const stack = [];
	let i = 0;
	while (i < s.length) {
		const c = s[i];
		if (c === "{") {
			stack.push(new Set());
			i++;
		} else if (c === "[") {
			stack.push(void 0);
			i++;
		} else if (c === "}" || c === "]") {
			stack.pop();
			i++;
		} else if (c === "\"") {
			const end = skipString(s, i);
			const keys = stack[stack.length - 1];
			const next = skipSpace(s, end);
			if (keys && s[next] === ":") {
				const raw = s.slice(i + 1, end - 1);
				const key = raw.includes("\\") ? JSON.parse(s.slice(i, end)) : raw;
				if (keys.has(key)) return {
					offset: i,
					key
				};
				keys.add(key);
			}
			i = end;
		} else i++;
	}
}
function rangeAt(text, offset) {
	let line = 1;
	let start = 0;
	for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
		line++;
		start = i + 1;
	}
	const column = offset - start + 1;
	return {
		startLine: line,
		startColumn: column,
		endLine: line,
		endColumn: column + 1
	};
}
const number = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const literal = /true|false|null/y;
function firstJsonError(s) {
	const stack = [];
	let i = 0;
	const ws = () => {
		while (i < s.length && (s[i] === " " || s[i] === "	" || s[i] === "\n" || s[i] === "\r")) i++;
	};
	const unexpected = (what) => ({
		offset: i,
		reason: i >= s.length ? `the text ends where ${what} was expected` : `unexpected ${JSON.stringify(s[i])} where ${what} was expected`
	});
	const string = () => {
		const open = i++;
		while (i < s.length) {
			const c = s.charCodeAt(i);
			if (c === 34) {
				i++;
				return;
			}
			if (c < 32) return {
				offset: i,
				reason: "a control character inside a string (escape it)"
			};
			if (c === 92) {
				const e = s[i + 1];
				if (e === "u") {
					if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) return {
						offset: i,
						reason: "a \\u escape needs four hexadecimal digits"
					};
					i += 6;
				} else if (e !== void 0 && "\"\\/bfnrt".includes(e)) i += 2;
				else return {
					offset: i,
					reason: "an invalid escape in a string"
				};
			} else i++;
		}
		return {
			offset: open,
			reason: "the string is not closed"
		};
	};
	const key = (what) => {
		if (s[i] !== "\"") return unexpected(what);
		const e = string();
		if (e) return e;
		ws();
		if (s[i] !== ":") return unexpected("\":\"");
		i++;
	};
	for (;;) {
		ws();
		const c = s[i];
		if (c === "{" || c === "[") {
			stack.push(c);
			i++;
			ws();
			if (s[i] === (c === "{" ? "}" : "]")) {
				stack.pop();
				i++;
			} else if (c === "{") {
				const e = key("a key (a string in double quotes) or \"}\"");
				if (e) return e;
				continue;
			} else continue;
		} else if (c === "\"") {
			const e = string();
			if (e) return e;
		} else {
			number.lastIndex = i;
			literal.lastIndex = i;
			if (number.test(s)) i = number.lastIndex;
			else if (literal.test(s)) i = literal.lastIndex;
			else return unexpected("a value");
		}
		for (;;) {
			ws();
			const top = stack[stack.length - 1];
			if (top === void 0) return i < s.length ? unexpected("the end of the text") : {
				offset: i,
				reason: "the text is not JSON"
			};
			if (s[i] === ",") {
				i++;
				if (top === "{") {
					ws();
					const e = key("a key (a string in double quotes)");
					if (e) return e;
				}
				break;
			}
			if (s[i] === (top === "{" ? "}" : "]")) {
				stack.pop();
				i++;
				continue;
			}
			return unexpected(top === "{" ? "\",\" or \"}\"" : "\",\" or \"]\"");
		}
	}
}
var JsonLocations = class {
	text;
	lineStarts;
	lists = new Map();
	mappings = new Map();
	constructor(text) {
		this.text = text;
	}
	get(pointer) {
		const s = this.text;
		let i = skipSpace(s, 0);
		let key;
		for (const t of pointerTokens(pointer)) if (s[i] === "{") {
			const found = this.member(i, t);
			if (!found) return void 0;
			key = [found[0], found[1]];
			i = found[2];
		} else if (s[i] === "[") {
			if (!/^(0|[1-9]\d*)$/.test(t)) return void 0;
			const at = this.element(i, Number(t));
			if (at === void 0) return void 0;
			key = void 0;
			i = at;
		} else return void 0;
		const scalar = s[i] !== "{" && s[i] !== "[";
		return {
			...key ? { key: this.range(key[0], key[1]) } : {},
			value: this.range(i, skipValue(s, i)),
			scalar
		};
	}
	member(open, name) {
		const s = this.text;
		let m = this.mappings.get(open);
		if (!m) this.mappings.set(open, m = {
			keys: new Map(),
			next: skipSpace(s, open + 1)
		});
		const known = m.keys.get(name);
		if (known) return known;
		let i = m.next;
		while (s[i] === "\"") {
			const end = skipString(s, i);
			const raw = s.slice(i + 1, end - 1);
			const k = raw.includes("\\") ? JSON.parse(s.slice(i, end)) : raw;
			const value = skipSpace(s, skipSpace(s, end) + 1);
			const entry = [
				i,
				end,
				value
			];
			if (!m.keys.has(k)) m.keys.set(k, entry);
			i = skipSpace(s, skipValue(s, value));
			if (s[i] === ",") i = skipSpace(s, i + 1);
			m.next = i;
			if (k === name) return m.keys.get(k);
		}
	}
	element(open, n) {
		const s = this.text;
		let starts = this.lists.get(open);
		if (!starts) {
			const first = skipSpace(s, open + 1);
			this.lists.set(open, starts = s[first] === "]" ? [] : [first]);
		}
		while (starts.length <= n && starts.length > 0) {
			const i = skipSpace(s, skipValue(s, starts[starts.length - 1]));
			if (s[i] !== ",") return void 0;
			starts.push(skipSpace(s, i + 1));
		}
		return starts[n];
	}
	range(start, end) {
		const starts = this.lineStarts ??= lineStartsOf(this.text);
		const a = position(starts, start);
		const b = position(starts, Math.max(start, end));
		return {
			startLine: a.line,
			startColumn: a.column,
			endLine: b.line,
			endColumn: b.line === a.line ? Math.max(b.column, a.column + 1) : b.column
		};
	}
};
function lineStartsOf(text) {
	const starts = [0];
	for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
	return starts;
}
function position(starts, offset) {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const mid = low + high + 1 >> 1;
		if (starts[mid] <= offset) low = mid;
		else high = mid - 1;
	}
	return {
		line: low + 1,
		column: offset - starts[low] + 1
	};
}
function skipSpace(s, i) {
	while (i < s.length && (s[i] === " " || s[i] === "	" || s[i] === "\n" || s[i] === "\r")) i++;
	return i;
}
function skipString(s, i) {
	let j = i + 1;
	while (j < s.length && s[j] !== "\"") j += s[j] === "\\" ? 2 : 1;
	return j + 1;
}
function skipValue(s, i) {
	const c = s[i];
	if (c === "\"") return skipString(s, i);
	if (c === "{" || c === "[") {
		let depth = 0;
		while (i < s.length) {
			const d = s[i];
			if (d === "\"") {
				i = skipString(s, i);
				continue;
			}
			if (d === "{" || d === "[") depth++;
			else if (d === "}" || d === "]") depth--;
			i++;
			if (depth === 0) return i;
		}
		return i;
	}
	number.lastIndex = i;
	if (number.test(s)) return number.lastIndex;
	literal.lastIndex = i;
	return literal.test(s) ? literal.lastIndex : i + 1;
}
export { parseJsonText as n, rangeAt as r, JsonLocations as t };
