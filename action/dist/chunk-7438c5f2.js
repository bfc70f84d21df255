import { a as workerScript, r as reporterModule } from "./chunk-67791625.js";
import { n as provide, t as importModule } from "./chunk-3c54e3fa.js";
import { a as finishSetup, c as loadBaseline, g as asOfDate, i as SubjectFinisher, l as Batch, n as loadRenderers, p as readEvidenceDir, s as loadWaivers, t as feedbackChanges, u as HintTable } from "./chunk-56fbaf72.js";
import { n as hashRegularFile, r as inside } from "./chunk-ed6b1986.js";
import { n as defaultLimits, t as parseYamlText } from "./chunk-9404d2c7.js";
import { o as resolvesPointer } from "./chunk-492e16a4.js";
import { n as artifactKindTitles, o as signedHistoryName, r as isSlsaProvenanceEnvelope, t as artifactKindOf } from "./chunk-6ba85076.js";
import { a as formatBytes, c as readTextFile, d as compileGlob, i as expandPaths, l as skippedByScan, n as describeFsError, o as inputExtensions, r as displayPath, s as loadInputText, u as GlobError } from "./chunk-1fcab411.js";
import { a as isBase64, p as verifiedBy, r as pointerWithin, s as payloadType, t as loadTrustPolicy } from "./chunk-e8441fc7.js";
import { n as parseJsonText } from "./chunk-8e3aa384.js";
import { c as setV8Flag, o as validateDocument, r as rangeFor } from "./chunk-9983cf21.js";
import { c as toolVersion, s as toolHomepage, t as defaultStandardPath } from "./chunk-36ad93e4.js";
import { n as importInputs, r as isImportedEntry } from "./chunk-6bc7d8c4.js";
import { t as importOnlyExtensions } from "./chunk-2a116810.js";
import { i as sortProblems, n as gateFrom, r as noDocumentsReason } from "./chunk-4384bce2.js";
import { n as eachChunk } from "./chunk-3fec7d06.js";
import { a as resolveStandard, i as isStandardName, n as standardFile, r as StandardNameError, t as loadStandard } from "./chunk-1bb3c873.js";
import { n as useColor, t as parse } from "./chunk-2b1cc3fe.js";
import { t as formatProblem } from "./chunk-35fe87d2.js";
import { t as UsageError } from "./chunk-2a83795e.js";
import { t as didYouMean } from "./chunk-f4e99a2c.js";
import { createHash } from "node:crypto";
import { closeSync, constants, createReadStream, existsSync, fstatSync, lstatSync, mkdirSync, mkdtempSync, openSync, readSync, realpathSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
// dist/src/engine/header.js
function reportHeader(standard, asOf, config, about) {
	const given = about && Object.values(about).some((v) => v !== void 0) ? { about } : {};
	return {
		reportVersion: 2,
		tool: {
			name: "ringfence",
			version: toolVersion,
			...toolHomepage ? { informationUri: toolHomepage } : {},
			...config ? { config: {
				file: config.file,
				sha256: config.sha256
			} } : {}
		},
		asOf: asOfDate(asOf),
		...given,
		standard: standardInfo(standard)
	};
}
function standardInfo(s) {
	const controls = s.areas.flatMap((a) => a.controls.map((c) => ({
		id: c.id,
		title: c.title,
		area: a.id,
		severity: c.severity,
		weight: c.weight,
		level: c.level,
		capsGrade: c.capsGrade,
		rule: c.ruleName,
		...c.rule ? { appliesTo: c.rule.appliesTo } : {},
		params: c.params,
		rationale: c.rationale,
		remediation: c.remediation,
		references: c.references,
		mappings: c.mappings,
		source: c.source,
		...c.brokenReason ? { broken: c.brokenReason } : {}
	})));
	return {
		id: s.id,
		version: s.version,
		title: s.title,
		...s.description ? { description: s.description } : {},
		...s.url ? { url: s.url } : {},
		file: s.file,
		digest: s.digest,
		extends: s.extends,
		levels: s.levels,
		grading: s.grading,
		areas: s.areas.map((a) => ({
			id: a.id,
			title: a.title,
			weight: a.weight,
			...a.description ? { description: a.description } : {},
			controls: a.controls.map((c) => c.id)
		})),
		controls
	};
}
// dist/src/engine/inputs.js
function expandInputs(options) {
	const { files, problems, explicit } = expandPaths(options.paths, options.limits ?? defaultLimits, options.ignore);
	return {
		files,
		explicit,
		problems
	};
}
async function importedInputs(options) {
	const limits = options.limits ?? defaultLimits;
	const { files, problems, explicit } = expandPaths(options.paths, limits, options.ignore, importOnlyExtensions);
	const result = await importInputs(files, explicit, limits);
	for (const f of result.claimed) explicit.delete(f);
	return {
		files: result.files,
		explicit,
		problems: [...problems, ...result.problems],
		...Object.keys(result.imported).length ? { imported: result.imported } : {}
	};
}
// dist/src/engine/report.js
function reportOf(summary, subjects) {
	const { reportVersion, tool, asOf, about, standard, problems, waivers, gate, baseline } = summary;
	return {
		reportVersion,
		tool,
		asOf,
		...about ? { about } : {},
		standard,
		subjects,
		problems,
		waivers,
		gate,
		...baseline ? { baseline } : {}
	};
}
// dist/src/util/kept-list.js
var KeptList = class {
	inMemory;
	blockChars;
	tempDir;
	pending = [];
	pendingChars = 0;
	held = [];
	heldBytes = 0;
	blocks = [];
	file;
	noFile = false;
	count = 0;
	constructor(inMemory = 4 << 20, blockChars = 65536, tempDir = os.tmpdir()) {
		this.inMemory = inMemory;
		this.blockChars = blockChars;
		this.tempDir = tempDir;
	}
	get length() {
		return this.count;
	}
	get spilled() {
		return this.file !== void 0;
	}
	push(value) {
		const line = JSON.stringify(value);
		if (line === void 0) throw new TypeError("KeptList: a value with no JSON form");
		this.pending.push(line);
		this.pendingChars += line.length + 1;
		this.count++;
		if (this.pendingChars >= this.blockChars) this.flush();
	}
	flush() {
		if (this.pending.length === 0) return;
		const block = Buffer.from(`${this.pending.join("\n")}\n`, "utf8");
		this.pending = [];
		this.pendingChars = 0;
		this.blocks.push(block.byteLength);
		if (!this.file && (this.heldBytes + block.byteLength <= this.inMemory || this.noFile || !this.openFile())) {
			this.held.push(block);
			this.heldBytes += block.byteLength;
			return;
		}
		this.write(block);
	}
	openFile() {
		let dir;
		try {
			dir = mkdtempSync(path.join(this.tempDir, "ringfence-kept-"));
			const fd = openSync(path.join(dir, "kept"), "w+");
			try {
				rmSync(dir, { recursive: true });
			} catch {}
			this.file = {
				fd,
				dir,
				size: 0
			};
		} catch {
			if (dir) rmSync(dir, {
				recursive: true,
				force: true
			});
			this.noFile = true;
			return false;
		}
		for (const b of this.held.splice(0)) this.write(b);
		this.heldBytes = 0;
		return true;
	}
	write(block) {
		const f = this.file;
		for (let at = 0; at < block.byteLength;) at += writeSync(f.fd, block, at, block.byteLength - at, f.size + at);
		f.size += block.byteLength;
	}
	*[Symbol.iterator]() {
		this.flush();
		const file = this.file;
		let at = 0;
		for (let b = 0; b < this.blocks.length; b++) {
			const size = this.blocks[b];
			let block;
			if (file) {
				block = Buffer.allocUnsafe(size);
				for (let got = 0; got < size;) {
					const n = readSync(file.fd, block, got, size - got, at + got);
					if (n === 0) throw new Error("the kept list ended early (its temporary file was cut short)");
					got += n;
				}
				at += size;
			} else block = this.held[b];
			const text = block.toString("utf8");
			for (let from = 0; from < text.length;) {
				const end = text.indexOf("\n", from);
				yield JSON.parse(text.slice(from, end));
				from = end + 1;
			}
		}
	}
	close() {
		this.pending = [];
		this.pendingChars = 0;
		this.held.length = 0;
		this.heldBytes = 0;
		this.blocks.length = 0;
		this.count = 0;
		const file = this.file;
		this.file = void 0;
		if (file) try {
			closeSync(file.fd);
		} finally {
			rmSync(file.dir, {
				recursive: true,
				force: true
			});
		}
	}
};
// dist/src/engine/kept.js
const keptInMemory = 1 << 20;
var KeptRun = class {
	problemList;
	reasonList;
	constructor(inMemory, tempDir) {
		this.problemList = new KeptList(inMemory ?? keptInMemory, void 0, tempDir);
		this.reasonList = new KeptList(inMemory ?? keptInMemory, void 0, tempDir);
	}
	addProblems(problems) {
		for (const p of problems) this.problemList.push(p);
	}
	addReasons(reasons) {
		for (const r of reasons) {
			const at = r.indexOf(": ");
			this.reasonList.push(at > 0 ? [r.slice(0, at), r.slice(at)] : ["", r]);
		}
	}
	get spilled() {
		return this.problemList.spilled || this.reasonList.spilled;
	}
	take() {
		const strings = new Map();
		const ranges = new Map();
		const str = (s) => {
			const known = strings.get(s);
			if (known !== void 0) return known;
			strings.set(s, s);
			return s;
		};
		try {
			const problems = [];
			for (const p of this.problemList) {
				const q = p;
				for (const k of Object.keys(q)) {
					const v = q[k];
					if (typeof v === "string") q[k] = str(v);
					else if (k === "range" && v !== null && typeof v === "object") {
						const key = JSON.stringify(v);
						const known = ranges.get(key);
						if (known) q[k] = known;
						else ranges.set(key, v);
					}
				}
				problems.push(p);
			}
			const reasons = [];
			for (const [file, rest] of this.reasonList) reasons.push(file === "" ? str(rest) : str(file) + str(rest));
			return {
				problems,
				reasons
			};
		} finally {
			this.close();
		}
	}
	close() {
		this.problemList.close();
		this.reasonList.close();
	}
};
// dist/src/engine/shard.js
function shardOfName(name, count) {
	return createHash("sha256").update(name).digest().readUInt32BE(0) % count + 1;
}
function entryName(file, imported) {
	if (!isImportedEntry(file)) return displayPath(file);
	const group = imported?.[file];
	return `import:${group?.importer ?? ""}:${group?.documents[0]?.sources[0] ?? file}`;
}
function ownedEntries(files, imported, spec) {
	const owned = new Uint8Array(files.length);
	files.forEach((f, i) => owned[i] = shardOfName(entryName(f, imported), spec.count) === spec.index ? 1 : 0);
	return owned;
}
function canonical(value) {
	return JSON.stringify(value, function(_key, v) {
		if (v instanceof Map) return { $map: [...v.entries()] };
		if (v instanceof Set) return { $set: [...v] };
		if (ArrayBuffer.isView(v)) return { $bytes: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("hex") };
		if (v !== null && typeof v === "object" && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
		return v;
	});
}
function runDigest(files, explicit, imported, options, count) {
	const names = files.map((f) => entryName(f, imported));
	const h = createHash("sha256");
	const add = (label, v) => h.update(`${label}\0${canonical(v) ?? "null"}\n`);
	add("shards", count);
	add("files", names);
	add("explicit", files.filter((f) => explicit.has(f)).map((f) => entryName(f, imported)));
	add("imported", imported ?? null);
	add("limits", options.limits ?? null);
	add("budget", options.budget ?? null);
	add("declaredValues", options.declaredValues === true);
	add("evidence", options.evidence ?? null);
	add("waivers", options.waivers ?? []);
	add("baseline", options.baseline ?? null);
	add("gate", {
		failOn: options.failOn ?? "high",
		minScore: options.minScore ?? null,
		minLevel: options.minLevel ?? null,
		failOnNew: options.failOnNew === true,
		allowEmpty: options.allowEmpty === true
	});
	return `sha256:${h.digest("hex")}`;
}
var ShardRecorder = class {
	spec;
	run;
	files;
	subjects = [];
	constructor(spec, run, files) {
		this.spec = spec;
		this.run = run;
		this.files = files;
	}
	add(entry, reasons, schema) {
		this.subjects.push({
			entry,
			...reasons.length ? { reasons: [...reasons] } : {},
			...schema.length ? { schema: [...schema] } : {}
		});
	}
	info(runProblems, documentProblems, options) {
		return {
			index: this.spec.index,
			count: this.spec.count,
			run: this.run,
			files: this.files,
			...options.allowEmpty ? { allowEmpty: true } : {},
			waiverColumns: (options.waivers ?? []).map((w) => w.column),
			subjects: this.subjects,
			runProblems: [...runProblems],
			documentProblems: [...documentProblems]
		};
	}
};
// dist/src/engine/summary.js
function summarize(header, finisher, problems, gateReasons, documents, options, shard) {
	const allowEmpty = options.allowEmpty === true || shard !== void 0;
	const finished = finisher.waivers.finish();
	const waivers = finished.statuses;
	const baseline = options.baseline && finisher.baseline ? finisher.baseline.summary(options.baseline) : void 0;
	const empty = documents === 0 && !allowEmpty ? [{
		severity: "error",
		code: "input-none",
		message: `${noDocumentsReason}; name the files to check, or pass --allow-empty when an empty run is expected`
	}] : [];
	return {
		...header,
		problems: sortProblems([
			...problems,
			...finished.problems,
			...empty
		]),
		waivers,
		gate: gateFrom(gateReasons, waivers, {
			...options,
			allowEmpty
		}, documents),
		...baseline ? { baseline } : {},
		documents,
		...shard ? { shard: shard.recorder.info(shard.runProblems, shard.documentProblems, options) } : {}
	};
}
// dist/src/engine/stream.js
const streamedHeapGrowthPercent = 50;
function limitHeapGrowth() {
	setV8Flag(`--heap-growing-percent=${streamedHeapGrowthPercent}`, "--heap-growing-percent=0");
}
function checkSequential(standard, standardProblems, inputs, options, header, render, onPart) {
	if (options.smallHeap) limitHeapGrowth();
	const kept = options.smallHeap ? new KeptRun() : void 0;
	const finisher = new SubjectFinisher(finishSetup(header, options));
	const batch = new Batch(standard, {
		...options,
		asOf: header.asOf
	}, inputs.files, inputs.explicit, void 0, inputs.imported);
	const shard = shardOf(inputs, options);
	let reasons = [];
	const feedback = feedbackChanges((v) => render?.feedback(v));
	let documents = 0;
	try {
		for (let i = 0; i < inputs.files.length; i++) {
			options.progress?.("evaluate", i, inputs.files.length);
			if (shard && !shard.owned[i]) continue;
			batch.evaluateFile(i, ({ order, subject, problems }) => {
				const r = finisher.finish(subject);
				if (kept) kept.addReasons(r);
				else reasons.push(...r);
				const part = render ? render.render(subject, problems) : subject;
				documents++;
				shard?.recorder.add(order[0], r, problems);
				feedback(onPart(part));
			});
			if (kept && batch.problems.length > 0) kept.addProblems(batch.problems.splice(0));
		}
	} catch (error) {
		kept?.close();
		throw error;
	}
	const runProblems = [...standardProblems, ...inputs.problems];
	let documentProblems = batch.problems;
	if (kept) {
		const taken = kept.take();
		documentProblems = taken.problems;
		reasons = taken.reasons;
	}
	return summarize(header, finisher, [...runProblems, ...documentProblems], reasons, documents, options, shard && {
		recorder: shard.recorder,
		runProblems,
		documentProblems
	});
}
function shardOf(inputs, options) {
	if (!options.shard) return void 0;
	return {
		owned: ownedEntries(inputs.files, inputs.imported, options.shard),
		recorder: new ShardRecorder(options.shard, runDigest(inputs.files, inputs.explicit, inputs.imported, options, options.shard.count), inputs.files.length)
	};
}
// dist/reporters/index.js
const formatModules = {
	text: () => import("./format-text.js"),
	json: () => import("./format-json.js"),
	sarif: () => import("./format-sarif.js"),
	markdown: () => import("./format-markdown.js"),
	html: () => import("./format-html.js"),
	junit: () => import("./format-junit.js"),
	oscal: () => import("./format-oscal.js"),
	jsonl: () => import("./format-jsonl.js")
};
const reporters = Object.fromEntries(Object.entries(formatModules).map(([name, load]) => [name, async () => (await load())[name]]));
const formatNames = Object.keys(reporters);
const streamingReporters = {
	text: {
		module: reporterModule("text"),
		export: "textStream"
	},
	json: {
		module: reporterModule("json"),
		export: "jsonStream"
	},
	sarif: {
		module: reporterModule("sarif"),
		export: "sarifStream"
	},
	jsonl: {
		module: reporterModule("jsonl"),
		export: "jsonlStream"
	},
	markdown: {
		module: reporterModule("markdown"),
		export: "markdownStream"
	},
	junit: {
		module: reporterModule("junit"),
		export: "junitStream"
	},
	html: {
		module: reporterModule("html"),
		export: "htmlStream"
	},
	oscal: {
		module: reporterModule("oscal"),
		export: "oscalStream"
	}
};
for (const [name, load] of Object.entries(formatModules)) provide(streamingReporters[name].module, load);
// dist/src/evidence/archive.js
const defaultBundleLimits = {
	maxArchiveBytes: 268435456,
	maxEntries: 1e4,
	maxEntryBytes: 67108864,
	maxTotalBytes: 268435456,
	maxInflatedBytes: 536870912
};
function archiveKindOf(file) {
	const f = file.toLowerCase();
	if (f.endsWith(".tar.gz") || f.endsWith(".tgz")) return "tar.gz";
	if (f.endsWith(".tar")) return "tar";
	if (f.endsWith(".zip")) return "zip";
}
function unsafeEntryName(name) {
	if (name.length === 0) return "it is empty";
	if (name.length > 1024) return "it is longer than 1,024 characters";
	if (/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(name)) return "it contains control or bidirectional-override characters";
	if (name.startsWith("/") || /^[A-Za-z]:/.test(name) || name.startsWith("\\")) return "it is an absolute path";
	if (name.split(/[\\/]/).includes("..")) return "it contains a \"..\" segment";
}
var BundleError = class extends Error {};
async function readArchive(file, limits = defaultBundleLimits) {
	const shown = displayPath(file);
	const kind = archiveKindOf(file);
	const problems = [];
	const files = [];
	const problem = (code, message, severity = "error") => problems.push({
		severity,
		code,
		file: shown,
		message
	});
	if (!kind) {
		problem("bundle-kind", "not an archive ringfence reads (.tar, .tar.gz, .tgz or .zip)");
		return {
			files,
			problems
		};
	}
	let fd;
	try {
		fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		problem("bundle-unreadable", describeFsError(error));
		return {
			files,
			problems
		};
	}
	let size;
	try {
		const st = fstatSync(fd);
		if (!st.isFile()) {
			closeSync(fd);
			problem("bundle-not-file", "not a regular file (a FIFO, socket or device)");
			return {
				files,
				problems
			};
		}
		size = st.size;
	} catch (error) {
		closeSync(fd);
		problem("bundle-unreadable", describeFsError(error));
		return {
			files,
			problems
		};
	}
	if (size > limits.maxArchiveBytes) {
		closeSync(fd);
		problem("limit-bundle", `the archive is ${formatBytes(size)}, over the ${formatBytes(limits.maxArchiveBytes)} limit; not read`);
		return {
			files,
			problems
		};
	}
	const seen = new Map();
	let total = 0;
	const keep = (name, bytes) => {
		const digest = createHash("sha256").update(bytes).digest("hex");
		const before = seen.get(name);
		if (before !== void 0) problem("bundle-duplicate", `entry "${name}" appears more than once${before === digest ? " (same content)" : " with different contents"}; each copy is matched by its digest`, "warning");
		seen.set(name, digest);
		files.push({
			name,
			bytes,
			sha256: digest
		});
	};
	const entryAllowed = (name, declaredSize) => {
		const why = unsafeEntryName(name);
		if (why) {
			problem("bundle-entry-name", `an entry's name is refused because ${why}; skipped`);
			return false;
		}
		if (declaredSize > limits.maxEntryBytes) {
			problem("limit-bundle-entry", `entry "${name}" is ${formatBytes(declaredSize)}, over the ${formatBytes(limits.maxEntryBytes)} limit; skipped`);
			return false;
		}
		if (total + declaredSize > limits.maxTotalBytes) throw new BundleError(`the entries come to more than ${formatBytes(limits.maxTotalBytes)}; the rest of the archive is not read`);
		return true;
	};
	let count = 0;
	const counted = (name) => {
		count += 1;
		if (count > limits.maxEntries) throw new BundleError(`the archive has more than ${limits.maxEntries} entries; the rest is not read (at "${name}")`);
	};
	try {
		if (kind === "zip") {
			closeSync(fd);
			await readZip(file, limits, {
				counted,
				entryAllowed,
				keep,
				skipped: (name, why) => problem("bundle-entry-kind", `entry "${name}" is ${why}; skipped`, "warning"),
				added: (n) => total += n
			});
		} else await readTar(fd, kind === "tar.gz", limits, {
			counted,
			entryAllowed,
			keep,
			skipped: (name, why) => problem("bundle-entry-kind", `entry "${name}" is ${why}; skipped`, "warning"),
			added: (n) => total += n
		});
	} catch (error) {
		if (error instanceof BundleError) problem("limit-bundle", error.message);
		else problem("bundle-corrupt", `the archive cannot be read: ${describeArchiveError(error)}; entries before the damage are kept`);
	}
	files.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : a.sha256 < b.sha256 ? -1 : 1);
	return {
		files,
		problems
	};
}
var ByteBudget = class extends Transform {
	max;
	what;
	seen = 0;
	constructor(max, what) {
		super();
		this.max = max;
		this.what = what;
	}
	_transform(chunk, _enc, done) {
		this.seen += chunk.length;
		if (this.seen > this.max) done(new BundleError(`${this.what} comes to more than ${formatBytes(this.max)}; the rest of the archive is not read`));
		else done(null, chunk);
	}
};
async function readTar(fd, gzipped, limits, sink) {
	const { extract } = await importModule("tar-stream");
	const ex = extract();
	const source = createReadStream("", {
		fd,
		autoClose: true
	});
	const stages = gzipped ? [createGunzip(), new ByteBudget(limits.maxInflatedBytes, "the decompressed archive")] : [new ByteBudget(limits.maxInflatedBytes, "the archive")];
	const consume = (async () => {
		for await (const entry of ex) {
			const h = entry.header;
			const name = h.name.replace(/^\.\//, "");
			try {
				sink.counted(name);
				if (h.type === "directory") continue;
				if (h.type !== "file" && h.type !== "contiguous-file") {
					sink.skipped(name, h.type === "symlink" || h.type === "link" ? `a ${h.type === "link" ? "hard" : "symbolic"} link (to "${h.linkname ?? ""}")` : `not a regular file (${h.type ?? "unknown type"})`);
					continue;
				}
				if (!sink.entryAllowed(name, h.size ?? 0)) continue;
				const chunks = [];
				let n = 0;
				for await (const chunk of entry) {
					n += chunk.length;
					if (n > limits.maxEntryBytes) throw new BundleError(`entry "${name}" holds more than its declared size allows; the rest of the archive is not read`);
					chunks.push(chunk);
				}
				sink.added(n);
				sink.keep(name, Buffer.concat(chunks, n));
			} finally {
				entry.resume();
			}
		}
	})();
	const feed = pipeline(source, ...stages, ex);
	const reasons = (await Promise.allSettled([consume, feed])).flatMap((r) => r.status === "rejected" ? [r.reason] : []);
	if (reasons.length) {
		source.destroy();
		ex.destroy();
		throw reasons.find((e) => e instanceof BundleError) ?? reasons[0];
	}
}
async function readZip(file, limits, sink) {
	const yauzl = (await importModule("yauzl")).default;
	const zip = await new Promise((resolve, reject) => yauzl.open(file, {
		lazyEntries: true,
		autoClose: true,
		validateEntrySizes: true,
		strictFileNames: false,
		decodeStrings: true
	}, (err, z) => err ? reject(err) : resolve(z)));
	if (zip.entryCount > limits.maxEntries) {
		zip.close();
		throw new BundleError(`the archive lists ${zip.entryCount} entries, more than ${limits.maxEntries}; not read`);
	}
	let inflated = 0;
	await new Promise((resolve, reject) => {
		const fail = (error) => {
			zip.close();
			reject(error);
		};
		zip.on("error", fail);
		zip.on("end", () => resolve());
		zip.on("entry", (entry) => {
			const name = entry.fileName;
			try {
				sink.counted(name);
				if (name.endsWith("/")) return zip.readEntry();
				const mode = entry.externalFileAttributes >>> 16 & 61440;
				if (mode === 40960) {
					sink.skipped(name, "a symbolic link");
					return zip.readEntry();
				}
				if (mode !== 0 && mode !== 32768) {
					sink.skipped(name, "not a regular file");
					return zip.readEntry();
				}
				if (entry.isEncrypted()) {
					sink.skipped(name, "encrypted");
					return zip.readEntry();
				}
				if (!sink.entryAllowed(name, entry.uncompressedSize)) return zip.readEntry();
				if (inflated + entry.uncompressedSize > limits.maxInflatedBytes) throw new BundleError(`the decompressed archive comes to more than ${formatBytes(limits.maxInflatedBytes)}; the rest is not read`);
			} catch (error) {
				return fail(error);
			}
			zip.openReadStream(entry, (err, stream) => {
				if (err || !stream) return fail(err ?? new Error("no stream"));
				const chunks = [];
				let n = 0;
				stream.on("data", (chunk) => {
					n += chunk.length;
					if (n > limits.maxEntryBytes) stream.destroy(new BundleError(`entry "${name}" inflates past ${formatBytes(limits.maxEntryBytes)}; the rest of the archive is not read`));
					else chunks.push(chunk);
				});
				stream.on("error", fail);
				stream.on("end", () => {
					inflated += n;
					sink.added(n);
					sink.keep(name, Buffer.concat(chunks, n));
					zip.readEntry();
				});
			});
		});
		zip.readEntry();
	});
}
function describeArchiveError(error) {
	const message = error instanceof Error ? error.message : String(error);
	if (/incorrect header check|unexpected end of file|invalid (block type|distance|stored block)/i.test(message)) return "the gzip or deflate data is damaged";
	if (/end of central directory record signature not found/i.test(message)) return "not a zip file (no central directory)";
	if (/Invalid tar header|Unexpected end of data/i.test(message)) return "the tar data is damaged or cut short";
	return message.length > 300 ? `${message.slice(0, 300)}\u2026` : message;
}
// dist/src/evidence/vouches.js
const claimsPredicateType = "urn:ringfence:attestation:claims:v1";
function looksLikeEnvelope(bytes) {
	if (bytes.length > 16777216) return false;
	const head = bytes.subarray(0, 4096).toString("utf8");
	return /^\s*\{/.test(head) && head.includes("\"payloadType\"") && bytes.includes("\"signatures\"");
}
const norm = (s) => s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
function readVouches(entries, policy, manifests, asOf) {
	const vouches = [];
	const problems = [];
	const envelopes = entries.filter((e) => looksLikeEnvelope(e.bytes));
	if (!envelopes.length) return {
		vouches,
		problems
	};
	if (!policy) {
		problems.push({
			severity: "warning",
			code: "vouch-no-policy",
			message: `the evidence holds ${envelopes.length} signed statement${envelopes.length === 1 ? "" : "s"} (${envelopes.map((e) => e.name).join(", ")}); without a trust policy (--trust-policy) no signature is trusted, so none counts`
		});
		return {
			vouches,
			problems
		};
	}
	for (const entry of envelopes) {
		const file = `${entry.name} (in the evidence)`;
		const warn = (code, message, pointer, locations) => problems.push({
			severity: "warning",
			code,
			file,
			message,
			...pointer !== void 0 ? { pointer } : {},
			...pointer !== void 0 && locations ? { range: rangeFor(locations, pointer) } : {}
		});
		const env = parseJsonText(entry.bytes.toString("utf8"), file, "vouch-invalid", true);
		if (env.problem) {
			problems.push({
				...env.problem,
				severity: "warning"
			});
			continue;
		}
		const e = env.value;
		if (e.payloadType !== "application/vnd.in-toto+json" || typeof e.payload !== "string" || !Array.isArray(e.signatures)) {
			warn("vouch-invalid", `not an in-toto DSSE envelope (payloadType ${payloadType}, a base64 payload and signatures); not counted`);
			continue;
		}
		if (!isBase64(e.payload) || e.signatures.some((x) => typeof x?.sig === "string" && !isBase64(x.sig))) {
			warn("vouch-invalid", "its payload or a signature is not base64 text: the statement was altered or damaged; not counted");
			continue;
		}
		const body = Buffer.from(e.payload, "base64");
		const signer = signerOf(body, e.signatures, policy.keys);
		if (!signer) {
			const ids = e.signatures.map((s) => typeof s?.keyid === "string" ? s.keyid.slice(0, 16) : "?");
			warn("vouch-untrusted", `signed by no key of the trust policy ${policy.file} (key id ${ids.join(", ")}\u2026); not counted`);
			continue;
		}
		let text;
		try {
			text = new TextDecoder("utf-8", { fatal: true }).decode(body);
		} catch {
			warn("vouch-invalid", "the signed payload is not UTF-8 text; not counted");
			continue;
		}
		const shown = `${entry.name} (signed payload)`;
		const parsed = parseJsonText(text, shown, "vouch-invalid", true);
		if (parsed.problem) {
			problems.push({
				...parsed.problem,
				severity: "warning"
			});
			continue;
		}
		const statementType = parsed.value?.predicateType;
		if (statementType === "https://ringfence.dev/attestation/claims/v1") parsed.value.predicateType = claimsPredicateType;
		else if (statementType !== "urn:ringfence:attestation:claims:v1") {
			warn("vouch-invalid", `the statement's predicateType is ${JSON.stringify(statementType ?? null).slice(0, 100)}, not ${claimsPredicateType}; not counted`);
			continue;
		}
		const doc = {
			file: shown,
			documentIndex: 0,
			value: parsed.value,
			locations: parsed.locations,
			pointers: new WeakMap(),
			lines: []
		};
		const schemaProblems = validateDocument(doc, "claims-attestation", "vouch-invalid");
		if (schemaProblems.length) {
			problems.push(...schemaProblems.map((p) => ({
				...p,
				severity: "warning"
			})));
			continue;
		}
		const statement = parsed.value;
		const digest = statement.subject[0].digest.sha256;
		const targets = manifests.filter((m) => m.sha256 === digest);
		const where = (pointer) => ({
			file: shown,
			pointer,
			range: rangeFor(parsed.locations, pointer)
		});
		if (!targets.length) {
			problems.push({
				severity: "warning",
				code: "vouch-other-manifest",
				...where("/subject/0/digest/sha256"),
				message: `the statement is about a manifest with sha256 ${digest.slice(0, 16)}\u2026, which is not among the documents checked (an edited manifest no longer matches what was vouched for); not counted`
			});
			continue;
		}
		if (signer.expires && asOf > signer.expires) {
			warn("vouch-expired", `signed by "${signer.name}", which the trust policy trusts until ${signer.expires}; the as-of date is ${asOf}; not counted`);
			continue;
		}
		for (const target of targets) {
			if (signer.vendors && !signer.vendors.some((v) => target.vendor !== void 0 && norm(v) === norm(target.vendor))) {
				warn("vouch-out-of-scope", `"${signer.name}" may vouch for ${signer.vendors.join(", ")} only, not for ${target.vendor ?? "a manifest that names no vendor"} (${target.file}); not counted`);
				continue;
			}
			const independent = signer.role !== "vendor" && !(target.vendor !== void 0 && norm(signer.party) === norm(target.vendor));
			if (signer.role !== "vendor" && !independent) warn("vouch-own-vendor", `"${signer.name}" is listed as a ${signer.role}, but its party ${signer.party} is the vendor of ${target.file}; its statements count as the vendor's own`);
			const seen = new Set();
			statement.predicate.claims.forEach((c, i) => {
				const at = where(`/predicate/claims/${i}/pointer`);
				if (seen.has(c.pointer)) {
					problems.push({
						severity: "warning",
						code: "vouch-invalid",
						...at,
						message: `claim ${c.pointer} is listed twice; the first counts`
					});
					return;
				}
				seen.add(c.pointer);
				if (c.pointer === "" || c.pointer === "/") {
					problems.push({
						severity: "warning",
						code: "vouch-dangling",
						...at,
						message: `claim ${JSON.stringify(c.pointer)} names the whole manifest: a statement vouches for parts of it (e.g. /updateChannels/0/rollout), so this one counts for nothing`
					});
					return;
				}
				if (!target.resolves(c.pointer)) {
					problems.push({
						severity: "warning",
						code: "vouch-dangling",
						...at,
						message: `claim ${c.pointer} does not exist in ${target.file}; not counted`
					});
					return;
				}
				if (signer.claims && !signer.claims.some((p) => pointerWithin(c.pointer, p))) {
					problems.push({
						severity: "warning",
						code: "vouch-out-of-scope",
						...at,
						message: `"${signer.name}" may vouch for ${signer.claims.join(", ")} only, not for ${c.pointer}; not counted`
					});
					return;
				}
				vouches.push({
					manifestSha256: digest,
					pointer: c.pointer,
					result: c.result,
					...c.method !== void 0 ? { method: c.method } : {},
					...c.found !== void 0 ? { found: c.found } : {},
					verifier: statement.predicate.verifier,
					checkedOn: statement.predicate.checkedOn,
					key: {
						name: signer.name,
						party: signer.party,
						role: signer.role,
						keyid: signer.keyid
					},
					independent,
					source: entry.name,
					target: {
						file: target.file,
						documentIndex: target.documentIndex ?? 0
					}
				});
			});
		}
	}
	return {
		vouches,
		problems
	};
}
function signerOf(body, signatures, keys) {
	return verifiedBy(payloadType, body, signatures, keys);
}
// dist/src/evidence/bundle.js
async function readEvidence(given, policy, inputs, asOf, limits = defaultLimits, artifactPaths = [], sources = false) {
	const problems = [];
	let evidence;
	let envelopes;
	const artifacts = [];
	if (given === void 0) {
		evidence = {
			dir: "",
			files: [],
			noFiles: true
		};
		envelopes = [];
	} else if (archiveKindOf(given) !== void 0) {
		const read = await readArchive(given);
		problems.push(...read.problems);
		evidence = {
			dir: displayPath(given),
			files: read.files.map((f) => ({
				name: f.name,
				sha256: f.sha256
			}))
		};
		envelopes = read.files.filter((f) => !signedHistoryName.test(f.name) && looksLikeEnvelope(f.bytes) && !isSlsaProvenanceEnvelope(f.bytes)).map((f) => ({
			name: f.name,
			bytes: f.bytes
		}));
		for (const f of read.files) if (artifactKindOf(f.name, f.bytes) !== void 0) artifacts.push({
			file: `${displayPath(given)}!/${f.name}`,
			bytes: f.bytes,
			sha256: f.sha256,
			origin: "evidence"
		});
	} else {
		const read = readEvidenceDir(given, limits);
		problems.push(...read.problems);
		evidence = read.evidence;
		envelopes = [];
		let root;
		try {
			root = realpathSync(given);
		} catch {
			root = void 0;
		}
		for (const f of read.evidence.files) {
			if (root === void 0) break;
			const envelope = reopenInside(path.join(given, f.name), root, 16777216, (head) => /^\s*\{/.test(head.toString("utf8")) && head.includes("\"payloadType\""));
			if (envelope && !signedHistoryName.test(f.name) && looksLikeEnvelope(envelope) && !isSlsaProvenanceEnvelope(envelope)) envelopes.push({
				name: f.name,
				bytes: envelope
			});
			const artifact = reopenInside(path.join(given, f.name), root, limits.maxFileBytes, (head) => artifactKindOf(f.name, head) !== void 0);
			if (artifact) artifacts.push({
				file: displayPath(path.join(given, f.name)),
				bytes: artifact,
				sha256: f.sha256,
				origin: "evidence"
			});
		}
	}
	for (const p of artifactPaths) {
		const bytes = readArtifactArgument(p, limits.maxFileBytes, problems);
		if (bytes === void 0) continue;
		if (artifactKindOf(path.basename(p), bytes) === void 0) {
			problems.push({
				severity: "error",
				code: "artifact-kind",
				file: displayPath(p),
				message: `--artifact: ringfence reads no artifact of this kind (it reads: ${artifactKindTitles().join("; ")})`
			});
			continue;
		}
		artifacts.push({
			file: displayPath(p),
			bytes,
			sha256: createHash("sha256").update(bytes).digest("hex"),
			origin: "command-line"
		});
	}
	const needManifests = envelopes.length > 0 && policy !== void 0;
	const manifests = needManifests || artifacts.length > 0 || sources ? manifestRefs(inputs, limits) : [];
	if (envelopes.length > 0) {
		const read = readVouches(envelopes, policy, needManifests ? manifests : [], asOf);
		problems.push(...read.problems);
		if (read.vouches.length) evidence.vouches = read.vouches;
	}
	if (sources) for (const m of manifests) for (const f of manifestPathArtifacts(m.file, m.value, limits, problems)) {
		artifacts.push(f);
		const pinned = new Set(m.pinned ?? []);
		pinned.add(f.sha256);
		m.pinned = pinned;
	}
	if (artifacts.length > 0) {
		const { readArtifacts } = await import("./chunk-9020d783.js");
		const read = await readArtifacts(artifacts, manifests.map((m) => ({
			file: m.file,
			documentIndex: m.documentIndex ?? 0,
			value: m.value,
			pinned: m.pinned ?? new Set()
		})), {
			...policy ? { policy } : {},
			asOf,
			evidence: evidence.files
		});
		problems.push(...read.problems);
		if (read.observations.length) evidence.observations = read.observations;
		if (read.rollouts.length) evidence.rollouts = read.rollouts;
	}
	if (sources) {
		const { observeSources } = await import("./chunk-9b75793e.js");
		for (const m of manifests) {
			const read = await observeSources({
				file: m.file,
				documentIndex: m.documentIndex ?? 0,
				value: m.value,
				path: m.file
			});
			problems.push(...read.problems);
			if (read.observations.length) evidence.observations = [...evidence.observations ?? [], ...read.observations.map((o) => ({
				...o,
				target: {
					file: m.file,
					documentIndex: m.documentIndex ?? 0
				},
				basis: "given"
			}))];
		}
	}
	return {
		evidence,
		problems
	};
}
function readArtifactArgument(p, maxBytes, problems) {
	let fd;
	try {
		fd = openSync(p, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		problems.push({
			severity: "error",
			code: "artifact-unreadable",
			file: displayPath(p),
			message: `--artifact: ${describeFsError(error)}`
		});
		return;
	}
	try {
		const st = fstatSync(fd);
		if (!st.isFile()) {
			problems.push({
				severity: "error",
				code: "artifact-unreadable",
				file: displayPath(p),
				message: "--artifact needs a regular file (a folder, device or pipe is not read)"
			});
			return;
		}
		if (st.size > maxBytes) {
			problems.push({
				severity: "error",
				code: "artifact-too-large",
				file: displayPath(p),
				message: `--artifact: the file is ${formatBytes(st.size)}; at most ${formatBytes(maxBytes)} is read`
			});
			return;
		}
		return readAll(fd, st.size);
	} finally {
		closeSync(fd);
	}
}
function readAll(fd, size) {
	const bytes = Buffer.alloc(size);
	let at = 0;
	while (at < size) {
		const n = readSync(fd, bytes, at, size - at, at);
		if (n === 0) break;
		at += n;
	}
	return bytes.subarray(0, at);
}
function reopenInside(file, root, maxBytes, wanted) {
	let fd;
	try {
		const real = realpathSync(file);
		if (!inside(real, root)) return void 0;
		fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
	} catch {
		return;
	}
	try {
		const st = fstatSync(fd);
		if (!st.isFile() || st.size > maxBytes) return void 0;
		const head = Buffer.alloc(Math.min(st.size, 4096));
		readSync(fd, head, 0, head.length, 0);
		if (!wanted(head)) return void 0;
		return readAll(fd, st.size);
	} catch {
		return;
	} finally {
		closeSync(fd);
	}
}
function manifestRefs(inputs, limits = defaultLimits) {
	const refs = [];
	const { files, explicit } = expandPaths(inputs, limits);
	for (const file of files) {
		const { text } = readTextFile(file, limits);
		if (text === void 0) continue;
		const h = hashRegularFile(file, limits.maxFileBytes);
		if (h.sha256 === void 0) continue;
		const { documents } = loadInputText(text, displayPath(file), limits, !explicit.has(file));
		for (const doc of documents) {
			if (doc.kind !== "VendorManifest") continue;
			const meta = doc.value["metadata"];
			const vendor = meta !== null && typeof meta === "object" ? meta["vendor"] : void 0;
			const value = doc.value;
			refs.push({
				file: doc.file,
				documentIndex: doc.documentIndex,
				sha256: h.sha256,
				value,
				pinned: pinnedDigests(value),
				...typeof vendor === "string" ? { vendor } : {},
				resolves: (pointer) => resolvesPointer(value, pointer)
			});
		}
	}
	return refs;
}
function pinnedDigests(value) {
	const out = new Set();
	const list = value !== null && typeof value === "object" ? value["evidence"] : void 0;
	if (!Array.isArray(list)) return out;
	for (const e of list) {
		const sha = e !== null && typeof e === "object" ? e["sha256"] : void 0;
		if (typeof sha === "string") out.add(sha.toLowerCase());
	}
	return out;
}
function manifestPathArtifacts(manifestFile, value, limits, problems) {
	const out = [];
	const list = value !== null && typeof value === "object" ? value["evidence"] : void 0;
	if (!Array.isArray(list)) return out;
	let base;
	try {
		base = realpathSync(path.dirname(manifestFile));
	} catch {
		return out;
	}
	list.forEach((e, i) => {
		const rel = e !== null && typeof e === "object" ? e["path"] : void 0;
		if (typeof rel !== "string") return;
		const file = path.join(path.dirname(manifestFile), rel);
		const shown = displayPath(file);
		const where = `evidence[${i}].path ${JSON.stringify(rel.slice(0, 200))} of ${manifestFile}`;
		let real;
		try {
			real = realpathSync(file);
		} catch (error) {
			problems.push({
				severity: "error",
				code: "evidence-path",
				file: shown,
				message: `${where}: ${describeFsError(error)}`
			});
			return;
		}
		if (!inside(real, base)) {
			problems.push({
				severity: "error",
				code: "evidence-path",
				file: shown,
				message: `${where}: the file resolves outside the manifest's folder (${base}), so it is not read`
			});
			return;
		}
		const bytes = readArtifactArgument(real, limits.maxFileBytes, problems);
		if (bytes === void 0) return;
		const sha256 = createHash("sha256").update(bytes).digest("hex");
		const pinned = e["sha256"];
		if (typeof pinned === "string" && pinned.toLowerCase() !== sha256) {
			problems.push({
				severity: "error",
				code: "evidence-mismatch",
				file: shown,
				message: `${where}: the file has SHA-256 ${sha256}, not the ${pinned} the entry pins`
			});
			return;
		}
		if (artifactKindOf(path.basename(rel), bytes) === void 0) return;
		out.push({
			file: shown,
			bytes,
			sha256,
			origin: "manifest-path"
		});
	});
	return out;
}
// dist/src/engine/parallel.js
const minFilesPerWorker = 1500;
const availableCores = () => typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
function defaultJobs(files) {
	return Math.max(1, Math.min(availableCores(), 8, Math.floor(files / minFilesPerWorker)));
}
function compileOptimizedCodeInline() {
	setV8Flag("--no-concurrent-recompilation", "--concurrent-recompilation");
}
async function streamCheck(standard, standardProblems, options, onPart) {
	const inputs = await importedInputs(options);
	const header = reportHeader(standard, options.asOf, options.config, options.about);
	const files = inputs.files;
	const jobs = Math.min(options.jobs ?? defaultJobs(files.length), Math.max(1, files.length));
	if (jobs <= 1) return checkSequential(standard, standardProblems, inputs, options, header, await loadRenderers(options.render ?? [], header), onPart);
	if (options.smallHeap) limitHeapGrowth();
	if (jobs >= availableCores()) compileOptimizedCodeInline();
	const setup = finishSetup(header, options);
	const shard = shardOf(inputs, options);
	const input = {
		standard,
		options: {
			asOf: header.asOf,
			...options.budget ? { budget: options.budget } : {},
			...options.limits ? { limits: options.limits } : {},
			...options.evidence ? { evidence: options.evidence } : {},
			...options.declaredValues ? { declaredValues: true } : {}
		},
		files,
		explicit: [...inputs.explicit],
		...inputs.imported ? { imported: inputs.imported } : {},
		setup,
		hints: new SharedArrayBuffer(HintTable.bytes(files.length)),
		render: [...options.render ?? []],
		...shard ? { owned: shard.owned } : {}
	};
	const script = workerScript();
	const workers = Array.from({ length: jobs }, () => new Worker(script, { workerData: input }));
	const chunks = [];
	for (let from = 0; from < files.length;) {
		const size = Math.max(2, Math.min(50, Math.ceil((files.length - from) / (jobs * 8))));
		chunks.push({
			from,
			to: Math.min(files.length, from + size)
		});
		from += size;
	}
	const inFlightPerWorker = 2;
	const window = jobs * 4;
	const held = new Map();
	const inFlight = workers.map(() => 0);
	let reasons = [];
	const runProblems = [...standardProblems, ...inputs.problems];
	let documentProblems = [];
	const kept = options.smallHeap ? new KeptRun() : void 0;
	let documents = 0;
	let head = 0;
	let next = 0;
	let filesDone = 0;
	const feedback = feedbackChanges((value) => workers.forEach((w) => w.postMessage({
		type: "feedback",
		value
	})));
	const deliver = ({ part, reasons: r, entry, schema }) => {
		if (kept) kept.addReasons(r);
		else reasons.push(...r);
		if (part === void 0) return;
		documents++;
		shard?.recorder.add(entry, r, schema);
		feedback(onPart(part));
	};
	const dispatch = () => {
		for (let w = 0; w < workers.length; w++) while (inFlight[w] < inFlightPerWorker && next < chunks.length && next < head + window) {
			const c = chunks[next];
			held.set(next, { parts: [] });
			workers[w].postMessage({
				type: "chunk",
				chunk: next,
				from: c.from,
				to: c.to
			});
			inFlight[w]++;
			next++;
		}
	};
	try {
		await new Promise((resolve, reject) => {
			workers.forEach((worker, w) => {
				worker.on("error", reject);
				worker.on("exit", (code) => {
					if (head < chunks.length) reject(new Error(`a worker thread stopped (exit code ${code}) before the batch was done`));
				});
				worker.on("message", (m) => {
					try {
						receive(w, m);
					} catch (error) {
						reject(error);
					}
				});
			});
			const receive = (w, m) => {
				if (m.type === "parts") {
					if (m.chunk === head) for (const p of m.parts) deliver(p);
					else held.get(m.chunk).parts.push(...m.parts);
					return;
				}
				if (m.type !== "chunk") return;
				inFlight[w]--;
				held.get(m.chunk).problems = m.problems;
				const c = chunks[m.chunk];
				filesDone += c.to - c.from;
				options.progress?.("evaluate", filesDone - 1, files.length);
				for (let h = held.get(head); h?.problems; h = held.get(head)) {
					if (kept) kept.addProblems(h.problems);
					else documentProblems.push(...h.problems);
					held.delete(head++);
					const now = held.get(head);
					if (now) {
						for (const p of now.parts) deliver(p);
						now.parts.length = 0;
					}
				}
				if (head === chunks.length) resolve();
				else dispatch();
			};
			dispatch();
		});
		const tallies = await Promise.all(workers.map((worker) => new Promise((resolve, reject) => {
			worker.on("message", (m) => m.type === "tally" && resolve(m.tally));
			worker.once("error", reject);
			worker.postMessage({ type: "finish" });
		})));
		const finisher = new SubjectFinisher(setup);
		for (const t of tallies) finisher.add(t);
		if (kept) ({problems: documentProblems, reasons} = kept.take());
		return summarize(header, finisher, [...runProblems, ...documentProblems], reasons, documents, options, shard && {
			recorder: shard.recorder,
			runProblems,
			documentProblems
		});
	} finally {
		kept?.close();
		await Promise.all(workers.map((w) => w.terminate()));
	}
}
async function checkParallel(standard, standardProblems, options) {
	const subjects = [];
	return reportOf(await streamCheck(standard, standardProblems, options, (s) => void subjects.push(s)), subjects);
}
// dist/src/cli/output-guard.js
function refuseOutputsOverInputs(outputs, inputs) {
	const scanned = inputs.flatMap((given) => {
		const st = statOrUndefined(given);
		return st ? [{
			given,
			st,
			real: realpathSync(given)
		}] : [];
	});
	for (const out of outputs) {
		if (out.path === void 0) continue;
		const target = resolveTarget(out.path);
		const targetStat = statOrUndefined(out.path);
		for (const input of scanned) if (input.st.isDirectory()) {
			const relative = path.relative(input.real, target);
			if (relative !== "" && !relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative) && inputExtensions.has(path.extname(target).toLowerCase()) && !relative.split(path.sep).some(skippedByScan)) throw new UsageError(`--format ${out.format}=${out.path} would be written inside ${input.given}, which this run scans for inputs; write the report outside it, into a hidden folder, or with another file ending`);
		} else if (targetStat && targetStat.dev === input.st.dev && targetStat.ino === input.st.ino) throw new UsageError(`--format ${out.format}=${out.path} is an input of this run (${input.given}); ringfence does not overwrite what it reads`);
	}
}
function statOrUndefined(file) {
	try {
		return statSync(file);
	} catch {
		return;
	}
}
function resolveTarget(file) {
	const rest = [];
	let at = path.resolve(file);
	for (;;) try {
		return path.join(realpathSync(at), ...rest.reverse());
	} catch {
		const parent = path.dirname(at);
		if (parent === at) return path.resolve(file);
		rest.push(path.basename(at));
		at = parent;
	}
}
// dist/src/cli/progress.js
function progressLine(stream = process.stderr, env = process.env, now = Date.now) {
	const enabled = stream.isTTY === true && !env["CI"] && env["TERM"] !== "dumb";
	let last = 0;
	let shown = false;
	return {
		update(phase, done, total) {
			if (!enabled || total < 50) return;
			const t = now();
			if (t - last < 100 && done + 1 < total) return;
			last = t;
			shown = true;
			const verb = phase === "read" ? "reading" : "evaluating";
			stream.write(`\r\u001b[2Kringfence: ${verb} ${done + 1}/${total} ${phase === "read" ? "files" : "documents"}`);
		},
		done() {
			if (shown) stream.write("\r\x1B[2K");
			shown = false;
		}
	};
}
// dist/src/cli/config.js
const configFileNames = [".ringfence.yaml", ".ringfence.yml"];
function findConfig(cwd) {
	let dir = path.resolve(cwd);
	for (;;) {
		const found = configFileNames.map((n) => path.join(dir, n)).filter((f) => existsSync(f));
		if (found.length > 1) return { problem: {
			severity: "error",
			code: "config-ambiguous",
			file: displayPath(found[0]),
			message: `both ${configFileNames.join(" and ")} are in ${displayPath(dir)}; keep one`
		} };
		if (found.length === 1) return { file: found[0] };
		if (existsSync(path.join(dir, ".git"))) return {};
		const up = path.dirname(dir);
		if (up === dir) return {};
		dir = up;
	}
}
function loadConfig(f) {
	const file = displayPath(f);
	const { text, problem } = readTextFile(f);
	if (problem) return { problems: [{
		...problem,
		code: "config-unreadable"
	}] };
	const parsed = parseYamlText(text, file);
	const problems = [...parsed.problems];
	if (problems.some((p) => p.severity === "error")) return { problems };
	if (parsed.documents.length > 1) return { problems: [{
		severity: "error",
		code: "config-invalid",
		file,
		message: `a config file holds one document (this one holds ${parsed.documents.length})`
	}] };
	const sha256 = createHash("sha256").update(text).digest("hex");
	const doc = parsed.documents[0];
	if (doc === void 0 || doc.value === null) return {
		config: {
			file,
			sha256,
			settings: {}
		},
		problems
	};
	const schemaProblems = validateDocument(doc, "config", "config-invalid");
	if (schemaProblems.length) return { problems: [...problems, ...schemaProblems] };
	const dir = path.dirname(path.resolve(f));
	const at = (pointer, message) => problems.push({
		severity: "error",
		code: "config-invalid",
		file,
		pointer,
		range: rangeFor(doc.locations, pointer),
		message
	});
	const settings = settingsOf(doc, dir, file, at);
	if (problems.some((p) => p.severity === "error")) return { problems };
	const failOnAt = doc.value.gate?.["fail-on"] !== void 0 ? where(doc, "/gate/fail-on", file) : void 0;
	return {
		config: {
			file,
			sha256,
			settings,
			...failOnAt ? { failOnAt } : {}
		},
		problems
	};
}
function where(doc, pointer, file) {
	const r = rangeFor(doc.locations, pointer);
	return `${file}:${r.startLine}:${r.startColumn}`;
}
function settingsOf(doc, dir, file, at) {
	const raw = doc.value;
	const resolve = (p) => path.resolve(dir, p);
	const out = {};
	if (raw.standard !== void 0) {
		if (isStandardName(raw.standard)) try {
			out.standard = resolveStandard(raw.standard).file;
		} catch (error) {
			if (!(error instanceof StandardNameError)) throw error;
			at("/standard", error.message);
		}
		else out.standard = resolve(raw.standard);
	}
	if (raw.formats !== void 0) {
		const toStdout = Object.entries(raw.formats).filter(([, v]) => v === null || v === "-");
		if (toStdout.length > 1) at(`/formats/${toStdout[1][0]}`, `only one format can go to standard output (${toStdout.map(([k]) => k).join(" and ")} do); give the others a file`);
		out.formats = Object.entries(raw.formats).map(([format, target]) => {
			if (target === null || target === "-") return format;
			const outside = writesOutside(dir, resolve(target));
			if (outside) at(`/formats/${format}`, `${format}: "${target}" ${outside}; a config file writes reports only inside its own folder (${displayPath(dir)}); to write elsewhere, give --format ${format}=FILE on the command line`);
			return `${format}=${resolve(target)}`;
		});
	}
	if (raw.gate !== void 0) {
		const g = raw.gate;
		out.gate = {
			...g["fail-on"] !== void 0 ? { failOn: g["fail-on"] } : {},
			...g["min-score"] !== void 0 ? { minScore: g["min-score"] } : {},
			...g["min-level"] !== void 0 ? { minLevel: g["min-level"] } : {},
			...g["fail-on-new"] !== void 0 ? { failOnNew: g["fail-on-new"] } : {}
		};
	}
	if (raw.waivers !== void 0) out.waivers = raw.waivers.map(resolve);
	if (raw.baseline !== void 0) out.baseline = resolve(raw.baseline);
	if (raw.evidence !== void 0) out.evidence = resolve(raw.evidence);
	if (raw["trust-policy"] !== void 0) out.trustPolicy = resolve(raw["trust-policy"]);
	if (raw.paths !== void 0) out.paths = raw.paths.map(resolve);
	if (raw.ignore !== void 0) {
		out.ignore = [];
		raw.ignore.forEach((pattern, i) => {
			const problem = globProblem(pattern);
			if (problem) at(`/ignore/${i}`, `ignore pattern "${pattern}": ${problem}`);
			else out.ignore.push({
				pattern,
				base: dir,
				source: file
			});
		});
	}
	return out;
}
function writesOutside(dir, target) {
	const inside = (base, p) => {
		const rel = path.relative(base, p);
		return rel !== "" && rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
	};
	if (!inside(dir, target)) return "is outside it";
	try {
		if (lstatSync(target).isSymbolicLink()) return "is a symbolic link";
	} catch {}
	let existing = path.dirname(target);
	while (!existsSync(existing)) existing = path.dirname(existing);
	try {
		const real = realpathSync(existing);
		const realDir = realpathSync(dir);
		if (real !== realDir && !inside(realDir, real)) return "leads outside it through a symbolic link";
	} catch {
		return "cannot be resolved";
	}
}
function globProblem(pattern) {
	try {
		compileGlob(pattern.replace(/\/+$/, ""));
		return;
	} catch (error) {
		if (error instanceof GlobError) return `${error.message} (at character ${error.index + 1})`;
		throw error;
	}
}
// dist/src/cli/check-command.js
function didYouMeanHint(value, choices) {
	const hint = didYouMean(value, choices);
	return hint ? `; did you mean "${hint}"?` : "";
}
const severities = [
	"critical",
	"high",
	"medium",
	"low",
	"none"
];
function parseFormats(values, available = formatNames) {
	const specs = (values.length ? values : ["text"]).map((v) => {
		const eq = v.indexOf("=");
		const format = eq < 0 ? v : v.slice(0, eq);
		const file = eq < 0 ? void 0 : v.slice(eq + 1);
		if (!available.includes(format)) throw new UsageError(`unknown format "${format}"; available: ${available.join(", ")}`);
		if (file === "") throw new UsageError(`--format ${format}= needs a file name after "="`);
		return file === void 0 || file === "-" ? { format } : {
			format,
			path: file
		};
	});
	if (specs.filter((s) => s.path === void 0).length > 1) throw new UsageError("only one format can go to standard output; give the others a file: --format sarif=results.sarif");
	return specs;
}
function isCalendarDate(v) {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
	const t = Date.parse(`${v}T00:00:00Z`);
	return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v;
}
function parseDate(v, flag) {
	if (v === void 0) return void 0;
	if (!isCalendarDate(v)) throw new UsageError(`${flag} takes a calendar date as YYYY-MM-DD, not "${v}"`);
	return v;
}
function parseNumber(v, flag, min, max) {
	if (v === void 0) return void 0;
	const n = Number(v);
	if (v.trim() === "" || !Number.isFinite(n) || n < min || n > max) throw new UsageError(`${flag} takes a number from ${min} to ${max}, not "${v}"`);
	return n;
}
const aboutOptions = {
	title: { type: "string" },
	organization: { type: "string" },
	purpose: { type: "string" }
};
const aboutLimits = {
	title: 120,
	organization: 120,
	purpose: 300
};
function parseAbout(values) {
	const about = {};
	for (const key of [
		"title",
		"organization",
		"purpose"
	]) {
		const raw = values[key];
		if (raw === void 0) continue;
		const v = raw.trim();
		if (v === "") throw new UsageError(`--${key} needs a value that is not empty`);
		if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(v)) throw new UsageError(`--${key} takes one line of text, without line breaks or control characters`);
		if (v.length > aboutLimits[key]) throw new UsageError(`--${key} takes at most ${aboutLimits[key]} characters, not ${v.length}`);
		about[key] = v;
	}
	return Object.keys(about).length ? about : void 0;
}
async function writeOutputs(report, outputs, colorFlag, extra = {}) {
	return writeRendered(outputs, async (out, color) => (await reporters[out.format]())(report, {
		...extra,
		color
	}), colorFlag);
}
function colorFor(out, colorFlag) {
	return out.path === void 0 && out.format === "text" && useColor(process.stdout, colorFlag);
}
async function writeRendered(outputs, render, colorFlag) {
	let ok = true;
	for (const out of outputs) {
		const text = await render(out, colorFor(out, colorFlag));
		if (out.path === void 0) {
			process.stdout.write(text);
			continue;
		}
		try {
			mkdirSync(path.dirname(path.resolve(out.path)), { recursive: true });
			writeFileSync(out.path, text);
		} catch (error) {
			process.stderr.write(`ringfence: cannot write ${out.path}: ${error.code ?? error.message}\n`);
			ok = false;
		}
	}
	return ok;
}
function requireTerminal(formats) {
	if (!process.stdout.isTTY || !process.stdin.isTTY) throw new UsageError("--interactive needs a terminal (standard input and output must be a TTY); without it, use --format to write reports");
	const toStdout = formats.find((f) => !f.includes("=") || f.endsWith("=-"));
	if (toStdout !== void 0) throw new UsageError(`--interactive uses the terminal; give --format ${toStdout.replace(/=-$/, "")} a file (--format ${toStdout.replace(/=-$/, "")}=FILE) to write it as well`);
}
var OutputSink = class {
	target;
	eager;
	fd;
	buffered = [];
	size = 0;
	ok = true;
	constructor(target, eager = false) {
		this.target = target;
		this.eager = eager;
		if (target === void 0) return;
		try {
			mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
			this.fd = openSync(target, "w");
		} catch (error) {
			this.fail(error);
		}
	}
	fail(error) {
		process.stderr.write(`ringfence: cannot write ${this.target ?? "to standard output"}: ${error.code ?? error.message}\n`);
		this.ok = false;
		this.buffered = [];
	}
	write(chunks) {
		for (const c of eachChunk(chunks)) {
			if (!this.ok) return;
			if (c.length === 0) continue;
			const bytes = typeof c === "string" ? Buffer.from(c) : c;
			this.buffered.push(bytes);
			this.size += bytes.byteLength;
			if (this.size >= 1 << 20) this.flush();
		}
		if (this.eager) this.flush();
	}
	flush() {
		if (!this.ok || this.buffered.length === 0) return;
		const data = Buffer.concat(this.buffered);
		this.buffered = [];
		this.size = 0;
		try {
			if (this.fd === void 0) process.stdout.write(data);
			else for (let at = 0; at < data.length;) at += writeSync(this.fd, data, at);
		} catch (error) {
			this.fail(error);
		}
	}
	close() {
		this.flush();
		if (this.fd !== void 0) closeSync(this.fd);
		return this.ok;
	}
};
async function checkStreamed(standard, problems, outputs, options, renderOptions, colorFlag) {
	const header = reportHeader(standard, options.asOf, options.config, options.about);
	const refs = outputs.map((o) => ({
		...streamingReporters[o.format],
		options: {
			...renderOptions,
			color: colorFor(o, colorFlag)
		}
	}));
	const writers = await Promise.all(refs.map(async (r) => (await importModule(r.module))[r.export].writer(header, r.options)));
	const toTerminal = outputs.some((o) => o.path === void 0) && process.stdout.isTTY === true;
	const sinks = outputs.map((o) => new OutputSink(o.path, toTerminal && o.path === void 0));
	let summary;
	try {
		writers.forEach((w, i) => sinks[i].write(w.begin()));
		summary = await streamCheck(standard, problems, {
			...options,
			...toTerminal ? { progress: void 0 } : {},
			render: refs,
			smallHeap: true
		}, (parts) => {
			parts.forEach((p, i) => sinks[i].write(writers[i].add(p)));
			return writers.map((w) => w.feedback?.());
		});
		writers.forEach((w, i) => sinks[i].write(w.end(summary)));
	} finally {
		for (const s of sinks) s.close();
	}
	return {
		summary,
		written: sinks.every((s) => s.ok)
	};
}
const checkOptions = {
	standard: {
		type: "string",
		short: "s"
	},
	format: {
		type: "string",
		short: "f",
		multiple: true
	},
	output: {
		type: "string",
		short: "o"
	},
	config: {
		type: "string",
		short: "c"
	},
	"no-config": { type: "boolean" },
	ignore: {
		type: "string",
		multiple: true
	},
	"no-ignore": { type: "boolean" },
	quiet: {
		type: "boolean",
		short: "q"
	},
	"fail-on": { type: "string" },
	"min-score": { type: "string" },
	"min-level": { type: "string" },
	"as-of": { type: "string" },
	waivers: {
		type: "string",
		multiple: true
	},
	baseline: { type: "string" },
	evidence: { type: "string" },
	artifact: {
		type: "string",
		multiple: true
	},
	sources: { type: "boolean" },
	"trust-policy": { type: "string" },
	"fail-on-new": { type: "boolean" },
	"omit-waived": { type: "boolean" },
	"max-results": { type: "string" },
	"sarif-category": { type: "string" },
	jobs: {
		type: "string",
		short: "j"
	},
	"allow-empty": { type: "boolean" },
	shard: { type: "string" },
	interactive: {
		type: "boolean",
		short: "i"
	},
	color: { type: "boolean" },
	"no-color": { type: "boolean" },
	...aboutOptions
};
function parseShard(value, outputs, interactive) {
	if (value === void 0) return void 0;
	const m = /^(\d{1,3})\/(\d{1,3})$/.exec(value.trim());
	const index = m ? Number(m[1]) : NaN;
	const count = m ? Number(m[2]) : NaN;
	if (!m || index < 1 || count < 1 || index > count || count > 256) throw new UsageError(`--shard takes i/n, this run's shard i of n (1 \u2264 i \u2264 n \u2264 256), e.g. --shard 2/8; not "${value}"`);
	if (interactive) throw new UsageError("--shard writes a part for `ringfence merge`; --interactive needs the whole run (merge the parts, then look at the merged report)");
	if (!outputs.some((o) => o.format === "json")) throw new UsageError(`--shard ${value} writes a part for \`ringfence merge\`, which reads its JSON report: add --format json=part-${index}-of-${count}.json`);
	return {
		index,
		count
	};
}
function applyOutput(formats, output) {
	if (output === void 0) return [...formats];
	if (output === "") throw new UsageError("-o/--output needs a file name");
	if (formats.length > 1) throw new UsageError(`-o/--output names the file of a single format; with ${formats.length} formats, give each its own file: ${formats.map((f) => `--format ${f.split("=")[0]}=FILE`).join(" ")}`);
	const format = formats[0] ?? "text";
	if (format.includes("=")) throw new UsageError(`--format ${format} already names its file; leave out -o/--output ${output}`);
	return [`${format}=${output}`];
}
const gateFlags = [
	"fail-on",
	"min-score",
	"min-level",
	"fail-on-new"
];
function configOfRun(values) {
	if (values.config !== void 0 && values["no-config"]) throw new UsageError("--config and --no-config cannot be used together");
	if (values["no-config"]) return {};
	let file = values.config;
	if (file === void 0) {
		const found = findConfig(process.cwd());
		if (found.problem) {
			process.stderr.write(`ringfence: ${formatProblem(found.problem)}\n`);
			return { failed: true };
		}
		file = found.file;
	}
	if (file === void 0) return {};
	const loaded = loadConfig(file);
	for (const p of loaded.problems) process.stderr.write(`ringfence: ${formatProblem(p)}\n`);
	if (!loaded.config) {
		process.stderr.write(`ringfence: the config file ${displayPath(file)} could not be used; nothing was evaluated (--no-config ignores it)\n`);
		return { failed: true };
	}
	return { config: loaded.config };
}
function parseSarifCategory(value) {
	if (value === void 0) return void 0;
	const category = value.replace(/\/+$/, "");
	if (category.trim() === "" || category.length > 200 || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(category)) throw new UsageError(`--sarif-category takes a name of 1 to 200 printable characters (e.g. ringfence/vendors), not ${JSON.stringify(value)}`);
	return category;
}
async function runCheck(args) {
	const { values, positionals: given } = parse(args, checkOptions);
	const run = configOfRun(values);
	if (run.failed) return 2;
	const config = run.config;
	const cs = config?.settings ?? {};
	const quiet = values.quiet === true;
	const note = (text) => {
		if (!quiet) process.stderr.write(`ringfence: ${text}\n`);
	};
	const positionals = given.length ? given : cs.paths ?? [];
	if (positionals.length === 0) throw new UsageError(`check needs files or directories to check, e.g. \`ringfence check examples/\`${config ? ` (or paths: in ${config.file})` : ""}`);
	if (values.ignore?.length && values["no-ignore"]) throw new UsageError("--ignore and --no-ignore cannot be used together");
	for (const pattern of values.ignore ?? []) {
		const problem = globProblem(pattern);
		if (problem) throw new UsageError(`--ignore "${pattern}": ${problem}`);
	}
	const ignore = values["no-ignore"] ? [] : [...cs.ignore ?? [], ...(values.ignore ?? []).map((pattern) => ({
		pattern,
		base: process.cwd(),
		source: "--ignore"
	}))];
	const cliGate = gateFlags.filter((k) => values[k] !== void 0);
	const fileGate = cliGate.length ? {} : cs.gate ?? {};
	if (cliGate.length && cs.gate && Object.keys(cs.gate).length) note(`the gate in ${config.file} is not used: the command line sets one (${cliGate.map((k) => `--${k}`).join(", ")})`);
	const failOn = values["fail-on"] ?? fileGate.failOn ?? "high";
	if (!severities.includes(failOn)) throw new UsageError(`--fail-on takes one of ${severities.join(", ")}, not "${failOn}"${didYouMeanHint(failOn, severities)}`);
	if (values["fail-on"] === void 0 && fileGate.failOn === "none") process.stderr.write(`ringfence: warning: ${config.failOnAt ?? config.file}: the config file sets fail-on: none, so no failing control fails the gate\n`);
	const formatValues = applyOutput(values.format ?? (values.output === void 0 ? cs.formats ?? [] : []), values.output);
	const outputs = parseFormats(formatValues);
	if (values.interactive) requireTerminal(formatValues);
	const minScore = parseNumber(values["min-score"], "--min-score", 0, 100) ?? fileGate.minScore;
	const minLevel = parseNumber(values["min-level"], "--min-level", 0, 9) ?? fileGate.minLevel;
	const failOnNew = values["fail-on-new"] ?? fileGate.failOnNew ?? false;
	const asOf = parseDate(values["as-of"], "--as-of");
	const about = parseAbout(values);
	const color = values["no-color"] ? false : values.color;
	const maxResults = parseNumber(values["max-results"], "--max-results", 1, 25e3);
	const sarifCategory = parseSarifCategory(values["sarif-category"]);
	const shard = parseShard(values.shard, outputs, values.interactive === true);
	const askedJobs = parseNumber(values.jobs, "--jobs", 1, 64);
	if (askedJobs !== void 0 && !Number.isInteger(askedJobs)) throw new UsageError(`--jobs takes a whole number, not "${values.jobs}"`);
	const jobs = askedJobs === void 0 ? void 0 : Math.min(askedJobs, availableCores());
	if (jobs !== void 0 && jobs < askedJobs) note(`--jobs ${askedJobs} capped to ${jobs}, the cores this machine has`);
	const baselineFile = values.baseline ?? cs.baseline;
	const evidenceSource = values.evidence ?? cs.evidence;
	const trustPolicyFile = values["trust-policy"] ?? cs.trustPolicy;
	const waiverFiles = values.waivers?.length ? values.waivers : cs.waivers;
	if (failOnNew && !baselineFile) throw new UsageError(values["fail-on-new"] ? "--fail-on-new needs --baseline FILE (the SARIF or JSON report of the run to compare with)" : `${config.file}: gate fail-on-new needs a baseline (baseline: FILE in the config, or --baseline FILE)`);
	if (trustPolicyFile !== void 0 && evidenceSource === void 0 && (values.artifact ?? []).length === 0) throw new UsageError("--trust-policy needs --evidence DIR|BUNDLE or --artifact FILE: the policy says whose signed statements to trust, and the statements come with the evidence");
	refuseOutputsOverInputs(outputs, positionals);
	if (config && !outputs.some((o) => o.format === "text" && o.path === void 0)) note(`using the config file ${config.file}`);
	const { standard, problems } = loadStandard(values.standard !== void 0 ? standardFile(values.standard) : cs.standard ?? defaultStandardPath);
	if (!standard) {
		for (const p of problems) process.stderr.write(`ringfence: ${formatProblem(p)}\n`);
		process.stderr.write("ringfence: the standard could not be loaded; nothing was evaluated\n");
		return 2;
	}
	const extraProblems = [];
	const waivers = waiverFiles?.length ? loadWaivers(waiverFiles) : void 0;
	if (waivers) extraProblems.push(...waivers.problems);
	let baseline;
	if (baselineFile) {
		const loaded = loadBaseline(baselineFile);
		if (loaded.problem) extraProblems.push(loaded.problem);
		baseline = loaded.baseline;
	}
	let policy;
	if (trustPolicyFile !== void 0) {
		const loaded = loadTrustPolicy(trustPolicyFile);
		for (const p of loaded.problems) process.stderr.write(`ringfence: ${formatProblem(p)}\n`);
		if (!loaded.policy || loaded.problems.some((p) => p.severity === "error")) {
			process.stderr.write("ringfence: the trust policy could not be used; nothing was evaluated\n");
			return 2;
		}
		policy = loaded.policy;
	}
	const runDate = asOf ?? new Date().toISOString().slice(0, 10);
	let evidence;
	const artifacts = values.artifact ?? [];
	if (evidenceSource !== void 0 || artifacts.length > 0 || values.sources) {
		const read = await readEvidence(evidenceSource, policy, positionals, runDate, void 0, artifacts, values.sources === true);
		extraProblems.push(...read.problems);
		evidence = read.evidence;
	}
	const progress = quiet ? {
		update: void 0,
		done: () => {}
	} : progressLine();
	const options = {
		...evidence ? { evidence } : {},
		...outputs.some((o) => o.format === "json" || o.format === "jsonl" || o.format === "html") ? { declaredValues: true } : {},
		...jobs !== void 0 ? { jobs } : {},
		paths: positionals,
		...ignore.length ? { ignore } : {},
		...config ? { config: {
			file: config.file,
			sha256: config.sha256
		} } : {},
		...progress.update ? { progress: progress.update } : {},
		...waivers ? { waivers: waivers.waivers } : {},
		...baseline ? { baseline } : {},
		...failOnNew ? { failOnNew: true } : {},
		...values["allow-empty"] ? { allowEmpty: true } : {},
		...shard ? { shard } : {},
		failOn,
		...minScore !== void 0 ? { minScore } : {},
		...minLevel !== void 0 ? { minLevel } : {},
		asOf: runDate,
		...about ? { about } : {}
	};
	const renderOptions = {
		color: false,
		...values["omit-waived"] ? { omitWaived: true } : {},
		...maxResults !== void 0 ? { maxResults } : {},
		...quiet ? { quiet: {
			failOn,
			...minScore !== void 0 ? { minScore } : {},
			...minLevel !== void 0 ? { minLevel } : {},
			...failOnNew ? { failOnNew: true } : {}
		} } : {},
		...sarifCategory !== void 0 ? { sarifCategory } : {}
	};
	if (!values.interactive && outputs.every((o) => o.format in streamingReporters)) {
		const { summary, written } = await checkStreamed(standard, [...problems, ...extraProblems], outputs, options, renderOptions, color);
		progress.done();
		if (!written || summary.problems.some((p) => p.severity === "error")) return 2;
		return summary.gate.passed ? 0 : 1;
	}
	const report = await checkParallel(standard, [...problems, ...extraProblems], options);
	progress.done();
	const { color: _color, ...extra } = renderOptions;
	const written = await writeOutputs(report, values.interactive ? outputs.filter((o) => o.path !== void 0) : outputs, color, extra);
	if (values.interactive) {
		const { runInteractive } = await import("./chunk-d42b92b5.js");
		await runInteractive({ report });
		for (const p of report.problems.filter((x) => x.severity === "error")) process.stderr.write(`${formatProblem(p)}\n`);
	}
	if (!written || report.problems.some((p) => p.severity === "error")) return 2;
	return report.gate.passed ? 0 : 1;
}
export { expandInputs as C, reportOf as S, checkParallel as _, colorFor as a, checkSequential as b, parseDate as c, parseShard as d, requireTerminal as f, refuseOutputsOverInputs as g, writeRendered as h, checkOptions as i, parseFormats as l, writeOutputs as m, aboutOptions as n, isCalendarDate as o, runCheck as p, applyOutput as r, parseAbout as s, OutputSink as t, parseNumber as u, claimsPredicateType as v, reportHeader as w, limitHeapGrowth as x, streamingReporters as y };
