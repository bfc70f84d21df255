import { n as defaultLimits, t as parseYamlText } from "./chunk-9404d2c7.js";
import { c as readTextFile, d as compileGlob, n as describeFsError, r as displayPath, s as loadInputText, t as compareStrings, u as GlobError } from "./chunk-1fcab411.js";
import { t as detach } from "./chunk-7fef4077.js";
import { a as pointerTokens } from "./chunk-492e16a4.js";
import { n as capProblem } from "./chunk-3292eae8.js";
import { t as didYouMean } from "./chunk-f4e99a2c.js";
import { a as schemaNameOfKind, l as locate, o as validateDocument, r as rangeFor } from "./chunk-9983cf21.js";
import { i as oneLine, r as evaluateRule } from "./chunk-fe0e7a36.js";
import { t as fingerprint } from "./chunk-8a97c6ec.js";
import { n as hashRegularFile, r as inside } from "./chunk-ed6b1986.js";
import { r as isImportedEntry, t as documentsOfImport } from "./chunk-6bc7d8c4.js";
import { n as parseJsonText } from "./chunk-8e3aa384.js";
import { a as subjectGateReasons } from "./chunk-4384bce2.js";
import { t as importModule } from "./chunk-3c54e3fa.js";
import { lstatSync, readdirSync, realpathSync } from "node:fs";
import path from "node:path";
// dist/src/engine/options.js
function asOfDate(asOf) {
	return asOf ?? new Date().toISOString().slice(0, 10);
}
// dist/src/score/score.js
function scoreSubject(controls, rules) {
	const scored = controls.map((c) => ({
		input: c,
		...scoreControl(c, rules.instances ?? "mean")
	}));
	const bySeverity = rules.weighting === "severity";
	const exactArea = new Map();
	const areas = rules.areas.map((a) => {
		const applicable = scored.filter((c) => c.input.areaId === a.id && c.score !== null);
		const applicableWeight = applicable.reduce((s, c) => s + c.input.weight, 0);
		if (applicableWeight === 0) return {
			id: a.id,
			score: null,
			weight: a.weight,
			applicableWeight
		};
		const exact = applicable.reduce((s, c) => s + c.input.weight * c.score, 0) / applicableWeight;
		exactArea.set(a.id, exact);
		return {
			id: a.id,
			score: round(100 * exact),
			weight: a.weight,
			applicableWeight
		};
	});
	const totalAreaWeight = rules.areas.filter((a) => exactArea.has(a.id)).reduce((s, a) => s + a.weight, 0);
	const applicableWeight = scored.reduce((s, c) => s + (c.score === null ? 0 : c.input.weight), 0);
	let overall;
	if (bySeverity) overall = applicableWeight > 0 ? 100 * scored.reduce((s, c) => s + (c.score === null ? 0 : c.input.weight * c.score), 0) / applicableWeight : null;
	else overall = totalAreaWeight > 0 ? 100 * rules.areas.reduce((s, a) => s + a.weight * (exactArea.get(a.id) ?? 0), 0) / totalAreaWeight : null;
	const controlScores = scored.map((c) => {
		let pointsLost = 0;
		if (c.score !== null && bySeverity) pointsLost = 100 * c.input.weight * (1 - c.score) / applicableWeight;
		else if (c.score !== null && totalAreaWeight > 0) {
			const area = areas.find((a) => a.id === c.input.areaId);
			pointsLost = 100 * (c.input.weight * (1 - c.score)) / area.applicableWeight * (area.weight / totalAreaWeight);
		}
		return {
			id: c.input.id,
			status: c.status,
			score: c.score === null ? null : round(c.score, 4),
			counts: c.counts,
			pointsLost: round(pointsLost)
		};
	});
	const uncappedGrade = overall === null ? "N/A" : gradeFor(overall, rules.bands);
	const cappedBy = scored.filter((c) => c.input.capsGrade && (c.status === "fail" || c.status === "missing_evidence" || c.status === "error")).map((c) => c.input.id);
	let grade = uncappedGrade;
	if (overall !== null && cappedBy.length > 0) {
		const rank = (g) => rules.bands.findIndex((b) => b.grade === g);
		if (rank(grade) < rank(rules.criticalCap)) grade = rules.criticalCap;
	}
	let level = 0;
	for (const L of [...rules.levels].sort((a, b) => a - b)) if (scored.filter((c) => c.input.level <= L && c.status !== "not_applicable").every((c) => c.status === "pass")) level = L;
	else break;
	const applicable = scored.filter((c) => c.status !== "not_applicable");
	const evidenceCoverage = applicable.length ? round(applicable.filter((c) => c.counts.missing_evidence === 0).length / applicable.length, 4) : null;
	return {
		score: overall === null ? null : round(overall),
		grade,
		uncappedGrade,
		cappedBy: grade !== uncappedGrade ? cappedBy : [],
		criticalFailures: cappedBy,
		level,
		evidenceCoverage,
		areas,
		controls: controlScores
	};
}
function scoreControl(c, instances) {
	const counts = {
		pass: 0,
		fail: 0,
		missing_evidence: 0,
		not_applicable: 0,
		error: 0
	};
	for (const o of c.outcomes) counts[o]++;
	if (counts.error > 0) return {
		status: "error",
		score: 0,
		counts
	};
	const judged = counts.pass + counts.fail + counts.missing_evidence;
	if (judged === 0) return {
		status: "not_applicable",
		score: null,
		counts
	};
	const score = instances === "worst" ? counts.pass === judged ? 1 : 0 : counts.pass / judged;
	return {
		status: counts.fail > 0 ? "fail" : counts.missing_evidence > 0 ? "missing_evidence" : "pass",
		score,
		counts
	};
}
function gradeFor(score, bands) {
	const sorted = [...bands].sort((a, b) => b.min - a.min);
	const s = round(score);
	return (sorted.find((b) => s >= b.min) ?? sorted[sorted.length - 1]).grade;
}
function round(n, digits = 2) {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}
const maxText = 120;
const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const str = (v) => typeof v === "string" ? clip$2(v) : void 0;
const list$1 = (v) => Array.isArray(v) ? v : [];
const own$1 = (o, k) => Object.hasOwn(o, k) ? o[k] : void 0;
function clip$2(s) {
	return s.length <= maxText ? s : `${s.slice(0, 119)}\u2026`;
}
const behindOf = {
	n: 0,
	"n-1": 1,
	"n-2": 2
};
function deploymentTimeline(config, asOfMs) {
	const doc = isObj(config) ? config : {};
	const rings = list$1(own$1(doc, "rings")).filter(isObj);
	const groups = list$1(own$1(doc, "hostGroups")).filter(isObj);
	const pauses = list$1(own$1(doc, "pauses")).filter(isObj).filter((p) => {
		const expires = str(own$1(p, "expiresAt"));
		return expires === void 0 || !(Date.parse(expires) <= asOfMs);
	});
	const named = new Set();
	let star = false;
	for (const r of rings) {
		const content = own$1(r, "content");
		if (!isObj(content)) continue;
		for (const k of Object.keys(content)) if (k === "*") star = true;
		else named.add(clip$2(k));
	}
	const categories = [...named].sort().slice(0, star ? 49 : 50);
	if (star) categories.push("*");
	const rowsOf = (id, group) => {
		const base = {
			group: id,
			...group && typeof own$1(group, "hosts") === "number" ? { hosts: own$1(group, "hosts") } : {},
			...group && str(own$1(group, "criticality")) !== void 0 ? { criticality: str(own$1(group, "criticality")) } : {}
		};
		const inRings = rings.map((r, i) => ({
			r,
			i
		})).filter(({ r }) => list$1(own$1(r, "hostGroups")).includes(id));
		if (!inRings.length) return [{
			...base,
			sensor: {
				version: "unset",
				behind: null
			},
			content: categories.map(() => ({
				ring: "unset",
				hoursAfterGa: null
			}))
		}];
		return inRings.map(({ r, i }) => {
			const name = str(own$1(r, "name"));
			return {
				...base,
				...name !== void 0 ? { ring: name } : {},
				ringIndex: i + 1,
				sensor: sensorOf(own$1(r, "sensor")),
				content: categories.map((c) => contentOf(r, name, c, pauses))
			};
		});
	};
	const rows = [];
	let total = 0;
	const push = (more) => {
		total += more.length;
		for (const row of more) if (rows.length < 500) rows.push(row);
	};
	const seen = new Set();
	for (const g of groups) {
		const id = own$1(g, "id");
		if (typeof id !== "string" || seen.has(id)) continue;
		seen.add(id);
		push(rowsOf(id, g));
	}
	for (const r of rings) for (const id of list$1(own$1(r, "hostGroups"))) {
		if (typeof id !== "string" || seen.has(id)) continue;
		seen.add(id);
		push(rowsOf(id, void 0));
	}
	return {
		categories,
		rows: rows.map((row) => ({
			...row,
			group: clip$2(row.group)
		})),
		...total > rows.length ? { rowsOmitted: total - rows.length } : {}
	};
}
function sensorOf(v) {
	if (!isObj(v)) return {
		version: "unset",
		behind: null
	};
	const version = own$1(v, "version");
	const pinnedVersion = str(own$1(v, "pinnedVersion"));
	const pinnedSince = str(own$1(v, "pinnedSince"));
	const pins = {
		...pinnedVersion !== void 0 ? { pinnedVersion } : {},
		...pinnedSince !== void 0 ? { pinnedSince } : {}
	};
	if (version === "pinned") return {
		version: "pinned",
		behind: null,
		...pins
	};
	if (typeof version === "string" && Object.hasOwn(behindOf, version)) return {
		version,
		behind: behindOf[version],
		...pins
	};
	return {
		version: "unset",
		behind: null,
		...pins
	};
}
function contentOf(ring, name, category, pauses) {
	const content = own$1(ring, "content");
	const policy = isObj(content) ? own$1(content, category) ?? own$1(content, "*") : void 0;
	const pause = pauses.find((p) => {
		const c = own$1(p, "category");
		const rings = own$1(p, "rings");
		return (c === category || c === "*") && (!Array.isArray(rings) || name !== void 0 && rings.includes(name));
	});
	const paused = pause ? { paused: {
		...str(own$1(pause, "reason")) !== void 0 ? { reason: str(own$1(pause, "reason")) } : {},
		...str(own$1(pause, "expiresAt")) !== void 0 ? { expiresAt: str(own$1(pause, "expiresAt")) } : {}
	} } : {};
	if (!isObj(policy)) return {
		ring: "unset",
		hoursAfterGa: null,
		...paused
	};
	const r = own$1(policy, "ring");
	const ringOf = r === "ea" || r === "ga" || r === "pause" ? r : "unset";
	const pinnedVersion = str(own$1(policy, "pinnedVersion"));
	const delay = own$1(policy, "delayHours");
	return {
		ring: ringOf,
		hoursAfterGa: ringOf === "ga" && pinnedVersion === void 0 && !pause ? typeof delay === "number" && Number.isFinite(delay) && delay >= 0 ? delay : 0 : null,
		...pinnedVersion !== void 0 ? { pinnedVersion } : {},
		...paused
	};
}
// dist/src/evidence/checks.js
function placeholderDigest(sha) {
	if (!/^[0-9a-f]{64}$/.test(sha)) return `"${sha.length > 80 ? `${sha.slice(0, 80)}\u2026` : sha}" is not a SHA-256 (64 lowercase hex digits)`;
	if (new Set(sha).size <= 2) return "a placeholder SHA-256 (one or two digits repeated), not the digest of a file";
	for (let period = 1; period <= 16; period *= 2) if (sha === sha.slice(0, period).repeat(64 / period)) return `a placeholder SHA-256 (${sha.slice(0, period)} repeated), not the digest of a file`;
}
const reservedSuffixes = [
	"example",
	"test",
	"invalid",
	"localhost",
	"local",
	"home.arpa",
	"internal",
	"example.com",
	"example.net",
	"example.org"
];
function unusableUrl(url) {
	let u;
	try {
		u = new URL(url);
	} catch {
		return {
			severity: "warning",
			message: `"${clip$1(url)}" is not a URL`
		};
	}
	if (u.protocol !== "https:") return {
		severity: "warning",
		message: `evidence URL ${clip$1(url)} is not https: a reader cannot be sure what it fetches is what the vendor published`
	};
	const reserved = reservedHost(u.hostname.toLowerCase().replace(/\.$/, ""));
	if (reserved) return {
		severity: "warning",
		message: `evidence URL ${clip$1(url)} is on ${reserved}: no reader can fetch it, so it links nothing`
	};
}
function reservedHost(host) {
	if (host.startsWith("[")) {
		const h = host.slice(1, -1);
		if (h === "::1" || h === "::") return "a loopback address";
		if (/^f[cd]/.test(h)) return "a private (unique local) address";
		if (/^fe[89ab]/.test(h)) return "a link-local address";
		if (/^::ffff:/.test(h)) return reservedHost(h.slice(7));
		return;
	}
	const ip = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
	if (ip) {
		const [a, b, c] = [
			Number(ip[1]),
			Number(ip[2]),
			Number(ip[3])
		];
		if (a === 127) return "a loopback address";
		if (a === 0) return "an unspecified address";
		if (a === 10 || a === 172 && b >= 16 && b <= 31 || a === 192 && b === 168) return "a private address";
		if (a === 100 && b >= 64 && b <= 127) return "a shared (carrier-grade NAT) address";
		if (a === 169 && b === 254) return "a link-local address";
		if (a === 192 && b === 0 && c === 2 || a === 198 && b === 51 && c === 100 || a === 203 && b === 0 && c === 113) return "a documentation address (RFC 5737)";
		return;
	}
	if (!host.includes(".")) return host === "localhost" ? "localhost" : `a single-label host name ("${host}") that resolves only inside some network`;
	for (const s of reservedSuffixes) if (host === s || host.endsWith(`.${s}`)) return `a reserved host name (${s === "localhost" ? "localhost" : `.${s}`}; RFC 2606/6761)`;
}
function placeholderName(name) {
	return /\b(example|changeme|change me|todo|tbd|fixme|lorem|placeholder|your (company|product|vendor))\b/i.test(name) || /^acme\b/i.test(name);
}
function clip$1(s) {
	return s.length > 200 ? `${s.slice(0, 200)}\u2026` : s;
}
// dist/src/evidence/levels.js
const assuranceLevels = [
	"declared",
	"linked",
	"verified",
	"observed",
	"independently_verified"
];
function assuranceRank(a) {
	return a === "contradicted" ? -1 : assuranceLevels.indexOf(a);
}
const declaredAssuranceLevel = {
	self_attested: "declared",
	evidence_linked: "linked",
	third_party_verified: "independently_verified"
};
function assuranceWords(a) {
	return a === "declared" ? "declared by the vendor" : a.replace(/_/g, " ");
}
// dist/src/evidence/files.js
const maxEvidenceFiles = 1e4;
const maxEvidenceBytes = 1073741824;
function readEvidenceDir(dir, limits = defaultLimits) {
	const problems = [];
	const evidence = {
		dir,
		files: []
	};
	let root;
	try {
		root = realpathSync(dir);
		if (!lstatSync(root).isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
	} catch (error) {
		problems.push({
			severity: "error",
			code: "evidence-dir",
			file: displayPath(dir),
			message: `--evidence needs a folder of evidence files or an archive of them (.tar, .tar.gz, .tgz, .zip): ${describeFsError(error)}`
		});
		return {
			evidence,
			problems
		};
	}
	const visited = new Set([root]);
	let bytes = 0;
	let stopped = false;
	const walk = (real, rel) => {
		let entries;
		try {
			entries = readdirSync(real, { withFileTypes: true });
		} catch (error) {
			problems.push({
				severity: "error",
				code: "evidence-unreadable",
				file: displayPath(path.join(dir, rel)),
				message: describeFsError(error)
			});
			return;
		}
		entries.sort((a, b) => compareStrings(a.name, b.name));
		for (const entry of entries) {
			const name = rel ? `${rel}/${entry.name}` : entry.name;
			const shown = displayPath(path.join(dir, name));
			if (stopped) return;
			if (evidence.files.length >= 1e4) {
				problems.push({
					severity: "error",
					code: "evidence-limit",
					file: displayPath(dir),
					message: `more than ${maxEvidenceFiles} files in the evidence folder; the rest are not read`
				});
				stopped = true;
				return;
			}
			let target;
			try {
				target = realpathSync(path.join(real, entry.name));
			} catch (error) {
				problems.push({
					severity: "warning",
					code: "evidence-unreadable",
					file: shown,
					message: `broken or looping symbolic link (${describeFsError(error)}); not read`
				});
				continue;
			}
			if (!inside(target, root)) {
				problems.push({
					severity: "warning",
					code: "evidence-outside",
					file: shown,
					message: "a symbolic link to a file outside the evidence folder; not read"
				});
				continue;
			}
			let st;
			try {
				st = lstatSync(target);
			} catch (error) {
				problems.push({
					severity: "warning",
					code: "evidence-unreadable",
					file: shown,
					message: describeFsError(error)
				});
				continue;
			}
			if (st.isDirectory()) {
				if (visited.has(target)) continue;
				visited.add(target);
				walk(target, name);
				continue;
			}
			if (st.isFile() && bytes + st.size > 1073741824) {
				problems.push({
					severity: "error",
					code: "evidence-limit",
					file: displayPath(dir),
					message: `the evidence folder holds more than ${maxEvidenceBytes} bytes; the files from ${name} on are not read`
				});
				stopped = true;
				return;
			}
			if (st.isFile()) bytes += st.size;
			const h = hashRegularFile(target, limits.maxFileBytes);
			if (h.sha256 === void 0) {
				problems.push({
					severity: "warning",
					code: "evidence-unreadable",
					file: shown,
					message: `${h.message ?? "cannot be read"}`
				});
				continue;
			}
			evidence.files.push({
				name,
				sha256: h.sha256
			});
		}
	};
	walk(root, "");
	return {
		evidence,
		problems
	};
}
// dist/src/evidence/index.js
function collectEvidence(doc, given) {
	const observations = (given?.observations ?? []).filter((o) => o.target.file === doc.file && o.target.documentIndex === doc.documentIndex);
	const files = given?.noFiles ? void 0 : given;
	const problems = [];
	const at = (pointer, severity, code, message) => {
		const where = locate(doc, pointer);
		problems.push({
			severity,
			code,
			message: detach(message),
			file: where.file,
			documentIndex: doc.documentIndex,
			pointer,
			range: where.range
		});
	};
	const root = doc.value;
	const meta = own(root, "metadata");
	for (const key of ["vendor", "product"]) {
		const v = own(meta, key);
		if (typeof v === "string" && placeholderName(v)) at(`/metadata/${key}`, "warning", "placeholder", `metadata.${key} "${v.slice(0, 80)}" is a template's placeholder, not a ${key} name`);
	}
	const word = own(meta, "assurance");
	const declared = typeof word === "string" && Object.hasOwn(declaredAssuranceLevel, word) ? {
		word,
		level: declaredAssuranceLevel[word]
	} : void 0;
	const byDigest = new Map();
	const byName = new Map();
	for (const f of files?.files ?? []) {
		if (!byDigest.has(f.sha256)) byDigest.set(f.sha256, f.name);
		const base = f.name.slice(f.name.lastIndexOf("/") + 1);
		if (!byName.has(base)) byName.set(base, f);
	}
	const entries = [];
	const list = own(root, "evidence");
	if (Array.isArray(list)) list.forEach((raw, index) => {
		const p = `/evidence/${index}`;
		if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return;
		const claim = own(raw, "claim");
		const url = own(raw, "url");
		const sha = own(raw, "sha256");
		if (typeof claim !== "string") return;
		const entry = {
			index,
			claim,
			...typeof url === "string" ? { url } : {},
			...typeof sha === "string" ? { sha256: sha } : {},
			level: "declared"
		};
		entries.push(entry);
		let sound = true;
		if (claim === "" || claim === "/") {
			at(`${p}/claim`, "warning", "evidence-claim", `evidence claim "${claim}" names the whole document: an entry backs one part of it (e.g. /updateChannels/0/rollout), so this one backs nothing`);
			sound = false;
		} else if (!resolves(doc.value, claim)) {
			at(`${p}/claim`, "warning", "evidence-claim", `evidence claim ${JSON.stringify(claim.slice(0, 200))} points at nothing in this document, so it backs nothing`);
			sound = false;
		}
		if (typeof sha !== "string") {
			at(p, "warning", "evidence-digest", "evidence entry has no sha256: the document behind the link can change without anyone noticing, so it backs nothing");
			sound = false;
		} else {
			const why = placeholderDigest(sha);
			if (why) {
				at(`${p}/sha256`, "warning", "evidence-digest", `evidence sha256 is ${why}`);
				sound = false;
			}
		}
		let urlUsable = false;
		if (typeof url !== "string") {
			if (typeof own(raw, "path") !== "string") at(p, "warning", "evidence-url", "evidence entry has no url: a reader cannot fetch it");
		} else {
			const why = unusableUrl(url);
			if (why) at(`${p}/url`, why.severity, "evidence-url", why.message);
			else urlUsable = true;
		}
		if (!sound) return;
		if (urlUsable) entry.level = "linked";
		if (files) {
			const file = byDigest.get(sha);
			if (file !== void 0) {
				entry.level = "verified";
				entry.file = file;
				return;
			}
			const base = typeof url === "string" ? lastSegment(url) : void 0;
			const named = base ? byName.get(base) : void 0;
			if (named) at(`${p}/sha256`, "error", "evidence-mismatch", `evidence file ${files.dir}/${named.name} has SHA-256 ${named.sha256}, not the ${sha} this entry pins: the file was changed, or the entry is wrong`);
			else at(`${p}/sha256`, "warning", "evidence-missing", `no file in ${files.dir} has the SHA-256 this entry pins, so the claim is not verified`);
		}
	});
	const vouches = (files?.vouches ?? []).filter((v) => v.target.file === doc.file && v.target.documentIndex === doc.documentIndex);
	return {
		entries,
		problems,
		...declared ? { declared } : {},
		filesGiven: files !== void 0,
		vouches,
		observations
	};
}
function backClaims(doc, evidence, controls) {
	const problems = [];
	const out = new Map();
	const used = new Set();
	const index = new EntryIndex(evidence.entries);
	const levelOf = (claim, covering = index.covering(claim)) => {
		let best = "declared";
		for (const k of covering) {
			const l = evidence.entries[k].level;
			if (assuranceRank(l) > assuranceRank(best)) best = l;
		}
		for (const v of evidence.vouches) {
			if (v.result !== "verified" || !within(claim, v.pointer)) continue;
			const l = v.independent ? "independently_verified" : "verified";
			if (assuranceRank(l) > assuranceRank(best)) best = l;
		}
		if (assuranceRank("observed") > assuranceRank(best) && evidence.observations.some((o) => o.result === "observed" && o.basis !== "unpinned" && within(claim, o.claim))) best = "observed";
		return best;
	};
	const contradicting = (claim) => {
		const vouch = evidence.vouches.find((v) => v.result === "contradicted" && (within(claim, v.pointer) || within(v.pointer, claim)));
		if (vouch) return { vouch };
		let observation;
		for (const o of evidence.observations) {
			if (o.result !== "contradicted" || !(within(claim, o.claim) || within(o.claim, claim))) continue;
			if (!observation || o.claim.length > observation.claim.length) observation = o;
		}
		return observation ? { observation } : void 0;
	};
	const perClaim = new Map();
	const claimBacking = (claim) => {
		let known = perClaim.get(claim);
		if (known === void 0) {
			const covering = index.covering(claim);
			const entries = [...covering];
			if (claim !== "") for (const k of index.under(claim)) entries.push(k);
			known = {
				level: levelOf(claim, covering),
				entries
			};
			perClaim.set(claim, known);
		}
		return known;
	};
	const usedVouches = new Set();
	const usedObservations = new Set();
	const contradictions = [];
	let documentLevel;
	const unbackedCritical = [];
	for (const c of controls) {
		if (c.instances.filter((i) => i.outcome !== "not_applicable").length === 0) {
			out.set(c.id, {
				assurance: null,
				evidence: [],
				statements: [],
				observations: []
			});
			continue;
		}
		let level = assuranceLevels[assuranceLevels.length - 1];
		const related = new Set();
		const statements = new Set();
		const observed = new Set();
		c.instances.forEach((i, n) => {
			if (i.outcome === "not_applicable") return;
			if ((i.outcome === "missing_evidence" || i.claims.length === 0) && level !== "contradicted") level = "declared";
			for (const claim of i.claims) {
				const against = contradicting(claim);
				if (against) {
					level = "contradicted";
					if ("vouch" in against) statements.add(against.vouch);
					else observed.add(against.observation);
					if (!("observation" in against && against.observation.claim !== claim && within(claim, against.observation.claim) && contradictions.some((x) => x.control === c.id && "observation" in x.by && x.by.observation === against.observation)) && !contradictions.some((x) => x.control === c.id && x.instance === n)) contradictions.push({
						control: c.id,
						instance: n,
						claim,
						by: against
					});
				}
				const known = claimBacking(claim);
				if (assuranceRank(known.level) < assuranceRank(level)) level = known.level;
				for (const k of known.entries) related.add(k);
				for (const v of evidence.vouches) if (v.result === "verified" && within(claim, v.pointer)) statements.add(v);
				for (const o of evidence.observations) if (within(claim, o.claim) || within(o.claim, claim)) observed.add(o);
			}
		});
		for (const k of related) used.add(k);
		for (const v of statements) usedVouches.add(v);
		for (const o of observed) usedObservations.add(o);
		out.set(c.id, {
			assurance: level,
			evidence: [...related].sort((a, b) => a - b).map((k) => evidence.entries[k]),
			statements: [...statements],
			observations: [...observed]
		});
		if (c.capsGrade) {
			documentLevel = documentLevel === void 0 || assuranceRank(level) < assuranceRank(documentLevel) ? level : documentLevel;
			if (level === "declared") unbackedCritical.push(c.id);
		}
	}
	evidence.entries.forEach((e, k) => {
		if (used.has(k) || !resolves(doc.value, e.claim) || e.claim === "" || e.claim === "/") return;
		const p = `/evidence/${e.index}/claim`;
		problems.push({
			severity: "warning",
			code: "evidence-unused",
			file: doc.file,
			documentIndex: doc.documentIndex,
			pointer: p,
			range: rangeFor(doc.locations, p),
			message: `evidence for ${JSON.stringify(e.claim.slice(0, 200))} backs nothing the standard checks (no control reads that claim)`
		});
	});
	for (const v of evidence.vouches) {
		if (v.result !== "contradicted" || usedVouches.has(v)) continue;
		problems.push({
			severity: "warning",
			code: "vouch-contradicted",
			file: doc.file,
			documentIndex: doc.documentIndex,
			pointer: v.pointer,
			range: rangeFor(doc.locations, v.pointer),
			message: `${statementWords(v)} found ${v.pointer} false${v.found !== void 0 ? ` (found: ${v.found.slice(0, 200)})` : ""}; no control of the standard reads that claim`
		});
	}
	for (const o of evidence.observations) {
		if (o.result !== "contradicted" || usedObservations.has(o)) continue;
		problems.push({
			severity: "warning",
			code: "artifact-contradicted",
			file: doc.file,
			documentIndex: doc.documentIndex,
			pointer: o.claim,
			range: rangeFor(doc.locations, o.claim),
			message: `${observationWords(o)} contradicts ${o.claim}: ${o.observed}; no control of the standard reads that claim`
		});
	}
	return {
		controls: out,
		assurance: documentLevel ?? "declared",
		contradictions,
		unbackedCritical,
		problems
	};
}
function statementWords(v) {
	return `the statement ${v.source} signed by "${v.key.name}" (${v.key.party}, ${v.key.role === "vendor" ? "the vendor's key" : v.key.role}${v.independent ? "" : ", not independent"})`;
}
function observationWords(o) {
	const r = o.artifact.at.region;
	return `the ${o.artifact.title} ${o.artifact.at.file}:${r.startLine}:${r.startColumn}`;
}
var EntryIndex = class {
	byClaim = new Map();
	sorted;
	constructor(entries) {
		entries.forEach((e, k) => {
			const list = this.byClaim.get(e.claim);
			if (list) list.push(k);
			else this.byClaim.set(e.claim, [k]);
		});
		this.sorted = entries.map((e, k) => ({
			claim: e.claim,
			k
		})).sort((a, b) => a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : a.k - b.k);
	}
	covering(pointer) {
		if (this.byClaim.size === 0) return none$1;
		if (this.sorted.length <= 8 && pointer.startsWith("/")) {
			let few;
			for (const e of this.sorted) if (e.claim !== "" && within(pointer, e.claim)) (few ??= []).push(e.k);
			return few ?? none$1;
		}
		let out;
		let p = pointer;
		while (p !== "") {
			const list = this.byClaim.get(p);
			if (list !== void 0) {
				out ??= [];
				for (const k of list) out.push(k);
			}
			p = p.slice(0, p.lastIndexOf("/"));
		}
		return out ?? none$1;
	}
	under(pointer) {
		if (this.sorted.length === 0) return none$1;
		const from = `${pointer}/`;
		let lo = 0;
		let hi = this.sorted.length;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			if (this.sorted[mid].claim < from) lo = mid + 1;
			else hi = mid;
		}
		const out = [];
		for (let i = lo; i < this.sorted.length && this.sorted[i].claim.startsWith(from); i++) out.push(this.sorted[i].k);
		return out;
	}
};
const none$1 = Object.freeze([]);
function within(pointer, base) {
	return pointer.startsWith(base) && (pointer.length === base.length || pointer.charCodeAt(base.length) === 47);
}
function resolves(value, pointer) {
	if (pointer !== "" && !pointer.startsWith("/")) return false;
	let v = value;
	for (const t of pointerTokens(pointer)) if (Array.isArray(v)) {
		if (!/^(0|[1-9]\d*)$/.test(t) || Number(t) >= v.length) return false;
		v = v[Number(t)];
	} else if (v !== null && typeof v === "object" && Object.hasOwn(v, t)) v = v[t];
	else return false;
	return true;
}
function own(o, key) {
	return o !== null && typeof o === "object" && !Array.isArray(o) && Object.hasOwn(o, key) ? o[key] : void 0;
}
function lastSegment(url) {
	try {
		const seg = new URL(url).pathname.split("/").pop();
		return seg ? decodeURIComponent(seg) : void 0;
	} catch {
		return;
	}
}
// dist/src/engine/subject.js
function evaluateSubject(standard, doc, vendor, asOfMs, budget, evidenceFiles, pairing, declaredValues = false) {
	const { controls, scoring } = perStandard(standard);
	const schemaProblems = validateDocument(doc, schemaNameOfKind[doc.kind]);
	const problems = schemaProblems.slice(0, 100);
	if (schemaProblems.length > 100) {
		const next = schemaProblems[100];
		problems.push({
			...next,
			message: `and ${schemaProblems.length - 100} more schema errors in this document (at most 100 are listed)`
		});
	}
	const meta = getObject(doc.value, "metadata") ?? {};
	const input = documentInput(doc, vendor, meta, pairing);
	const options = {
		asOf: asOfMs,
		budget,
		trace: declaredValues
	};
	const evaluated = controls.map((control) => ({
		control,
		instances: control.rule?.usesBacking ? [] : evaluateControl(control, doc, input, options)
	}));
	const relevant = evaluated.filter((e) => e.control.rule === void 0 || e.control.rule.appliesTo === doc.kind);
	const collected = collectEvidence(doc, evidenceFiles);
	const backable = relevant.filter((e) => !e.control.rule?.usesBacking && !e.control.rule?.judgesDocument);
	const backed = backClaims(doc, collected, backable.map((e) => ({
		id: e.control.id,
		capsGrade: e.control.capsGrade,
		instances: e.instances.map((i) => ({
			outcome: i.outcome,
			claims: i.claims ?? []
		}))
	})));
	for (const c of backed.contradictions) {
		const instance = backable.find((e) => e.control.id === c.control)?.instances[c.instance];
		if (!instance || instance.outcome === "error") continue;
		let said;
		if ("vouch" in c.by) {
			const v = c.by.vouch;
			said = `contradicted: ${statementWords(v)} found ${v.pointer} false${v.found !== void 0 ? ` (found: ${v.found.slice(0, 200)})` : ""}`;
		} else {
			const o = c.by.observation;
			said = `contradicted by ${observationWords(o)}: ${o.observed}`;
			const related = {
				pointer: "",
				message: `what the ${o.artifact.title} shows, against ${o.claim}`,
				at: o.artifact.at
			};
			if (!(instance.related ?? []).some((r) => r.at?.file === o.artifact.at.file && r.at.region.startLine === o.artifact.at.region.startLine)) instance.related = [...instance.related ?? [], related].slice(0, 20);
		}
		if (instance.outcome === "fail") instance.message = `${instance.message ?? "fails"}; and ${said}`;
		else {
			instance.outcome = "fail";
			instance.pointer = "vouch" in c.by ? c.claim : c.by.observation.claim;
			instance.message = `${instance.pointer} is ${said}`;
		}
	}
	const backing = {
		document: backed.assurance,
		rank: Math.max(0, assuranceRank(backed.assurance)),
		unbacked: backed.unbackedCritical
	};
	for (const e of relevant) if (e.control.rule?.usesBacking) e.instances = evaluateControl(e.control, doc, input, options, backing);
	const evidenceProblems = [...collected.problems, ...backed.problems];
	problems.push(...evidenceProblems.slice(0, 100));
	if (evidenceProblems.length > 100) {
		const next = evidenceProblems[100];
		problems.push({
			...next,
			message: `and ${evidenceProblems.length - 100} more evidence problems in this document (at most 100 are listed)`
		});
	}
	const result = scoreSubject(relevant.map((e) => ({
		id: e.control.id,
		areaId: e.control.areaId,
		severity: e.control.severity,
		weight: e.control.weight,
		level: e.control.level,
		capsGrade: e.control.capsGrade,
		outcomes: e.instances.map((i) => i.outcome)
	})), scoring);
	for (const e of evaluated) {
		if (!e.control.rule) continue;
		const errored = e.instances.find((i) => i.outcome === "error");
		if (!errored) continue;
		problems.push({
			severity: "error",
			code: "rule-runtime",
			file: locate(doc, errored.pointer).file,
			documentIndex: doc.documentIndex,
			pointer: errored.pointer,
			range: locate(doc, errored.pointer).range,
			control: e.control.id,
			rule: e.control.ruleName,
			message: `${e.control.id} (rule ${e.control.ruleName}, ${e.control.rule.file}) could not be evaluated on this document and counts as not passing: ${errored.message ?? "error"}`
		});
	}
	const controlAssurance = (id) => backed.controls.get(id)?.assurance ?? null;
	const backedControls = relevant.filter((e) => controlAssurance(e.control.id) !== null);
	const coverage = (least) => backedControls.length ? Math.round(1e4 * backedControls.filter((e) => assuranceRank(controlAssurance(e.control.id)) >= assuranceRank(least)).length / backedControls.length) / 1e4 : null;
	const graded = schemaProblems.length === 0;
	const minimum = standard.grading.minimumAssurance;
	const short = graded && doc.kind === "VendorManifest" && minimum !== void 0 && assuranceRank(backed.assurance) < assuranceRank(minimum);
	const bandRank = (g) => standard.grading.bands.findIndex((b) => b.grade === g);
	const cap = standard.grading.unbackedCap;
	const gradeLimitedBy = short && cap !== void 0 && bandRank(result.grade) >= 0 && bandRank(result.grade) < bandRank(cap) ? `grade ${result.grade} needs the critical controls backed at least as ${assuranceWords(minimum)} (${standard.id} ${standard.version} grading.unbackedCap); they are backed only as ${assuranceWords(backed.assurance)}, so the grade is held at ${cap}` : void 0;
	const levelLimitedBy = short && result.level >= 1 ? `level ${result.level} needs the critical controls backed at least as ${assuranceWords(minimum)} (${standard.id} ${standard.version} grading.minimumAssurance); they are backed only as ${assuranceWords(backed.assurance)}${backed.unbackedCritical.length ? ` (backed by nothing: ${backed.unbackedCritical.slice(0, 20).join(", ")}${backed.unbackedCritical.length > 20 ? ", \u2026" : ""})` : ""}` : void 0;
	const subject = {
		id: `${doc.file}#${doc.documentIndex}`,
		file: doc.file,
		documentIndex: doc.documentIndex,
		kind: doc.kind,
		name: subjectName(doc.kind, meta),
		score: graded ? result.score : null,
		grade: graded ? gradeLimitedBy !== void 0 ? cap : result.grade : notGraded,
		uncappedGrade: graded ? result.uncappedGrade : notGraded,
		cappedBy: graded ? result.cappedBy : [],
		criticalFailures: result.criticalFailures,
		level: graded && levelLimitedBy === void 0 ? result.level : 0,
		...levelLimitedBy !== void 0 ? { levelLimitedBy } : {},
		...gradeLimitedBy !== void 0 ? { gradeLimitedBy } : {},
		evidenceCoverage: result.evidenceCoverage,
		assurance: backed.assurance,
		...typeof meta["assurance"] === "string" ? { declaredAssurance: clip(meta["assurance"], 120) } : {},
		linkedCoverage: coverage("linked"),
		verifiedCoverage: coverage("verified"),
		areas: result.areas.filter((a) => a.applicableWeight > 0 || relevant.some((e) => e.control.areaId === a.id)),
		controls: result.controls.map((score, i) => {
			const e = relevant[i];
			const bc = backed.controls.get(e.control.id);
			const evidence = bc?.evidence ?? noEvidence;
			const findings = [];
			for (const x of e.instances) if (x.outcome === "fail" || x.outcome === "missing_evidence" || x.outcome === "error") findings.push(toFinding(x, doc, vendor, e.control.id, findings.length < 100));
			const out = {
				...score,
				findings,
				linkedEvidence: linkedClaims(evidence)
			};
			if (score.status === "pass") {
				const d = declaredOf(e.instances);
				if (d.declared !== void 0) out.declared = d.declared;
				if (d.declaredOmitted !== void 0) out.declaredOmitted = d.declaredOmitted;
			}
			out.assurance = bc?.assurance ?? null;
			if (evidence.length > 100) out.evidenceOmitted = evidence.length - 100;
			out.evidence = (evidence.length > 100 ? evidence.slice(0, 100) : evidence).map((x) => ({
				claim: x.claim,
				...x.url !== void 0 ? { url: x.url } : {},
				...x.sha256 !== void 0 ? { sha256: x.sha256 } : {},
				level: x.level,
				...x.file !== void 0 ? { file: x.file } : {}
			}));
			if (bc !== void 0 && bc.observations.length > 0) out.observations = bc.observations.slice(0, 100).map((o) => ({
				claim: o.claim,
				result: o.result,
				observed: o.observed,
				artifact: {
					kind: o.artifact.kind,
					title: o.artifact.title,
					file: o.artifact.at.file,
					line: o.artifact.at.region.startLine,
					column: o.artifact.at.region.startColumn
				},
				basis: o.basis,
				...o.signer !== void 0 ? { signer: o.signer } : {}
			}));
			if (bc !== void 0 && bc.statements.length > 0) out.statements = bc.statements.slice(0, 100).map((v) => ({
				claim: v.pointer,
				result: v.result,
				level: v.result === "contradicted" ? "contradicted" : v.independent ? "independently_verified" : "verified",
				file: v.source,
				signedBy: {
					name: v.key.name,
					party: v.key.party,
					role: v.key.role,
					keyid: v.key.keyid
				},
				verifier: v.verifier,
				checkedOn: v.checkedOn,
				...v.found !== void 0 ? { found: v.found } : {}
			}));
			return out;
		}),
		schemaErrors: schemaProblems.length,
		...doc.kind === "DeploymentConfig" && graded ? { timeline: deploymentTimeline(doc.value, asOfMs) } : {}
	};
	const rollouts = (evidenceFiles?.rollouts ?? []).filter((r) => r.target.file === doc.file && r.target.documentIndex === doc.documentIndex).flatMap((r) => r.rollouts);
	if (rollouts.length) subject.observedRollouts = rollouts;
	return {
		subject,
		problems
	};
}
const noEvidence = Object.freeze([]);
function linkedClaims(evidence) {
	if (evidence.length === 0) return [];
	return [...new Set(evidence.filter((x) => x.level !== "declared").map((x) => x.claim))].sort().slice(0, 100);
}
const standardParts = new WeakMap();
function perStandard(standard) {
	let parts = standardParts.get(standard);
	if (!parts) {
		parts = {
			controls: standard.areas.flatMap((a) => a.controls),
			scoring: {
				areas: standard.areas.map((a) => ({
					id: a.id,
					weight: a.weight
				})),
				bands: standard.grading.bands,
				criticalCap: standard.grading.criticalCap,
				instances: standard.grading.instances,
				weighting: standard.grading.weighting,
				levels: standard.levels.map((l) => l.level)
			}
		};
		standardParts.set(standard, parts);
	}
	return parts;
}
function backingOf(subject, standard) {
	const caps = new Set(standard.areas.flatMap((a) => a.controls).filter((c) => c.capsGrade).map((c) => c.id));
	return {
		document: subject.assurance,
		rank: assuranceRank(subject.assurance),
		unbacked: subject.controls.filter((c) => caps.has(c.id) && c.assurance === "declared").map((c) => c.id)
	};
}
function documentInput(doc, vendor, meta, pairing) {
	return {
		doc: doc.value,
		pointerOf: (o) => doc.pointers.get(o),
		vendor: vendor ? {
			value: vendor.value,
			pointerOf: (o) => vendor.pointers.get(o)
		} : void 0,
		vendorHint: typeof meta["product"] === "string" ? `product ${JSON.stringify(meta["product"])}` : "its product",
		...pairing ? { vendorNote: pairing } : {}
	};
}
function evaluateControl(control, doc, input, options, backing) {
	if (!control.rule) return [{
		outcome: "error",
		pointer: "",
		message: `${control.id} could not be evaluated: ${control.brokenReason ?? "its rule is broken"}`
	}];
	if (control.rule.appliesTo !== doc.kind) return [];
	return evaluateRule(control.rule, {
		...input,
		params: control.params,
		...backing !== void 0 ? { backing } : {}
	}, options);
}
function pairingNote(meta, manifests) {
	const product = meta?.["product"];
	if (typeof product !== "string") return void 0;
	const vendor = meta?.["vendor"];
	const sameProduct = manifests.filter((m) => m["product"] === product && typeof m["vendor"] === "string");
	if (typeof vendor === "string" && sameProduct.length > 0) {
		const other = sameProduct[0]["vendor"];
		return `the run has a VendorManifest of product ${JSON.stringify(clip(product, 120))} by vendor ${JSON.stringify(clip(other, 120))}, not by ${JSON.stringify(clip(vendor, 120))}`;
	}
	const products = [...new Set(manifests.map((m) => m["product"]).filter((p) => typeof p === "string"))];
	const squash = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
	const hint = products.find((p) => squash(p) === squash(product)) ?? didYouMean(product, products);
	return hint !== void 0 ? `did you mean product ${JSON.stringify(clip(hint, 120))}?` : void 0;
}
function getObject(v, key) {
	if (v === null || typeof v !== "object" || Array.isArray(v) || !Object.hasOwn(v, key)) return void 0;
	const x = v[key];
	return x !== null && typeof x === "object" && !Array.isArray(x) ? x : void 0;
}
function clip(text, max) {
	return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function subjectName(kind, meta) {
	const s = (k) => typeof meta[k] === "string" ? clip(meta[k], 120) : void 0;
	if (kind === "VendorManifest") return [
		s("vendor"),
		s("product"),
		s("productVersion")
	].filter(Boolean).join(" ") || "(unnamed vendor manifest)";
	return [s("organization"), s("product") ? `(${s("product")})` : void 0].filter(Boolean).join(" ") || "(unnamed deployment config)";
}
function toFinding(i, doc, vendor, controlId, withExcerpt) {
	const at = locate(doc, i.pointer);
	const region = at.range;
	const first = Math.max(1, region.startLine - 2);
	const last = Math.min(at.lines.length, region.endLine + 2);
	return {
		status: i.outcome,
		message: i.message ?? i.outcome,
		location: {
			file: at.file,
			documentIndex: doc.documentIndex,
			pointer: i.pointer,
			region
		},
		...withExcerpt ? { excerpt: {
			startLine: first,
			lines: at.lines.slice(first - 1, last).map((l) => l.length > 300 ? `${l.slice(0, 300)}\u2026` : l)
		} } : {},
		fingerprint: fingerprint(controlId, doc.file, doc.documentIndex, i.pointer),
		...i.related?.length ? { related: i.related.map((r) => relatedLocation(r, r.vendor && vendor ? vendor : doc)) } : {}
	};
}
function relatedLocation(r, where) {
	if (r.at) return {
		message: r.message,
		location: {
			file: r.at.file,
			documentIndex: 0,
			pointer: "",
			region: r.at.region
		}
	};
	const at = locate(where, r.pointer);
	return {
		message: r.message,
		location: {
			file: at.file,
			documentIndex: where.documentIndex,
			pointer: r.pointer,
			region: at.range
		}
	};
}
const notGraded = "not graded";
function declaredOf(instances) {
	const all = new Map();
	for (const i of instances) for (const [p, v] of i.declared ?? []) all.set(p, v);
	if (!all.size) return {};
	const sorted = [...all.entries()].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
	return {
		declared: sorted.slice(0, 20).map(([pointer, value]) => ({
			pointer,
			value: typeof value === "string" && value.length > 200 ? `${value.slice(0, 199)}\u2026` : value
		})),
		...sorted.length > 20 ? { declaredOmitted: sorted.length - 20 } : {}
	};
}
// dist/src/engine/vendor-scan.js
const anything = {
	products: null,
	vendors: null
};
function scanVendorHint(text) {
	if (!text.includes("VendorManifest") && !text.includes("\\")) return null;
	const trimmed = text.trimStart();
	if (trimmed.startsWith("{")) {
		const json = jsonHint(trimmed);
		if (json) return json;
	}
	if (/(?:^|[\s[{,])&[^\s]/.test(text) || /"(?:[^"\\\n]|\\.)*\\(?:[^"\\\n]|\\.)*"[ \t]*:/.test(text) || flowSpansLines(text)) return anything;
	return {
		products: keyValues(text, "product"),
		vendors: keyValues(text, "vendor")
	};
}
function jsonHint(text) {
	let value;
	try {
		value = JSON.parse(text);
	} catch {
		return;
	}
	const meta = value !== null && typeof value === "object" && !Array.isArray(value) ? value["metadata"] : void 0;
	if (meta === null || typeof meta !== "object" || Array.isArray(meta)) return {
		products: [],
		vendors: []
	};
	const m = meta;
	return {
		products: typeof m["product"] === "string" ? [detach(m["product"])] : [],
		vendors: typeof m["vendor"] === "string" ? [detach(m["vendor"])] : []
	};
}
function flowSpansLines(text) {
	const bracket = /[[\]{}]/g;
	for (let m = bracket.exec(text); m; m = bracket.exec(text)) {
		const start = text.lastIndexOf("\n", m.index) + 1;
		let end = text.indexOf("\n", m.index);
		if (end < 0) end = text.length;
		if (lineDepth(text, start, end) !== 0) return true;
		bracket.lastIndex = end;
	}
	return false;
}
function lineDepth(text, start, end) {
	let depth = 0;
	let blank = true;
	for (let i = start; i < end; i++) {
		const ch = text.charCodeAt(i);
		if (ch === 34 || ch === 39) {
			const close = ch === 34 ? doubleQuoteEnd(text, i, end) : singleQuoteEnd(text, i, end);
			if (close >= 0) {
				i = close;
				blank = false;
				continue;
			}
		} else if (ch === 35 && blank) break;
		else if (ch === 123 || ch === 91) depth++;
		else if ((ch === 125 || ch === 93) && --depth < 0) return -1;
		blank = ch === 32 || ch === 9;
	}
	return depth;
}
function doubleQuoteEnd(text, at, end) {
	for (let i = at + 1; i < end; i++) {
		const ch = text.charCodeAt(i);
		if (ch === 34) return i;
		if (ch === 92) {
			const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
			if (next === -1 || next === 13 || next === 10 || next === 8232 || next === 8233) return -1;
			i++;
		}
	}
	return -1;
}
function singleQuoteEnd(text, at, end) {
	let lastPair = -1;
	for (let i = at + 1; i < end; i++) {
		if (text.charCodeAt(i) !== 39) continue;
		if (i + 1 < end && text.charCodeAt(i + 1) === 39) {
			lastPair = i++;
			continue;
		}
		return i;
	}
	return lastPair;
}
const wordChar = /[A-Za-z0-9_$-]/;
const plainStartIndicator = /^[-?:,[\]{}#&*!|>'"%@`]/;
function keyValues(text, key) {
	const values = new Set();
	for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length)) {
		const before = at === 0 ? "\n" : text[at - 1];
		const after = text[at + key.length] ?? "\n";
		if (wordChar.test(before) || wordChar.test(after)) continue;
		const lineStart = text.lastIndexOf("\n", at - 1) + 1;
		let lineEnd = text.indexOf("\n", at);
		if (lineEnd < 0) lineEnd = text.length;
		const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
		const prefix = line.slice(0, at - lineStart);
		if (/^\s*#/.test(prefix) || /[ \t]#/.test(prefix) && !/["'{[]/.test(prefix)) continue;
		const rest = line.slice(at - lineStart + key.length);
		if (/^["']?[ \t]*$/.test(rest)) {
			if (prefix.includes("?")) return null;
			continue;
		}
		if (!/^["']?[ \t]*:/.test(rest)) continue;
		const m = /^([ \t]*(?:-[ \t]+)*)(["']?)(\w+)\2[ \t]*:(?:[ \t]+(.*))?$/.exec(line);
		if (!m || m[3] !== key || m[1].length + m[2].length !== prefix.length) return null;
		const value = scalarValue(m[4] ?? "");
		if (value === void 0) return null;
		if (value.plain && continues(text, lineEnd, m[1].length)) return null;
		values.add(detach(value.text));
	}
	return [...values];
}
function scalarValue(written) {
	const v = written.trimEnd();
	if (v === "") return void 0;
	const tail = (s) => /^[ \t]*(#.*)?$/.test(s);
	if (v.startsWith("\"")) {
		const end = v.indexOf("\"", 1);
		if (end < 0 || v.slice(1, end).includes("\\") || !tail(v.slice(end + 1))) return void 0;
		return {
			text: v.slice(1, end),
			plain: false
		};
	}
	if (v.startsWith("'")) {
		let i = 1;
		let out = "";
		for (;;) {
			const q = v.indexOf("'", i);
			if (q < 0) return void 0;
			out += v.slice(i, q);
			if (v[q + 1] === "'") {
				out += "'";
				i = q + 2;
				continue;
			}
			if (!tail(v.slice(q + 1))) return void 0;
			return {
				text: out,
				plain: false
			};
		}
	}
	if (plainStartIndicator.test(v)) return void 0;
	const comment = v.search(/[ \t]#/);
	const text = (comment < 0 ? v : v.slice(0, comment)).trimEnd();
	if (/:([ \t]|$)/.test(text)) return void 0;
	return {
		text,
		plain: true
	};
}
function continues(text, from, indent) {
	let i = from;
	while (i < text.length) {
		const end = text.indexOf("\n", i + 1);
		const line = text.slice(i + 1, end < 0 ? text.length : end).replace(/\r$/, "");
		i = end < 0 ? text.length : end;
		if (line.trim() === "") continue;
		const lead = /^[ \t]*/.exec(line)[0].length;
		if (line[lead] === "#") return false;
		return lead > indent;
	}
	return false;
}
const scanned = 1;
const mayHoldManifest = 2;
const anyProduct = 4;
const anyVendor = 8;
const stride = 9;
const blockSize = 32;
var HintTable = class HintTable {
	files;
	read;
	cells;
	blocks;
	shared;
	static bytes(files) {
		return (1 + Math.ceil(files / blockSize) + files * stride) * 4;
	}
	constructor(files, read, buffer) {
		this.files = files;
		this.read = read;
		this.shared = buffer !== void 0;
		this.cells = new Int32Array(buffer ?? new ArrayBuffer(HintTable.bytes(files.length)));
		this.blocks = Math.ceil(files.length / blockSize);
	}
	mayHold(i, product, vendor) {
		const at = 1 + this.blocks + i * stride;
		if ((Atomics.load(this.cells, at) & scanned) === 0) {
			if (this.shared) this.scanAll();
			else this.scan(i);
		}
		const flags = this.cells[at];
		if ((flags & mayHoldManifest) === 0) return false;
		if ((flags & anyProduct) === 0 && !bloomHas(this.cells, at + 1, product)) return false;
		return vendor === void 0 || (flags & anyVendor) !== 0 || bloomHas(this.cells, at + 5, vendor);
	}
	mayHoldAny(i) {
		const at = 1 + this.blocks + i * stride;
		if ((Atomics.load(this.cells, at) & scanned) === 0) {
			if (this.shared) this.scanAll();
			else this.scan(i);
		}
		return (this.cells[at] & mayHoldManifest) !== 0;
	}
	scan(i) {
		const at = 1 + this.blocks + i * stride;
		const text = this.read(this.files[i]);
		const hint = text === void 0 ? null : scanVendorHint(text);
		let flags = scanned;
		if (hint) {
			flags |= mayHoldManifest;
			if (hint.products === null) flags |= anyProduct;
			else for (const p of hint.products) bloomAdd(this.cells, at + 1, p);
			if (hint.vendors === null) flags |= anyVendor;
			else for (const v of hint.vendors) bloomAdd(this.cells, at + 5, v);
		}
		Atomics.store(this.cells, at, flags);
	}
	scanAll() {
		for (let b = Atomics.add(this.cells, 0, 1); b < this.blocks; b = Atomics.add(this.cells, 0, 1)) {
			for (let i = b * blockSize; i < Math.min(this.files.length, (b + 1) * blockSize); i++) this.scan(i);
			Atomics.store(this.cells, 1 + b, 1);
			Atomics.notify(this.cells, 1 + b);
		}
		for (let b = 0; b < this.blocks; b++) while (Atomics.load(this.cells, 1 + b) === 0) Atomics.wait(this.cells, 1 + b, 0);
	}
};
function bloomBits(s) {
	let h1 = 2166136261;
	let h2 = 16777619;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 16777619);
		h2 = Math.imul(h2 ^ c, 1540483477) ^ h2 >>> 15;
	}
	h2 |= 1;
	return [
		h1 & 127,
		h1 + h2 & 127,
		h1 + 2 * h2 & 127
	];
}
function bloomAdd(cells, at, s) {
	for (const bit of bloomBits(s)) cells[at + (bit >>> 5)] |= 1 << (bit & 31);
}
function bloomHas(cells, at, s) {
	return bloomBits(s).every((bit) => (cells[at + (bit >>> 5)] & 1 << (bit & 31)) !== 0);
}
// dist/src/engine/batch.js
const none = Object.freeze([]);
const entriesOf = (m) => m === void 0 ? none : "fileIndex" in m ? [m] : m;
var Batch = class {
	standard;
	options;
	files;
	explicit;
	imported;
	problems = [];
	asOfMs;
	budget;
	manifests;
	hints;
	resolved = new Map();
	notes = new Map();
	names = new Map();
	recent = new Map();
	constructor(standard, options, files, explicit, hints, imported) {
		this.standard = standard;
		this.options = options;
		this.files = files;
		this.explicit = explicit;
		this.imported = imported;
		this.asOfMs = Date.parse(`${asOfDate(options.asOf)}T00:00:00Z`);
		this.budget = options.budget ?? 1e6;
		this.manifests = new Array(files.length);
		this.hints = new HintTable(files, (file) => isImportedEntry(file) ? "" : readTextFile(file, options.limits ?? defaultLimits).text, hints);
	}
	displayName(fileIndex) {
		const file = this.files[fileIndex];
		return isImportedEntry(file) ? this.imported?.[file]?.documents[0]?.sources[0] ?? "imported files" : displayPath(file);
	}
	load(fileIndex) {
		const cached = this.recent.get(fileIndex);
		if (cached) return cached;
		const file = this.files[fileIndex];
		const limits = this.options.limits ?? defaultLimits;
		const group = isImportedEntry(file) ? this.imported?.[file] : void 0;
		let loaded;
		if (group) loaded = {
			documents: documentsOfImport(group),
			problems: []
		};
		else {
			const { text, problem } = readTextFile(file, limits);
			loaded = problem ? {
				documents: [],
				problems: [problem]
			} : loadInputText(text, displayPath(file), limits, !this.explicit.has(file));
		}
		if (this.manifests[fileIndex] === void 0) {
			const entries = [];
			for (const doc of loaded.documents) {
				if (doc.kind !== "VendorManifest") continue;
				const meta = metadata(doc);
				if (typeof meta["product"] !== "string") continue;
				entries.push({
					fileIndex,
					documentIndex: doc.documentIndex,
					product: this.name(meta["product"]),
					...typeof meta["vendor"] === "string" ? { vendor: this.name(meta["vendor"]) } : {}
				});
			}
			this.manifests[fileIndex] = entries.length === 0 ? none : entries.length === 1 ? entries[0] : entries.slice();
		}
		return loaded;
	}
	name(s) {
		const known = this.names.get(s);
		if (known !== void 0) return known;
		const kept = detach(s);
		if (this.names.size < 1e3) this.names.set(kept, kept);
		return kept;
	}
	remember(fileIndex, loaded) {
		if (this.manifests[fileIndex] === none) return;
		this.recent.delete(fileIndex);
		this.recent.set(fileIndex, loaded);
		if (this.recent.size > 4) this.recent.delete(this.recent.keys().next().value);
	}
	vendorOf(product, vendor) {
		const key = JSON.stringify([product, vendor ?? null]);
		const known = this.resolved.get(key);
		if (known !== void 0) return known ?? void 0;
		let found = null;
		for (let i = 0; i < this.files.length && !found; i++) {
			let entries = this.manifests[i];
			if (entries === void 0) {
				if (!this.hints.mayHold(i, product, vendor)) continue;
				const loaded = this.load(i);
				this.remember(i, loaded);
				entries = this.manifests[i];
			}
			found = entriesOf(entries).find((v) => v.product === product && (vendor === void 0 || v.vendor === vendor)) ?? null;
		}
		this.resolved.set(key, found);
		return found ?? void 0;
	}
	pairingNote(meta) {
		const key = JSON.stringify([meta["product"], meta["vendor"] ?? null]);
		if (this.notes.has(key)) return this.notes.get(key);
		const product = meta["product"];
		if (typeof product === "string" && typeof meta["vendor"] === "string") for (let i = 0; i < this.files.length; i++) {
			if (this.manifests[i] === void 0) {
				if (!this.hints.mayHold(i, product, void 0)) continue;
				this.load(i);
			}
			const first = entriesOf(this.manifests[i]).find((v) => v.product === product && v.vendor !== void 0);
			if (first) {
				const note = pairingNote(meta, [{
					product: first.product,
					vendor: first.vendor
				}]);
				this.notes.set(key, note);
				return note;
			}
		}
		const all = [];
		for (let i = 0; i < this.files.length; i++) {
			if (this.manifests[i] === void 0) {
				if (!this.hints.mayHoldAny(i)) continue;
				this.load(i);
			}
			for (const v of entriesOf(this.manifests[i])) all.push({
				product: v.product,
				...v.vendor !== void 0 ? { vendor: v.vendor } : {}
			});
		}
		const note = pairingNote(meta, all);
		this.notes.set(key, note);
		return note;
	}
	vendorDocument(entry) {
		const loaded = this.load(entry.fileIndex);
		this.remember(entry.fileIndex, loaded);
		return loaded.documents.find((d) => d.documentIndex === entry.documentIndex);
	}
	evaluateFile(fileIndex, emit) {
		let loaded;
		try {
			loaded = this.load(fileIndex);
		} catch (error) {
			this.problems.push(documentFailure("read", { file: this.displayName(fileIndex) }, error));
			return;
		}
		this.problems.push(...loaded.problems);
		for (const doc of loaded.documents) {
			let r;
			try {
				let vendor;
				let pairing;
				if (doc.kind === "DeploymentConfig") {
					const meta = metadata(doc);
					if (typeof meta["product"] === "string") {
						const entry = this.vendorOf(meta["product"], typeof meta["vendor"] === "string" ? meta["vendor"] : void 0);
						vendor = entry && this.vendorDocument(entry);
						if (!vendor) pairing = this.pairingNote(meta);
					}
				}
				r = evaluateSubject(this.standard, doc, vendor, this.asOfMs, this.budget, this.options.evidence, pairing, this.options.declaredValues === true);
			} catch (error) {
				this.problems.push(documentFailure("evaluated", {
					file: doc.file,
					documentIndex: doc.documentIndex,
					range: doc.locations.get("")?.value
				}, error));
				continue;
			}
			this.problems.push(...r.problems);
			try {
				emit({
					order: [fileIndex, doc.documentIndex],
					subject: r.subject,
					problems: r.problems.filter((p) => p.code === "schema").map(capProblem)
				});
			} catch (error) {
				this.problems.push(documentFailure("written", {
					file: doc.file,
					documentIndex: doc.documentIndex,
					range: doc.locations.get("")?.value
				}, error));
			}
		}
	}
};
function documentFailure(stage, where, error) {
	const cause = oneLine(String(error?.message ?? error)).slice(0, 300);
	const what = where.documentIndex === void 0 ? "this file" : "this document";
	const consequence = stage === "written" ? "it was evaluated but is left out of every output" : "it is in no report";
	return {
		severity: "error",
		code: "document-failed",
		file: where.file,
		...where.documentIndex !== void 0 ? { documentIndex: where.documentIndex } : {},
		...where.range ? { range: where.range } : {},
		message: `${what} could not be ${stage} (${cause || "unknown error"}); ${consequence}, and the run is incomplete`
	};
}
function metadata(doc) {
	const v = doc.value;
	const m = Object.hasOwn(v, "metadata") ? v["metadata"] : void 0;
	return m !== null && typeof m === "object" && !Array.isArray(m) ? m : {};
}
// dist/src/engine/baseline.js
var Malformed = class extends Error {
	pointer;
	constructor(pointer, message) {
		super(message);
		this.pointer = pointer;
	}
};
function describeJson(v) {
	if (v === void 0) return "missing";
	if (v === null) return "null";
	if (Array.isArray(v)) return "a list";
	return typeof v === "object" ? "a mapping" : `a ${typeof v}`;
}
const isMapping = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function mapping(v, pointer, what) {
	if (!isMapping(v)) throw new Malformed(pointer, `${pointer} is ${describeJson(v)}; expected ${what} (a mapping)`);
	return v;
}
function list(v, pointer, optional = false) {
	if (optional && v === void 0) return [];
	if (!Array.isArray(v)) throw new Malformed(pointer, `${pointer} is ${describeJson(v)}; expected a list`);
	return v;
}
function text(v, pointer) {
	if (typeof v !== "string") throw new Malformed(pointer, `${pointer} is ${describeJson(v)}; expected a string`);
	return v;
}
function pick(v, ...path) {
	for (const k of path) v = v !== null && typeof v === "object" ? v[k] : void 0;
	return typeof v === "string" ? v : void 0;
}
function decodeUri(uri) {
	try {
		return decodeURIComponent(uri);
	} catch {
		return uri;
	}
}
function sarifEntries(runs) {
	const entries = [];
	runs.forEach((r, i) => {
		list(mapping(r, `/runs/${i}`, "a SARIF run")["results"], `/runs/${i}/results`, true).forEach((x, j) => {
			const result = mapping(x, `/runs/${i}/results/${j}`, "a SARIF result");
			const fingerprint = pick(result, "partialFingerprints", "ringfence/v1");
			if (fingerprint === void 0) return;
			entries.push({
				fingerprint,
				control: pick(result, "ruleId") ?? "",
				file: decodeUri(pick(result, "locations", 0, "physicalLocation", "artifactLocation", "uri") ?? ""),
				pointer: pick(result, "properties", "jsonPointer") ?? "",
				message: pick(result, "message", "text") ?? ""
			});
		});
	});
	return entries;
}
function reportEntries(subjects) {
	const entries = [];
	subjects.forEach((x, i) => {
		const at = `/subjects/${i}`;
		list(mapping(x, at, "a subject")["controls"], `${at}/controls`).forEach((y, j) => {
			const control = mapping(y, `${at}/controls/${j}`, "a control");
			const id = text(control["id"], `${at}/controls/${j}/id`);
			list(control["findings"], `${at}/controls/${j}/findings`).forEach((z, k) => {
				const p = `${at}/controls/${j}/findings/${k}`;
				const f = mapping(z, p, "a finding");
				if (f["status"] === "error" || typeof f["fingerprint"] !== "string") return;
				const location = mapping(f["location"], `${p}/location`, "a location");
				entries.push({
					fingerprint: f["fingerprint"],
					control: id,
					file: text(location["file"], `${p}/location/file`),
					pointer: text(location["pointer"], `${p}/location/pointer`),
					message: text(f["message"], `${p}/message`)
				});
			});
		});
	});
	return entries;
}
function loadBaseline(file) {
	const shown = displayPath(file);
	const { text: source, problem } = readTextFile(file, {
		...defaultLimits,
		maxFileBytes: 268435456
	});
	if (problem) return { problem: {
		...problem,
		code: "baseline-unreadable"
	} };
	const parsed = parseJsonText(source, shown, "baseline-invalid");
	if (parsed.problem) return { problem: parsed.problem };
	const d = parsed.value;
	try {
		if (isMapping(d) && Array.isArray(d["runs"])) return { baseline: {
			file: shown,
			entries: sarifEntries(d["runs"])
		} };
		if (isMapping(d) && (d["reportVersion"] === 1 || d["reportVersion"] === 2) && Array.isArray(d["subjects"])) return { baseline: {
			file: shown,
			entries: reportEntries(d["subjects"])
		} };
		throw new Malformed("", "neither a SARIF log nor a ringfence JSON report");
	} catch (error) {
		if (!(error instanceof Malformed)) throw error;
		return { problem: {
			severity: "error",
			code: "baseline-invalid",
			file: shown,
			range: rangeFor(parsed.locations, error.pointer),
			pointer: error.pointer,
			message: error.message
		} };
	}
}
var BaselineMarker = class {
	before;
	seen = new Set();
	fresh = 0;
	unchanged = 0;
	constructor(fingerprints) {
		this.before = new Set(fingerprints);
	}
	apply(subject) {
		for (const c of subject.controls) for (const f of c.findings) {
			if (f.status === "error") continue;
			if (this.before.has(f.fingerprint)) {
				f.baselineState = "unchanged";
				this.seen.add(f.fingerprint);
				this.unchanged++;
			} else {
				f.baselineState = "new";
				this.fresh++;
			}
		}
	}
	tally() {
		return {
			new: this.fresh,
			unchanged: this.unchanged,
			seen: [...this.seen]
		};
	}
	add(t) {
		this.fresh += t.new;
		this.unchanged += t.unchanged;
		for (const f of t.seen) this.seen.add(f);
	}
	summary(baseline) {
		const absent = baseline.entries.filter((e) => !this.seen.has(e.fingerprint) && !e.control.startsWith("RF-"));
		return {
			file: baseline.file,
			new: this.fresh,
			unchanged: this.unchanged,
			absent
		};
	}
};
function loadWaivers(files) {
	const waivers = [];
	const problems = [];
	for (const f of files) {
		const file = displayPath(f);
		const { text, problem } = readTextFile(f);
		if (problem) {
			problems.push({
				...problem,
				code: problem.code === "input-unreadable" ? "waivers-unreadable" : problem.code
			});
			continue;
		}
		const parsed = parseYamlText(text, file);
		problems.push(...parsed.problems);
		for (const doc of parsed.documents) {
			const schemaProblems = validateDocument(doc, "waivers", "waivers-schema");
			problems.push(...schemaProblems);
			if (schemaProblems.length) continue;
			doc.value.waivers.forEach((w, i) => {
				const at = rangeFor(doc.locations, `/waivers/${i}`);
				waivers.push({
					...w,
					file,
					line: at.startLine,
					column: at.startColumn
				});
			});
		}
	}
	return {
		waivers,
		problems
	};
}
var WaiverSet = class {
	entries;
	problems = [];
	constructor(report, waivers) {
		const asOf = Date.parse(`${report.asOf}T00:00:00Z`);
		const known = new Set(report.standard.controls.map((c) => c.id));
		this.entries = waivers.map((w) => {
			const where = this.where(w);
			const daysLeft = Math.floor((Date.parse(`${w.expires}T00:00:00Z`) - asOf) / 864e5);
			if (!known.has(w.control)) {
				this.problems.push({
					severity: "warning",
					code: "waiver-invalid",
					...where,
					control: w.control,
					message: `waiver for ${w.control}: no such control in ${report.standard.id} ${report.standard.version}; it waives nothing`
				});
				return {
					waiver: w,
					daysLeft,
					status: "invalid",
					note: "unknown control",
					matched: 0
				};
			}
			let matches;
			try {
				matches = compileGlob(w.documents);
			} catch (error) {
				if (!(error instanceof GlobError)) throw error;
				const shown = w.documents.length > 100 ? `${JSON.stringify(w.documents.slice(0, 100))}\u2026` : JSON.stringify(w.documents);
				this.problems.push({
					severity: "error",
					code: "waiver-invalid",
					...where,
					control: w.control,
					message: `waiver for ${w.control}: documents glob ${shown}, character ${error.index + 1}: ${error.message}; it waives nothing`
				});
				return {
					waiver: w,
					daysLeft,
					status: "invalid",
					note: "unsupported documents glob",
					matched: 0
				};
			}
			if (daysLeft > 366) {
				this.problems.push({
					severity: "error",
					code: "waiver-invalid",
					...where,
					control: w.control,
					message: `waiver for ${w.control} expires ${w.expires}, more than a year after ${report.asOf}; a waiver must be reviewed at least yearly, so it waives nothing`
				});
				return {
					waiver: w,
					daysLeft,
					status: "invalid",
					note: "expires more than a year ahead",
					matched: 0
				};
			}
			if (daysLeft < 0) {
				this.problems.push({
					severity: "warning",
					code: "waiver-expired",
					...where,
					control: w.control,
					message: `waiver for ${w.control} (${w.documents}) expired on ${w.expires}; its findings count again`
				});
				return {
					waiver: w,
					daysLeft,
					status: "expired",
					matched: 0
				};
			}
			return {
				waiver: w,
				daysLeft,
				status: "active",
				matches,
				matched: 0
			};
		});
	}
	where(w) {
		return {
			file: w.file,
			range: {
				startLine: w.line,
				startColumn: w.column,
				endLine: w.line,
				endColumn: w.column + 1
			}
		};
	}
	apply(subject) {
		for (const e of this.entries) {
			if (!e.matches || !e.matches(subject.file)) continue;
			const w = e.waiver;
			const control = subject.controls.find((c) => c.id === w.control);
			for (const f of control?.findings ?? []) {
				if (f.status === "error" || f.waiver) continue;
				const p = f.location.pointer;
				if (w.pointer !== void 0 && !(p === w.pointer || p.startsWith(`${w.pointer}/`))) continue;
				f.waiver = {
					file: w.file,
					line: w.line,
					reason: w.reason,
					owner: w.owner,
					...w.ticket !== void 0 ? { ticket: w.ticket } : {},
					expires: w.expires
				};
				e.matched++;
			}
		}
	}
	matchCounts() {
		return this.entries.map((e) => e.matched);
	}
	addMatches(counts) {
		this.entries.forEach((e, i) => e.matched += counts[i] ?? 0);
	}
	finish() {
		const problems = [...this.problems];
		return {
			statuses: this.entries.map((e) => {
				const { column: _column, ...entry } = e.waiver;
				const w = e.waiver;
				if (e.status !== "active") return {
					...entry,
					status: e.status,
					matched: 0,
					...e.note ? { note: e.note } : {}
				};
				if (e.matched === 0) {
					problems.push({
						severity: "warning",
						code: "waiver-unmatched",
						...this.where(w),
						control: w.control,
						message: `waiver for ${w.control} (${w.documents}${w.pointer ? ` at ${w.pointer}` : ""}) matches no finding; remove it if the risk is gone`
					});
					return {
						...entry,
						status: "unmatched",
						matched: 0
					};
				}
				if (e.daysLeft <= 30) {
					problems.push({
						severity: "warning",
						code: "waiver-expiring",
						...this.where(w),
						control: w.control,
						message: `waiver for ${w.control} (${w.documents}) expires on ${w.expires}, in ${e.daysLeft} day${e.daysLeft === 1 ? "" : "s"}`
					});
					return {
						...entry,
						status: "expiring",
						matched: e.matched
					};
				}
				return {
					...entry,
					status: "active",
					matched: e.matched
				};
			}),
			problems
		};
	}
};
// dist/src/engine/finish.js
var SubjectFinisher = class {
	setup;
	waivers;
	baseline;
	info;
	constructor(setup) {
		this.setup = setup;
		this.waivers = new WaiverSet(setup.header, setup.waivers);
		if (setup.baseline) this.baseline = new BaselineMarker(setup.baseline);
		this.info = new Map(setup.header.standard.controls.map((c) => [c.id, c]));
	}
	finish(subject) {
		this.waivers.apply(subject);
		this.baseline?.apply(subject);
		const reasons = subjectGateReasons(subject, this.info, this.setup.gate);
		boundFindings(subject);
		return reasons;
	}
	tally() {
		return {
			waiverMatches: this.waivers.matchCounts(),
			...this.baseline ? { baseline: this.baseline.tally() } : {}
		};
	}
	add(t) {
		this.waivers.addMatches(t.waiverMatches);
		if (t.baseline) this.baseline?.add(t.baseline);
	}
};
function finishSetup(header, options) {
	return {
		header,
		waivers: [...options.waivers ?? []],
		...options.baseline ? { baseline: options.baseline.entries.map((e) => e.fingerprint) } : {},
		gate: {
			...options.failOn !== void 0 ? { failOn: options.failOn } : {},
			...options.minScore !== void 0 ? { minScore: options.minScore } : {},
			...options.minLevel !== void 0 ? { minLevel: options.minLevel } : {},
			...options.failOnNew ? { failOnNew: true } : {}
		}
	};
}
function boundFindings(subject) {
	for (const c of subject.controls) {
		if (c.findings.length <= 100) continue;
		const rest = c.findings.splice(100);
		c.findingsOmitted = {
			count: rest.length,
			waived: rest.reduce((n, f) => n + (f.waiver ? 1 : 0), 0)
		};
	}
}
// dist/src/engine/render.js
function transferables(part) {
	const out = [];
	const add = (v, depth) => {
		if (ArrayBuffer.isView(v)) {
			if (v.buffer instanceof ArrayBuffer && !out.includes(v.buffer)) out.push(v.buffer);
		} else if (depth < 2 && v !== null && typeof v === "object") for (const x of Array.isArray(v) ? v : Object.values(v)) add(x, depth + 1);
	};
	add(part, 0);
	return out;
}
async function loadRenderers(refs, header) {
	if (refs.length === 0) return void 0;
	const fns = await Promise.all(refs.map(async (r) => {
		const renderer = (await importModule(r.module))[r.export];
		if (typeof renderer?.part !== "function") throw new Error(`${r.module} has no renderer ${r.export}`);
		return renderer.part(header, r.options);
	}));
	return {
		render: (s, problems) => fns.map((f) => f(s, problems)),
		feedback: (values) => {
			if (!Array.isArray(values)) return;
			fns.forEach((f, i) => values[i] !== void 0 && f.feedback?.(values[i]));
		}
	};
}
function feedbackChanges(apply) {
	let last = "undefined";
	return (value) => {
		if (value === void 0) return;
		const key = JSON.stringify(value);
		if (key === last) return;
		last = key;
		apply(value);
	};
}
export { finishSetup as a, loadBaseline as c, backingOf as d, evaluateSubject as f, asOfDate as g, assuranceWords as h, SubjectFinisher as i, Batch as l, assuranceRank as m, loadRenderers as n, WaiverSet as o, readEvidenceDir as p, transferables as r, loadWaivers as s, feedbackChanges as t, HintTable as u };
