import { a as colorFor, l as parseFormats, r as applyOutput, t as OutputSink, u as parseNumber, x as limitHeapGrowth, y as streamingReporters } from "./chunk-a7022cfc.js";
import { n as parseJsonText } from "./chunk-8e3aa384.js";
import { r as displayPath } from "./chunk-3ce4483d.js";
import { i as reportSubjectProblem, o as validateDocument, t as isValid } from "./chunk-9983cf21.js";
import { i as sortProblems, n as gateFrom, r as noDocumentsReason } from "./chunk-4384bce2.js";
import { n as loadRenderers, o as WaiverSet, t as feedbackChanges } from "./chunk-d3998f32.js";
import { t as parse } from "./chunk-2b1cc3fe.js";
import { t as formatProblem } from "./chunk-35fe87d2.js";
import { t as UsageError } from "./chunk-2a83795e.js";
import { t as importModule } from "./chunk-3c54e3fa.js";
import { closeSync, openSync, readSync } from "node:fs";
import path from "node:path";
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
		if (s.subjects.length !== p.documentIndexes.length) throw new PartRefusal(k, "/shard/subjects", `${p.file} lists ${p.documentIndexes.length} subjects but its shard member describes ${s.subjects.length}`);
		if (JSON.stringify(r.shard.runProblems) !== JSON.stringify(first.shard.runProblems)) throw new PartRefusal(k, "/shard/runProblems", `${p.file} met other problems with the run's own inputs than ${other} (standard, config, waivers, baseline, evidence or paths): the shards did not run on the same files`);
		if (s.waiverColumns.length !== r.waivers.length || JSON.stringify(r.waivers.map((w, i) => waiverOf(w, s.waiverColumns[i]))) !== JSON.stringify(first.waivers.map((w, i) => waiverOf(w, first.shard.waiverColumns[i])))) throw new PartRefusal(k, "/waivers", `${p.file} was run with other waivers than ${other}`);
		if ((r.baseline?.file ?? null) !== (first.baseline?.file ?? null)) throw new PartRefusal(k, "/baseline", `${p.file} was run with another baseline than ${other}`);
		const seen = byIndex.get(s.index);
		if (seen !== void 0) throw new PartRefusal(k, "/shard/index", `shard ${s.index} of ${count} is given twice: ${parts[seen].file} and ${p.file}`);
		byIndex.set(s.index, k);
		let last = [-1, -1];
		s.subjects.forEach((x, i) => {
			const d = p.documentIndexes[i];
			if (x.entry >= s.files) throw new PartRefusal(k, `/shard/subjects/${i}/entry`, `${p.file}: subject ${i + 1} is on entry ${x.entry}, past the ${s.files} entries of the batch`);
			if (x.entry < last[0] || x.entry === last[0] && d <= last[1]) throw new PartRefusal(k, `/shard/subjects/${i}/entry`, `${p.file}: subject ${i + 1} is out of input order`);
			last = [x.entry, d];
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
				documentIndex: p.documentIndexes[i],
				part: k,
				position: i,
				reasons: x.reasons ?? [],
				schema: x.schema ?? []
			});
		});
	});
	all.sort((a, b) => a.entry - b.entry || a.documentIndex - b.documentIndex);
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
	fail(message) {
		throw new PartSyntaxError(this.line, Math.max(1, this.column), message);
	}
	keep(from, to) {
		if (to <= from) return;
		const s = this.data.toString("utf8", from, to);
		this.skeleton.push(s);
		this.skeletonSize += to - from;
		if (this.skeletonSize > 536870912) this.fail("the part holds more than 512 MiB outside its subjects");
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
		if (this.ended) return void 0;
		for (;;) {
			if (this.at >= this.end) {
				if (!this.more()) {
					if (this.depth !== 0 || this.inString || this.start >= 0) this.fail("the part ends before its JSON does");
					this.keep(this.flushFrom, this.end);
					this.ended = true;
					if (!this.subjectsSeen) this.fail("the part has no \"subjects\" list");
					return;
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
			const c = data[this.at++];
			if (c === 10) {
				this.line++;
				this.column = 0;
			} else this.column++;
			if (this.inSubjects && this.depth === 2 && this.start < 0) {
				if (c === 32 || c === 10 || c === 13 || c === 9) {
					if (this.commaDue || this.subjectDue) this.flushFrom = this.at;
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
					const text = data.toString("utf8", this.start, this.at);
					this.start = -1;
					this.flushFrom = this.at;
					this.commaDue = true;
					return text;
				}
				continue;
			}
			if (this.depth === 1 && c === 58) this.pendingKey = this.lastString;
			else if (this.depth === 1 && c === 44) this.pendingKey = void 0;
		}
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
function readPart(file, maxBytes) {
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
	try {
		const documentIndexes = [];
		for (let text = reader.nextSubject(); text !== void 0; text = reader.nextSubject()) {
			let subject;
			try {
				subject = JSON.parse(text);
			} catch (error) {
				return { problem: partProblem(shown, reader.subjectLine, reader.subjectColumn, `subject ${documentIndexes.length + 1} is not JSON: ${error.message}`) };
			}
			const wrong = reportSubjectProblem(subject);
			if (wrong) return { problem: {
				...partProblem(shown, reader.subjectLine, reader.subjectColumn, `not a ringfence JSON report (${asPart}): subject ${documentIndexes.length + 1}: ${wrong.message}`),
				pointer: `/subjects/${documentIndexes.length}${wrong.pointer}`
			} };
			documentIndexes.push(subject.documentIndex);
		}
		const value = reader.rest();
		if (!isValid("report", value)) {
			const text = JSON.stringify(value, null, 2);
			const parsed = parseJsonText(text, shown, "part-invalid");
			const first = parsed.locations ? validateDocument({
				file: shown,
				documentIndex: 0,
				value: parsed.value,
				locations: parsed.locations,
				pointers: new WeakMap(),
				lines: []
			}, "report", "part-invalid")[0] : void 0;
			return { problem: {
				severity: "error",
				code: "part-invalid",
				file: shown,
				...first?.pointer !== void 0 ? { pointer: first.pointer } : {},
				message: `not a ringfence JSON report (${asPart}): ${first?.message ?? "it does not match the report schema"}`
			} };
		}
		const report = value;
		if (report.shard === void 0) return { problem: {
			severity: "error",
			code: "part-invalid",
			file: shown,
			message: `a JSON report of a whole run, not a shard's part (it has no "shard" member): ${asPart}`
		} };
		return { part: {
			file: shown,
			report,
			documentIndexes
		} };
	} catch (error) {
		if (error instanceof PartSyntaxError) return { problem: partProblem(shown, error.line, error.column, `not a ringfence JSON report (${asPart}): ${error.message}`) };
		throw error;
	} finally {
		reader.close();
	}
}
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
	const parts = [];
	for (const f of positionals) {
		const read = readPart(f, maxPartMb * 1024 * 1024);
		if (read.problem) {
			process.stderr.write(`${formatProblem(read.problem)}\n`);
			process.stderr.write("ringfence: nothing was merged\n");
			return 2;
		}
		parts.push(read.part);
	}
	let merged;
	try {
		merged = mergeParts(parts);
	} catch (error) {
		if (!(error instanceof PartRefusal)) throw error;
		const problem = error.part >= 0 ? {
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
		process.stderr.write(`${formatProblem(problem)}\n`);
		process.stderr.write("ringfence: nothing was merged\n");
		return 2;
	}
	const { summary, subjects } = merged;
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
	const toTerminal = outputs.some((o) => o.path === void 0) && process.stdout.isTTY === true;
	const sinks = outputs.map((o) => new OutputSink(o.path, toTerminal && o.path === void 0));
	try {
		writers.forEach((w, i) => sinks[i].write(w.begin()));
		const feedback = feedbackChanges((v) => render.feedback(v));
		const readers = parts.map((p, k) => new PartReader(positionals[k], maxPartMb * 1024 * 1024));
		const read = parts.map(() => 0);
		try {
			for (const s of subjects) {
				const text = readers[s.part].nextSubject();
				if (text === void 0 || (read[s.part] = (read[s.part] ?? 0) + 1) - 1 !== s.position) throw new Error(`${parts[s.part].file} changed while it was merged`);
				const subject = JSON.parse(text);
				if (subject.documentIndex !== parts[s.part].documentIndexes[s.position]) throw new Error(`${parts[s.part].file} changed while it was merged`);
				render.render(subject, s.schema).forEach((p, i) => sinks[i].write(writers[i].add(p)));
				feedback(writers.map((w) => w.feedback?.()));
			}
		} finally {
			for (const r of readers) r.close();
		}
		writers.forEach((w, i) => sinks[i].write(w.end(summary)));
	} finally {
		for (const s of sinks) s.close();
	}
	if (!sinks.every((s) => s.ok) || summary.problems.some((p) => p.severity === "error")) return 2;
	return summary.gate.passed ? 0 : 1;
}
export { runMerge };
