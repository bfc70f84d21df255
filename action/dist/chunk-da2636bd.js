import { d as signInToto } from "./chunk-e8441fc7.js";
import { n as hashRegularFile } from "./chunk-ed6b1986.js";
import { c as parseDate, v as claimsPredicateType } from "./chunk-7438c5f2.js";
import { t as parseYamlText } from "./chunk-9404d2c7.js";
import { c as readTextFile, r as displayPath } from "./chunk-1fcab411.js";
import { o as resolvesPointer } from "./chunk-492e16a4.js";
import { r as terminalSafe } from "./chunk-3951146b.js";
import { t as parse } from "./chunk-2b1cc3fe.js";
import { t as readKey } from "./chunk-4d44974d.js";
import { t as UsageError } from "./chunk-2a83795e.js";
import { writeFileSync } from "node:fs";
// dist/src/cli/vouch-command.js
function runVouch(args) {
	const { values, positionals } = parse(args, {
		key: {
			type: "string",
			short: "k"
		},
		verifier: { type: "string" },
		claim: {
			type: "string",
			multiple: true
		},
		contradicted: {
			type: "string",
			multiple: true
		},
		method: { type: "string" },
		"checked-on": { type: "string" },
		output: {
			type: "string",
			short: "o"
		}
	});
	if (positionals.length !== 1) throw new UsageError("vouch needs exactly one vendor manifest, e.g. `ringfence vouch manifest.yaml --key lab.key --verifier \"Northbridge Labs\" --claim /updateChannels/0/rollout -o manifest.vouch.json`");
	if (!values.key) throw new UsageError("vouch needs --key FILE, an Ed25519 private key in PEM (make one with `ringfence keygen`)");
	if (!values.verifier?.trim()) throw new UsageError("vouch needs --verifier NAME: who checked the claims");
	const verified = values.claim ?? [];
	const contradicted = values.contradicted ?? [];
	if (!verified.length && !contradicted.length) throw new UsageError("vouch needs at least one --claim POINTER (verified) or --contradicted POINTER");
	const checkedOn = parseDate(values["checked-on"], "--checked-on") ?? new Date().toISOString().slice(0, 10);
	const file = positionals[0];
	const h = hashRegularFile(file);
	if (!h.sha256) throw new UsageError(`${terminalSafe(file)}: ${h.message}`);
	const { text, problem } = readTextFile(file);
	if (problem) throw new UsageError(`${terminalSafe(file)}: ${terminalSafe(problem.message)}`);
	const manifest = parseYamlText(text, displayPath(file)).documents.find((d) => d.value?.kind === "VendorManifest");
	if (!manifest) throw new UsageError(`${terminalSafe(file)} holds no VendorManifest`);
	const seen = new Set();
	const claims = [];
	for (const [pointer, result] of [...verified.map((p) => [p, "verified"]), ...contradicted.map((p) => [p, "contradicted"])]) {
		if (!/^(\/([^~]|~[01])*)*$/.test(pointer)) throw new UsageError(`${terminalSafe(pointer)} is not a JSON Pointer (e.g. /updateChannels/0/rollout)`);
		if (seen.has(pointer)) throw new UsageError(`${terminalSafe(pointer)} is named twice`);
		if (!resolvesPointer(manifest.value, pointer)) throw new UsageError(`${terminalSafe(pointer)} does not exist in ${terminalSafe(file)}: a statement vouches only for what the manifest states`);
		seen.add(pointer);
		claims.push({
			pointer,
			result,
			...values.method ? { method: values.method } : {}
		});
	}
	const key = readKey(values.key, "sign");
	const statement = {
		_type: "https://in-toto.io/Statement/v1",
		subject: [{
			name: displayPath(file),
			digest: { sha256: h.sha256 }
		}],
		predicateType: claimsPredicateType,
		predicate: {
			verifier: values.verifier.trim(),
			checkedOn,
			claims
		}
	};
	let envelope;
	try {
		envelope = signInToto(statement, key);
	} catch (error) {
		throw new UsageError(error.message);
	}
	const out = `${JSON.stringify(envelope, null, 2)}\n`;
	if (values.output) writeFileSync(values.output, out);
	else process.stdout.write(out);
	process.stderr.write(terminalSafe(`vouched for ${claims.length} claim${claims.length === 1 ? "" : "s"} of ${displayPath(file)} (sha256 ${h.sha256.slice(0, 16)}\u2026) as ${values.verifier.trim()}`) + "\n");
	return 0;
}
export { runVouch };
