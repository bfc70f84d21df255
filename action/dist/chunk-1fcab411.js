import { t as detach } from "./chunk-7fef4077.js";
import { n as defaultLimits, t as parseYamlText } from "./chunk-9404d2c7.js";
import { closeSync, constants, fstatSync, openSync, readSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
// dist/src/engine/glob.js
var GlobError = class extends Error {
	index;
	constructor(message, index) {
		super(message);
		this.index = index;
	}
};
function compileGlob(glob) {
	let negated = false;
	let body = glob;
	let offset = 0;
	if (body.startsWith("!") && body[1] !== "(") {
		negated = true;
		body = body.slice(1);
		offset = 1;
	}
	while (body.startsWith("./")) {
		body = body.slice(2);
		offset += 2;
	}
	refuseSyntax(body, offset);
	const alternatives = expandBraces(body, offset).map(segments);
	return (path) => {
		const parts = path.split("/");
		return alternatives.some((g) => matchPath(g, parts)) !== negated;
	};
}
function refuseSyntax(glob, offset) {
	for (let i = 0; i < glob.length; i++) {
		const c = glob[i];
		if (c === "\\") {
			i++;
			continue;
		}
		if (glob[i + 1] === "(" && "@*+?!".includes(c)) throw new GlobError(`extglob patterns such as ${c}(\u2026) are not supported; use *, ?, [...] and {a,b}`, offset + i);
		if (c === "(" || c === ")" || c === "|") throw new GlobError(`"${c}" is not supported (no regex groups); use {a,b} for alternatives, or \\${c} for the character itself`, offset + i);
	}
}
function expandBraces(glob, offset) {
	let out = [glob];
	for (;;) {
		let changed = false;
		const next = [];
		for (const g of out) {
			const b = firstBraces(g);
			if (!b) {
				next.push(g);
				continue;
			}
			changed = true;
			for (const alt of b.alternatives) next.push(g.slice(0, b.open) + alt + g.slice(b.close + 1));
			if (next.length > 64) throw new GlobError(`{\u2026} expands to more than 64 alternatives`, offset + glob.indexOf("{"));
		}
		out = next;
		if (!changed) return out;
	}
}
function firstBraces(g) {
	for (let open = 0; open < g.length; open++) {
		if (g[open] === "\\") {
			open++;
			continue;
		}
		if (g[open] !== "{") continue;
		let depth = 0;
		const commas = [];
		for (let i = open; i < g.length; i++) {
			const c = g[i];
			if (c === "\\") i++;
			else if (c === "{") depth++;
			else if (c === "}") {
				depth--;
				if (depth === 0) {
					if (commas.length === 0) {
						if (/^\{[^{}]*\.\.[^{}]*\}$/.test(g.slice(open, i + 1))) throw new GlobError("brace ranges such as {1..3} are not supported; list the alternatives: {1,2,3}", open);
						break;
					}
					const cuts = [
						open,
						...commas,
						i
					];
					return {
						open,
						close: i,
						alternatives: cuts.slice(1).map((end, k) => g.slice(cuts[k] + 1, end))
					};
				}
			} else if (c === "," && depth === 1) commas.push(i);
		}
	}
}
function segments(glob) {
	const out = [];
	let tokens = [];
	let raw = "";
	const end = () => {
		out.push(raw === "**" ? "globstar" : tokens);
		tokens = [];
		raw = "";
	};
	for (let i = 0; i < glob.length; i++) {
		const c = glob[i];
		if (c === "/") {
			end();
			continue;
		}
		raw += c;
		if (c === "\\" && i + 1 < glob.length) {
			const e = glob[++i];
			raw += e;
			if (e === "/") {
				raw = raw.slice(0, -2);
				end();
			} else tokens.push({
				t: "lit",
				c: e
			});
		} else if (c === "*") {
			if (tokens[tokens.length - 1]?.t !== "star") tokens.push({ t: "star" });
		} else if (c === "?") tokens.push({ t: "any" });
		else if (c === "[") {
			const set = characterSet(glob, i);
			if (set) {
				raw += glob.slice(i + 1, set.end + 1);
				i = set.end;
				tokens.push(set.token);
			} else tokens.push({
				t: "lit",
				c
			});
		} else tokens.push({
			t: "lit",
			c
		});
	}
	end();
	return out;
}
function characterSet(glob, open) {
	let i = open + 1;
	let negated = false;
	if (glob[i] === "!" || glob[i] === "^") {
		negated = true;
		i++;
	}
	let chars = "";
	const ranges = [];
	let first = true;
	for (; i < glob.length; i++) {
		let c = glob[i];
		if (c === "]" && !first) return {
			token: {
				t: "set",
				negated,
				chars,
				ranges
			},
			end: i
		};
		if (c === "/") return void 0;
		first = false;
		if (c === "\\" && i + 1 < glob.length) c = glob[++i];
		if (glob[i + 1] === "-" && glob[i + 2] !== void 0 && glob[i + 2] !== "]") {
			let to = glob[i + 2];
			i += 2;
			if (to === "\\" && i + 1 < glob.length) to = glob[++i];
			ranges.push([c, to]);
		} else chars += c;
	}
}
function matchPath(glob, path) {
	const G = glob.length;
	const P = path.length;
	let below = new Array(P + 1).fill(false);
	below[P] = true;
	for (let g = G - 1; g >= 0; g--) {
		const seg = glob[g];
		const row = new Array(P + 1).fill(false);
		for (let p = P; p >= 0; p--) if (seg === "globstar") row[p] = below[p] || p < P && !isDotSegment(path[p]) && row[p + 1];
		else row[p] = p < P && below[p + 1] && matchSegment(seg, path[p]);
		below = row;
	}
	return below[0];
}
function isDotSegment(s) {
	return s === "." || s === "..";
}
function matchSegment(tokens, s) {
	if (tokens[0]?.t === "star" && isDotSegment(s)) return false;
	const m = tokens.length;
	let states = new Uint8Array(m + 1);
	const close = (st) => {
		for (let k = 0; k < m; k++) if (st[k] && tokens[k].t === "star") st[k + 1] = 1;
	};
	states[0] = 1;
	close(states);
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		const next = new Uint8Array(m + 1);
		let any = false;
		for (let k = 0; k < m; k++) {
			if (!states[k]) continue;
			const t = tokens[k];
			if (t.t === "star") {
				next[k] = 1;
				any = true;
			} else if (t.t === "any" || t.t === "lit" && t.c === c || t.t === "set" && inSet(t, c)) {
				next[k + 1] = 1;
				any = true;
			}
		}
		if (!any) return false;
		close(next);
		states = next;
	}
	return states[m] === 1;
}
function inSet(t, c) {
	return (t.chars.includes(c) || t.ranges.some(([a, b]) => c >= a && c <= b)) !== t.negated;
}
// dist/src/load/read-inputs.js
const documentKinds = ["VendorManifest", "DeploymentConfig"];
const companionKinds = {
	ReleaseHistory: "it is an artifact of the vendor, set beside its manifest with --artifact FILE or in --evidence",
	TrustPolicy: "it is the reader's list of trusted keys, given with --trust-policy FILE",
	DeploymentOverlay: "it completes the foreign files (Kubernetes manifests) that `ringfence check` and `ringfence import` map, beside it or named by its appliesTo (docs/importers.md)"
};
const inputExtensions = new Set([
	".yaml",
	".yml",
	".json"
]);
const noExtensions = new Set();
function skippedByScan(name) {
	return name.startsWith(".") || name === "node_modules";
}
function ignoreTest(rules) {
	if (rules.length === 0) return void 0;
	const compiled = rules.map((r) => ({
		rule: r,
		test: compileGlob(r.pattern.replace(/\/+$/, ""))
	}));
	const counts = new Map();
	const test = (file) => {
		const abs = path.resolve(file);
		for (const c of compiled) {
			const rel = path.relative(c.rule.base, abs);
			if (rel === "" || rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) continue;
			if (c.test(rel.split(path.sep).join("/"))) return c.rule;
		}
	};
	test.counts = counts;
	return test;
}
function expandPaths(paths, limits = defaultLimits, ignore = [], alsoExtensions = noExtensions) {
	const files = new Set();
	const explicit = new Set();
	const problems = [];
	const ignored = ignoreTest(ignore);
	for (const given of paths) {
		const rule = ignored?.(given);
		if (rule) {
			problems.push({
				severity: "warning",
				code: "input-ignored",
				file: displayPath(given),
				message: `ignored because of a matching ignore pattern ("${rule.pattern}" from ${rule.source}); use --no-ignore to check it`
			});
			continue;
		}
		let st;
		try {
			st = statSync(given);
		} catch (error) {
			problems.push({
				severity: "error",
				code: "input-missing",
				file: displayPath(given),
				message: describeFsError(error)
			});
			continue;
		}
		if (st.isDirectory()) {
			const root = realpathSync(given);
			walkDirectory(given, root, new Set([root]), files, problems, limits, ignored, alsoExtensions);
		} else {
			files.add(given);
			explicit.add(given);
		}
	}
	const fromFiles = [...ignored?.counts ?? []].filter(([r]) => r.source !== "--ignore");
	for (const source of [...new Set(fromFiles.map(([r]) => r.source))]) {
		const mine = fromFiles.filter(([r]) => r.source === source);
		const total = mine.reduce((n, [, c]) => n + c, 0);
		problems.push({
			severity: "warning",
			code: "input-ignored",
			file: source,
			message: `its ignore patterns left ${total} file${total === 1 ? "" : "s"} or folder${total === 1 ? "" : "s"} out of the folders checked: ${mine.map(([r, c]) => `"${r.pattern}" (${c})`).join(", ")}; --no-ignore checks them`
		});
	}
	const sorted = [...files].sort(compareStrings);
	if (sorted.length > limits.maxFiles) {
		problems.push({
			severity: "error",
			code: "limit-files",
			message: `${sorted.length} input files exceed the limit of ${limits.maxFiles}; only the first ${limits.maxFiles} are read`
		});
		sorted.length = limits.maxFiles;
	}
	return {
		files: sorted,
		problems,
		explicit
	};
}
function walkDirectory(dir, root, visited, files, problems, limits, ignored, alsoExtensions = noExtensions) {
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch (error) {
		problems.push({
			severity: "error",
			code: "input-unreadable",
			file: displayPath(dir),
			message: describeFsError(error)
		});
		return;
	}
	entries.sort((a, b) => compareStrings(a.name, b.name));
	for (const entry of entries) {
		if (files.size > limits.maxFiles) return;
		const full = path.join(dir, entry.name);
		if (skippedByScan(entry.name)) continue;
		const rule = ignored?.(full);
		if (rule) {
			if (entry.isDirectory() || entry.isSymbolicLink() || inputExtensions.has(path.extname(entry.name).toLowerCase())) ignored.counts?.set(rule, (ignored.counts.get(rule) ?? 0) + 1);
			continue;
		}
		let isDir = entry.isDirectory();
		let isFile = entry.isFile();
		if (entry.isSymbolicLink()) {
			let real;
			try {
				real = realpathSync(full);
			} catch (error) {
				problems.push({
					severity: "error",
					code: "input-symlink",
					file: displayPath(full),
					message: `broken or looping symbolic link (${describeFsError(error)})`
				});
				continue;
			}
			if (real !== root && !real.startsWith(root + path.sep)) {
				problems.push({
					severity: "error",
					code: "input-symlink",
					file: displayPath(full),
					message: "symbolic link points outside the scanned directory; not followed (name the target itself to check it)"
				});
				continue;
			}
			const st = statSync(real);
			isDir = st.isDirectory();
			isFile = st.isFile();
			if (isDir) {
				if (visited.has(real)) continue;
				visited.add(real);
			}
		} else if (isDir) {
			const real = realpathSync(full);
			if (visited.has(real)) continue;
			visited.add(real);
		}
		if (isDir) walkDirectory(full, root, visited, files, problems, limits, ignored, alsoExtensions);
		else if (inputExtensions.has(path.extname(entry.name).toLowerCase()) || alsoExtensions.has(path.extname(entry.name).toLowerCase())) {
			if (isFile) files.add(detach(full));
			else problems.push({
				severity: "error",
				code: "input-not-file",
				file: displayPath(full),
				message: "not a regular file (a FIFO, socket or device); skipped"
			});
		}
	}
}
let scratchBuffer;
function scratch(size) {
	if (scratchBuffer === void 0 || scratchBuffer.length < size) scratchBuffer = Buffer.allocUnsafeSlow(Math.max(size, 65536, (scratchBuffer?.length ?? 0) * 2));
	return scratchBuffer;
}
const utf8 = new TextDecoder("utf-8", { fatal: true });
function readTextFile(file, limits = defaultLimits) {
	const shown = () => displayPath(file);
	let fd;
	try {
		fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		return { problem: {
			severity: "error",
			code: "input-unreadable",
			file: shown(),
			message: describeFsError(error)
		} };
	}
	try {
		const st = fstatSync(fd);
		if (!st.isFile()) return { problem: {
			severity: "error",
			code: "input-not-file",
			file: shown(),
			message: "not a regular file (a FIFO, socket or device); skipped"
		} };
		if (st.size > limits.maxFileBytes) return { problem: {
			severity: "error",
			code: "limit-size",
			file: shown(),
			message: `file is ${formatBytes(st.size)}, over the ${formatBytes(limits.maxFileBytes)} limit; skipped`
		} };
		const buffer = scratch(st.size);
		let read = 0;
		while (read < st.size) {
			const n = readSync(fd, buffer, read, st.size - read, read);
			if (n === 0) break;
			read += n;
		}
		const bytes = buffer.subarray(0, read);
		if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) return { problem: {
			severity: "error",
			code: "input-encoding",
			file: shown(),
			range: {
				startLine: 1,
				startColumn: 1,
				endLine: 1,
				endColumn: 2
			},
			message: "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8"
		} };
		if (bytes.includes(0)) return { problem: {
			severity: "error",
			code: "input-binary",
			file: shown(),
			message: "binary file (contains NUL bytes); skipped"
		} };
		try {
			return { text: utf8.decode(bytes) };
		} catch {
			const at = firstInvalidUtf8(bytes);
			return { problem: {
				severity: "error",
				code: "input-encoding",
				file: shown(),
				range: {
					startLine: at.line,
					startColumn: at.column,
					endLine: at.line,
					endColumn: at.column + 1
				},
				message: `invalid UTF-8 at byte ${at.offset}; the file must be UTF-8 text`
			} };
		}
	} catch (error) {
		return { problem: {
			severity: "error",
			code: "input-unreadable",
			file: shown(),
			message: describeFsError(error)
		} };
	} finally {
		closeSync(fd);
	}
}
function loadInputText(text, file, limits = defaultLimits, scanned = false) {
	const parsed = parseYamlText(text, file, limits);
	const problems = [...parsed.problems];
	const documents = [];
	if (parsed.documents.length === 0 && parsed.problems.length === 0 && !scanned) problems.push({
		severity: "error",
		code: "input-empty",
		file,
		range: {
			startLine: 1,
			startColumn: 1,
			endLine: 1,
			endColumn: 1
		},
		message: "the file is empty: it contains no YAML or JSON document"
	});
	for (const doc of parsed.documents) {
		const root = doc.locations.get("");
		const v = doc.value;
		const api = v !== null && typeof v === "object" && !Array.isArray(v) ? v["apiVersion"] : void 0;
		if (scanned && !(typeof api === "string" && api.startsWith("ringfence.dev/"))) continue;
		if (v === null || typeof v !== "object" || Array.isArray(v)) {
			problems.push({
				severity: "error",
				code: "input-root",
				file,
				documentIndex: doc.documentIndex,
				range: root.value,
				message: `the document is ${Array.isArray(v) ? "a sequence" : v === null ? "empty" : `a ${typeof v}`}; expected a mapping with apiVersion and kind`
			});
			continue;
		}
		const kind = v["kind"];
		if (kind === "Waivers") {
			problems.push({
				severity: "warning",
				code: "input-waivers",
				file,
				documentIndex: doc.documentIndex,
				range: doc.locations.get("/kind")?.value ?? root.value,
				message: "a waiver register is not evaluated; apply it with --waivers"
			});
			continue;
		}
		const companion = typeof kind === "string" ? companionKinds[kind] : void 0;
		if (companion !== void 0) {
			if (scanned) continue;
			problems.push({
				severity: "error",
				code: "input-kind",
				file,
				documentIndex: doc.documentIndex,
				range: doc.locations.get("/kind")?.value ?? root.value,
				pointer: "/kind",
				message: `a ${kind} is not a document to evaluate: ${companion}`
			});
			continue;
		}
		if (typeof kind === "string" && documentKinds.includes(kind)) {
			documents.push({
				...doc,
				kind
			});
			continue;
		}
		const at = doc.locations.get("/kind");
		problems.push({
			severity: "error",
			code: "input-kind",
			file,
			documentIndex: doc.documentIndex,
			range: at ? { ...at.value } : root.value,
			pointer: at ? "/kind" : "",
			message: kind === void 0 ? `the document has no "kind"; expected one of ${documentKinds.join(", ")}` : `unknown kind ${JSON.stringify(kind)}; expected one of ${documentKinds.join(", ")}`
		});
	}
	return {
		documents,
		problems
	};
}
function displayPath(file) {
	const rel = path.isAbsolute(file) ? path.relative(process.cwd(), file) : path.normalize(file);
	return (rel === "" ? "." : rel).split(path.sep).join("/");
}
function compareStrings(a, b) {
	return a < b ? -1 : a > b ? 1 : 0;
}
function describeFsError(error) {
	const e = error;
	switch (e.code) {
		case "ENOENT": return "no such file or directory";
		case "EACCES":
		case "EPERM": return "permission denied";
		case "ELOOP": return "too many levels of symbolic links";
		case "EISDIR": return "is a directory";
		default: return e.code ? `cannot read (${e.code})` : String(e.message ?? e);
	}
}
function formatBytes(n) {
	if (n >= 1048576) return `${(n / 1048576).toFixed(1)} MiB`;
	if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
	return `${n} bytes`;
}
function firstInvalidUtf8(bytes) {
	let line = 1;
	let column = 1;
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		let need = 0;
		if (b < 128) need = 0;
		else if (b >= 194 && b <= 223) need = 1;
		else if (b >= 224 && b <= 239) need = 2;
		else if (b >= 240 && b <= 244) need = 3;
		else return {
			offset: i,
			line,
			column
		};
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === void 0 || (c & 192) !== 128) return {
				offset: i,
				line,
				column
			};
		}
		if (b === 10) {
			line++;
			column = 1;
		} else column += need === 3 ? 2 : 1;
		i += need + 1;
	}
	return {
		offset: i,
		line,
		column
	};
}
export { formatBytes as a, readTextFile as c, compileGlob as d, expandPaths as i, skippedByScan as l, describeFsError as n, inputExtensions as o, displayPath as r, loadInputText as s, compareStrings as t, GlobError as u };
