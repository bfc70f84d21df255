import { t as parseYamlText } from "./chunk-9404d2c7.js";
import { c as readTextFile, r as displayPath } from "./chunk-1fcab411.js";
import { o as validateDocument, r as rangeFor } from "./chunk-9983cf21.js";
import { createHash, createPrivateKey, createPublicKey, sign, verify } from "node:crypto";
// dist/src/attest/dsse.js
const payloadType = "application/vnd.in-toto+json";
const predicateType = "urn:ringfence:attestation:check:v1";
const legacyPredicateType = "https://ringfence.dev/attestation/check/v1";
function pae(type, body) {
	const t = Buffer.from(type, "utf8");
	return Buffer.concat([
		Buffer.from(`DSSEv1 ${t.length} `),
		t,
		Buffer.from(` ${body.length} `),
		body
	]);
}
function keyId(key) {
	const pub = key.type === "private" ? createPublicKey(key) : key;
	return createHash("sha256").update(pub.export({
		type: "spki",
		format: "der"
	})).digest("hex");
}
const keygenHint = "make a key pair with `ringfence keygen`";
function keyKind(key) {
	const t = key.asymmetricKeyType;
	if (!t) return "not a public/private key";
	const name = {
		rsa: "RSA",
		"rsa-pss": "RSA-PSS",
		dsa: "DSA",
		ec: "EC (ECDSA)",
		ed448: "Ed448",
		x25519: "X25519",
		x448: "X448",
		dh: "Diffie-Hellman"
	}[t] ?? t;
	return `${/^[AEIOUX]/i.test(name) || name.startsWith("RSA") ? "an" : "a"} ${name} key`;
}
function readSigningKey(pem, shown) {
	let key;
	try {
		key = createPrivateKey(pem);
	} catch {
		if (/-----BEGIN (?:[A-Z0-9]+ )?PUBLIC KEY-----/.test(pem)) throw new Error(`${shown} is a public key; signing needs the private key (the .key file of \`ringfence keygen\`, not the .pub)`);
		if (/-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(pem)) throw new Error(`${shown} is encrypted with a passphrase; ringfence reads unencrypted PKCS#8 keys (openssl pkey -in KEY -out PLAIN.key), or ${keygenHint}`);
		if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(pem)) throw new Error(`${shown} looks like a PEM private key but cannot be read (damaged or cut short?); ${keygenHint}`);
		throw new Error(`${shown} is not a PEM private key (it should begin with -----BEGIN PRIVATE KEY-----); ${keygenHint}`);
	}
	if (key.asymmetricKeyType !== "ed25519") throw new Error(`${shown} is ${keyKind(key)}; ringfence signs with Ed25519 keys: ${keygenHint}`);
	return key;
}
function readVerifyingKey(pem, shown) {
	let key;
	try {
		key = createPublicKey(pem);
	} catch {
		if (/-----BEGIN [A-Z0-9 ]*(PUBLIC|PRIVATE) KEY-----/.test(pem)) throw new Error(`${shown} looks like a PEM key but cannot be read (damaged, cut short, or encrypted?); use the signer's .pub file`);
		throw new Error(`${shown} is not a PEM public key (it should begin with -----BEGIN PUBLIC KEY-----); use the signer's .pub file, as \`ringfence keygen\` wrote it`);
	}
	if (key.asymmetricKeyType !== "ed25519") throw new Error(`${shown} is ${keyKind(key)}; ringfence verifies Ed25519 signatures: use the signer's .pub file, as \`ringfence keygen\` wrote it`);
	return key.type === "private" ? createPublicKey(key) : key;
}
function isBase64(s) {
	return /^[A-Za-z0-9+/_-]*={0,2}$/.test(s) && s.replace(/=+$/, "").length % 4 !== 1;
}
function signStatement(statement, privateKeyPem) {
	return signInToto(statement, privateKeyPem);
}
function signInToto(statement, privateKeyPem) {
	const key = readSigningKey(privateKeyPem, "the signing key");
	const body = Buffer.from(JSON.stringify(statement), "utf8");
	const sig = sign(null, pae(payloadType, body), key);
	return {
		payloadType,
		payload: body.toString("base64"),
		signatures: [{
			keyid: keyId(key),
			sig: sig.toString("base64")
		}]
	};
}
function verifiedBy(type, body, signatures, keys) {
	const signed = pae(type, body);
	for (const s of signatures) {
		const sig = s;
		if (!sig || typeof sig !== "object" || typeof sig.sig !== "string" || sig.sig === "" || !isBase64(sig.sig)) continue;
		const candidates = typeof sig.keyid === "string" && sig.keyid !== "" ? keys.filter((k) => k.keyid === sig.keyid) : keys;
		for (const k of candidates) try {
			if (verify(null, signed, k.key, Buffer.from(sig.sig, "base64"))) return k;
		} catch {}
	}
}
function verifyEnvelope(envelope, publicKeyPem) {
	const e = envelope;
	if (!e || typeof e !== "object" || typeof e.payload !== "string" || typeof e.payloadType !== "string" || !Array.isArray(e.signatures)) return {
		ok: false,
		reason: "not a DSSE envelope (payloadType, payload and signatures are required)"
	};
	if (e.payloadType !== "application/vnd.in-toto+json") return {
		ok: false,
		reason: `payloadType is not ${payloadType}`
	};
	let key;
	try {
		key = readVerifyingKey(publicKeyPem, "the public key");
	} catch (error) {
		return {
			ok: false,
			reason: error.message
		};
	}
	if (!isBase64(e.payload)) return {
		ok: false,
		reason: "the payload is not base64 text: the attestation was altered or damaged"
	};
	if (e.signatures.some((s) => s && typeof s.sig === "string" && !isBase64(s.sig))) return {
		ok: false,
		reason: "a signature is not base64 text: the attestation was altered or damaged"
	};
	const body = Buffer.from(e.payload, "base64");
	const id = keyId(key);
	if (!e.signatures.some((s) => s && typeof s.sig === "string" && verify(null, pae(e.payloadType, body), key, Buffer.from(s.sig, "base64")))) return {
		ok: false,
		reason: "no signature verifies with this public key: the attestation was altered or signed with another key"
	};
	return {
		ok: true,
		body,
		keyid: id
	};
}
// dist/src/evidence/trust-policy.js
function loadTrustPolicy(f) {
	const file = displayPath(f);
	const { text, problem } = readTextFile(f);
	if (problem) return { problems: [{
		...problem,
		code: problem.code === "input-unreadable" ? "trust-policy-unreadable" : problem.code
	}] };
	const parsed = parseYamlText(text, file);
	const problems = [...parsed.problems];
	if (problems.some((p) => p.severity === "error")) return { problems };
	if (parsed.documents.length !== 1) {
		problems.push({
			severity: "error",
			code: "trust-policy-invalid",
			file,
			message: `a trust policy file holds one document (this one holds ${parsed.documents.length})`
		});
		return { problems };
	}
	const doc = parsed.documents[0];
	const schemaProblems = validateDocument(doc, "trust-policy", "trust-policy-invalid");
	if (schemaProblems.length) return { problems: [...problems, ...schemaProblems] };
	const listed = doc.value.keys;
	const keys = [];
	const byId = new Map();
	const twice = new Set();
	listed.forEach((k, i) => {
		const at = (pointer, message) => {
			problems.push({
				severity: "error",
				code: "trust-policy-invalid",
				file,
				pointer,
				range: rangeFor(doc.locations, pointer),
				message
			});
		};
		let key;
		try {
			key = createPublicKey(k.publicKey);
		} catch {
			return at(`/keys/${i}/publicKey`, `key "${k.name}": the public key is not a PEM public key`);
		}
		if (key.asymmetricKeyType !== "ed25519") return at(`/keys/${i}/publicKey`, `key "${k.name}": the public key is ${key.asymmetricKeyType ?? "not asymmetric"}; ringfence verifies Ed25519 signatures`);
		const id = keyId(key);
		const range = rangeFor(doc.locations, `/keys/${i}`);
		const entry = {
			name: k.name,
			party: k.party,
			role: k.role,
			key,
			keyid: id,
			...k.claims ? { claims: k.claims } : {},
			...k.vendors ? { vendors: k.vendors } : {},
			...k.expires ? { expires: k.expires } : {},
			file,
			line: range.startLine,
			column: range.startColumn
		};
		const before = byId.get(id);
		if (before) {
			at(`/keys/${i}/publicKey`, `key "${k.name}" is the same key as "${before.name}" (line ${before.line}); a key is listed once, as one party's \u2014 no listing of it is used`);
			twice.add(id);
			return;
		}
		byId.set(id, entry);
		keys.push(entry);
	});
	return {
		policy: {
			file,
			keys: keys.filter((k) => !twice.has(k.keyid))
		},
		problems
	};
}
function pointerWithin(pointer, prefix) {
	return prefix === "" || pointer === prefix || pointer.startsWith(`${prefix}/`);
}
function sameVendor(a, b) {
	const norm = (s) => s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
	return norm(a) === norm(b);
}
function outOfScope(key, vendor, claims) {
	if (key.vendors && !key.vendors.some((v) => vendor !== void 0 && sameVendor(v, vendor))) return `"${key.name}" may speak for ${key.vendors.join(", ")} only, not for ${vendor ?? "a manifest that names no vendor"}`;
	const outside = key.claims ? claims.find((c) => !key.claims.some((p) => pointerWithin(c, p))) : void 0;
	if (outside !== void 0) return `"${key.name}" may speak for ${key.claims.join(", ")} only, not for ${outside}`;
}
export { isBase64 as a, predicateType as c, signInToto as d, signStatement as f, sameVendor as i, readSigningKey as l, verifyEnvelope as m, outOfScope as n, legacyPredicateType as o, verifiedBy as p, pointerWithin as r, payloadType as s, loadTrustPolicy as t, readVerifyingKey as u };
