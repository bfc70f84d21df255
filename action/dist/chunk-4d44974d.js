import { c as predicateType, f as signStatement, l as readSigningKey, m as verifyEnvelope, s as payloadType, u as readVerifyingKey } from "./chunk-e8441fc7.js";
import { s as yamlPath } from "./chunk-492e16a4.js";
import { n as parseJsonText } from "./chunk-8e3aa384.js";
import { c as readTextFile, r as displayPath } from "./chunk-1fcab411.js";
import { n as defaultLimits } from "./chunk-9404d2c7.js";
import { o as validateDocument, r as rangeFor } from "./chunk-9983cf21.js";
import { i as locateSubject, n as hashRegularFile, t as checkSubject } from "./chunk-ed6b1986.js";
import { t as check } from "./chunk-e3c6e943.js";
import { n as standardFile, t as loadStandard } from "./chunk-1bb3c873.js";
import { r as terminalSafe } from "./chunk-3951146b.js";
import { t as parse } from "./chunk-2b1cc3fe.js";
import { c as parseDate } from "./chunk-7438c5f2.js";
import { t as formatProblem } from "./chunk-35fe87d2.js";
import { t as UsageError } from "./chunk-2a83795e.js";
import { generateKeyPairSync } from "node:crypto";
import { existsSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
// dist/src/attest/statement.js
const maxAttestationBytes = 67108864;
function asOfProblem(date, today = new Date().toISOString().slice(0, 10)) {
	const ms = Date.parse(`${date}T00:00:00Z`);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) return `${JSON.stringify(date)} is not a date (YYYY-MM-DD)`;
	const now = Date.parse(`${today}T00:00:00Z`);
	if (ms > now + 864e5) return `${date} is in the future (today is ${today}, UTC)`;
	const oldest = new Date(now);
	oldest.setUTCFullYear(oldest.getUTCFullYear() - 10);
	if (ms < oldest.getTime()) return `${date} is more than 10 years before today (${today})`;
}
const problem = (file, locations, pointer, message, code = "attestation-invalid") => ({
	severity: "error",
	code,
	file,
	pointer,
	message,
	...locations ? { range: rangeFor(locations, pointer) } : {}
});
function readEnvelope(file) {
	const shown = displayPath(file);
	const { text, problem: unreadable } = readTextFile(file, {
		...defaultLimits,
		maxFileBytes: maxAttestationBytes
	});
	if (unreadable) return { problems: [{
		...unreadable,
		code: "attestation-unreadable"
	}] };
	const parsed = parseJsonText(text, shown, "attestation-invalid", true);
	if (parsed.problem) return { problems: [parsed.problem] };
	const e = parsed.value;
	const at = (pointer, message) => ({ problems: [problem(shown, parsed.locations, pointer, message)] });
	if (e === null || typeof e !== "object" || Array.isArray(e)) return at("", "not a DSSE envelope: expected a mapping with payloadType, payload and signatures");
	if (typeof e["payloadType"] !== "string") return at("/payloadType", "not a DSSE envelope: \"payloadType\" must be a string");
	if (e["payloadType"] !== "application/vnd.in-toto+json") return at("/payloadType", `payloadType is ${JSON.stringify(e["payloadType"]).slice(0, 80)}; expected ${payloadType}`);
	if (typeof e["payload"] !== "string" || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(e["payload"])) return at("/payload", "not a DSSE envelope: \"payload\" must be a base64 string");
	const signatures = e["signatures"];
	if (!Array.isArray(signatures) || signatures.length === 0) return at("/signatures", "not a DSSE envelope: \"signatures\" must be a non-empty list");
	for (let i = 0; i < signatures.length; i++) {
		const s = signatures[i];
		if (s === null || typeof s !== "object" || typeof s["sig"] !== "string" || s["keyid"] !== void 0 && typeof s["keyid"] !== "string") return at(`/signatures/${i}`, "a signature must be a mapping with \"sig\" (base64) and optionally \"keyid\" (a string)");
	}
	return {
		envelope: e,
		problems: []
	};
}
function readStatement(body, file, today) {
	const shown = `${displayPath(file)} (signed payload)`;
	let text;
	try {
		text = new TextDecoder("utf-8", { fatal: true }).decode(body);
	} catch {
		return { problems: [problem(shown, void 0, "", "the payload is not UTF-8 text")] };
	}
	const parsed = parseJsonText(text, shown, "attestation-invalid", true);
	if (parsed.problem) return { problems: [parsed.problem] };
	const value = parsed.value;
	if (value !== null && typeof value === "object" && value.predicateType === "https://ringfence.dev/attestation/check/v1") value.predicateType = predicateType;
	const doc = {
		file: shown,
		documentIndex: 0,
		value: parsed.value,
		locations: parsed.locations,
		pointers: new WeakMap(),
		lines: []
	};
	const schemaProblems = validateDocument(doc, "attestation", "attestation-invalid");
	if (schemaProblems.length) return { problems: schemaProblems };
	const statement = parsed.value;
	const problems = [];
	const asOf = asOfProblem(statement.predicate.asOf, today);
	if (asOf) problems.push(problem(shown, parsed.locations, "/predicate/asOf", `predicate.asOf: ${asOf}`));
	const seen = new Set();
	statement.subject.forEach((s, i) => {
		const pointer = `/subject/${i}/name`;
		if (s.name.includes("\0") || path.posix.normalize(s.name) !== s.name || s.name.endsWith("/") || s.name === ".") problems.push(problem(shown, parsed.locations, pointer, `${yamlPath(pointer)}: ${JSON.stringify(s.name).slice(0, 200)} is not a normalised file path (ringfence writes paths like dir/file.yaml)`));
		else if (seen.has(s.name)) problems.push(problem(shown, parsed.locations, pointer, `${yamlPath(pointer)}: ${JSON.stringify(s.name).slice(0, 200)} is listed twice`));
		seen.add(s.name);
	});
	return problems.length ? { problems } : {
		statement,
		problems
	};
}
// dist/src/cli/attest-command.js
const proves = "an attestation proves which bytes were evaluated and what the evaluation gave, not that what the documents claim is true: a self-signed attestation adds no assurance to the claims (the assurance it records is what the evidence backed)";
function results(report) {
	return report.subjects.map((s) => ({
		file: s.file,
		documentIndex: s.documentIndex,
		kind: s.kind,
		name: s.name,
		score: s.score,
		grade: s.grade,
		uncappedGrade: s.uncappedGrade,
		cappedBy: s.cappedBy,
		level: s.level,
		evidenceCoverage: s.evidenceCoverage,
		assurance: s.assurance,
		controls: Object.fromEntries(s.controls.map((c) => [c.id, c.status]))
	}));
}
function standardOf(standardFile$1) {
	const { standard, problems } = loadStandard(standardFile(standardFile$1));
	if (!standard) {
		for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
		throw new UsageError("the standard could not be loaded");
	}
	return {
		standard,
		problems
	};
}
function evaluate(paths, loaded, asOf) {
	return check(loaded.standard, loaded.problems, {
		paths,
		failOn: "none",
		...asOf ? { asOf } : {}
	});
}
function sameFile(file, real) {
	try {
		return realpathSync(file) === real;
	} catch {
		return false;
	}
}
function readKey(file, use) {
	const { text, problem } = readTextFile(file, {
		...defaultLimits,
		maxFileBytes: 65536
	});
	if (problem) throw new UsageError(`cannot read the key ${terminalSafe(file)}: ${terminalSafe(problem.message)}`);
	try {
		if (use === "sign") readSigningKey(text, terminalSafe(file));
		if (use === "verify") readVerifyingKey(text, terminalSafe(file));
	} catch (error) {
		throw new UsageError(error.message);
	}
	return text;
}
const maxProblemsShown = 50;
const docName = (d) => terminalSafe(`${d.file}${d.documentIndex ? `#${d.documentIndex}` : ""}`);
function runKeygen(args) {
	const { values } = parse(args, {
		output: {
			type: "string",
			short: "o"
		},
		force: { type: "boolean" }
	});
	const name = values.output ?? "ringfence";
	for (const f of [`${name}.key`, `${name}.pub`]) if (existsSync(f) && !values.force) throw new UsageError(`${f} exists; use --force to overwrite it`);
	const { privateKey, publicKey } = generateKeyPairSync("ed25519");
	writeFileSync(`${name}.key`, privateKey.export({
		type: "pkcs8",
		format: "pem"
	}), { mode: 384 });
	writeFileSync(`${name}.pub`, publicKey.export({
		type: "spki",
		format: "pem"
	}));
	process.stdout.write(`wrote ${name}.key (keep it secret) and ${name}.pub (give it to whoever verifies)\n`);
	return 0;
}
function runAttest(args) {
	const { values, positionals } = parse(args, {
		key: {
			type: "string",
			short: "k"
		},
		standard: {
			type: "string",
			short: "s"
		},
		"as-of": { type: "string" },
		output: {
			type: "string",
			short: "o"
		},
		"allow-outside": { type: "boolean" }
	});
	if (!positionals.length) throw new UsageError("attest needs the documents to attest, e.g. `ringfence attest manifest.yaml --key vendor.key -o manifest.intoto.json`");
	if (!values.key) throw new UsageError("attest needs --key FILE, an Ed25519 private key in PEM (make one with `ringfence keygen`)");
	const asOf = parseDate(values["as-of"], "--as-of");
	const implausible = asOf === void 0 ? void 0 : asOfProblem(asOf);
	if (implausible) throw new UsageError(`--as-of: ${implausible}; verify accepts no other`);
	const keyPem = readKey(values.key, "sign");
	const report = evaluate(positionals, standardOf(values.standard), asOf);
	const errors = report.problems.filter((p) => p.severity === "error");
	if (errors.length) {
		for (const p of errors) process.stderr.write(`${formatProblem(p)}\n`);
		process.stderr.write("ringfence: nothing was attested: fix the problems above first\n");
		return 2;
	}
	if (report.subjects.length === 0) throw new UsageError("no document was evaluated; nothing was attested");
	const files = [...new Set(report.subjects.map((s) => s.file))];
	const folder = realpathSync(".");
	const subject = [];
	for (const f of files) {
		const { real, check: refused } = locateSubject(f, folder, values["allow-outside"] === true);
		const h = real ? hashRegularFile(real) : void 0;
		if (refused || !h?.sha256) throw new UsageError(`${terminalSafe(f)}: ${refused ? `${refused.message}; an attestation names files relative to the folder it is made in, so run attest from a folder that holds them` : h.message}`);
		subject.push({
			name: f,
			digest: { sha256: h.sha256 }
		});
		if (values.output !== void 0 && sameFile(values.output, real)) throw new UsageError(`-o ${terminalSafe(values.output)} is one of the files attested; it would be overwritten`);
	}
	const statement = {
		_type: "https://in-toto.io/Statement/v1",
		subject,
		predicateType,
		predicate: {
			tool: report.tool,
			standard: {
				id: report.standard.id,
				version: report.standard.version,
				digest: report.standard.digest
			},
			asOf: report.asOf,
			documents: results(report)
		}
	};
	let envelope;
	try {
		envelope = signStatement(statement, keyPem);
	} catch (error) {
		throw new UsageError(error.message);
	}
	const text = `${JSON.stringify(envelope, null, 2)}\n`;
	if (values.output) writeFileSync(values.output, text);
	else process.stdout.write(text);
	for (const d of results(report)) process.stderr.write(terminalSafe(`attested ${docName(d)}: score ${d.score ?? "n/a"}, grade ${d.grade}, level ${d.level}, assurance ${d.assurance === "declared" ? "declared by the vendor (nothing backs its claims)" : (d.assurance ?? "declared").replace(/_/g, " ")}`) + "\n");
	process.stderr.write(`note: ${proves}\n`);
	return 0;
}
function differences(here, attested) {
	const out = [];
	for (const f of [
		"kind",
		"name",
		"score",
		"grade",
		"uncappedGrade",
		"level",
		"evidenceCoverage",
		"assurance"
	]) if (here[f] !== attested[f] && !(f === "assurance" && attested[f] === void 0)) out.push(`${f} ${String(here[f])} here, ${String(attested[f])} attested`);
	if (here.cappedBy.join("\0") !== attested.cappedBy.join("\0")) out.push(`capped by [${here.cappedBy.join(", ")}] here, [${attested.cappedBy.join(", ")}] attested`);
	const ids = new Set([...Object.keys(here.controls), ...Object.keys(attested.controls)]);
	for (const id of ids) if (here.controls[id] !== attested.controls[id]) out.push(`${id} ${here.controls[id] ?? "absent"} here, ${attested.controls[id] ?? "absent"} attested`);
	return out;
}
function runVerify(args) {
	const { values, positionals } = parse(args, {
		key: {
			type: "string",
			short: "k"
		},
		recheck: { type: "boolean" },
		standard: {
			type: "string",
			short: "s"
		},
		"allow-outside": { type: "boolean" }
	});
	const file = positionals[0];
	if (!file || !values.key) throw new UsageError("verify needs an attestation and --key PUB, e.g. `ringfence verify manifest.intoto.json --key vendor.pub --recheck`");
	if (positionals.length > 1) throw new UsageError(`verify checks one attestation at a time (given: ${positionals.map(terminalSafe).join(", ")})`);
	const pub = readKey(values.key, "verify");
	const malformed = (problems) => {
		for (const p of problems.slice(0, maxProblemsShown)) process.stderr.write(`${formatProblem(p)}\n`);
		if (problems.length > maxProblemsShown) process.stderr.write(`ringfence: and ${problems.length - maxProblemsShown} more problems\n`);
		process.stderr.write("ringfence: not verified: the attestation is malformed\n");
		return 2;
	};
	const read = readEnvelope(file);
	if (!read.envelope) return malformed(read.problems);
	const v = verifyEnvelope(read.envelope, pub);
	if (!v.ok) {
		process.stdout.write(`\u2716 not verified: ${terminalSafe(v.reason)}\n`);
		return 1;
	}
	const { statement, problems } = readStatement(v.body, file);
	if (!statement) return malformed(problems);
	const { predicate } = statement;
	const out = (line) => process.stdout.write(`${terminalSafe(line)}\n`);
	out(`\u2713 signature verified (key ${v.keyid.slice(0, 16)}\u2026), ${predicate.standard.id} ${predicate.standard.version} as of ${predicate.asOf}`);
	out(`  note: ${proves}`);
	const loaded = standardOf(values.standard);
	if (loaded.standard.digest !== predicate.standard.digest) out(`! the standard here (${loaded.standard.id} ${loaded.standard.version}, ${loaded.standard.digest.slice(0, 19)}\u2026) is not the one attested (${predicate.standard.digest.slice(0, 19)}\u2026): the results are about that standard`);
	let ok = true;
	const folder = realpathSync(".");
	const allowOutside = values["allow-outside"] === true;
	const good = new Set();
	for (const s of statement.subject) {
		const c = checkSubject(s.name, s.digest.sha256, folder, allowOutside);
		if (c.state === "same") good.add(s.name);
		else ok = false;
		out(`${c.state === "same" ? "\u2713" : "\u2716"} ${s.name}: ${c.message}`);
	}
	const subjects = new Set(statement.subject.map((s) => s.name));
	const named = new Set(predicate.documents.map((d) => d.file));
	for (const d of predicate.documents) if (subjects.has(d.file)) out(`  ${docName(d)}: score ${d.score ?? "n/a"}, grade ${d.grade}, level ${d.level} (attested)`);
	else {
		ok = false;
		out(`\u2716 ${docName(d)}: a result for a file that is not one of the attested files`);
	}
	for (const s of statement.subject) {
		if (named.has(s.name)) continue;
		ok = false;
		out(`\u2716 ${s.name}: no attested result names this file`);
	}
	if (values.recheck) ok = recheck(statement, [...good], loaded, out, (name, sha256) => checkSubject(name, sha256, folder, allowOutside).state === "same") && ok;
	else out("  the results above are the signer\u2019s; --recheck evaluates the files here and compares");
	process.stdout.write(!ok ? "NOT verified\n" : values.recheck ? "verified\n" : "verified (the signature and the files; the results were not rechecked)\n");
	return ok ? 0 : 1;
}
function recheck(statement, files, loaded, out, unchanged) {
	const { predicate } = statement;
	let ok = files.length === statement.subject.length;
	if (!ok) out(`\u2716 ${statement.subject.length - files.length} of the ${statement.subject.length} attested files cannot be re-evaluated (above)`);
	if (files.length === 0) return false;
	const report = evaluate(files, loaded, predicate.asOf);
	const age = Math.round((Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`) - Date.parse(`${predicate.asOf}T00:00:00Z`)) / 864e5);
	out(`  re-evaluated as of ${report.asOf} (the attested date${age > 0 ? `, ${age} day${age === 1 ? "" : "s"} ago` : ""})`);
	const errors = report.problems.filter((p) => p.severity === "error");
	if (errors.length) {
		ok = false;
		for (const p of errors) out(`\u2716 ${formatProblem(p)}`);
		out("\u2716 the re-evaluation is incomplete: the problems above");
	}
	const rechecked = new Set(files);
	for (const s of statement.subject) if (rechecked.has(s.name) && !unchanged(s.name, s.digest.sha256)) {
		ok = false;
		out(`\u2716 ${s.name}: changed while it was re-evaluated`);
	}
	const attested = new Map();
	for (const d of predicate.documents) {
		if (!rechecked.has(d.file)) continue;
		const key = `${d.file}#${d.documentIndex}`;
		attested.set(key, [...attested.get(key) ?? [], d]);
	}
	for (const mine of results(report)) {
		const key = `${mine.file}#${mine.documentIndex}`;
		const theirs = attested.get(key);
		attested.delete(key);
		if (!theirs) {
			ok = false;
			out(`\u2716 ${docName(mine)}: evaluated here but not attested (score ${mine.score ?? "n/a"}, grade ${mine.grade}, level ${mine.level})`);
			continue;
		}
		if (theirs.length > 1) {
			ok = false;
			out(`\u2716 ${docName(mine)}: attested more than once (${theirs.length} results)`);
			continue;
		}
		const diff = differences(mine, theirs[0]);
		if (diff.length) ok = false;
		out(diff.length ? `\u2716 ${docName(mine)}: re-evaluated, a different result: ${diff.slice(0, 6).join("; ")}${diff.length > 6 ? `; and ${diff.length - 6} more` : ""}` : `\u2713 ${docName(mine)}: re-evaluated, the same result`);
	}
	for (const [, [d]] of attested) {
		ok = false;
		out(`\u2716 ${docName(d)}: attested but not evaluated here`);
	}
	return ok;
}
export { runVerify as i, runAttest as n, runKeygen as r, readKey as t };
