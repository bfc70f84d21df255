import { n as defaultLimits, t as parseYamlText } from "./chunk-9404d2c7.js";
import { d as originsFrom, o as validateDocument, r as rangeFor, u as locationsFrom } from "./chunk-9983cf21.js";
import { n as escapePointerToken, o as resolvesPointer, r as indexPointers, s as yamlPath } from "./chunk-492e16a4.js";
import { c as readTextFile, d as compileGlob, i as expandPaths, r as displayPath, s as loadInputText } from "./chunk-1fcab411.js";
import { a as recogniseOverlay, n as importerKindOf, r as importerTitles, t as importOnlyExtensions } from "./chunk-2a116810.js";
import { t as didYouMean } from "./chunk-f4e99a2c.js";
import { closeSync, constants, openSync, readSync } from "node:fs";
import path from "node:path";
// dist/src/import/overlay/index.js
function readOverlay(text, file, limits = defaultLimits) {
	const shown = displayPath(file);
	const parsed = parseYamlText(text, shown, limits);
	const problems = [...parsed.problems];
	if (parsed.documents.length !== 1) {
		if (!problems.length) problems.push({
			severity: "error",
			code: "overlay-invalid",
			file: shown,
			message: `an overlay file holds exactly one document (this one holds ${parsed.documents.length})`
		});
		return { problems };
	}
	const doc = parsed.documents[0];
	const schema = validateDocument(doc, "deployment-overlay", "overlay-schema");
	if (schema.length) return { problems: [...problems, ...schema.map((p) => ({
		...p,
		message: `${p.message} (the overlay is not used)`
	}))] };
	if (problems.some((p) => p.severity === "error")) return { problems };
	return {
		overlay: {
			file: shown,
			folder: path.dirname(path.resolve(file)),
			value: doc.value,
			doc,
			lines: text.split(/\r?\n/),
			root: rangeFor(doc.locations, "")
		},
		problems
	};
}
function overlayAppliesTo(o, folder, files) {
	const globs = o.value["appliesTo"];
	if (!globs) return path.resolve(folder) === o.folder;
	const tests = globs.map((g) => compileGlob(g));
	return files.some((f) => {
		const rel = path.relative(o.folder, path.resolve(f)).split(path.sep).join("/");
		return tests.some((t) => t(rel));
	});
}
function overlayContext(o) {
	const hosts = new Map();
	for (const g of o.value["hostGroups"] ?? []) if (typeof g.hosts === "number") hosts.set(g.id, g.hosts);
	const meta = o.value["metadata"];
	return {
		hosts,
		...typeof meta?.fleetSize === "number" ? { fleetSize: meta.fleetSize } : {}
	};
}
const sections = [
	"metadata",
	"pairs",
	"healthMonitoring",
	"recovery",
	"guardrails",
	"incidentResponse"
];
const isMapping = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function mergeOverlay(documents, o) {
	const problems = [];
	const at = (pointer, prefer = "value") => ({
		file: o.file,
		range: rangeFor(o.doc.locations, pointer, prefer)
	});
	const problem = (pointer, code, message, prefer = "value") => {
		if (problems.some((p) => p.pointer === pointer && p.code === code && p.message === message)) return;
		problems.push({
			severity: "error",
			code,
			file: o.file,
			pointer,
			range: at(pointer, prefer).range,
			message
		});
	};
	const out = [];
	const groups = o.value["hostGroups"] ?? [];
	const knownAnywhere = new Set();
	const aliasAnywhere = new Set();
	for (const d of documents) {
		for (const g of d.value["hostGroups"] ?? []) if (typeof g["id"] === "string") knownAnywhere.add(g["id"]);
		for (const a of Object.keys(d.groupAliases ?? {})) aliasAnywhere.add(a);
	}
	groups.forEach((g, i) => {
		const id = g["id"];
		if (knownAnywhere.has(id) || aliasAnywhere.has(id)) return;
		const hint = didYouMean(id, [...knownAnywhere, ...aliasAnywhere]);
		const known = [...aliasAnywhere, ...knownAnywhere].sort();
		problem(`/hostGroups/${i}/id`, "overlay-unknown-group", `host group "${id}" is not one the import found${hint ? `; did you mean "${hint}"?` : known.length ? `; the import found ${known.slice(0, 20).join(", ")}` : "; the import found no host groups"} (its values are not used)`);
	});
	for (const d of documents) {
		const value = structuredClone(d.value);
		const positions = new Map(d.positions);
		const source = (pointer) => {
			const p = positions.get(pointer);
			return p ? `${p.file}:${p.range.startLine}` : d.sources[0];
		};
		const put = (pointer, overlayPointer, v) => {
			positions.set(pointer, at(overlayPointer));
			if (Array.isArray(v)) v.forEach((x, k) => put(`${pointer}/${k}`, `${overlayPointer}/${k}`, x));
			else if (isMapping(v)) for (const [k, x] of Object.entries(v)) put(`${pointer}/${escapePointerToken(k)}`, `${overlayPointer}/${escapePointerToken(k)}`, x);
		};
		const fill = (target, given, pointer, overlayPointer) => {
			for (const [k, v] of Object.entries(given)) {
				const p = `${pointer}/${escapePointerToken(k)}`;
				const op = `${overlayPointer}/${escapePointerToken(k)}`;
				if (!Object.hasOwn(target, k)) {
					target[k] = structuredClone(v);
					put(p, op, v);
				} else if (isMapping(target[k]) && isMapping(v)) fill(target[k], v, p, op);
				else if (JSON.stringify(target[k]) !== JSON.stringify(v)) problem(op, "overlay-conflict", `${yamlPath(p)} is already mapped from ${source(p)} (${short(target[k])}); an overlay adds what the import cannot say and does not replace it, so ${short(v)} is not used`, "key");
			}
		};
		for (const s of sections) {
			if (!Object.hasOwn(o.value, s)) continue;
			const v = o.value[s];
			if (!Object.hasOwn(value, s)) {
				value[s] = structuredClone(v);
				put(`/${s}`, `/${s}`, v);
			} else if (isMapping(value[s]) && isMapping(v)) fill(value[s], v, `/${s}`, `/${s}`);
			else problem(`/${s}`, "overlay-conflict", `${s} is already mapped from ${source(`/${s}`)}; an overlay does not replace it, so its ${s} is not used`, "key");
		}
		const imported = value["hostGroups"] ?? [];
		groups.forEach((g, i) => {
			const id = g["id"];
			const targets = imported.map((x, k) => [x, k]).filter(([x]) => x["id"] === id || (d.groupAliases?.[id] ?? []).includes(x["id"]));
			const viaAlias = !imported.some((x) => x["id"] === id);
			if (viaAlias && typeof g["hosts"] === "number" && targets.length && targets.every(([x]) => typeof x["hosts"] === "number")) {
				const sum = targets.reduce((n, [x]) => n + x["hosts"], 0);
				if (sum !== g["hosts"]) {
					const first = `/hostGroups/${targets[0][1]}/hosts`;
					problem(`/hostGroups/${i}/hosts`, "overlay-conflict", `the import's host groups of "${id}" (${targets.map(([x]) => x["id"]).join(", ")}) hold ${sum} hosts, mapped from ${source(first)}; an overlay does not replace that, so ${g["hosts"]} is not used`, "key");
				}
			}
			for (const [target, k] of targets) {
				const given = {};
				for (const [key, v] of Object.entries(g)) {
					if (key === "id") continue;
					if (viaAlias && key === "hosts") continue;
					given[key] = v;
				}
				fillGroup(target, given, `/hostGroups/${k}`, `/hostGroups/${i}`);
			}
		});
		function fillGroup(target, given, pointer, overlayPointer) {
			fill(target, given, pointer, overlayPointer);
		}
		out.push({
			...d,
			value,
			positions,
			unknown: d.unknown.filter((u) => !resolvesPointer(value, u.pointer))
		});
	}
	return {
		documents: out,
		problems
	};
}
function short(v) {
	const t = JSON.stringify(v) ?? String(v);
	return t.length <= 60 ? t : `${t.slice(0, 59)}\u2026`;
}
// dist/src/import/index.js
const importedEntryPrefix = "\0import:";
function isImportedEntry(file) {
	return file.startsWith(importedEntryPrefix);
}
const headBytes = 4096;
const headBuffer = Buffer.allocUnsafeSlow(headBytes);
function readHead(file) {
	let fd;
	try {
		fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
		const n = readSync(fd, headBuffer, 0, headBytes, 0);
		return headBuffer.toString("utf8", 0, n);
	} catch {
		return "";
	} finally {
		if (fd !== void 0) closeSync(fd);
	}
}
async function importInputs(files, explicit, limits = defaultLimits) {
	const problems = [];
	const claimed = new Map();
	const overlayFiles = [];
	const claimOf = new Map();
	const dropped = new Set();
	for (const file of files) {
		const ext = path.extname(file).toLowerCase();
		const importOnly = importOnlyExtensions.has(ext);
		if (!importOnly && ext !== ".yaml" && ext !== ".yml" && ext !== ".json") continue;
		const head = readHead(file);
		const name = path.basename(file);
		if (!importOnly && recogniseOverlay(name, head)) {
			overlayFiles.push(file);
			dropped.add(file);
			continue;
		}
		const kind = importerKindOf(name, head);
		if (!kind) {
			if (importOnly) {
				dropped.add(file);
				if (explicit.has(file)) problems.push({
					severity: "error",
					code: "input-kind",
					file: displayPath(file),
					message: `no importer reads this file; ringfence imports ${importerKindTitles()}`
				});
			}
			continue;
		}
		const folder = path.dirname(path.resolve(file));
		const key = `${folder}\u0000${kind.kind}`;
		let group = claimed.get(key);
		if (!group) claimed.set(key, group = {
			kind,
			folder,
			files: []
		});
		group.files.push(file);
		claimOf.set(file, key);
	}
	if (claimed.size === 0 && overlayFiles.length === 0) return {
		files: [...files],
		imported: {},
		claimed: new Set(),
		problems
	};
	const overlays = [];
	for (const file of overlayFiles) {
		const read = readTextFile(file, limits);
		if (read.problem) {
			problems.push(read.problem);
			continue;
		}
		const o = readOverlay(read.text, file, limits);
		problems.push(...o.problems);
		if (o.overlay) overlays.push(o.overlay);
	}
	const imported = {};
	const entryOf = new Map();
	const used = new Set();
	let n = 0;
	for (const [key, group] of claimed) {
		const foreign = [];
		for (const file of group.files) {
			const read = readTextFile(file, limits);
			if (read.problem) problems.push(read.problem);
			else foreign.push({
				file: displayPath(file),
				text: read.text
			});
		}
		const entry = `${importedEntryPrefix}${n++}`;
		entryOf.set(key, entry);
		if (!foreign.length) continue;
		const applying = overlays.filter((o) => overlayAppliesTo(o, group.folder, group.files));
		for (const extra of applying.slice(1)) problems.push({
			severity: "error",
			code: "overlay-ambiguous",
			file: extra.file,
			range: extra.root,
			message: `${foreign[0].file} already has the overlay ${applying[0].file}; one overlay applies to a set of files (narrow appliesTo, or merge the two)`
		});
		const overlay = applying[0];
		if (overlay) used.add(overlay);
		let mapped;
		try {
			mapped = (await group.kind.load()).map(foreign, overlay ? overlayContext(overlay) : { hosts: new Map() });
		} catch (error) {
			problems.push({
				severity: "error",
				code: "import-failed",
				file: foreign[0].file,
				message: `${group.kind.title}: these files could not be imported (${String(error?.message ?? error).slice(0, 300)}); they are in no report`
			});
			continue;
		}
		problems.push(...mapped.problems);
		const lines = new Map(foreign.map((f) => [f.file, f.text.split(/\r?\n/)]));
		if (overlay) lines.set(overlay.file, overlay.lines);
		const documents = [];
		const merged = overlay ? mergeOverlay(mapped.documents, overlay) : {
			documents: mapped.documents,
			problems: []
		};
		problems.push(...merged.problems);
		for (const doc of merged.documents) documents.push({
			value: doc.value,
			positions: [...doc.positions].map(([p, at]) => [
				p,
				at.file,
				at.range
			]),
			sources: [...doc.sources],
			unknown: [...doc.unknown]
		});
		if (!documents.length) continue;
		imported[entry] = {
			importer: group.kind.kind,
			documents,
			lines: [...lines].filter(([f]) => documents.some((d) => d.positions.some((p) => p[1] === f)))
		};
	}
	for (const o of overlays) if (!used.has(o)) problems.push({
		severity: "warning",
		code: "overlay-unused",
		file: o.file,
		range: o.root,
		message: "this overlay applies to no imported file (it applies to the importable files of its own folder, or to those its appliesTo names); it was not used"
	});
	const out = [];
	const placed = new Set();
	for (const file of files) {
		if (dropped.has(file)) continue;
		const key = claimOf.get(file);
		if (key === void 0) {
			out.push(file);
			continue;
		}
		const entry = entryOf.get(key);
		if (!placed.has(entry) && imported[entry]) {
			placed.add(entry);
			out.push(entry);
		}
		if (!importOnlyExtensions.has(path.extname(file).toLowerCase())) out.push(file);
	}
	return {
		files: out,
		imported,
		claimed: new Set(claimOf.keys()),
		problems
	};
}
function importerKindTitles() {
	return importerTitles().join("; ");
}
function documentsOfImport(group) {
	const lines = new Map(group.lines);
	return group.documents.map((d, documentIndex) => {
		const positions = new Map(d.positions.map(([p, file, range]) => [p, {
			file,
			range
		}]));
		return {
			kind: "DeploymentConfig",
			file: d.sources[0],
			documentIndex,
			value: d.value,
			locations: locationsFrom(positions),
			pointers: indexPointers(d.value),
			lines: lines.get(d.sources[0]) ?? [],
			origins: originsFrom(positions, lines)
		};
	});
}
async function loadAllDocuments(paths, limits = defaultLimits, scan = "check") {
	const expanded = expandPaths(paths, limits, [], importOnlyExtensions);
	const result = await importInputs(expanded.files, expanded.explicit, limits);
	const problems = [...expanded.problems, ...result.problems];
	const documents = [];
	const imported = [];
	for (const file of result.files) {
		const group = result.imported[file];
		if (group) {
			imported.push(group);
			documents.push(...documentsOfImport(group));
			continue;
		}
		const { text, problem } = readTextFile(file, limits);
		if (problem) {
			problems.push(problem);
			continue;
		}
		const r = loadInputText(text, displayPath(file), limits, result.claimed.has(file) || scan === "check" && !expanded.explicit.has(file));
		problems.push(...r.problems);
		documents.push(...r.documents);
	}
	return {
		documents,
		problems,
		imported
	};
}
export { loadAllDocuments as i, importInputs as n, isImportedEntry as r, documentsOfImport as t };
