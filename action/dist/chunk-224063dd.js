import { a as pointerTokens, n as escapePointerToken } from "./chunk-492e16a4.js";
import { t as require_dist } from "./chunk-95425dd7.js";
// dist/src/load/limits.js
const defaultLimits = {
	maxFileBytes: 8388608,
	maxDepth: 64,
	maxNodes: 1e5,
	maxDocuments: 1e3,
	maxTokens: 2e5,
	maxFiles: 1e5
};
// dist/src/load/fast-yaml.js
var Decline = class {};
const decline = new Decline();
function no() {
	throw decline;
}
const unsupportedCharacters = /[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\t\u2028\u2029\ufeff]|\r(?!\n)/;
function fastParseYaml(source, limits) {
	if (unsupportedCharacters.test(source)) return void 0;
	try {
		return new Reader(source, limits).read();
	} catch (e) {
		if (e === decline) return void 0;
		throw e;
	}
}
const SPACE = 32;
const HASH = 35;
var Reader = class {
	src;
	limits;
	starts = [];
	ends = [];
	indents = [];
	nodes = 0;
	pointers = new WeakMap();
	spans = new WeakMap();
	limit = 0;
	fline = 0;
	flowMin = 0;
	constructor(src, limits) {
		this.src = src;
		this.limits = limits;
		let at = 0;
		for (;;) {
			const nl = src.indexOf("\n", at);
			const end = nl === -1 ? src.length : nl;
			this.starts.push(at);
			const contentEnd = end > at && src.charCodeAt(end - 1) === 13 ? end - 1 : end;
			this.ends.push(contentEnd);
			let i = at;
			while (i < contentEnd && src.charCodeAt(i) === SPACE) i++;
			this.indents.push(i === contentEnd || src.charCodeAt(i) === HASH ? -1 : i - at);
			if (nl === -1) break;
			at = nl + 1;
		}
	}
	read() {
		const documents = [];
		const lines = this.starts.length;
		let line = 0;
		let first = true;
		while (line < lines) {
			let end = line;
			let marker = -1;
			for (; end < lines; end++) if (this.indents[end] === 0) {
				if (this.src.charCodeAt(this.starts[end]) === 37) no();
				if (this.isMarker(end, "---")) {
					marker = end;
					break;
				}
				if (this.isMarker(end, "...")) no();
			}
			const content = this.nextContent(line, end);
			if (content === end) {
				if (!first || marker === -1) no();
			} else {
				if (documents.length >= this.limits.maxDocuments) no();
				this.limit = end;
				this.pointers = new WeakMap();
				this.spans = new WeakMap();
				this.nodes = 0;
				if (this.indents[content] !== 0) no();
				const start = this.starts[content];
				const { value, next, range } = this.root(content, start);
				if (this.nextContent(next, end) !== end) no();
				documents.push({
					value,
					range,
					pointers: this.pointers,
					spans: this.spans
				});
			}
			if (marker === -1) break;
			const afterMarker = this.skipSpaces(this.starts[marker] + 3, this.ends[marker]);
			if (afterMarker < this.ends[marker] && this.src.charCodeAt(afterMarker) !== HASH) no();
			first = false;
			line = marker + 1;
			if (line >= lines || this.nextContent(line, lines) === lines) no();
		}
		return {
			documents,
			lineStarts: this.starts
		};
	}
	root(line, start) {
		const c = this.src.charCodeAt(start);
		if (c !== 91 && c !== 123) return this.block(line, 0, start, 0, "", void 0);
		this.fline = line;
		this.flowMin = -1;
		const f = this.flow(start, 0, "");
		const lineEnd = this.ends[this.fline];
		const rest = this.skipSpaces(f.end, lineEnd);
		if (rest < lineEnd && (this.src.charCodeAt(rest) !== HASH || rest === f.end)) no();
		return {
			value: f.value,
			next: this.fline + 1,
			range: [start, f.end]
		};
	}
	isMarker(line, marker) {
		const s = this.starts[line];
		if (!this.src.startsWith(marker, s)) return false;
		const after = s + 3;
		return after === this.ends[line] || this.src.charCodeAt(after) === SPACE;
	}
	nextContent(line, end) {
		while (line < end && this.indents[line] === -1) line++;
		return line;
	}
	skipSpaces(at, end) {
		while (at < end && this.src.charCodeAt(at) === SPACE) at++;
		return at;
	}
	count(depth) {
		if (++this.nodes > this.limits.maxNodes || depth > this.limits.maxDepth) no();
	}
	childPointer(parent, token) {
		return `${parent}/${typeof token === "number" ? token : escapePointerToken(token)}`;
	}
	block(line, column, at, depth, parent, token) {
		const pointer = token === void 0 ? parent : this.childPointer(parent, token);
		if (this.isDash(at, this.ends[line])) return this.sequence(line, column, depth, pointer);
		return this.mapping(line, column, at, depth, pointer);
	}
	isDash(at, end) {
		return this.src.charCodeAt(at) === 45 && (at + 1 === end || this.src.charCodeAt(at + 1) === SPACE);
	}
	mapping(line, column, at, depth, pointer) {
		this.count(depth);
		const out = Object.create(null);
		const entries = [];
		const names = [];
		const span = {
			start: at,
			end: at,
			entries,
			names
		};
		this.pointers.set(out, pointer);
		this.spans.set(out, span);
		for (;;) {
			const end = this.ends[line];
			const key = this.key(at, end);
			if (!key) no();
			const name = key.name;
			if (Object.hasOwn(out, name)) no();
			names.push(name);
			const after = this.skipSpaces(key.colon + 1, end);
			let next;
			let valueStart;
			let valueEnd;
			if (after === end || this.src.charCodeAt(after) === HASH) {
				const j = this.nextContent(line + 1, this.limit);
				const indent = j < this.limit ? this.indents[j] : -1;
				if (indent > column || indent === column && this.isDash(this.starts[j] + indent, this.ends[j])) {
					const child = this.block(j, indent, this.starts[j] + indent, depth + 1, pointer, name);
					out[name] = child.value;
					[valueStart, valueEnd] = child.range;
					next = child.next;
				} else {
					this.count(depth + 1);
					out[name] = null;
					valueStart = valueEnd = after;
					next = line + 1;
				}
			} else {
				const v = this.inlineValue(line, column, after, depth + 1, pointer, name);
				out[name] = v.value;
				valueStart = after;
				valueEnd = v.end;
				next = v.line + 1;
				const j = this.nextContent(next, this.limit);
				if (j < this.limit && this.indents[j] > column) no();
			}
			entries.push(key.start, key.end, valueStart, valueEnd);
			span.end = valueEnd;
			const j = this.nextContent(next, this.limit);
			if (j >= this.limit || this.indents[j] < column) return {
				value: out,
				next: j,
				range: [span.start, span.end]
			};
			if (this.indents[j] > column) no();
			at = this.starts[j] + column;
			if (this.isDash(at, this.ends[j])) no();
			line = j;
		}
	}
	sequence(line, column, depth, pointer) {
		this.count(depth);
		const out = [];
		const entries = [];
		const span = {
			start: this.starts[line] + column,
			end: 0,
			entries
		};
		this.pointers.set(out, pointer);
		this.spans.set(out, span);
		for (;;) {
			const dash = this.starts[line] + column;
			const end = this.ends[line];
			const index = out.length;
			const after = this.skipSpaces(dash + 1, end);
			let next;
			let valueStart;
			let valueEnd;
			if (after === end || this.src.charCodeAt(after) === HASH) {
				const j = this.nextContent(line + 1, this.limit);
				if (j < this.limit && this.indents[j] > column) {
					const child = this.block(j, this.indents[j], this.starts[j] + this.indents[j], depth + 1, pointer, index);
					out.push(child.value);
					[valueStart, valueEnd] = child.range;
					next = child.next;
				} else {
					this.count(depth + 1);
					out.push(null);
					valueStart = valueEnd = after;
					next = line + 1;
				}
			} else if (this.isDash(after, end)) no();
			else if (this.key(after, end)) {
				const child = this.mapping(line, after - this.starts[line], after, depth + 1, this.childPointer(pointer, index));
				out.push(child.value);
				[valueStart, valueEnd] = child.range;
				next = child.next;
			} else {
				const v = this.inlineValue(line, column, after, depth + 1, pointer, index);
				out.push(v.value);
				valueStart = after;
				valueEnd = v.end;
				next = v.line + 1;
				const j = this.nextContent(next, this.limit);
				if (j < this.limit && this.indents[j] > column) no();
			}
			entries.push(-1, -1, valueStart, valueEnd);
			span.end = valueEnd;
			const j = this.nextContent(next, this.limit);
			if (j >= this.limit || this.indents[j] < column) return {
				value: out,
				next: j,
				range: [span.start, span.end]
			};
			if (this.indents[j] > column) no();
			if (!this.isDash(this.starts[j] + column, this.ends[j])) return {
				value: out,
				next: j,
				range: [span.start, span.end]
			};
			line = j;
		}
	}
	key(at, end) {
		const src = this.src;
		const c = src.charCodeAt(at);
		if (c === 34 || c === 39) {
			const q = c === 34 ? this.doubleQuoted(at, end) : this.singleQuoted(at, end);
			const colon = this.skipSpaces(q.end, end);
			if (src.charCodeAt(colon) !== 58 || colon + 1 < end && src.charCodeAt(colon + 1) !== SPACE) return void 0;
			if (q.end - at > 1024) no();
			return {
				name: q.value,
				start: at,
				end: q.end,
				colon
			};
		}
		if (c === 91 || c === 123) return void 0;
		let i = at;
		for (; i < end; i++) {
			const ch = src.charCodeAt(i);
			if (ch === 58 && (i + 1 === end || src.charCodeAt(i + 1) === SPACE)) break;
			if (ch === HASH && src.charCodeAt(i - 1) === SPACE) return void 0;
		}
		if (i === end) return void 0;
		let keyEnd = i;
		while (keyEnd > at && src.charCodeAt(keyEnd - 1) === SPACE) keyEnd--;
		if (keyEnd === at || keyEnd - at > 1024) no();
		const text = src.slice(at, keyEnd);
		if (!plainStart(text, false)) no();
		return {
			name: String(resolvePlain(text)),
			start: at,
			end: keyEnd,
			colon: i
		};
	}
	inlineValue(line, column, at, depth, parent, token) {
		const src = this.src;
		const end = this.ends[line];
		const c = src.charCodeAt(at);
		let value;
		let valueEnd;
		this.fline = line;
		if (c === 34 || c === 39) {
			this.count(depth);
			const q = c === 34 ? this.doubleQuoted(at, end) : this.singleQuoted(at, end);
			value = q.value;
			valueEnd = q.end;
		} else if (c === 91 || c === 123) {
			this.flowMin = column;
			const f = this.flow(at, depth, this.childPointer(parent, token));
			value = f.value;
			valueEnd = f.end;
		} else {
			this.count(depth);
			let i = at;
			let last = at;
			for (; i < end; i++) {
				const ch = src.charCodeAt(i);
				if (ch === HASH && src.charCodeAt(i - 1) === SPACE) break;
				if (ch === 58 && (i + 1 === end || src.charCodeAt(i + 1) === SPACE)) no();
				if (ch !== SPACE) last = i + 1;
			}
			const text = src.slice(at, last);
			if (!plainStart(text, false)) no();
			return {
				value: resolvePlain(text),
				end: last,
				line
			};
		}
		const lineEnd = this.ends[this.fline];
		const rest = this.skipSpaces(valueEnd, lineEnd);
		if (rest < lineEnd && (src.charCodeAt(rest) !== HASH || rest === valueEnd)) no();
		return {
			value,
			end: valueEnd,
			line: this.fline
		};
	}
	flowSkip(at) {
		const src = this.src;
		for (;;) {
			const end = this.ends[this.fline];
			at = this.skipSpaces(at, end);
			if (at < end && !(src.charCodeAt(at) === HASH && src.charCodeAt(at - 1) === SPACE)) return at;
			const next = this.fline + 1;
			if (next >= this.limit) no();
			this.fline = next;
			const indent = this.indents[next];
			if (indent === -1) {
				at = this.ends[next];
				continue;
			}
			if (indent <= this.flowMin) no();
			at = this.starts[next] + indent;
		}
	}
	flow(at, depth, pointer) {
		this.count(depth);
		const src = this.src;
		const entries = [];
		if (src.charCodeAt(at) === 91) {
			const out = [];
			this.pointers.set(out, pointer);
			let i = this.flowSkip(at + 1);
			if (src.charCodeAt(i) !== 93) for (;;) {
				const v = this.flowValue(i, depth + 1, pointer, out.length);
				out.push(v.value);
				entries.push(-1, -1, i, v.end);
				i = this.flowSkip(v.end);
				const ch = src.charCodeAt(i);
				if (ch === 93) break;
				if (ch !== 44) no();
				i = this.flowSkip(i + 1);
				if (src.charCodeAt(i) === 93) no();
			}
			this.spans.set(out, {
				start: at,
				end: i + 1,
				entries
			});
			return {
				value: out,
				end: i + 1
			};
		}
		const out = Object.create(null);
		const names = [];
		this.pointers.set(out, pointer);
		let i = this.flowSkip(at + 1);
		if (src.charCodeAt(i) !== 125) for (;;) {
			const k = this.flowKey(i);
			if (Object.hasOwn(out, k.name)) no();
			names.push(k.name);
			const valueAt = this.skipSpaces(k.colon + 1, this.ends[this.fline]);
			const v = this.flowValue(valueAt, depth + 1, pointer, k.name);
			out[k.name] = v.value;
			entries.push(i, k.end, valueAt, v.end);
			i = this.flowSkip(v.end);
			const ch = src.charCodeAt(i);
			if (ch === 125) break;
			if (ch !== 44) no();
			i = this.flowSkip(i + 1);
			if (src.charCodeAt(i) === 125) no();
		}
		this.spans.set(out, {
			start: at,
			end: i + 1,
			entries,
			names
		});
		return {
			value: out,
			end: i + 1
		};
	}
	flowKey(at) {
		const src = this.src;
		const end = this.ends[this.fline];
		const c = src.charCodeAt(at);
		if (c === 34 || c === 39) {
			const q = c === 34 ? this.doubleQuoted(at, end) : this.singleQuoted(at, end);
			const colon = this.skipSpaces(q.end, end);
			if (src.charCodeAt(colon) !== 58 || colon >= end) no();
			return {
				name: q.value,
				end: q.end,
				colon
			};
		}
		const p = this.flowPlain(at, end);
		if (p.end + 1 >= end || src.charCodeAt(p.end) !== 58 || src.charCodeAt(p.end + 1) !== SPACE) no();
		return {
			name: String(resolvePlain(p.text)),
			end: p.end,
			colon: p.end
		};
	}
	flowValue(at, depth, parent, token) {
		const end = this.ends[this.fline];
		if (at >= end) no();
		const c = this.src.charCodeAt(at);
		if (c === 91 || c === 123) return this.flow(at, depth, this.childPointer(parent, token));
		this.count(depth);
		if (c === 34 || c === 39) {
			const q = c === 34 ? this.doubleQuoted(at, end) : this.singleQuoted(at, end);
			return {
				value: q.value,
				end: q.end
			};
		}
		const p = this.flowPlain(at, end);
		return {
			value: resolvePlain(p.text),
			end: p.end
		};
	}
	flowPlain(at, end) {
		const src = this.src;
		let i = at;
		let last = at;
		for (; i < end; i++) {
			const ch = src.charCodeAt(i);
			if (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125) break;
			if (ch === 58) {
				if (src.charCodeAt(i + 1) === SPACE) break;
				no();
			}
			if (ch === HASH) no();
			if (ch !== SPACE) last = i + 1;
		}
		if (last === at) no();
		const text = src.slice(at, last);
		if (!plainStart(text, true)) no();
		return {
			text,
			end: last
		};
	}
	singleQuoted(at, end) {
		const src = this.src;
		let out = "";
		let from = at + 1;
		for (let i = at + 1; i < end; i++) {
			if (src.charCodeAt(i) !== 39) continue;
			if (src.charCodeAt(i + 1) === 39 && i + 1 < end) {
				out += src.slice(from, i + 1);
				from = i + 2;
				i++;
				continue;
			}
			return {
				value: out + src.slice(from, i),
				end: i + 1
			};
		}
		return no();
	}
	doubleQuoted(at, end) {
		const src = this.src;
		let out = "";
		let from = at + 1;
		for (let i = at + 1; i < end; i++) {
			const ch = src.charCodeAt(i);
			if (ch === 34) return {
				value: out + src.slice(from, i),
				end: i + 1
			};
			if (ch !== 92) continue;
			out += src.slice(from, i);
			const e = src[i + 1];
			const simple = e === void 0 || i + 1 >= end ? void 0 : doubleQuoteEscapes[e];
			if (simple !== void 0) {
				out += simple;
				i++;
			} else if (e === "x" || e === "u" || e === "U") {
				const n = e === "x" ? 2 : e === "u" ? 4 : 8;
				const hex = src.slice(i + 2, i + 2 + n);
				if (i + 2 + n > end || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) no();
				const code = parseInt(hex, 16);
				if (code > 1114111) no();
				out += String.fromCodePoint(code);
				i += 1 + n;
			} else no();
			from = i + 1;
		}
		return no();
	}
};
const doubleQuoteEscapes = {
	"0": "\0",
	a: "\x07",
	b: "\b",
	t: "	",
	n: "\n",
	v: "\v",
	f: "\f",
	r: "\r",
	e: "\x1B",
	" ": " ",
	"\"": "\"",
	"/": "/",
	"\\": "\\",
	N: "\u0085",
	_: "\u00A0",
	L: "\u2028",
	P: "\u2029"
};
function plainStart(text, flow) {
	const c = text.charCodeAt(0);
	switch (c) {
		case 45:
		case 63:
		case 58: {
			const n = text.charCodeAt(1);
			if (Number.isNaN(n) || n === SPACE) return false;
			if (flow && (n === 44 || n === 91 || n === 93 || n === 123 || n === 125)) return false;
			return c === 45;
		}
		case 44:
		case 91:
		case 93:
		case 123:
		case 125:
		case 35:
		case 38:
		case 42:
		case 33:
		case 124:
		case 62:
		case 39:
		case 34:
		case 37:
		case 64:
		case 96: return false;
	}
	return true;
}
function resolvePlain(text) {
	const c = text.charCodeAt(0);
	if (!(c >= 48 && c <= 57 || c === 43 || c === 45 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70)) return text;
	if (/^(?:~|[Nn]ull|NULL)$/.test(text)) return null;
	if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
	if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
	if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
	if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
	if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
	if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) return text.slice(-3).toLowerCase() === "nan" ? NaN : text[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
	if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
	if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
	return text;
}
// dist/src/load/parse-yaml.js
let yamlModule;
const yaml = () => yamlModule ??= require_dist();
const isAlias = (n) => yaml().isAlias(n);
const isMap = (n) => yaml().isMap(n);
const isSeq = (n) => yaml().isSeq(n);
const isScalar = (n) => yaml().isScalar(n);
var OffsetLocations = class {
	toRange;
	constructor(toRange) {
		this.toRange = toRange;
	}
	get(pointer) {
		const r = this.find(pointer);
		if (!r) return void 0;
		return {
			...r.key ? { key: this.toRange(r.key[0], r.key[1]) } : {},
			value: this.toRange(r.value[0], r.value[1]),
			scalar: r.scalar
		};
	}
};
var FastLocations = class extends OffsetLocations {
	doc;
	constructor(doc, toRange) {
		super(toRange);
		this.doc = doc;
	}
	find(pointer) {
		let node = this.doc.value;
		let found = {
			value: this.doc.range,
			scalar: node === null || typeof node !== "object"
		};
		for (const t of pointerTokens(pointer)) {
			if (node === null || typeof node !== "object") return void 0;
			const span = this.doc.spans.get(node);
			let i;
			if (Array.isArray(node)) {
				if (!/^(0|[1-9]\d*)$/.test(t) || Number(t) >= node.length) return void 0;
				i = Number(t);
				node = node[i];
			} else {
				i = span.names.indexOf(t);
				if (i < 0) return void 0;
				node = node[t];
			}
			const e = span.entries;
			const value = [e[4 * i + 2], e[4 * i + 3]];
			const scalar = node === null || typeof node !== "object";
			found = e[4 * i] >= 0 ? {
				key: [e[4 * i], e[4 * i + 1]],
				value,
				scalar
			} : {
				value,
				scalar
			};
		}
		return found;
	}
};
var YamlLocations = class extends OffsetLocations {
	doc;
	constructor(doc, toRange) {
		super(toRange);
		this.doc = doc;
	}
	find(pointer) {
		let node = this.doc.contents;
		let key;
		const tokens = pointerTokens(pointer);
		const resolve = (n) => {
			let x = n;
			for (let guard = 0; x && isAlias(x) && guard < 64; guard++) x = x.resolve(this.doc);
			return x;
		};
		if (!node) return void 0;
		for (let i = 0; i < tokens.length; i++) {
			const t = tokens[i];
			const container = resolve(node);
			if (!container) return void 0;
			if (isMap(container)) {
				const pair = container.items.find((p) => keyToString(p.key) === t);
				if (!pair) return void 0;
				const k = pair.key;
				key = k?.range ? [k.range[0], k.range[1]] : void 0;
				if (pair.value === null || pair.value === void 0) return i === tokens.length - 1 && key ? {
					key,
					value: key,
					scalar: true
				} : void 0;
				node = pair.value;
			} else if (isSeq(container)) {
				if (!/^(0|[1-9]\d*)$/.test(t)) return void 0;
				const item = container.items[Number(t)];
				if (item === void 0) return void 0;
				key = void 0;
				if (item === null) {
					const r = container.range ?? [0, 0];
					return i === tokens.length - 1 ? {
						value: [r[0], r[1]],
						scalar: true
					} : void 0;
				}
				node = item;
			} else return;
		}
		const target = resolve(node);
		const r = node.range ?? [0, 0];
		return {
			...key ? { key } : {},
			value: [r[0], contentEnd(node)],
			scalar: target ? isScalar(target) : true
		};
	}
};
function contentEnd(node) {
	let n = node;
	for (let guard = 0; guard < 1e3 && n && (isMap(n) || isSeq(n)) && !n.flow; guard++) {
		const items = n.items;
		const last = items[items.length - 1];
		if (!last) break;
		const next = isMap(n) ? last.value : last;
		if (!next?.range) break;
		n = next;
	}
	return n?.range?.[1] ?? node.range?.[1] ?? 0;
}
var LimitExceeded = class extends Error {
	at;
	code;
	constructor(message, at, code = "limit") {
		super(message);
		this.at = at;
		this.code = code;
	}
};
function parseYamlText(text, file, limits = defaultLimits, reader = "auto") {
	const problems = [];
	const source = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
	const lines = source.split(/\r?\n|\r/);
	let lineStarts = [];
	const clamp = (p) => {
		const line = Math.min(Math.max(1, p.line), lines.length);
		return {
			line,
			col: Math.min(Math.max(1, p.col), (lines[line - 1]?.length ?? 0) + 1)
		};
	};
	const toRange = (start, end) => {
		const a = clamp(linePos(lineStarts, start));
		const b = clamp(linePos(lineStarts, Math.max(start, end)));
		return {
			startLine: a.line,
			startColumn: a.col,
			endLine: b.line,
			endColumn: b.line === a.line ? Math.max(b.col, a.col) : b.col
		};
	};
	const fast = reader === "auto" ? fastParseYaml(source, limits) : void 0;
	if (fast) {
		lineStarts = fast.lineStarts;
		return {
			documents: fast.documents.map((d, documentIndex) => ({
				file,
				documentIndex,
				value: d.value,
				locations: new FastLocations(d, toRange),
				pointers: d.pointers,
				lines
			})),
			problems
		};
	}
	lineStarts = lineStartsOf(source);
	let docs;
	try {
		docs = composeBounded(source, limits, ({ at, ...p }) => problems.push({
			...p,
			file,
			range: toRange(at, at)
		}));
	} catch (error) {
		problems.push({
			severity: "error",
			code: "yaml-syntax",
			file,
			range: toRange(0, 0),
			message: error instanceof RangeError ? `the file is nested too deeply to parse (limit ${limits.maxDepth} levels)` : `the file could not be parsed: ${error.message}`
		});
		return {
			documents: [],
			problems
		};
	}
	const documents = [];
	for (const { doc, index: documentIndex } of docs) {
		const errors = doc.errors;
		if (errors.length > 0) {
			for (const e of errors.slice(0, maxProblemsPerDocument)) {
				const tooDeep = /call stack/i.test(e.message);
				problems.push({
					severity: "error",
					code: e.code === "DUPLICATE_KEY" ? "duplicate-key" : tooDeep ? "limit" : "yaml-syntax",
					file,
					documentIndex,
					range: toRange(e.pos[0], e.pos[1]),
					message: tooDeep ? `the document is nested too deeply to parse (the limit is ${limits.maxDepth} levels); it was not evaluated` : describeYamlError(e.code, e.message)
				});
				if (tooDeep) break;
			}
			if (errors.length > maxProblemsPerDocument && !errors.some((e) => /call stack/i.test(e.message))) problems.push({
				severity: "error",
				code: "yaml-syntax",
				file,
				documentIndex,
				range: toRange(errors[maxProblemsPerDocument].pos[0], errors[maxProblemsPerDocument].pos[1]),
				message: `and ${errors.length - maxProblemsPerDocument} more errors in this document`
			});
			continue;
		}
		for (const w of doc.warnings) problems.push({
			severity: "warning",
			code: "yaml-warning",
			file,
			documentIndex,
			range: toRange(w.pos[0], w.pos[1]),
			message: describeYamlError(w.code, w.message)
		});
		if (doc.contents === null) continue;
		try {
			const walker = new Walker(doc, limits);
			const value = walker.walk(doc.contents, "", 0);
			if (walker.duplicates.length > 0) {
				for (const d of walker.duplicates.slice(0, maxProblemsPerDocument)) problems.push({
					severity: "error",
					code: "duplicate-key",
					file,
					documentIndex,
					range: toRange(d.at[0], d.at[1]),
					message: `duplicate key: ${quoteKey(d.name)} is already defined on line ${linePos(lineStarts, d.first).line}`
				});
				if (walker.duplicates.length > maxProblemsPerDocument) {
					const d = walker.duplicates[maxProblemsPerDocument];
					problems.push({
						severity: "error",
						code: "duplicate-key",
						file,
						documentIndex,
						range: toRange(d.at[0], d.at[1]),
						message: `and ${walker.duplicates.length - maxProblemsPerDocument} more duplicate keys in this document`
					});
				}
				continue;
			}
			documents.push({
				file,
				documentIndex,
				value,
				locations: new YamlLocations(doc, toRange),
				pointers: walker.pointers,
				lines
			});
		} catch (error) {
			if (!(error instanceof LimitExceeded)) throw error;
			const at = error.at ?? doc.contents.range ?? [0, 0];
			problems.push({
				severity: "error",
				code: error.code,
				file,
				documentIndex,
				range: toRange(at[0], at[1]),
				message: error.message
			});
		}
	}
	return {
		documents,
		problems
	};
}
const maxProblemsPerDocument = 100;
function quoteKey(name) {
	const text = JSON.stringify(name);
	return text.length <= 80 ? text : `${text.slice(0, 79)}\u2026"`;
}
function lineStartsOf(source) {
	const starts = [0];
	for (let at = source.indexOf("\n"); at !== -1; at = source.indexOf("\n", at + 1)) starts.push(at + 1);
	return starts;
}
const uncounted = new Set([
	"space",
	"newline",
	"comment",
	"byte-order-mark",
	"doc-mode",
	"flow-error-end"
]);
const outsideDocuments = new Set([
	"space",
	"newline",
	"comment",
	"byte-order-mark",
	"doc-mode",
	"flow-error-end",
	"directive",
	"doc-end"
]);
function composeBounded(source, limits, report) {
	const { Lexer, Parser, Composer, CST } = yaml();
	const parser = new Parser();
	const composer = new Composer({
		version: "1.2",
		schema: "core",
		uniqueKeys: false,
		strict: true,
		merge: false
	});
	let cutOff = -1;
	function* tokens() {
		let offset = 0;
		let count = 0;
		let begun = 0;
		let open = false;
		let atScalar = false;
		for (const lexeme of new Lexer().lex(source)) {
			if (atScalar) {
				atScalar = false;
				offset += lexeme.length;
				yield* parser.next(lexeme);
				continue;
			}
			const type = CST.tokenType(lexeme) ?? "scalar-text";
			if (type === "doc-start" || !open && !outsideDocuments.has(type)) {
				if (begun === limits.maxDocuments) {
					report({
						severity: "error",
						code: "limit-documents",
						at: offset,
						message: `more than ${limits.maxDocuments} documents in one file; the rest are ignored`
					});
					break;
				}
				begun++;
				open = true;
			} else if (type === "doc-end") open = false;
			if (!uncounted.has(type) && ++count > limits.maxTokens) {
				cutOff = begun - 1;
				report({
					severity: "error",
					code: "limit",
					documentIndex: cutOff,
					at: offset,
					message: `the file has more than ${limits.maxTokens} YAML tokens; it was read up to here, and this document (and any after it) was not evaluated`
				});
				break;
			}
			if (type === "scalar") atScalar = true;
			else if (type !== "doc-mode" && type !== "flow-error-end") offset += lexeme.length;
			yield* parser.next(lexeme);
		}
		yield* parser.end();
	}
	const docs = [];
	let index = 0;
	for (const doc of composer.compose(tokens())) {
		if (index !== cutOff) docs.push({
			doc,
			index
		});
		index++;
	}
	return docs;
}
function linePos(lineStarts, offset) {
	let low = 0;
	let high = lineStarts.length;
	while (low < high) {
		const mid = low + high >> 1;
		if (lineStarts[mid] < offset) low = mid + 1;
		else high = mid;
	}
	if (lineStarts[low] === offset) return {
		line: low + 1,
		col: 1
	};
	if (low === 0) return {
		line: 0,
		col: offset
	};
	return {
		line: low,
		col: offset - lineStarts[low - 1] + 1
	};
}
function flowName(name) {
	return /map/.test(name) ? "{ } mapping" : /seq/.test(name) ? "[ ] list" : name;
}
function describeYamlError(code, message) {
	const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
	let m;
	switch (code) {
		case "DUPLICATE_KEY": return `duplicate key: ${first.replace(/^Map keys must be unique;?\s*/i, "") || "a key appears twice in one mapping; keep one"}`;
		case "TAB_AS_INDENT": return "this line is indented with a tab; YAML indents with spaces only: replace the tab with spaces";
		case "MULTILINE_IMPLICIT_KEY": return "a key runs over more than one line \u2014 usually a line indented differently from the keys above it, or a missing ':' \u2014 check the indentation here";
		case "BLOCK_AS_IMPLICIT_KEY": return /Nested mappings/.test(first) ? "a value holds another 'key: value' on the same line (a: b: c), or the next line is indented too far; put the inner mapping on its own indented lines, or quote the value" : "a list cannot be a key; check the indentation and the ':' here";
		case "BAD_INDENT":
			if (m = first.match(/^Flow (map|sequence)/)) return `a ${flowName(m[1])} is not closed, or its lines are not indented more than its key; close it with ${m[1] === "map" ? "}" : "]"} and indent its lines`;
			return /sequence/.test(first) ? "this list item ('- ') is not indented like the items above it; align it with them (spaces only)" : /mapping/.test(first) ? "this key is not indented like the keys above it; align it with them (spaces only)" : "the indentation here does not match the lines above; indent with spaces so that each key lines up with its siblings";
		case "BAD_DQ_ESCAPE":
			m = first.match(/Invalid escape sequence (.*)$/);
			return `a double-quoted string has the invalid escape ${m?.[1] ?? "sequence"}; write \\\\ for a backslash, or use single quotes`;
		case "BAD_SCALAR_START":
			m = first.match(/cannot start with (.)/);
			return `a plain value cannot start with ${m?.[1] ?? "this character"}; put the value in quotes`;
		case "MISSING_CHAR":
			if (m = first.match(/Missing closing (["'])quote/)) return `a quoted value is not closed; add the closing ${m[1]}`;
			if (m = first.match(/Missing , (?:or : )?between (.*) items/)) return `a ${flowName(m[1])} is missing a ',' between two items; add it`;
			if (/Missing space after :/.test(first)) return "a ':' inside { } or [ ] needs a space after it (key: value)";
			if (/Implicit map keys need to be followed by map values/.test(first)) return "a key is not followed by ':' and a value; add ': value', or remove the line";
			if (/Sequence item without - indicator/.test(first)) return "a list item has no '- ' in front of it; add it, or align the line with its neighbours";
			if (/Comments must be separated/.test(first)) return "a '#' comment must have a space before it; add one (or quote a value that contains #)";
			return `YAML syntax: ${first}`;
		case "UNEXPECTED_TOKEN":
			if (m = first.match(/^Unexpected , in (.*)$/)) return `an extra ',' in a ${flowName(m[1])}; remove it`;
			if (m = first.match(/^Unexpected empty item in (.*)$/)) return `an empty item (two commas in a row) in a ${flowName(m[1])}; remove the extra ','`;
			return `unexpected text here (${first.replace(/^Unexpected /, "")}); check the line's indentation, quotes and brackets`;
		case "BLOCK_IN_FLOW": return "a { } or [ ] collection is not closed, or holds an indented block; close it with } or ], or write it as indented lines";
		case "TAG_RESOLVE_FAILED":
			m = first.match(/Unresolved tag: (.*)$/);
			return `the tag ${m?.[1]?.replace(/^tag:yaml\.org,2002:/, "!!") ?? "here"} cannot be applied and is ignored; remove it (ringfence documents need no tags)`;
		case "MULTIPLE_DOCS": return "a second document starts without '---'; separate documents with a '---' line";
		case "BAD_ALIAS": return `an anchor (&name) or alias (*name) has no name, or a name ending in ':'; name it, or quote the value`;
		case "MULTIPLE_ANCHORS":
		case "MULTIPLE_TAGS":
		case "ALIAS_PROPS":
		case "BAD_PROP_ORDER": return `the anchors (&) and tags (!) here are not allowed in this arrangement (${first.toLowerCase()}); remove them`;
		default: return `YAML syntax: ${first}`;
	}
}
var Walker = class {
	doc;
	limits;
	pointers = new WeakMap();
	duplicates = [];
	checked = new WeakSet();
	nodes = 0;
	resolved = new WeakMap();
	constructor(doc, limits) {
		this.doc = doc;
		this.limits = limits;
	}
	aliasAt;
	walk(node, pointer, depth) {
		if (++this.nodes > this.limits.maxNodes) throw new LimitExceeded(`the document expands to more than ${this.limits.maxNodes} nodes (alias expansion counts); it was not evaluated`, this.here(node));
		if (depth > this.limits.maxDepth) throw new LimitExceeded(`the document nests deeper than ${this.limits.maxDepth} levels; it was not evaluated`, this.here(node));
		if (isAlias(node)) {
			let target;
			if (this.resolved.has(node)) target = this.resolved.get(node);
			else {
				target = node.resolve(this.doc);
				this.resolved.set(node, target);
			}
			if (!target) throw new LimitExceeded(`the alias *${node.source} names no anchor: no &${node.source} comes before it in this document; define the anchor first, or write the value out`, node.range ? [node.range[0], node.range[1]] : this.here(node), "yaml-syntax");
			const outer = this.aliasAt;
			this.aliasAt ??= node.range ? [node.range[0], node.range[1]] : void 0;
			const value = this.walk(target, pointer, depth);
			this.aliasAt = outer;
			return value;
		}
		if (isMap(node)) {
			const out = Object.create(null);
			const here = typeof pointer === "string" ? pointer : pointer();
			this.pointers.set(out, here);
			const first = new Map();
			for (const pair of node.items) {
				const k = pair.key;
				const name = keyToString(k);
				const keyAt = k?.range ? [k.range[0], k.range[1]] : this.here(node) ?? [0, 0];
				const seen = first.get(name);
				if (seen !== void 0) {
					if (!this.checked.has(node)) this.duplicates.push({
						name,
						at: keyAt,
						first: seen
					});
					continue;
				}
				first.set(name, keyAt[0]);
				const v = pair.value;
				out[name] = v === null ? null : this.walk(v, () => `${here}/${escapePointerToken(name)}`, depth + 1);
			}
			this.checked.add(node);
			return out;
		}
		if (isSeq(node)) {
			const out = [];
			const here = typeof pointer === "string" ? pointer : pointer();
			this.pointers.set(out, here);
			for (let i = 0; i < node.items.length; i++) {
				const item = node.items[i];
				out.push(item === null || item === void 0 ? null : this.walk(item, () => `${here}/${i}`, depth + 1));
			}
			return out;
		}
		const v = node.value;
		return typeof v === "bigint" ? Number(v) : v;
	}
	here(node) {
		return this.aliasAt ?? (node.range ? [node.range[0], node.range[1]] : void 0);
	}
};
function keyToString(k) {
	if (k === null) return "";
	if (isScalar(k)) return String(k.value);
	return String(k);
}
export { defaultLimits as n, parseYamlText as t };
