import { a as isBase64, i as sameVendor, n as outOfScope, p as verifiedBy } from "./chunk-e8441fc7.js";
import { n as parseJsonText, t as JsonLocations } from "./chunk-8e3aa384.js";
import { n as defaultLimits, t as parseYamlText } from "./chunk-9404d2c7.js";
import { a as pointerTokens } from "./chunk-492e16a4.js";
import { o as validateDocument, r as rangeFor } from "./chunk-9983cf21.js";
import { i as typeOf, n as readJsonArtifact, t as isObject } from "./chunk-bbb0250b.js";
import { o as signedHistoryName } from "./chunk-6ba85076.js";
import { n as lineRange, t as artifactProblem } from "./chunk-3517e1c0.js";
// dist/src/artifacts/release-history/observe.js
const maxPerClaim = 5;
const shareTolerance = 1.1;
function channelsOf(manifest) {
	const out = new Map();
	const list = manifest.value?.["updateChannels"];
	if (!Array.isArray(list)) return out;
	list.forEach((c, index) => {
		const o = c;
		if (!o || typeof o !== "object" || typeof o["id"] !== "string") return;
		const rollout = o["rollout"];
		if (!rollout || typeof rollout !== "object" || !Array.isArray(rollout["rings"])) return;
		const rings = rollout["rings"].map((r) => {
			const x = r && typeof r === "object" ? r : {};
			return {
				name: typeof x["name"] === "string" ? x["name"] : "",
				...typeof x["bakeMinutes"] === "number" ? { bakeMinutes: x["bakeMinutes"] } : {},
				...typeof x["populationPct"] === "number" ? { populationPct: x["populationPct"] } : {}
			};
		});
		const e = rollout["emergencyPath"] ?? {};
		const g = rollout["healthGate"] ?? {};
		if (!out.has(o["id"])) out.set(o["id"], {
			index,
			id: o["id"],
			rings,
			...typeof rollout["targetHosts"] === "number" ? { targetHosts: rollout["targetHosts"] } : {},
			...typeof e["minRings"] === "number" ? { minRings: e["minRings"] } : {},
			...typeof e["healthGateEnforced"] === "boolean" ? { healthGateEnforced: e["healthGateEnforced"] } : {},
			...typeof g["onBreach"] === "string" ? { onBreach: g["onBreach"] } : {},
			...typeof g["maxDetectionMinutes"] === "number" ? { maxDetectionMinutes: g["maxDetectionMinutes"] } : {}
		});
	});
	return out;
}
const minutes = (ms) => Math.round(ms / 6e4);
const fmtMin = (m) => m >= 120 && m % 60 === 0 ? `${m / 60} h` : `${m} min`;
const fmtPct = (x) => `${x < 1 ? Number(x.toPrecision(2)) : Math.round(x * 10) / 10}%`;
var Tally = class {
	contradicted = [];
	supported = 0;
	best;
	ok(rank, words, pos) {
		this.supported++;
		if (!this.best || rank < this.best.rank) this.best = {
			words,
			pos,
			rank
		};
	}
	bad(words, pos) {
		this.contradicted.push({
			words,
			pos
		});
	}
};
const declaredIndex = (c, r) => r.rings.map((x) => c.rings.findIndex((d) => d.name === x.name));
function observeHistory(facts, manifest, reader) {
	const channels = channelsOf(manifest);
	const tallies = new Map();
	const tally = (claim) => {
		let t = tallies.get(claim);
		if (!t) tallies.set(claim, t = new Tally());
		return t;
	};
	const counted = new Map();
	const declared = declaredChannels(manifest);
	const slips = new Map();
	for (const r of facts.releases) {
		if (declared && !declared.includes(r.channel)) {
			if (!slips.has(r.channel)) slips.set(r.channel, nearest(r.channel, declared));
			const near = slips.get(r.channel);
			tally("/updateChannels").bad(`release ${r.id}${r.emergency ? " (emergency)" : ""} shipped on channel "${r.channel}", which the manifest does not declare${near ? ` (did you mean "${near}"?)` : ""}; declared: ${declared.join(", ") || "none"}`, r.channelPos);
			continue;
		}
		const c = channels.get(r.channel);
		if (!c || r.rings.length === 0) continue;
		counted.set(c.id, (counted.get(c.id) ?? 0) + 1);
		const base = `/updateChannels/${c.index}/rollout`;
		const idx = declaredIndex(c, r);
		const rel = `release ${r.id}${r.emergency ? " (emergency)" : ""}`;
		const unknown = idx.findIndex((k) => k < 0);
		const reachedLast = idx[idx.length - 1] === c.rings.length - 1;
		if (unknown >= 0) tally(`${base}/rings`).bad(`${rel} went through ring "${r.rings[unknown].name}", which the channel does not declare (declared: ${c.rings.map((d) => d.name).join(" \u2192 ")})`, r.rings[unknown].pos);
		else {
			let broken = false;
			for (let k = 0; k < idx.length && !broken; k++) {
				const prev = k === 0 ? -1 : idx[k - 1];
				if (idx[k] <= prev) {
					tally(`${base}/rings`).bad(`${rel} entered ring ${r.rings[k].name} after ring ${r.rings[k - 1].name}: out of the declared order ${c.rings.map((d) => d.name).join(" \u2192 ")}`, r.rings[k].pos);
					broken = true;
				} else if (!r.emergency && idx[k] > prev + 1) {
					const skipped = c.rings.slice(prev + 1, idx[k]).map((d) => d.name);
					tally(`${base}/rings`).bad(`${rel} went to ring ${r.rings[k].name}${k > 0 ? ` straight from ring ${r.rings[k - 1].name}` : " first"}, skipping ${skipped.join(", ")}`, r.rings[k].pos);
					broken = true;
				} else if (k > 0 && r.rings[k].start < r.rings[k - 1].start) {
					tally(`${base}/rings`).bad(`${rel} started ring ${r.rings[k].name} before ring ${r.rings[k - 1].name}`, r.rings[k].startPos);
					broken = true;
				}
			}
			if (!broken) tally(`${base}/rings`).ok(0, () => `${r.rings.map((x) => x.name).join(" \u2192 ")} (${rel})`, r.rings[0].pos);
		}
		if (unknown >= 0) continue;
		if (!r.emergency) for (let k = 0; k + 1 < r.rings.length; k++) {
			const d = c.rings[idx[k]];
			if (d.bakeMinutes === void 0) continue;
			const ring = r.rings[k];
			const next = r.rings[k + 1];
			const from = ring.end ?? ring.start;
			const bake = minutes(next.start - from);
			const declaredBake = d.bakeMinutes;
			const words = () => `${rel}: ring ${ring.name} ${ring.end !== void 0 ? "completed" : "started"} ${iso(from)}, ring ${next.name} started ${iso(next.start)}: a bake of ${fmtMin(bake)}, declared ${fmtMin(declaredBake)}`;
			if (bake >= d.bakeMinutes) tally(`${base}/rings/${idx[k]}/bakeMinutes`).ok(bake - d.bakeMinutes, words, next.startPos);
			else tally(`${base}/rings/${idx[k]}/bakeMinutes`).bad(words(), next.startPos);
		}
		shares(r, c, idx, reachedLast, base, rel, tally);
		if (r.emergency && reachedLast) {
			if (c.minRings !== void 0) {
				const words = `${rel} reached ring ${r.rings[r.rings.length - 1].name} through ${r.rings.length} ring${r.rings.length === 1 ? "" : "s"} (${r.rings.map((x) => x.name).join(" \u2192 ")}); declared at least ${c.minRings}`;
				if (r.rings.length >= c.minRings) tally(`${base}/emergencyPath/minRings`).ok(r.rings.length - c.minRings, words, r.rings[0].pos);
				else tally(`${base}/emergencyPath/minRings`).bad(words, r.rings[r.rings.length - 1].pos);
			}
			if (c.healthGateEnforced === true) {
				const ungated = r.rings.slice(0, -1).find((x) => x.gates.length === 0);
				if (ungated) tally(`${base}/emergencyPath/healthGateEnforced`).bad(`${rel} left ring ${ungated.name} with no health-gate evaluation recorded`, ungated.pos);
				else tally(`${base}/emergencyPath/healthGateEnforced`).ok(0, `${rel}: every ring it left was evaluated by the health gate`, r.rings[0].pos);
			}
		}
		breach(r, c, base, rel, tally);
	}
	const out = [];
	const at = (pos) => ({
		kind: reader.kind,
		title: reader.title,
		at: {
			file: facts.file,
			region: facts.locate(pos)
		}
	});
	const inPayload = (pos, words) => facts.envelope ? `${facts.envelope.inPayload(pos)}: ${words}` : words;
	for (const [claim, t] of tallies) {
		const channel = [...channels.values()].find((c) => claim.startsWith(`/updateChannels/${c.index}/`));
		if (t.contradicted.length > 0) t.contradicted.slice(0, maxPerClaim).forEach((c, k, shown) => {
			const more = k === shown.length - 1 && t.contradicted.length > shown.length ? ` (and ${t.contradicted.length - shown.length} more releases ${channel ? `of channel ${channel.id}` : "on channels the manifest does not declare"})` : "";
			out.push({
				claim,
				result: "contradicted",
				observed: inPayload(c.pos, `${c.words}${more}`),
				artifact: at(c.pos)
			});
		});
		else if (t.best && channel) {
			const n = t.supported;
			const m = counted.get(channel.id) ?? 0;
			out.push({
				claim,
				result: "observed",
				observed: inPayload(t.best.pos, `${n === 1 ? "the one check" : `all ${n} checks`} over ${m} release${m === 1 ? "" : "s"} of channel ${channel.id} agree${n === 1 ? "s" : ""}; closest to the limit: ${typeof t.best.words === "string" ? t.best.words : t.best.words()}`),
				artifact: at(t.best.pos)
			});
		}
	}
	return out;
}
function shares(r, c, idx, reachedLast, base, rel, tally) {
	const all = reachedLast && r.rings.every((x) => x.hosts !== void 0) ? r.rings.reduce((s, x) => s + x.hosts, 0) : void 0;
	const denominator = c.targetHosts ?? all;
	if (denominator === void 0 || denominator <= 0) return;
	const of = c.targetHosts !== void 0 ? "rollout.targetHosts" : "the hosts the release reached";
	let sum = 0;
	for (let k = 0; k < r.rings.length; k++) {
		const ring = r.rings[k];
		if (ring.hosts === void 0) return;
		sum += ring.hosts;
		const d = c.rings[idx[k]];
		if (d.populationPct === void 0 || d.populationPct >= 100) continue;
		if (c.targetHosts === void 0 && idx[k] === c.rings.length - 1) continue;
		const share = sum / denominator * 100;
		const declaredPct = d.populationPct;
		const allowed = Math.ceil(declaredPct * denominator / 100 * shareTolerance - 1e-9);
		const reached = sum;
		const words = () => k === 0 ? `${rel}: ring ${ring.name} reached ${reached} hosts, ${fmtPct(share)} of ${denominator} (${of}); declared ${fmtPct(declaredPct)}` : `${rel}: by the end of ring ${ring.name} ${reached} hosts had it (${r.rings.slice(0, k + 1).map((x) => x.name).join(" + ")}), ${fmtPct(share)} of ${denominator} (${of}); declared ${fmtPct(declaredPct)} cumulative`;
		if (reached <= allowed) tally(`${base}/rings/${idx[k]}/populationPct`).ok(declaredPct - share, words, ring.hostsPos ?? ring.pos);
		else tally(`${base}/rings/${idx[k]}/populationPct`).bad(words(), ring.hostsPos ?? ring.pos);
	}
}
function declaredChannels(manifest) {
	const list = manifest.value?.["updateChannels"];
	if (!Array.isArray(list)) return void 0;
	return list.flatMap((c) => c && typeof c === "object" && typeof c["id"] === "string" ? [c["id"]] : []);
}
function nearest(name, ids) {
	const fold = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");
	const same = ids.find((id) => fold(id) === fold(name));
	if (same !== void 0) return same;
	if (name.length > 64) return void 0;
	let best;
	for (const id of ids) {
		if (id.length > 64 || Math.abs(id.length - name.length) > 2) continue;
		const d = editDistance(name, id);
		if (d <= 2 && (!best || d < best.d)) best = {
			id,
			d
		};
	}
	return best?.id;
}
function editDistance(a, b) {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		prev = cur;
	}
	return prev[b.length];
}
function breach(r, c, base, rel, tally) {
	if (c.onBreach === void 0 && c.maxDetectionMinutes === void 0) return;
	let k = -1;
	let gate;
	for (let i = 0; i < r.rings.length && !gate; i++) {
		gate = r.rings[i].gates.find((g) => g.verdict === "breach");
		if (gate) k = i;
	}
	if (!gate) return;
	const ring = r.rings[k];
	const halt = r.rings.slice(k).find((x) => x.halt && x.halt.at >= gate.breachStart)?.halt;
	const rollback = r.rings.slice(k).find((x) => x.rollback && x.rollback.at >= gate.breachStart)?.rollback;
	const promoted = r.rings.slice(k + 1).find((x) => x.start > gate.at);
	const what = `${rel}: the health gate found a breach in ring ${ring.name}${gate.signal ? ` (${gate.signal})` : ""} at ${iso(gate.at)}`;
	if (c.onBreach === "halt" || c.onBreach === "halt_and_rollback") {
		const claim = `${base}/healthGate/onBreach`;
		if (promoted) tally(claim).bad(`${what}, and ring ${promoted.name} started after it, at ${iso(promoted.start)}`, promoted.startPos);
		else if (!halt) tally(claim).bad(`${what}, and no halt is recorded`, gate.pos);
		else if (c.onBreach === "halt_and_rollback" && !rollback) tally(claim).bad(`${what}; it was halted at ${iso(halt.at)} and not rolled back`, halt.pos);
		else tally(claim).ok(0, `${what}; halted at ${iso(halt.at)}${rollback ? `, rolled back at ${iso(rollback.at)}` : ""}`, halt.pos);
	}
	if (c.maxDetectionMinutes !== void 0 && halt) {
		const took = minutes(halt.at - gate.breachStart);
		const words = `${rel}: a breach in ring ${ring.name} from ${iso(gate.breachStart)} was halted at ${iso(halt.at)}, ${fmtMin(took)} later; declared at most ${fmtMin(c.maxDetectionMinutes)}`;
		if (took <= c.maxDetectionMinutes) tally(`${base}/healthGate/maxDetectionMinutes`).ok(c.maxDetectionMinutes - took, words, halt.pos);
		else tally(`${base}/healthGate/maxDetectionMinutes`).bad(words, halt.pos);
	} else if (c.maxDetectionMinutes !== void 0 && !halt && !promoted) tally(`${base}/healthGate/maxDetectionMinutes`).bad(`${what}, and no halt is recorded`, gate.pos);
}
function iso(ms) {
	return new Date(ms).toISOString().replace("T", " ").replace(/:\d\d\.\d{3}Z$/, "Z");
}
// dist/src/artifacts/release-history/read.js
const maxHistoryBytes = 33554432;
const maxReleases = 1e3;
const maxProblems = 50;
const historyLimits = {
	...defaultLimits,
	maxFileBytes: maxHistoryBytes,
	maxNodes: 4e5,
	maxTokens: 4e6
};
const envelopeName = signedHistoryName;
const historyPayloadTypes = {
	"application/vnd.ringfence.release-history+yaml": "document",
	"application/vnd.ringfence.release-history+json": "document",
	"application/vnd.ringfence.release-history+jsonl": "jsonl"
};
const maxEnvelopeBytes = Math.ceil(maxHistoryBytes / 3) * 4 + 65536;
const maxSignatures = 16;
function readHistory(file, context = {}) {
	if (envelopeName.test(file.file)) return readEnvelope(file, context);
	return readPlain(file, /\.jsonl$/i.test(file.file));
}
function readPlain(file, jsonl) {
	const problems = [];
	if (file.bytes.length > 33554432) {
		problems.push(artifactProblem(file.file, "artifact-too-large", `the release history is ${file.bytes.length} bytes; at most ${maxHistoryBytes} are read`));
		return { problems };
	}
	if (file.bytes.subarray(0, 4096).includes(0)) {
		problems.push(artifactProblem(file.file, "artifact-format", "not a release history: the file holds NUL bytes (UTF-8 text is expected)", lineRange(1, 1, 1)));
		return { problems };
	}
	const text = file.bytes.toString("utf8");
	const doc = jsonl ? parseLines(file.file, text, problems) : parseDocument(file.file, text, problems);
	if (!doc) return { problems: cap(problems, file.file) };
	return {
		...checked(file.file, doc, problems),
		problems: cap(problems, file.file)
	};
}
function cap(problems, file) {
	if (problems.length <= maxProblems) return problems;
	const errors = problems.filter((p) => p.severity === "error").length;
	return [...problems.slice(0, maxProblems), artifactProblem(file, "artifact-limit", `and ${problems.length - maxProblems} more problems in this release history (at most ${maxProblems} are listed)`, void 0, errors > 0 ? "error" : "warning")];
}
function parseDocument(file, text, problems) {
	const parsed = parseYamlText(text, file, historyLimits);
	for (const p of parsed.problems) problems.push({
		...p,
		code: p.severity === "error" ? "artifact-syntax" : p.code
	});
	if (parsed.problems.some((p) => p.severity === "error")) return void 0;
	const first = parsed.documents[0];
	if (!first) {
		problems.push(artifactProblem(file, "artifact-empty", "the release history is empty"));
		return;
	}
	if (parsed.documents.length > 1) problems.push(artifactProblem(file, "artifact-format", `the file holds ${parsed.documents.length} YAML documents; only the first is read`, first.locations.get("")?.value, "warning"));
	let skipped = 0;
	const root = first.value;
	if (root && typeof root === "object" && Array.isArray(root["releases"]) && root["releases"].length > 1e3) {
		const all = root["releases"];
		skipped = all.length - maxReleases;
		const kept = all.slice(skipped);
		const locations = first.locations;
		const shifted = { get: (p) => {
			const t = pointerTokens(p);
			if (t[0] === "releases" && t.length > 1 && /^\d+$/.test(t[1])) return locations.get(`/releases/${Number(t[1]) + skipped}${p.slice(`/releases/${t[1]}`.length)}`);
			return locations.get(p);
		} };
		return {
			...first,
			value: {
				...root,
				releases: kept
			},
			locations: shifted,
			skipped
		};
	}
	return {
		...first,
		skipped
	};
}
function parseLines(file, text, problems) {
	const lines = (text.charCodeAt(0) === 65279 ? text.slice(1) : text).split(/\r?\n/);
	let headerLine = -1;
	for (let i = 0; i < lines.length; i++) if (lines[i].trim() !== "") {
		headerLine = i;
		break;
	}
	if (headerLine < 0) {
		problems.push(artifactProblem(file, "artifact-empty", "the release history is empty"));
		return;
	}
	const header = parseJsonText(lines[headerLine], file, "artifact-syntax", true);
	if (header.problem) {
		problems.push(shiftProblem(header.problem, headerLine));
		return;
	}
	if (header.value === null || typeof header.value !== "object" || Array.isArray(header.value)) {
		problems.push(artifactProblem(file, "artifact-format", "the first line of a JSON Lines release history is the header: {\"apiVersion\": \"ringfence.dev/v1\", \"kind\": \"ReleaseHistory\", \"metadata\": {\u2026}}", lineRange(headerLine + 1, 1, lines[headerLine].length)));
		return;
	}
	const body = [];
	for (let i = headerLine + 1; i < lines.length; i++) if (lines[i].trim() !== "") body.push(i);
	const skipped = Math.max(0, body.length - maxReleases);
	const releases = [];
	const at = [];
	for (const i of body.slice(skipped)) {
		const r = parseJsonText(lines[i], file, "artifact-syntax", true);
		if (r.problem) {
			problems.push({
				...shiftProblem(r.problem, i),
				message: `${r.problem.message} (this release is not read)`
			});
			continue;
		}
		releases.push(r.value);
		at.push({
			line: i,
			locations: r.locations
		});
	}
	const headerLocations = new JsonLocations(lines[headerLine]);
	const shift = (loc, line) => loc && {
		...loc.key ? { key: shiftRange(loc.key, line) } : {},
		value: shiftRange(loc.value, line),
		scalar: loc.scalar
	};
	const locations = { get(p) {
		const t = pointerTokens(p);
		if (t[0] === "releases") {
			if (t.length === 1) return at[0] ? shift(at[0].locations.get(""), at[0].line) : shift(headerLocations.get(""), headerLine);
			const k = /^\d+$/.test(t[1]) ? Number(t[1]) : -1;
			const one = at[k];
			if (!one) return void 0;
			return shift(one.locations.get(p.slice(`/releases/${t[1]}`.length)), one.line);
		}
		return shift(headerLocations.get(p), headerLine);
	} };
	const value = {
		...header.value,
		releases
	};
	if ("releases" in header.value) problems.push(artifactProblem(file, "artifact-format", "in JSON Lines the releases are the lines after the header; the header's own \"releases\" is not read", rangeFor(headerLocations, "/releases", "key") && shiftRange(rangeFor(headerLocations, "/releases", "key"), headerLine), "warning"));
	return {
		file,
		documentIndex: 0,
		value,
		locations,
		pointers: new WeakMap(),
		lines,
		skipped
	};
}
function shiftRange(r, line) {
	return {
		startLine: r.startLine + line,
		startColumn: r.startColumn,
		endLine: r.endLine + line,
		endColumn: r.endColumn
	};
}
function shiftProblem(p, line) {
	return p.range ? {
		...p,
		range: shiftRange(p.range, line)
	} : {
		...p,
		range: lineRange(line + 1, 1, 1)
	};
}
function checked(file, doc, problems) {
	const schemaProblems = validateDocument(doc, "release-history", "artifact-schema");
	const badReleases = new Set();
	let badHeader = false;
	for (const p of schemaProblems) {
		const t = pointerTokens(p.pointer ?? "");
		if (t[0] === "releases" && t.length > 1) badReleases.add(Number(t[1]));
		else badHeader = true;
		const { documentIndex: _d, ...rest } = p;
		problems.push(t[0] === "releases" && t.length > 1 ? {
			...rest,
			message: `${rest.message} (release ${t[1]} is not read)`
		} : rest);
	}
	if (badHeader) return {};
	const root = doc.value;
	const loc = (p, prefer = "value") => rangeFor(doc.locations, p, prefer);
	const where = (p, prefer = "value") => prefer === "key" ? `${p}#key` : p;
	const releases = [];
	(root.releases ?? []).forEach((raw, i) => {
		if (badReleases.has(i)) return;
		const r = raw;
		const base = `/releases/${i}`;
		const rings = [];
		let bad = false;
		const time = (value, p) => {
			const ms = Date.parse(String(value));
			if (Number.isNaN(ms)) {
				problems.push(artifactProblem(file, "artifact-schema", `${p} is ${JSON.stringify(value)}; expected an RFC 3339 date-time (release ${r.id} is not read)`, loc(p)));
				bad = true;
			}
			return ms;
		};
		r.rings.forEach((ring, k) => {
			const rp = `${base}/rings/${k}`;
			const g = ring["gates"] ?? [];
			const fact = {
				name: ring["name"],
				start: time(ring["start"], `${rp}/start`),
				gates: g.map((x, n) => {
					const at = time(x["at"], `${rp}/gates/${n}/at`);
					return {
						at,
						verdict: x["verdict"],
						breachStart: x["breachStartedAt"] !== void 0 ? time(x["breachStartedAt"], `${rp}/gates/${n}/breachStartedAt`) : at,
						...typeof x["signal"] === "string" ? { signal: x["signal"] } : {},
						pos: where(`${rp}/gates/${n}/verdict`)
					};
				}),
				pos: where(`${rp}/name`),
				startPos: where(`${rp}/start`)
			};
			if (ring["end"] !== void 0) {
				fact.end = time(ring["end"], `${rp}/end`);
				if (!bad && fact.end < fact.start) {
					problems.push(artifactProblem(file, "artifact-schema", `${rp}/end is before its start (release ${r.id} is not read)`, loc(`${rp}/end`)));
					bad = true;
				}
			}
			if (typeof ring["hostsReached"] === "number") {
				fact.hosts = ring["hostsReached"];
				fact.hostsPos = where(`${rp}/hostsReached`);
			}
			const halt = ring["halt"];
			if (halt) fact.halt = {
				at: time(halt["at"], `${rp}/halt/at`),
				pos: where(`${rp}/halt`, "key")
			};
			const rollback = ring["rollback"];
			if (rollback) fact.rollback = {
				at: time(rollback["at"], `${rp}/rollback/at`),
				pos: where(`${rp}/rollback`, "key")
			};
			rings.push(fact);
		});
		if (bad) return;
		releases.push({
			id: r.id,
			channel: r.channel,
			emergency: r.emergency === true,
			rings,
			pos: where(`${base}/id`),
			channelPos: where(`${base}/channel`)
		});
	});
	if (doc.skipped > 0) problems.push(artifactProblem(file, "artifact-limit", `the history holds ${doc.skipped + (root.releases?.length ?? 0)} releases; the last ${maxReleases} are checked, the first ${doc.skipped} are not read`, void 0, "warning"));
	if (releases.length === 0 && !problems.some((p) => p.severity === "error")) problems.push(artifactProblem(file, "artifact-empty", "the release history lists no release, so it says nothing about the rollouts", loc("/metadata", "key"), "warning"));
	const locations = doc.locations;
	const locate = (w) => w.endsWith("#key") ? rangeFor(locations, w.slice(0, -4), "key") : rangeFor(locations, w);
	return { facts: {
		file,
		vendor: root.metadata.vendor,
		product: root.metadata.product,
		releases,
		skipped: doc.skipped,
		locate
	} };
}
function readEnvelope(file, context) {
	const fail = (message, range, code = "artifact-format") => ({ problems: [artifactProblem(file.file, code, `${message}; the signed release history was not used`, range)] });
	if (file.bytes.length > 44804780) return fail(`the envelope is ${file.bytes.length} bytes; at most ${maxEnvelopeBytes} are read (a payload of ${maxHistoryBytes} bytes in base64)`, void 0, "artifact-too-large");
	const r = readJsonArtifact(file.file, file.bytes, "signed release history (DSSE envelope)", {
		maxBytes: maxEnvelopeBytes,
		maxDepth: 8
	});
	if (!r.json) return { problems: r.problems };
	const e = r.json.value;
	if (!isObject(e)) return fail(`a DSSE envelope is a JSON mapping of payloadType, payload and signatures, not ${typeOf(e)}`, r.json.at(""));
	const type = e["payloadType"];
	const format = typeof type === "string" && Object.hasOwn(historyPayloadTypes, type) ? historyPayloadTypes[type] : void 0;
	if (format === void 0) return fail(`${type === void 0 ? "the envelope has no payloadType" : `payloadType is ${JSON.stringify(type).slice(0, 120)}`}, not a release history's (${Object.keys(historyPayloadTypes).join(", ")})`, r.json.at(type === void 0 ? "" : "/payloadType"));
	const payload = e["payload"];
	const payloadAt = r.json.at("/payload");
	if (typeof payload !== "string") return fail(payload === void 0 ? "the envelope has no payload" : `the payload is ${typeOf(payload)}, not base64 text`, payload === void 0 ? r.json.at("") : payloadAt);
	if (!isBase64(payload)) return fail("the payload is not base64 text (altered or damaged)", payloadAt);
	const body = Buffer.from(payload, "base64");
	if (body.length > 33554432) return fail(`the payload is ${body.length} bytes; at most ${maxHistoryBytes} are read`, payloadAt, "artifact-too-large");
	const rawSigs = e["signatures"];
	if (rawSigs !== void 0 && !Array.isArray(rawSigs)) return fail(`signatures is ${typeOf(rawSigs)}, not a list`, r.json.at("/signatures"));
	const sigs = (rawSigs ?? []).filter((x) => isObject(x) && typeof x["sig"] === "string" && x["sig"] !== "");
	const problems = [];
	const sigAt = rawSigs === void 0 ? r.json.at("") : r.json.at("/signatures");
	let signer;
	let unverified;
	if (sigs.length === 0) unverified = "the envelope carries no signature";
	else if (sigs.length > maxSignatures) unverified = `the envelope carries ${sigs.length} signatures; at most ${maxSignatures} are checked, so none is`;
	else if (!context.policy) unverified = "no trust policy (--trust-policy) to verify its signature with";
	else {
		const key = verifiedBy(type, body, sigs, context.policy.keys);
		if (!key) {
			const ids = sigs.map((x) => typeof x["keyid"] === "string" ? String(x["keyid"]).slice(0, 16) || "(none)" : "(none)");
			unverified = `no key of the trust policy ${context.policy.file} verifies its signature (key id ${ids.join(", ")})`;
		} else if (key.expires && context.asOf && context.asOf > key.expires) unverified = `signed by "${key.name}", which the trust policy trusts until ${key.expires}`;
		else signer = key;
	}
	if (unverified) problems.push(artifactProblem(file.file, "artifact-unsigned", `${unverified}: the history is read as an unsigned file (its support counts only if the manifest pins it or the reader names it with --artifact)`, sigAt, "warning"));
	const inner = readPlain({
		...file,
		bytes: body
	}, format === "jsonl");
	const words = (range) => `payload line ${range.startLine}, column ${range.startColumn}`;
	for (const p of inner.problems) problems.push(p.range ? {
		...p,
		range: payloadAt,
		message: `${p.message} (${words(p.range)})`
	} : p);
	if (!inner.facts) return { problems };
	const locate = inner.facts.locate;
	return {
		facts: {
			...inner.facts,
			locate: () => payloadAt,
			envelope: {
				payloadType: type,
				signatures: sigs.length,
				...signer ? { signer } : {},
				...unverified ? { unverified } : {},
				inPayload: (w) => words(locate(w))
			}
		},
		problems
	};
}
// dist/src/artifacts/release-history/index.js
const historyName = /\.release-history\.(ya?ml|json|jsonl)$/i;
function looksLikeHistory(name, head) {
	if (envelopeName.test(name)) return /^\s*\{/.test(head);
	return historyName.test(name) && /(^|[\s{,])"?kind"?\s*:\s*"?ReleaseHistory\b/m.test(head);
}
function historyTimeline(facts, manifest) {
	const channels = manifest.value?.["updateChannels"];
	if (!Array.isArray(channels)) return [];
	const out = [];
	for (const r of facts.releases.slice(-24)) {
		const c = channels.find((x) => x?.["id"] === r.channel);
		const rollout = c?.["rollout"];
		const declared = Array.isArray(rollout?.["rings"]) ? rollout["rings"] : [];
		if (!c || declared.length === 0 || r.rings.length === 0) continue;
		const last = declared[declared.length - 1]?.["name"];
		const target = typeof rollout?.["targetHosts"] === "number" ? rollout["targetHosts"] : void 0;
		const allHosts = r.rings.every((x) => x.hosts !== void 0);
		const denominator = target ?? (allHosts && r.rings[r.rings.length - 1].name === last ? r.rings.reduce((s, x) => s + x.hosts, 0) : void 0);
		let sum = 0;
		const halt = r.rings.find((x) => x.halt)?.halt;
		const rollback = r.rings.find((x) => x.rollback)?.rollback;
		out.push({
			artifact: facts.file,
			release: r.id,
			channel: r.channel,
			emergency: r.emergency,
			rings: r.rings.map((x) => {
				sum += x.hosts ?? 0;
				const d = declared.find((y) => y?.["name"] === x.name);
				const pct = denominator && allHosts ? Math.min(100, sum / denominator * 100) : typeof d?.["populationPct"] === "number" ? d["populationPct"] : null;
				return {
					name: x.name,
					start: full(x.start),
					...x.end !== void 0 ? { end: full(x.end) } : {},
					pct: pct === null ? null : Math.round(pct * 1e3) / 1e3,
					...pct !== null && !(denominator && allHosts) ? { declaredPct: true } : {}
				};
			}),
			...halt ? { halted: full(halt.at) } : {},
			...rollback ? { rolledBack: full(rollback.at) } : {}
		});
	}
	return out;
}
const full = (ms) => new Date(ms).toISOString();
const history = {
	title: "release history",
	kind: "release-history",
	recognise: looksLikeHistory,
	read: readHistory,
	observe(facts, manifest) {
		return observeHistory(facts, manifest, history);
	},
	timeline: historyTimeline,
	signer: historySigner
};
function historySigner(facts, manifest) {
	const key = facts.envelope?.signer;
	if (!key) return void 0;
	const meta = manifest.value?.["metadata"];
	const vendor = typeof meta?.["vendor"] === "string" ? meta["vendor"] : void 0;
	if (vendor === void 0 || !sameVendor(facts.vendor, vendor)) return void 0;
	const claims = !key.claims || key.claims.some((p) => outOfScope({
		name: key.name,
		claims: [p]
	}, vendor, ["/updateChannels"]) === void 0) ? [] : observeHistory(facts, manifest, history).map((o) => o.claim);
	return outOfScope(key, vendor, claims) === void 0 ? key.name : void 0;
}
export { history };
