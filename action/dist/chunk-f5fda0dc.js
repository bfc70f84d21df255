import { a as colorFor, l as parseFormats, r as applyOutput, u as parseNumber, x as limitHeapGrowth, y as streamingReporters } from "./chunk-7438c5f2.js";
import { n as parseJsonText } from "./chunk-8e3aa384.js";
import { r as displayPath } from "./chunk-1fcab411.js";
import { i as reportSubjectProblem, o as validateDocument, t as isValid } from "./chunk-9983cf21.js";
import { i as sortProblems, n as gateFrom, r as noDocumentsReason } from "./chunk-4384bce2.js";
import { n as loadRenderers, o as WaiverSet, t as feedbackChanges } from "./chunk-56fbaf72.js";
import { t as parse } from "./chunk-2b1cc3fe.js";
import { t as formatProblem } from "./chunk-35fe87d2.js";
import { n as eachChunk, t as Spool } from "./chunk-3fec7d06.js";
import { t as UsageError } from "./chunk-2a83795e.js";
import { t as importModule } from "./chunk-3c54e3fa.js";
import { createHash, randomBytes } from "node:crypto";
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmdirSync, unlinkSync, writevSync } from "node:fs";
import path from "node:path";
import { isAscii, isUtf8 } from "node:buffer";
// dist/src/engine/merge.js
var PartRefusal = class extends Error {
	part;
	pointer;
	constructor(part, pointer, message) {
		super(message);
		this.part = part;
		this.pointer = pointer;
	}
};
const headerOf = (r) => ({
	reportVersion: r.reportVersion,
	tool: r.tool,
	asOf: r.asOf,
	...r.about ? { about: r.about } : {},
	standard: r.standard
});
function gateOptionsOf(r) {
	const g = r.gate;
	return {
		failOn: g.failOn,
		...g.minScore !== void 0 ? { minScore: g.minScore } : {},
		...g.minLevel !== void 0 ? { minLevel: g.minLevel } : {},
		...g.failOnNew ? { failOnNew: true } : {}
	};
}
function waiverOf(status, column) {
	const { status: _status, matched: _matched, note: _note, ...entry } = status;
	return {
		...entry,
		column
	};
}
function mergeParts(parts) {
	if (parts.length === 0) throw new PartRefusal(-1, "", "no parts to merge");
	const first = parts[0].report;
	const count = first.shard.count;
	const header = headerOf(first);
	const headerText = JSON.stringify(header);
	const gate = gateOptionsOf(first);
	const byIndex = new Map();
	parts.forEach((p, k) => {
		const r = p.report;
		const s = r.shard;
		const other = parts[0].file;
		if (s.count !== count) throw new PartRefusal(k, "/shard/count", `${p.file} is shard ${s.index} of ${s.count}, but ${other} is a shard of ${count}: the parts come from runs cut differently`);
		if (s.index > count) throw new PartRefusal(k, "/shard/index", `${p.file} claims to be shard ${s.index} of ${count}`);
		if (s.run !== first.shard.run) throw new PartRefusal(k, "/shard/run", `${p.file} comes from another run than ${other}: its inputs, settings, waivers, baseline or gate differ (shard.run ${s.run} \u2260 ${first.shard.run})`);
		if (JSON.stringify(headerOf(r)) !== headerText) {
			const what = r.asOf !== first.asOf ? `as-of date ${r.asOf} \u2260 ${first.asOf}` : JSON.stringify(r.standard) !== JSON.stringify(first.standard) ? "another standard" : JSON.stringify(r.tool) !== JSON.stringify(first.tool) ? "another ringfence version or config file" : "another title, organisation or purpose";
			throw new PartRefusal(k, r.asOf !== first.asOf ? "/asOf" : "", `${p.file} was not written by the same run as ${other}: ${what}`);
		}
		if (JSON.stringify(gateOptionsOf(r)) !== JSON.stringify(gate)) throw new PartRefusal(k, "/gate", `${p.file} was run with another gate than ${other}`);
		if (s.files !== first.shard.files || (s.allowEmpty ?? false) !== (first.shard.allowEmpty ?? false)) throw new PartRefusal(k, "/shard", `${p.file} comes from another run than ${other}: another batch or --allow-empty`);
		if (JSON.stringify(r.shard.runProblems) !== JSON.stringify(first.shard.runProblems)) throw new PartRefusal(k, "/shard/runProblems", `${p.file} met other problems with the run's own inputs than ${other} (standard, config, waivers, baseline, evidence or paths): the shards did not run on the same files`);
		if (s.waiverColumns.length !== r.waivers.length || JSON.stringify(r.waivers.map((w, i) => waiverOf(w, s.waiverColumns[i]))) !== JSON.stringify(first.waivers.map((w, i) => waiverOf(w, first.shard.waiverColumns[i])))) throw new PartRefusal(k, "/waivers", `${p.file} was run with other waivers than ${other}`);
		if ((r.baseline?.file ?? null) !== (first.baseline?.file ?? null)) throw new PartRefusal(k, "/baseline", `${p.file} was run with another baseline than ${other}`);
		const seen = byIndex.get(s.index);
		if (seen !== void 0) throw new PartRefusal(k, "/shard/index", `shard ${s.index} of ${count} is given twice: ${parts[seen].file} and ${p.file}`);
		byIndex.set(s.index, k);
		let last = -1;
		s.subjects.forEach((x, i) => {
			if (x.entry >= s.files) throw new PartRefusal(k, `/shard/subjects/${i}/entry`, `${p.file}: subject ${i + 1} is on entry ${x.entry}, past the ${s.files} entries of the batch`);
			if (x.entry < last) throw new PartRefusal(k, `/shard/subjects/${i}/entry`, `${p.file}: subject ${i + 1} is out of input order`);
			last = x.entry;
		});
	});
	const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
	if (missing.length) throw new PartRefusal(-1, "", `shard${missing.length === 1 ? "" : "s"} ${missing.join(", ")} of ${count} ${missing.length === 1 ? "is" : "are"} missing: a merge needs every part of the run`);
	const owner = new Map();
	const all = [];
	parts.forEach((p, k) => {
		p.report.shard.subjects.forEach((x, i) => {
			const o = owner.get(x.entry);
			if (o !== void 0 && o !== k) throw new PartRefusal(k, `/shard/subjects/${i}/entry`, `${p.file} and ${parts[o].file} both hold documents of entry ${x.entry} of the batch`);
			owner.set(x.entry, k);
			all.push({
				entry: x.entry,
				part: k,
				position: i,
				reasons: x.reasons ?? [],
				schema: x.schema ?? []
			});
		});
	});
	all.sort((a, b) => a.entry - b.entry || a.position - b.position);
	const waiverSet = new WaiverSet(header, first.waivers.map((w, i) => waiverOf(w, first.shard.waiverColumns[i])));
	for (const p of parts) waiverSet.addMatches(p.report.waivers.map((w) => w.matched));
	const finished = waiverSet.finish();
	let baseline;
	if (first.baseline) {
		const absentIn = parts.map((p) => new Set((p.report.baseline?.absent ?? []).map((a) => a.fingerprint)));
		baseline = {
			file: first.baseline.file,
			new: parts.reduce((n, p) => n + (p.report.baseline?.new ?? 0), 0),
			unchanged: parts.reduce((n, p) => n + (p.report.baseline?.unchanged ?? 0), 0),
			absent: first.baseline.absent.filter((a) => absentIn.every((set) => set.has(a.fingerprint)))
		};
	}
	const documents = all.length;
	const allowEmpty = first.shard.allowEmpty === true;
	const empty = documents === 0 && !allowEmpty ? [{
		severity: "error",
		code: "input-none",
		message: `${noDocumentsReason}; name the files to check, or pass --allow-empty when an empty run is expected`
	}] : [];
	const documentProblems = [...parts].sort((a, b) => a.report.shard.index - b.report.shard.index).flatMap((p) => p.report.shard.documentProblems);
	return {
		summary: {
			...header,
			problems: sortProblems([
				...first.shard.runProblems,
				...documentProblems,
				...finished.problems,
				...empty
			]),
			waivers: finished.statuses,
			gate: gateFrom(all.flatMap((x) => x.reasons), finished.statuses, {
				...gate,
				allowEmpty
			}, documents),
			...baseline ? { baseline } : {},
			documents
		},
		subjects: all.map((x) => ({
			part: x.part,
			position: x.position,
			entry: x.entry,
			schema: x.schema
		}))
	};
}
// dist/src/cli/part-reader.js
var PartSyntaxError = class extends Error {
	line;
	column;
	constructor(line, column, message) {
		super(message);
		this.line = line;
		this.column = column;
	}
};
const chunkBytes = 1 << 20;
const maxSkeletonBytes = 536870912;
const plain = new Uint8Array(256).fill(1);
for (const c of "\"{}[]\n") plain[c.charCodeAt(0)] = 0;
const nonAscii = /[\u0080-\u00ff]+/g;
function escapeRun(run) {
	const chars = Buffer.from(run, "latin1").toString("utf8");
	let out = "";
	for (let i = 0; i < chars.length; i++) out += `\\u${chars.charCodeAt(i).toString(16).padStart(4, "0")}`;
	return out;
}
function jsonText(bytes) {
	const latin1 = bytes.toString("latin1");
	if (isAscii(bytes)) return latin1;
	if (!isUtf8(bytes)) return void 0;
	let plain = false;
	const escaped = latin1.replace(nonAscii, (run, at) => {
		if (at > 0 && latin1.charCodeAt(at - 1) === 92) plain = true;
		return plain ? run : escapeRun(run);
	});
	return plain ? bytes.toString("utf8") : escaped;
}
var PartReader = class {
	maxBytes;
	maxSubjectBytes;
	chunk;
	fd;
	data;
	end = 0;
	at = 0;
	bytes = 0;
	done = false;
	depth = 0;
	inString = false;
	escape = false;
	line = 1;
	column = 0;
	skeleton = [];
	skeletonSize = 0;
	flushFrom = 0;
	stringStart = -1;
	partialString = "";
	lastString = "";
	pendingKey;
	inSubjects = false;
	subjectsSeen = false;
	ended = false;
	commaDue = false;
	subjectDue = false;
	start = -1;
	lastStart = 0;
	lastEnd = 0;
	quote = -2;
	slash = -2;
	subjectLine = 0;
	subjectColumn = 0;
	constructor(file, maxBytes, maxSubjectBytes = 268435456, chunk = chunkBytes) {
		this.maxBytes = maxBytes;
		this.maxSubjectBytes = maxSubjectBytes;
		this.chunk = chunk;
		this.data = Buffer.allocUnsafe(chunk);
		this.fd = openSync(file, "r");
	}
	close() {
		closeSync(this.fd);
	}
	isFile() {
		return fstatSync(this.fd).isFile();
	}
	size() {
		return fstatSync(this.fd).size;
	}
	where() {
		return {
			line: this.line,
			column: Math.max(1, this.column)
		};
	}
	fail(message) {
		throw new PartSyntaxError(this.line, Math.max(1, this.column), message);
	}
	keep(from, to) {
		if (to <= from) return;
		const s = this.data.toString("utf8", from, to);
		this.skeleton.push(s);
		this.skeletonSize += to - from;
		if (this.skeletonSize > 536870912) this.fail(`the part holds more than ${maxSkeletonBytes / 1024 / 1024} MiB outside its subjects`);
	}
	more() {
		if (this.done) return false;
		let keepFrom = this.end;
		if (this.start >= 0) keepFrom = this.start;
		else {
			let safe = this.end;
			for (let i = this.end - 1, back = 0; i >= this.flushFrom && back < 4; i--, back++) {
				const b = this.data[i];
				if ((b & 192) === 128) continue;
				const length = b >= 240 ? 4 : b >= 224 ? 3 : b >= 192 ? 2 : 1;
				if (this.end - i < length) safe = i;
				break;
			}
			keepFrom = this.stringStart >= 0 ? Math.min(this.stringStart, safe) : safe;
			this.keep(this.flushFrom, keepFrom);
		}
		const kept = this.end - keepFrom;
		if (kept + this.chunk > this.data.length) {
			if (kept > this.maxSubjectBytes) this.fail(`a subject of more than ${this.maxSubjectBytes} bytes`);
			const bigger = Buffer.allocUnsafe(Math.max(this.data.length * 2, kept + this.chunk));
			this.data.copy(bigger, 0, keepFrom, this.end);
			this.data = bigger;
		} else if (kept) this.data.copy(this.data, 0, keepFrom, this.end);
		const shift = keepFrom;
		if (this.start >= 0) this.start -= shift;
		if (this.stringStart >= 0) this.stringStart -= shift;
		this.at -= shift;
		this.end = kept;
		this.flushFrom = 0;
		this.quote = -2;
		this.slash = -2;
		const n = readSync(this.fd, this.data, this.end, this.chunk, null);
		if (n === 0) {
			this.done = true;
			return false;
		}
		this.bytes += n;
		if (this.bytes > this.maxBytes) this.fail(`the part is larger than ${Math.round(this.maxBytes / 1024 / 1024)} MiB (--max-part-mb)`);
		this.end += n;
		return true;
	}
	nextSubject() {
		if (!this.scan(false)) return void 0;
		const text = jsonText(this.data.subarray(this.lastStart, this.lastEnd));
		if (text === void 0) throw new PartSyntaxError(this.subjectLine, this.subjectColumn, "a subject that is not UTF-8");
		return text;
	}
	subjectText() {
		return this.data.toString("utf8", this.lastStart, this.lastEnd);
	}
	skipSubject() {
		return this.scan(false);
	}
	head() {
		if (this.subjectsSeen || this.at > 0 || this.bytes > 0) this.fail("the head of the part was already read");
		this.scan(true);
		return this.skeleton.join("") + this.data.toString("utf8", this.flushFrom, this.at);
	}
	tail(limit) {
		const size = this.size();
		const marker = Buffer.from("],\n  \"problems\": ");
		const pieces = [];
		let from = size;
		let held = 0;
		while (from > 0 && held < limit) {
			const n = Math.min(this.chunk < 4096 ? 4096 : this.chunk, from, limit - held);
			const piece = Buffer.allocUnsafe(n);
			for (let got = 0; got < n;) {
				const r = readSync(this.fd, piece, got, n - got, from - n + got);
				if (r === 0) return void 0;
				got += r;
			}
			from -= n;
			held += n;
			pieces.unshift(piece);
			const at = (pieces.length > 1 ? Buffer.concat([piece, pieces[1].subarray(0, marker.length - 1)]) : piece).lastIndexOf(marker);
			if (at >= 0) return Buffer.concat(pieces).toString("utf8", at);
		}
	}
	scan(toList) {
		if (this.ended) return false;
		for (;;) {
			if (this.at >= this.end) {
				if (!this.more()) {
					if (this.depth !== 0 || this.inString || this.start >= 0) this.fail("the part ends before its JSON does");
					this.keep(this.flushFrom, this.end);
					this.ended = true;
					if (!this.subjectsSeen) this.fail("the part has no \"subjects\" list");
					return false;
				}
				continue;
			}
			const data = this.data;
			if (this.inString) {
				let i = this.at;
				if (this.escape) {
					this.escape = false;
					i++;
				}
				for (;;) {
					if (i >= this.end) break;
					if (this.quote !== -1 && this.quote < i) this.quote = data.indexOf(34, i);
					if (this.quote >= this.end) this.quote = -1;
					if (this.slash !== -1 && this.slash < i) this.slash = data.indexOf(92, i);
					if (this.slash >= this.end) this.slash = -1;
					const quote = this.quote;
					const slash = this.slash;
					if (slash >= 0 && (quote < 0 || slash < quote)) {
						if (slash + 1 >= this.end) {
							this.escape = true;
							i = this.end;
							break;
						}
						i = slash + 2;
						continue;
					}
					if (quote < 0) {
						i = this.end;
						break;
					}
					i = quote + 1;
					this.inString = false;
					if (this.stringStart >= 0) {
						const text = this.partialString + data.toString("utf8", this.stringStart, quote);
						this.lastString = text.length <= 1e3 ? text : "";
						this.stringStart = -1;
						this.partialString = "";
					}
					break;
				}
				this.column += i - this.at;
				this.at = i;
				continue;
			}
			if (this.start >= 0) {
				let i = this.at;
				const end = this.end;
				while (i < end && plain[data[i]] === 1) i++;
				this.column += i - this.at;
				this.at = i;
				if (i >= end) continue;
			}
			const c = data[this.at++];
			if (c === 10) {
				this.line++;
				this.column = 0;
			} else this.column++;
			if (this.inSubjects && this.depth === 2 && this.start < 0) {
				if (c === 32 || c === 10 || c === 13 || c === 9) {
					this.flushFrom = this.at;
					continue;
				}
				if (c === 44) {
					if (!this.commaDue) this.fail("an unexpected \",\" in \"subjects\"");
					this.commaDue = false;
					this.subjectDue = true;
					this.flushFrom = this.at;
					continue;
				}
				if (c === 93) {
					if (this.subjectDue) this.fail("a \",\" before the end of \"subjects\"");
					this.depth--;
					this.inSubjects = false;
					this.commaDue = false;
					continue;
				}
				if (c !== 123) this.fail("an entry of \"subjects\" that is not an object");
				if (this.commaDue) this.fail("a missing \",\" between subjects");
				this.subjectDue = false;
				this.keep(this.flushFrom, this.at - 1);
				this.subjectLine = this.line;
				this.subjectColumn = this.column;
				this.start = this.at - 1;
				this.depth++;
				continue;
			}
			if (c === 34) {
				this.inString = true;
				if (this.depth === 1) {
					this.stringStart = this.at;
					this.partialString = "";
				}
				continue;
			}
			if (c === 123 || c === 91) {
				if (this.depth === 1 && c === 91 && this.pendingKey === "subjects") {
					if (this.subjectsSeen) this.fail("the part has two \"subjects\" lists");
					this.inSubjects = true;
					this.subjectsSeen = true;
					this.keep(this.flushFrom, this.at);
					this.flushFrom = this.at;
					if (toList) {
						this.depth++;
						return true;
					}
				}
				this.depth++;
				if (this.depth > 200) this.fail("the part nests more than 200 levels deep");
				continue;
			}
			if (c === 125 || c === 93) {
				this.depth--;
				if (this.depth < 0) this.fail(`an unexpected ${String.fromCharCode(c)}`);
				if (this.start >= 0 && this.depth === 2) {
					if (this.at - this.start > this.maxSubjectBytes) this.fail(`a subject of more than ${this.maxSubjectBytes} bytes`);
					this.lastStart = this.start;
					this.lastEnd = this.at;
					this.start = -1;
					this.flushFrom = this.at;
					this.commaDue = true;
					return true;
				}
				continue;
			}
			if (this.depth === 1 && c === 58) this.pendingKey = this.lastString;
			else if (this.depth === 1 && c === 44) this.pendingKey = void 0;
		}
	}
	skeletonDigest() {
		if (!this.ended) this.fail("the part was not read to its end");
		const h = createHash("sha256");
		for (const piece of this.skeleton) h.update(piece);
		return h.digest("hex");
	}
	rest() {
		if (!this.ended) this.fail("the part was not read to its end");
		try {
			return JSON.parse(this.skeleton.join(""));
		} catch (error) {
			throw new PartSyntaxError(1, 1, `not JSON: ${error.message}`);
		}
	}
};
// dist/src/cli/staged-output.js
var StagedOutput = class {
	target;
	fd;
	temp;
	made;
	spool;
	buffered = [];
	size = 0;
	ok = true;
	constructor(target) {
		this.target = target;
		if (target === void 0) {
			this.spool = new Spool();
			return;
		}
		const destination = path.resolve(target);
		try {
			this.made = mkdirSync(path.dirname(destination), { recursive: true });
			this.temp = path.join(path.dirname(destination), `.${path.basename(destination)}.${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
			this.fd = openSync(this.temp, "wx");
		} catch (error) {
			this.temp = void 0;
			this.fail(error);
		}
	}
	fail(error) {
		if (!this.ok) return;
		process.stderr.write(`ringfence: cannot write ${this.target ?? "to standard output"}: ${error.code ?? error.message}\n`);
		this.ok = false;
		this.buffered = [];
	}
	write(chunks) {
		for (const c of eachChunk(chunks)) {
			if (!this.ok) return;
			if (c.length === 0) continue;
			const bytes = typeof c === "string" ? Buffer.from(c) : c;
			if (this.spool) {
				this.spool.add(bytes);
				continue;
			}
			this.buffered.push(bytes);
			this.size += bytes.byteLength;
			if (this.size >= 1 << 20) this.flush();
		}
	}
	flush() {
		if (!this.ok || this.buffered.length === 0 || this.fd === void 0) return;
		const pieces = this.buffered;
		const size = this.size;
		this.buffered = [];
		this.size = 0;
		try {
			const written = writevSync(this.fd, pieces);
			if (written !== size) throw new Error(`wrote ${written} of ${size} bytes`);
		} catch (error) {
			this.fail(error);
		}
	}
	closeFile() {
		if (this.fd === void 0) return;
		const fd = this.fd;
		this.fd = void 0;
		try {
			closeSync(fd);
		} catch (error) {
			this.fail(error);
		}
	}
	finish() {
		this.flush();
		this.closeFile();
		return this.ok;
	}
	commit() {
		if (!this.finish()) return false;
		if (this.spool) {
			for (const c of this.spool.chunks()) process.stdout.write(c);
			return true;
		}
		try {
			renameSync(this.temp, path.resolve(this.target));
			this.temp = void 0;
			return true;
		} catch (error) {
			this.fail(error);
			this.discard();
			return false;
		}
	}
	discard() {
		this.buffered = [];
		if (this.fd !== void 0) {
			try {
				closeSync(this.fd);
			} catch {}
			this.fd = void 0;
		}
		if (this.spool) for (const _ of this.spool.chunks()) break;
		if (this.temp !== void 0) {
			try {
				unlinkSync(this.temp);
			} catch {}
			this.temp = void 0;
		}
		if (this.made !== void 0 && this.target !== void 0) {
			const top = this.made;
			this.made = void 0;
			for (let dir = path.dirname(path.resolve(this.target)); dir.length >= top.length; dir = path.dirname(dir)) {
				try {
					rmdirSync(dir);
				} catch {
					break;
				}
				if (dir === top) break;
			}
		}
	}
};
// dist/src/cli/merge-command.js
const mergeOptions = {
	format: {
		type: "string",
		short: "f",
		multiple: true
	},
	output: {
		type: "string",
		short: "o"
	},
	quiet: {
		type: "boolean",
		short: "q"
	},
	"omit-waived": { type: "boolean" },
	"max-results": { type: "string" },
	"sarif-category": { type: "string" },
	"max-part-mb": { type: "string" },
	color: { type: "boolean" },
	"no-color": { type: "boolean" }
};
const defaultMaxPartMb = 16384;
function partProblem(file, line, column, message, code = "part-invalid") {
	return {
		severity: "error",
		code,
		file,
		range: {
			startLine: line,
			startColumn: column,
			endLine: line,
			endColumn: column + 1
		},
		message
	};
}
const asPart = "a part is what `check --shard i/n --format json=FILE` writes";
function skeletonProblem(file, value) {
	const text = JSON.stringify(value, null, 2);
	const parsed = parseJsonText(text, file, "part-invalid");
	const first = parsed.locations ? validateDocument({
		file,
		documentIndex: 0,
		value: parsed.value,
		locations: parsed.locations,
		pointers: new WeakMap(),
		lines: []
	}, "report", "part-invalid")[0] : void 0;
	return {
		severity: "error",
		code: "part-invalid",
		file,
		...first?.pointer !== void 0 ? { pointer: first.pointer } : {},
		message: `not a ringfence JSON report (${asPart}): ${first?.message ?? "it does not match the report schema"}`
	};
}
function openPart(file, maxBytes, useTail) {
	const shown = displayPath(file);
	let reader;
	try {
		reader = new PartReader(file, maxBytes);
	} catch (error) {
		return { problem: {
			severity: "error",
			code: "part-unreadable",
			file: shown,
			message: `cannot read the part: ${error.code ?? String(error)}`
		} };
	}
	let keep = false;
	try {
		if (!reader.isFile()) return { problem: {
			severity: "error",
			code: "part-unreadable",
			file: shown,
			message: `not a regular file: a part is read from both ends (${asPart})`
		} };
		const size = reader.size();
		if (size > maxBytes) return { problem: {
			severity: "error",
			code: "part-invalid",
			file: shown,
			message: `the part is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB (--max-part-mb): ${size} bytes`
		} };
		const head = reader.head();
		let value;
		let fromTail = false;
		let digest = "";
		if (useTail) {
			const tail = reader.tail(maxSkeletonBytes);
			if (tail !== void 0) try {
				value = JSON.parse(head + tail);
				fromTail = isValid("report", value);
				digest = createHash("sha256").update(head).update(tail).digest("hex");
			} catch {}
		}
		if (!fromTail) {
			const through = new PartReader(file, maxBytes);
			try {
				while (through.skipSubject());
				value = through.rest();
				digest = through.skeletonDigest();
			} finally {
				through.close();
			}
			if (!isValid("report", value)) return { problem: skeletonProblem(shown, value) };
		}
		const report = value;
		if (report.shard === void 0) return { problem: {
			severity: "error",
			code: "part-invalid",
			file: shown,
			message: `a JSON report of a whole run, not a shard's part (it has no "shard" member): ${asPart}`
		} };
		keep = true;
		return { opened: {
			reader,
			part: {
				file: shown,
				report
			},
			file: shown,
			subjects: report.shard.subjects.length,
			skeleton: digest,
			fromTail
		} };
	} catch (error) {
		if (error instanceof PartSyntaxError) return { problem: partProblem(shown, error.line, error.column, `not a ringfence JSON report (${asPart}): ${error.message}`) };
		if (typeof error.code === "string") return { problem: {
			severity: "error",
			code: "part-unreadable",
			file: shown,
			message: `cannot read the part: ${error.code}`
		} };
		throw error;
	} finally {
		if (!keep) reader.close();
	}
}
var Stop = class extends Error {
	problem;
	constructor(problem) {
		super(problem === "replan" ? "replan" : problem.message);
		this.problem = problem;
	}
};
async function runMerge(args) {
	const { values, positionals } = parse(args, mergeOptions);
	if (positionals.length === 0) throw new UsageError("merge needs the JSON parts of a sharded run, e.g. `ringfence merge parts/*.json --format sarif=ringfence.sarif`");
	const formatValues = applyOutput(values.format ?? [], values.output);
	const outputs = parseFormats(formatValues);
	const maxResults = parseNumber(values["max-results"], "--max-results", 1, 25e3);
	const maxPartMb = parseNumber(values["max-part-mb"], "--max-part-mb", 1, 1048576) ?? defaultMaxPartMb;
	const category = values["sarif-category"]?.replace(/\/+$/, "");
	if (category !== void 0 && (category.trim() === "" || category.length > 200 || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(category))) throw new UsageError(`--sarif-category takes a name of 1 to 200 printable characters (e.g. ringfence/vendors), not ${JSON.stringify(values["sarif-category"])}`);
	const given = new Set();
	for (const f of positionals) {
		const key = path.resolve(f);
		if (given.has(key)) throw new UsageError(`${f} is named twice`);
		given.add(key);
	}
	for (const o of outputs) if (o.path !== void 0 && given.has(path.resolve(o.path))) throw new UsageError(`--format ${o.format}=${o.path} would overwrite a part`);
	limitHeapGrowth();
	const maxBytes = maxPartMb * 1024 * 1024;
	const merge = (useTail) => mergeOnce(positionals, outputs, values, maxBytes, maxResults, category, useTail);
	let outcome = await merge(true);
	if (outcome === "replan") outcome = await merge(false);
	if (outcome === "replan") outcome = {
		severity: "error",
		code: "part-invalid",
		message: "a part changed while it was merged"
	};
	if (typeof outcome === "number") return outcome;
	process.stderr.write(`${formatProblem(outcome)}\n`);
	process.stderr.write("ringfence: nothing was merged\n");
	return 2;
}
async function mergeOnce(files, outputs, values, maxBytes, maxResults, category, useTail) {
	const opened = [];
	let sinks = [];
	try {
		for (const f of files) {
			const o = openPart(f, maxBytes, useTail);
			if (o.problem) return o.problem;
			opened.push(o.opened);
		}
		const parts = opened.map((o) => o.part);
		let merged;
		try {
			merged = mergeParts(parts);
		} catch (error) {
			if (!(error instanceof PartRefusal)) throw error;
			if (opened.some((o) => o.fromTail)) return "replan";
			return error.part >= 0 ? {
				severity: "error",
				code: "part-mismatch",
				file: parts[error.part].file,
				...error.pointer ? { pointer: error.pointer } : {},
				message: `${error.message.replace(`${parts[error.part].file}: `, "")}${error.pointer ? ` (at ${error.pointer})` : ""}`
			} : {
				severity: "error",
				code: "part-mismatch",
				message: error.message
			};
		}
		const { summary, subjects } = merged;
		parts.length = 0;
		for (const o of opened) o.part = void 0;
		const quiet = values.quiet === true;
		const g = summary.gate;
		const renderOptions = {
			color: false,
			...values["omit-waived"] ? { omitWaived: true } : {},
			...maxResults !== void 0 ? { maxResults } : {},
			...quiet ? { quiet: {
				failOn: g.failOn,
				...g.minScore !== void 0 ? { minScore: g.minScore } : {},
				...g.minLevel !== void 0 ? { minLevel: g.minLevel } : {},
				...g.failOnNew ? { failOnNew: true } : {}
			} } : {},
			...category !== void 0 ? { sarifCategory: category } : {}
		};
		const color = values["no-color"] ? false : values.color;
		const header = {
			reportVersion: summary.reportVersion,
			tool: summary.tool,
			asOf: summary.asOf,
			...summary.about ? { about: summary.about } : {},
			standard: summary.standard
		};
		const refs = outputs.map((o) => ({
			...streamingReporters[o.format],
			options: {
				...renderOptions,
				color: colorFor(o, color)
			}
		}));
		const writers = await Promise.all(refs.map(async (r) => (await importModule(r.module))[r.export].writer(header, r.options)));
		const render = await loadRenderers(refs, header);
		sinks = outputs.map((o) => new StagedOutput(o.path));
		writers.forEach((w, i) => sinks[i].write(w.begin()));
		const feedback = feedbackChanges((v) => render.feedback(v));
		const read = opened.map(() => 0);
		const lastEntry = opened.map(() => -1);
		const lastDocument = opened.map(() => -1);
		const stop = (k, line, column, message, pointer) => {
			throw new Stop({
				...partProblem(opened[k].file, line, column, message),
				...pointer !== void 0 ? { pointer } : {}
			});
		};
		const next = (k) => {
			try {
				return opened[k].reader.nextSubject();
			} catch (error) {
				if (error instanceof PartSyntaxError) stop(k, error.line, error.column, `not a ringfence JSON report (${asPart}): ${error.message}`);
				if (typeof error.code === "string") throw new Stop({
					severity: "error",
					code: "part-unreadable",
					file: opened[k].file,
					message: `cannot read the part: ${error.code}`
				});
				throw error;
			}
		};
		for (const s of subjects) {
			const { reader } = opened[s.part];
			const text = next(s.part);
			const n = read[s.part];
			if (text === void 0) {
				if (opened[s.part].fromTail) throw new Stop("replan");
				stop(s.part, reader.where().line, reader.where().column, `the part lists ${n} subject${n === 1 ? "" : "s"}, but its shard member describes ${opened[s.part].subjects}`, "/subjects");
			}
			read[s.part] = n + 1;
			let subject;
			try {
				subject = JSON.parse(text);
			} catch {
				let message = "not JSON";
				try {
					JSON.parse(reader.subjectText());
				} catch (error) {
					message = error.message;
				}
				stop(s.part, reader.subjectLine, reader.subjectColumn, `subject ${n + 1} is not JSON: ${message}`);
			}
			const wrong = reportSubjectProblem(subject);
			if (wrong) stop(s.part, reader.subjectLine, reader.subjectColumn, `not a ringfence JSON report (${asPart}): subject ${n + 1}: ${wrong.message}`, `/subjects/${n}${wrong.pointer}`);
			const documentIndex = subject.documentIndex;
			if (s.entry === lastEntry[s.part] && documentIndex <= lastDocument[s.part]) stop(s.part, reader.subjectLine, reader.subjectColumn, `subject ${n + 1} is out of input order (document ${documentIndex} after document ${lastDocument[s.part]} of the same file)`, `/subjects/${n}/documentIndex`);
			lastEntry[s.part] = s.entry;
			lastDocument[s.part] = documentIndex;
			render.render(subject, s.schema).forEach((p, i) => sinks[i].write(writers[i].add(p)));
			feedback(writers.map((w) => w.feedback?.()));
		}
		opened.forEach(({ reader, file, subjects: count, skeleton, fromTail }, k) => {
			if (next(k) !== void 0) {
				if (fromTail) throw new Stop("replan");
				stop(k, reader.subjectLine, reader.subjectColumn, `the part holds more subjects than its shard member describes (${count})`, `/subjects/${read[k]}`);
			}
			if (reader.skeletonDigest() !== skeleton) {
				if (fromTail) throw new Stop("replan");
				throw new Stop({
					severity: "error",
					code: "part-invalid",
					file,
					message: "the part changed while it was merged"
				});
			}
		});
		writers.forEach((w, i) => sinks[i].write(w.end(summary)));
		if (!sinks.map((x) => x.finish()).every(Boolean)) return 2;
		let committed = true;
		for (const x of sinks) committed = x.commit() && committed;
		sinks = [];
		if (!committed || summary.problems.some((p) => p.severity === "error")) return 2;
		return summary.gate.passed ? 0 : 1;
	} catch (error) {
		if (error instanceof Stop) return error.problem;
		throw error;
	} finally {
		for (const x of [...sinks].reverse()) x.discard();
		for (const o of opened) o.reader.close();
	}
}
export { runMerge };
