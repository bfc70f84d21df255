import { t as buildIdFile } from "./chunk-67791625.js";
import { t as UsageError } from "./chunk-2a83795e.js";
import { n as defaultLimits, t as parseYamlText } from "./chunk-9404d2c7.js";
import { c as readTextFile, r as displayPath, t as compareStrings } from "./chunk-1fcab411.js";
import { t as capMessage } from "./chunk-3292eae8.js";
import { a as schemasDir, c as toolVersion, o as standardsDir, r as packageRoot, t as defaultStandardPath } from "./chunk-36ad93e4.js";
import { t as didYouMean } from "./chunk-f4e99a2c.js";
import { o as validateDocument, r as rangeFor, s as schemaFileOf } from "./chunk-9983cf21.js";
import { t as loadRuleFile } from "./chunk-1745c788.js";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { closeSync, constants, existsSync, fstatSync, linkSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
// dist/src/standard/bundled.js
const standardAliases = { "kdus-ci": "kdus-critical-infrastructure" };
function bundledStandardNames() {
	try {
		return readdirSync(standardsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
	} catch {
		return [];
	}
}
function versionsOf(name) {
	let files;
	try {
		files = readdirSync(path.join(standardsDir, name));
	} catch {
		return [];
	}
	return files.filter((f) => f.endsWith(".yaml")).map((f) => f.slice(0, -5)).sort(compareVersions).reverse();
}
function compareVersions(a, b) {
	const pa = a.split(".").map(Number);
	const pb = b.split(".").map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d !== 0 && !Number.isNaN(d)) return d;
	}
	return a < b ? -1 : a > b ? 1 : 0;
}
function isStandardName(value) {
	return value !== "" && !/[\\/]/.test(value) && !/\.(ya?ml|json)$/i.test(value) && value !== "." && value !== "..";
}
function bundledStandardsList() {
	const names = bundledStandardNames();
	const aliases = Object.entries(standardAliases).filter(([, target]) => names.includes(target));
	return [...names.map((n) => `${n} (${versionsOf(n).join(", ")})`), ...aliases.map(([alias, target]) => `${alias} (= ${target})`)].sort().join(", ");
}
var StandardNameError = class extends Error {};
function resolveStandard(value) {
	if (!isStandardName(value)) return { file: value };
	const at = value.indexOf("@");
	const given = at < 0 ? value : value.slice(0, at);
	const version = at < 0 ? void 0 : value.slice(at + 1);
	const names = bundledStandardNames();
	const name = standardAliases[given.toLowerCase()] ?? given.toLowerCase();
	if (!names.includes(name)) {
		const hint = didYouMean(given, [...names, ...Object.keys(standardAliases)]);
		const local = existsSync(value) ? `; a file named "${value}" here is not used: name it as a path, ./${value}` : "; a standard file is named as a path (with a / or a .yaml ending)";
		throw new StandardNameError(`unknown standard "${value}"${hint ? `; did you mean "${hint}"?` : ""}; bundled: ${bundledStandardsList()}${local}`);
	}
	const versions = versionsOf(name);
	const chosen = version === void 0 ? versions[0] : versions.find((v) => v === version);
	if (chosen === void 0) throw new StandardNameError(`standard ${name} has no bundled version "${version ?? ""}"; bundled: ${versions.join(", ") || "none"}`);
	return {
		file: path.join(standardsDir, name, `${chosen}.yaml`),
		bundled: `${name}@${chosen}`,
		...existsSync(value) ? { shadowed: true } : {}
	};
}
// dist/src/cli/standard-option.js
function standardFile(value, flag = "--standard") {
	if (value === void 0) return defaultStandardPath;
	try {
		const r = resolveStandard(value);
		if (r.shadowed) process.stderr.write(`ringfence: ${flag} ${value} is the bundled standard ${r.bundled}; the file "${value}" here is not used (name it ./${value} to use it)\n`);
		return r.file;
	} catch (error) {
		if (error instanceof StandardNameError) throw new UsageError(error.message);
		throw error;
	}
}
const maxEntryBytes = 67108864;
const keyBytes = 32;
const keyName = "key";
function cacheDirectories() {
	const env = process.env["RINGFENCE_CACHE_DIR"];
	if (env) return [{
		dir: path.resolve(env),
		explicit: true
	}];
	const dirs = [path.join(packageRoot, "node_modules", ".cache", "ringfence")];
	const xdg = process.env["XDG_CACHE_HOME"];
	if (xdg && path.isAbsolute(xdg)) dirs.push(path.join(xdg, "ringfence"));
	else {
		let home = "";
		try {
			home = os.homedir();
		} catch {}
		if (home && path.isAbsolute(home)) dirs.push(path.join(home, ".cache", "ringfence"));
	}
	return dirs.map((dir) => ({
		dir,
		explicit: false
	}));
}
const uid = typeof process.getuid === "function" ? process.getuid() : void 0;
function unsafe(st, what) {
	if (uid === void 0) return void 0;
	if (st.uid !== uid) return `${what} belongs to another user (uid ${st.uid})`;
	if (st.mode & 18) return `${what} is writable by other users`;
}
const warned = new Set();
function warn(dir, reason) {
	if (warned.has(dir)) return;
	warned.add(dir);
	process.stderr.write(`ringfence: warning: ${reason}; running without the cache\n`);
}
const errorCode = (error) => error?.code ?? error?.message ?? String(error);
function readBounded(file, max, check) {
	const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
	try {
		const st = fstatSync(fd);
		if (!st.isFile()) throw new Error("not a regular file");
		const refused = check?.(st);
		if (refused) throw new Error(refused);
		if (st.size > max) throw new Error(`larger than ${max} bytes`);
		const buffer = Buffer.allocUnsafe(st.size);
		let read = 0;
		while (read < st.size) {
			const n = readSync(fd, buffer, read, st.size - read, read);
			if (n === 0) break;
			read += n;
		}
		if (read !== st.size) throw new Error("changed while read");
		return buffer;
	} finally {
		closeSync(fd);
	}
}
var DamagedKey = class extends Error {
	message = "its key is damaged";
};
function openFolder(named, explicit, create) {
	let dir = named;
	try {
		dir = realpathSync(named);
	} catch {}
	let st;
	try {
		st = lstatSync(dir);
	} catch (error) {
		if (!create || errorCode(error) !== "ENOENT") {
			if (explicit && errorCode(error) !== "ENOENT") warn(named, `the cache folder ${named} cannot be used (${errorCode(error)})`);
			return;
		}
		try {
			mkdirSync(dir, {
				recursive: true,
				mode: 448
			});
			st = lstatSync(dir);
		} catch (error) {
			if (explicit) warn(named, `the cache folder ${named} cannot be used (${errorCode(error)})`);
			return;
		}
	}
	if (!st.isDirectory()) {
		warn(named, `the cache folder ${named} is not a folder${st.isSymbolicLink() ? " (a symbolic link)" : ""}`);
		return;
	}
	const refused = unsafe(st, `the cache folder ${named}`);
	if (refused) {
		if (explicit || st.uid === uid) warn(named, refused);
		return;
	}
	const keyFile = path.join(dir, keyName);
	const readKey = () => {
		const text = readBounded(keyFile, 64, (k) => k.mode & 63 && uid !== void 0 ? `its key ${keyFile} is readable or writable by other users` : unsafe(k, `its key ${keyFile}`)).toString("latin1");
		if (!new RegExp(`^[0-9a-f]{64}$`).test(text)) throw new DamagedKey();
		return Buffer.from(text, "hex");
	};
	let damaged = false;
	try {
		return {
			dir,
			key: readKey()
		};
	} catch (error) {
		damaged = error instanceof DamagedKey;
		if (errorCode(error) !== "ENOENT" && !damaged || !create) {
			if (errorCode(error) !== "ENOENT" && !damaged) warn(named, `the cache folder ${named} cannot be used (${errorCode(error)})`);
			return;
		}
	}
	const temp = path.join(dir, `${keyName}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
	try {
		writeFileSync(temp, randomBytes(keyBytes).toString("hex"), {
			mode: 384,
			flag: "wx"
		});
		try {
			if (damaged) renameSync(temp, keyFile);
			else linkSync(temp, keyFile);
		} catch (error) {
			if (errorCode(error) !== "EEXIST") throw error;
		}
		return {
			dir,
			key: readKey()
		};
	} catch (error) {
		warn(named, `the cache folder ${named} cannot be used (${errorCode(error)})`);
		return;
	} finally {
		rmSync(temp, { force: true });
	}
}
function* folders(create) {
	if (process.env["RINGFENCE_NO_CACHE"]) return;
	for (const { dir, explicit } of cacheDirectories()) {
		const folder = openFolder(dir, explicit, create);
		if (folder) yield folder;
	}
}
const header = (key, name, body) => `ringfence-cache 5 ${mac(key, name, body).toString("hex")}\n`;
const mac = (key, name, body) => createHmac("sha256", key).update(name).update("\0").update(body).digest();
const headerPattern = /^ringfence-cache (\d+) ([0-9a-f]{64})\n/;
function writeEntry(...entries) {
	for (const { dir, key } of folders(true)) try {
		for (const [name, data] of entries) {
			const target = path.join(dir, name);
			const temp = `${target}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
			const body = Buffer.isBuffer(data) ? data : Buffer.from(asciiJson(typeof data === "string" ? data : JSON.stringify(data)), "latin1");
			try {
				writeFileSync(temp, Buffer.concat([Buffer.from(header(key, name, body), "latin1"), body]), {
					mode: 384,
					flag: "wx"
				});
				renameSync(temp, target);
			} finally {
				rmSync(temp, { force: true });
			}
		}
		prune(dir);
		return true;
	} catch {}
	return false;
}
const asciiJson = (json) => json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
const entryName = /^(?:(rules|standard)-([0-9a-f]{64})(\.cold)?\.json|code-[0-9a-f]{64}\.bin)$/;
function prune(dir) {
	const entries = readdirSync(dir).filter((f) => entryName.test(f) && !f.endsWith(".cold.json")).map((f) => ({
		f,
		t: lstatSync(path.join(dir, f)).mtimeMs
	}));
	if (entries.length <= 64) return;
	entries.sort((a, b) => a.t - b.t);
	for (const { f } of entries.slice(0, entries.length - 64)) {
		rmSync(path.join(dir, f), { force: true });
		rmSync(path.join(dir, f.replace(/\.json$/, ".cold.json")), { force: true });
	}
}
function readEntryBytes(name) {
	for (const { dir, key } of folders(false)) try {
		const bytes = readBounded(path.join(dir, name), maxEntryBytes, (st) => unsafe(st, "the entry"));
		const head = headerPattern.exec(bytes.toString("latin1", 0, Math.min(bytes.length, 100)));
		if (!head || Number(head[1]) !== 5) continue;
		const body = bytes.subarray(head[0].length);
		if (!timingSafeEqual(Buffer.from(head[2], "hex"), mac(key, name, body))) continue;
		return body;
	} catch {}
}
// dist/src/standard/rule-cache.js
let build;
function buildId() {
	if (build === void 0) try {
		build = readFileSync(buildIdFile(), "utf8").trim();
	} catch {
		build = "unbuilt";
	}
	return build;
}
const schemaPaths = () => Object.keys(schemaFileOf).sort().map((name) => path.join(schemasDir, schemaFileOf[name]));
let schemaDigest;
function schemasKey() {
	if (!schemaDigest) {
		const h = createHash("sha256");
		for (const file of schemaPaths()) h.update(readFileSync(file)).update("\0");
		schemaDigest = h.digest("hex");
	}
	return schemaDigest;
}
function rulesKey(rules) {
	const h = createHash("sha256").update(`ringfence ${toolVersion} ${buildId()} cache 5\0${schemasKey()}\0`);
	for (const r of [...rules].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) h.update(r.name).update("\0").update(r.file).update("\0").update(r.text).update("\0");
	return h.digest("hex");
}
function readRuleCache(key) {
	const data = readEntry(`rules-${key}.json`);
	return data && data.key === key && data.rules && typeof data.rules === "object" ? new Map(Object.entries(data.rules)) : void 0;
}
function writeRuleCache(key, rules) {
	writeEntry([`rules-${key}.json`, {
		key,
		rules: Object.fromEntries(rules)
	}]);
}
function readEntry(name) {
	const body = readEntryBytes(name);
	if (body === void 0) return void 0;
	try {
		return JSON.parse(body.toString("latin1"));
	} catch {
		return;
	}
}
const sha = (s) => createHash("sha256").update(s).digest("hex");
function stamp(file) {
	try {
		const st = statSync(file);
		return [
			st.size,
			st.mtimeMs,
			st.ctimeMs,
			st.ino,
			st.dev
		];
	} catch {
		return;
	}
}
var Dependencies = class {
	checkedAt = Date.now();
	entries = [];
	file(file, text) {
		const stat = stamp(file);
		this.entries.push({
			kind: "file",
			path: path.resolve(file),
			hash: text === void 0 ? "unreadable" : sha(text),
			...stat ? { stat } : {}
		});
	}
	directory(dir, names) {
		const stat = stamp(dir);
		this.entries.push({
			kind: "dir",
			path: path.resolve(dir),
			hash: sha(names.join("\n")),
			...stat ? { stat } : {}
		});
	}
	schemas() {
		for (const file of schemaPaths()) {
			let text;
			try {
				text = readFileSync(file, "utf8");
			} catch {
				text = void 0;
			}
			this.file(file, text);
		}
	}
};
function contentHash(e) {
	if (e.kind === "file") return sha(readBounded(e.path, defaultLimits.maxFileBytes).toString("utf8"));
	const names = readdirSync(e.path, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).map((x) => `${x.name}${x.isDirectory() ? "/" : ""}`);
	return sha(names.join("\n"));
}
const sameStamp = (a, b) => a !== void 0 && b !== void 0 && a.every((v, i) => v === b[i]);
function stillValid(entries, checkedAt) {
	const now = Date.now();
	let hashed = false;
	const fresh = [];
	for (const e of entries) {
		const current = stamp(e.path);
		if (e.stat && sameStamp(current, e.stat) && e.stat[2] < checkedAt - 3e3) {
			fresh.push(e);
			continue;
		}
		try {
			if (contentHash(e) !== e.hash) return { valid: false };
		} catch {
			return { valid: false };
		}
		hashed = true;
		fresh.push({
			kind: e.kind,
			path: e.path,
			hash: e.hash,
			...current ? { stat: current } : {}
		});
	}
	const settles = fresh.every((e) => e.stat !== void 0 && e.stat[2] < now - 3e3);
	return hashed && settles ? {
		valid: true,
		refresh: {
			entries: fresh,
			checkedAt: now
		}
	} : { valid: true };
}
function standardKey(file, textHash) {
	return sha(`ringfence ${toolVersion} ${buildId()} cache 5\0${path.resolve(file)}\0${process.cwd()}\0${textHash}`);
}
const requiredDependencies = (file) => [path.resolve(file), ...schemaPaths()];
function readStandardCache(file) {
	if (process.env["RINGFENCE_NO_CACHE"]) return void 0;
	let text;
	try {
		text = readBounded(file, defaultLimits.maxFileBytes).toString("utf8");
	} catch {
		return;
	}
	const key = standardKey(file, sha(text));
	const name = `standard-${key}.json`;
	const data = readEntry(name);
	if (!data || data.key !== key || !Array.isArray(data.deps) || typeof data.checkedAt !== "number" || typeof data.coldId !== "string" || !data.result) return void 0;
	const files = new Set(data.deps.map((d) => d && d.kind === "file" ? d.path : void 0));
	if (!requiredDependencies(file).every((f) => files.has(f))) return void 0;
	const { valid, refresh } = stillValid(data.deps, data.checkedAt);
	if (!valid) return void 0;
	if (refresh) writeEntry([name, {
		...data,
		deps: refresh.entries,
		checkedAt: refresh.checkedAt
	}]);
	const coldId = data.coldId;
	return {
		result: data.result,
		readCold: () => {
			const cold = readEntry(`standard-${key}.cold.json`);
			return cold && cold.key === key && cold.coldId === coldId ? cold.cold : void 0;
		}
	};
}
function writeStandardCache(file, deps, result, cold) {
	const own = deps.entries.find((e) => e.kind === "file" && e.path === path.resolve(file));
	if (!own || own.hash === "unreadable") return;
	if (!requiredDependencies(file).every((f) => deps.entries.some((e) => e.kind === "file" && e.path === f))) return;
	const key = standardKey(file, own.hash);
	const coldText = JSON.stringify(cold);
	const coldId = sha(coldText);
	writeEntry([`standard-${key}.cold.json`, `{"key":${JSON.stringify(key)},"coldId":"${coldId}","cold":${coldText}}`], [`standard-${key}.json`, {
		key,
		checkedAt: deps.checkedAt,
		deps: deps.entries,
		coldId,
		result
	}]);
}
// dist/src/standard/standard.js
const severityWeight = {
	critical: 10,
	high: 7.5,
	medium: 5,
	low: 2.5
};
const defaultGrading = {
	instances: "mean",
	weighting: "areas",
	bands: [
		{
			grade: "A",
			min: 90
		},
		{
			grade: "B",
			min: 80
		},
		{
			grade: "C",
			min: 70
		},
		{
			grade: "D",
			min: 60
		},
		{
			grade: "F",
			min: 0
		}
	],
	criticalCap: "D"
};
const defaultLevels = [
	{
		level: 1,
		name: "Baseline"
	},
	{
		level: 2,
		name: "Hardened"
	},
	{
		level: 3,
		name: "Safety-critical"
	}
];
function loadStandard(file) {
	const cached = readStandardCache(file);
	if (cached) {
		const result = decodeCached(cached.result, () => coldParts(file, cached.readCold));
		if (result) return result;
	}
	const deps = new Dependencies();
	deps.schemas();
	const result = loadStandardUncached(file, deps);
	const { hot, cold } = encodeForCache(result);
	writeStandardCache(file, deps, hot, cold);
	return result;
}
const coldKeys = [
	"description",
	"tests",
	"source"
];
const failureKeys = [
	"at",
	"related",
	"message"
];
const sharedWithRule = [
	"title",
	"rationale",
	"remediation",
	"references"
];
const coldOf = (rule) => Object.fromEntries(coldKeys.filter((k) => k in rule).map((k) => [k, rule[k]]));
function encodeForCache(result) {
	const rules = {};
	const cold = {};
	const same = (a, b) => a === b || JSON.stringify(a) === JSON.stringify(b);
	const encodeControl = (c) => {
		const out = {};
		for (const [k, v] of Object.entries(c)) if (k === "rule" && c.rule) {
			rules[c.ruleName] ??= Object.fromEntries(Object.entries(c.rule).map(([rk, rv]) => [rk, coldKeys.includes(rk) ? 0 : failureKeys.includes(rk) ? JSON.stringify(rv) : rv]));
			cold[c.ruleName] ??= coldOf(c.rule);
			out[k] = 0;
		} else out[k] = c.rule && sharedWithRule.includes(k) && same(v, c.rule[k]) ? 0 : v;
		return out;
	};
	const standard = result.standard ? {
		...result.standard,
		areas: result.standard.areas.map((a) => ({
			...a,
			controls: a.controls.map(encodeControl)
		}))
	} : void 0;
	return {
		hot: {
			problems: result.problems,
			rules,
			...standard ? { standard } : {}
		},
		cold
	};
}
function decodeCached(hot, readCold) {
	if (!hot || !Array.isArray(hot.problems) || !hot.rules || typeof hot.rules !== "object") return void 0;
	let cold;
	const rules = hot.rules;
	for (const name of Object.keys(rules)) {
		const rule = rules[name];
		for (const k of failureKeys) {
			if (!Object.hasOwn(rule, k)) continue;
			const text = rule[k];
			if (typeof text !== "string") return void 0;
			const settle = (value) => Object.defineProperty(rule, k, {
				value,
				enumerable: true,
				configurable: true,
				writable: true
			});
			Object.defineProperty(rule, k, {
				enumerable: true,
				configurable: true,
				get: () => {
					const value = JSON.parse(text);
					settle(value);
					return value;
				},
				set: settle
			});
		}
		for (const k of coldKeys) {
			if (!Object.hasOwn(rule, k)) continue;
			const settle = (value) => Object.defineProperty(rule, k, {
				value,
				enumerable: true,
				configurable: true,
				writable: true
			});
			Object.defineProperty(rule, k, {
				enumerable: true,
				configurable: true,
				get: () => {
					cold ??= readCold();
					const value = cold[name]?.[k];
					settle(value);
					return value;
				},
				set: settle
			});
		}
	}
	if (hot.standard) for (const area of hot.standard.areas) for (const control of area.controls) {
		if (control["rule"] !== 0) continue;
		const rule = Object.hasOwn(rules, control["ruleName"]) ? rules[control["ruleName"]] : void 0;
		if (!rule) return void 0;
		control["rule"] = rule;
		for (const k of sharedWithRule) {
			if (control[k] !== 0) continue;
			const own = rule[k];
			control[k] = Array.isArray(own) ? [...own] : own;
		}
	}
	return {
		problems: hot.problems,
		...hot.standard ? { standard: hot.standard } : {}
	};
}
function coldParts(file, readCold) {
	const cold = readCold();
	if (cold && typeof cold === "object") return cold;
	const fresh = loadStandardUncached(file, new Dependencies());
	const out = {};
	for (const c of fresh.standard?.areas.flatMap((a) => a.controls) ?? []) if (c.rule) out[c.ruleName] = coldOf(c.rule);
	return out;
}
function loadStandardUncached(file, deps) {
	const problems = [];
	const assembled = assemble(file, [], problems, deps);
	if (!assembled) return { problems };
	const { raw, placed } = assembled;
	const ruleIndex = indexRules(assembled.ruleDirs, problems, deps);
	const compiled = compileRules([...new Set(placed.map((p) => p.control.rule))].filter((n) => ruleIndex.has(n)).map((n) => [n, ruleIndex.get(n)]), deps);
	const loadRule = (name) => compiled.get(name);
	for (const entry of compiled.values()) problems.push(...entry.problems);
	const areas = [];
	const areaById = new Map();
	for (const a of assembled.areaOrder) {
		const area = {
			id: a.id,
			title: a.title,
			weight: a.weight ?? 1,
			...a.description ? { description: a.description } : {},
			controls: []
		};
		areas.push(area);
		areaById.set(a.id, area);
	}
	const seen = new Set();
	for (const p of placed) {
		const c = p.control;
		const source = {
			file: p.doc.file,
			line: rangeFor(p.doc.locations, p.pointer).startLine
		};
		if (seen.has(c.id)) {
			problems.push({
				severity: "error",
				code: "standard-duplicate-control",
				file: p.doc.file,
				range: rangeFor(p.doc.locations, `${p.pointer}/id`),
				control: c.id,
				message: `control id ${c.id} is used twice`
			});
			continue;
		}
		seen.add(c.id);
		let rule;
		let brokenReason;
		if (!ruleIndex.has(c.rule)) {
			const hint = didYouMean(c.rule, [...ruleIndex.keys()]);
			brokenReason = `rule "${c.rule}" was not found${hint ? `; did you mean "${hint}"?` : ""}`;
			problems.push({
				severity: "error",
				code: "standard-missing-rule",
				file: p.doc.file,
				range: rangeFor(p.doc.locations, `${p.pointer}/rule`),
				control: c.id,
				rule: c.rule,
				message: `${c.id}: ${brokenReason}`
			});
		} else {
			const entry = loadRule(c.rule);
			rule = entry.rule;
			if (!rule) {
				const first = entry.problems.find((x) => x.severity === "error");
				brokenReason = `rule "${c.rule}" failed to load${first ? `: ${capMessage(first.message)}${first.file && first.range ? ` (${first.file}:${first.range.startLine}:${first.range.startColumn})` : ""}` : ""}`;
			}
		}
		if (rule) {
			for (const key of Object.keys(c.params ?? {})) if (!Object.hasOwn(rule.params, key)) {
				const hint = didYouMean(key, Object.keys(rule.params));
				brokenReason = `parameter "${key}" is not declared by rule ${rule.name}${hint ? `; did you mean "${hint}"?` : ""}`;
				problems.push({
					severity: "error",
					code: "standard-unknown-param",
					file: p.doc.file,
					range: rangeFor(p.doc.locations, `${p.pointer}/params/${key}`, "key"),
					control: c.id,
					message: `${c.id}: ${brokenReason}`
				});
			}
		}
		const control = {
			id: c.id,
			title: c.title ?? rule?.title ?? c.id,
			areaId: p.area.id,
			severity: c.severity,
			weight: severityWeight[c.severity],
			level: c.level,
			capsGrade: c.capsGrade ?? c.severity === "critical",
			ruleName: c.rule,
			...rule ? { rule } : {},
			params: {
				...rule?.params ?? {},
				...c.params ?? {}
			},
			rationale: [c.rationale ?? rule?.rationale ?? "", ...(c.notes ?? []).map((n) => `Profile note (${n.split(":")[0]}): ${n.slice(n.indexOf(":") + 2)}`)].filter(Boolean).join("\n\n"),
			remediation: c.remediation ?? rule?.remediation ?? "",
			references: [...rule?.references ?? [], ...c.references ?? []],
			mappings: c.mappings ?? [],
			...brokenReason ? { brokenReason } : {},
			source
		};
		areaById.get(p.area.id).controls.push(control);
	}
	const hash = createHash("sha256");
	for (const t of assembled.texts) hash.update(t).update("\0");
	for (const name of [...compiled.keys()].sort(compareStrings)) hash.update(name).update("\0").update(compiled.get(name).text).update("\0");
	const grading = {
		bands: raw.grading?.bands ?? defaultGrading.bands,
		criticalCap: raw.grading?.criticalCap ?? defaultGrading.criticalCap,
		instances: raw.grading?.instances ?? defaultGrading.instances,
		weighting: raw.grading?.weighting ?? defaultGrading.weighting,
		minimumAssurance: raw.grading?.minimumAssurance,
		unbackedCap: raw.grading?.unbackedCap
	};
	if (grading.unbackedCap !== void 0 && !grading.bands.some((b) => b.grade === grading.unbackedCap)) problems.push({
		severity: "error",
		code: "standard-schema",
		file: assembled.doc.file,
		range: rangeFor(assembled.doc.locations, "/grading/unbackedCap"),
		message: `unbackedCap "${grading.unbackedCap}" is not one of the grade bands`
	});
	if (!grading.bands.some((b) => b.grade === grading.criticalCap)) problems.push({
		severity: "error",
		code: "standard-schema",
		file: assembled.doc.file,
		range: rangeFor(assembled.doc.locations, "/grading/criticalCap"),
		message: `criticalCap "${grading.criticalCap}" is not one of the grade bands`
	});
	return {
		problems,
		standard: {
			id: raw.id,
			version: raw.version,
			title: raw.title,
			...raw.description ? { description: raw.description } : {},
			...raw.url ? { url: raw.url } : {},
			file: assembled.doc.file,
			extends: assembled.extendsChain,
			levels: raw.levels ?? defaultLevels,
			grading: {
				bands: [...grading.bands].sort((a, b) => b.min - a.min),
				criticalCap: grading.criticalCap,
				instances: grading.instances,
				weighting: grading.weighting,
				...grading.minimumAssurance !== void 0 && grading.minimumAssurance !== "declared" ? { minimumAssurance: grading.minimumAssurance } : {},
				...grading.minimumAssurance !== void 0 && grading.minimumAssurance !== "declared" && grading.unbackedCap !== void 0 ? { unbackedCap: grading.unbackedCap } : {}
			},
			areas: areas.filter((a) => a.controls.length > 0),
			digest: `sha256:${hash.digest("hex")}`
		}
	};
}
function compileRules(rules, deps) {
	const texts = rules.map(([name, file]) => {
		const { text, problem } = readTextFile(file);
		deps.file(file, text);
		return {
			name,
			file: displayPath(file),
			path: file,
			text: text ?? "",
			problem
		};
	});
	const key = rulesKey(texts);
	const cached = readRuleCache(key);
	const out = new Map();
	if (cached && texts.every((t) => cached.has(t.name))) {
		for (const t of texts) out.set(t.name, {
			...cached.get(t.name),
			text: t.text
		});
		return out;
	}
	for (const t of texts) {
		const r = t.problem ? { problems: [t.problem] } : loadRuleFile(t.path);
		out.set(t.name, {
			...r.rule ? { rule: r.rule } : {},
			problems: r.problems,
			text: t.text
		});
	}
	if (texts.every((t) => !t.problem)) writeRuleCache(key, new Map([...out].map(([n, e]) => [n, {
		...e.rule ? { rule: e.rule } : {},
		problems: e.problems
	}])));
	return out;
}
function assemble(file, chain, problems, deps) {
	const shown = displayPath(file);
	let real;
	try {
		real = realpathSync(file);
	} catch {
		problems.push({
			severity: "error",
			code: "standard-missing",
			file: shown,
			message: "standard file not found"
		});
		return;
	}
	if (chain.includes(real)) {
		problems.push({
			severity: "error",
			code: "standard-extends-cycle",
			file: shown,
			message: `"extends" forms a cycle: ${[...chain, real].map((f) => displayPath(f)).join(" \u2192 ")}`
		});
		return;
	}
	if (chain.length > 16) {
		problems.push({
			severity: "error",
			code: "standard-extends-depth",
			file: shown,
			message: "more than 16 levels of \"extends\""
		});
		return;
	}
	const { text, problem } = readTextFile(file);
	deps.file(file, text);
	if (problem) {
		problems.push(problem);
		return;
	}
	const parsed = parseYamlText(text, shown);
	problems.push(...parsed.problems);
	const doc = parsed.documents[0];
	if (!doc) {
		if (parsed.problems.length === 0) problems.push({
			severity: "error",
			code: "standard-schema",
			file: shown,
			message: "the standard file is empty"
		});
		return;
	}
	const schemaProblems = validateDocument(doc, "standard", "standard-schema");
	problems.push(...schemaProblems);
	if (schemaProblems.length > 0) return void 0;
	const raw = doc.value;
	const dir = path.dirname(file);
	const roots = allowedRoots(chain.length ? chain[0] : real);
	const inside = (target, pointer, what) => {
		const resolved = path.resolve(target);
		const real = realPath(resolved);
		if (roots.some((r) => real === r || real.startsWith(r + path.sep))) return true;
		problems.push({
			severity: "error",
			code: "standard-path-outside",
			file: shown,
			range: rangeFor(doc.locations, pointer),
			message: `${what} ${displayPath(resolved)}${real !== resolved ? ` (a symbolic link to ${displayPath(real)})` : ""} is outside the standard's folder tree (${roots.map((r) => displayPath(r)).join(" or ")}); a standard may only read files of its own project or the bundled standards`
		});
		return false;
	};
	const ownRuleDirs = (raw.ruleDirs ?? (raw.extends === void 0 ? ["../../rules"] : [])).map((d, i) => ({
		d: path.resolve(dir, d),
		i
	})).filter(({ d, i }) => inside(d, raw.ruleDirs ? `/ruleDirs/${i}` : "", "rule folder")).map(({ d }) => d);
	let base;
	if (raw.extends !== void 0) {
		const target = path.resolve(dir, raw.extends);
		base = inside(target, "/extends", "extended standard") ? assemble(target, [...chain, real], problems, deps) : void 0;
		if (!base) {
			problems.push({
				severity: "error",
				code: "standard-extends",
				file: shown,
				range: rangeFor(doc.locations, "/extends"),
				message: `cannot extend ${raw.extends}; see the problems above`
			});
			return;
		}
	}
	const areaOrder = base ? base.areaOrder.map((a) => ({
		...a,
		controls: []
	})) : [];
	const areaById = new Map(areaOrder.map((a) => [a.id, a]));
	let placed = base ? [...base.placed] : [];
	placed = placed.map((p) => ({
		...p,
		area: areaById.get(p.area.id)
	}));
	for (const [id, o] of Object.entries(raw.overrides ?? {})) {
		const i = placed.findIndex((p) => p.control.id === id);
		if (i < 0) {
			const hint = didYouMean(id, placed.map((p) => p.control.id));
			problems.push({
				severity: "error",
				code: "standard-unknown-control",
				file: shown,
				range: rangeFor(doc.locations, `/overrides/${id}`, "key"),
				control: id,
				message: `override of unknown control ${id}${hint ? `; did you mean ${hint}?` : ""}`
			});
			continue;
		}
		const p = placed[i];
		if (o.enabled === false) {
			placed.splice(i, 1);
			continue;
		}
		const { enabled: _enabled, note, ...changes } = o;
		placed[i] = {
			...p,
			control: {
				...p.control,
				...changes,
				params: {
					...p.control.params ?? {},
					...o.params ?? {}
				},
				references: [...p.control.references ?? [], ...o.references ?? []],
				mappings: [...p.control.mappings ?? [], ...o.mappings ?? []],
				...note ? { notes: [...p.control.notes ?? [], `${raw.id}: ${note.trim()}`] } : {}
			}
		};
	}
	(raw.areas ?? []).forEach((a, ai) => {
		let area = areaById.get(a.id);
		if (!area) {
			area = {
				...a,
				controls: []
			};
			areaOrder.push(area);
			areaById.set(a.id, area);
		}
		a.controls.forEach((control, ci) => placed.push({
			area,
			control,
			doc,
			pointer: `/areas/${ai}/controls/${ci}`
		}));
	});
	return {
		raw: {
			...base?.raw ?? {},
			...raw,
			grading: raw.grading ?? base?.raw.grading,
			levels: raw.levels ?? base?.raw.levels
		},
		doc,
		placed,
		areaOrder,
		ruleDirs: [...base?.ruleDirs ?? [], ...ownRuleDirs],
		extendsChain: base ? [...base.extendsChain, `${base.raw.id}@${base.raw.version}`] : [],
		texts: [...base?.texts ?? [], text]
	};
}
function allowedRoots(topFile) {
	const dir = path.dirname(topFile);
	const project = path.basename(path.dirname(dir)) === "standards" ? path.dirname(path.dirname(dir)) : dir;
	return [...new Set([project, packageRoot].map((r) => realPath(path.resolve(r))))];
}
function realPath(p) {
	try {
		return realpathSync(p);
	} catch {
		const parent = path.dirname(p);
		return parent === p ? p : path.join(realPath(parent), path.basename(p));
	}
}
function indexRules(dirs, problems, deps) {
	const index = new Map();
	const visit = (dir, depth) => {
		let entries;
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch {
			problems.push({
				severity: "error",
				code: "standard-rule-dir",
				file: displayPath(dir),
				message: "rule folder not found or unreadable"
			});
			return;
		}
		entries.sort((a, b) => compareStrings(a.name, b.name));
		deps.directory(dir, entries.map((e) => `${e.name}${e.isDirectory() ? "/" : ""}`));
		for (const e of entries) {
			if (e.name.startsWith(".")) continue;
			const full = path.join(dir, e.name);
			if (e.isDirectory() && depth < 8) visit(full, depth + 1);
			else if (e.isFile() && /\.ya?ml$/.test(e.name)) {
				const name = e.name.replace(/\.ya?ml$/, "");
				const prior = index.get(name);
				if (prior && prior !== full) {
					problems.push({
						severity: "error",
						code: "standard-duplicate-rule",
						file: displayPath(full),
						message: `rule name "${name}" is also used by ${displayPath(prior)}`
					});
					continue;
				}
				index.set(name, full);
			}
		}
	};
	const seen = new Set();
	for (const d of dirs) {
		let key = d;
		try {
			if (statSync(d).isDirectory()) key = realpathSync(d);
		} catch {}
		if (seen.has(key)) continue;
		seen.add(key);
		visit(d, 0);
	}
	return index;
}
export { resolveStandard as a, isStandardName as i, standardFile as n, StandardNameError as r, loadStandard as t };
