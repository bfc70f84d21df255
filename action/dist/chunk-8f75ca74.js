import { a as schemasDir } from "./chunk-36ad93e4.js";
import { n as loadSchema, s as schemaFileOf } from "./chunk-9983cf21.js";
import { t as parse } from "./chunk-2b1cc3fe.js";
import { t as UsageError } from "./chunk-2a83795e.js";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
// dist/src/cli/schema-command.js
const aliases = {
	vendormanifest: "vendor-manifest",
	"vendor-manifest": "vendor-manifest",
	vendor: "vendor-manifest",
	deploymentconfig: "deployment-config",
	"deployment-config": "deployment-config",
	deployment: "deployment-config",
	rule: "rule",
	standard: "standard",
	waivers: "waivers",
	report: "report",
	attestation: "attestation",
	trustpolicy: "trust-policy",
	"trust-policy": "trust-policy",
	claimsattestation: "claims-attestation",
	"claims-attestation": "claims-attestation",
	config: "config",
	ringfenceconfig: "config",
	releasehistory: "release-history",
	"release-history": "release-history",
	deploymentoverlay: "deployment-overlay",
	"deployment-overlay": "deployment-overlay",
	overlay: "deployment-overlay"
};
function runSchema(args) {
	const { values, positionals } = parse(args, {
		write: { type: "string" },
		force: { type: "boolean" }
	});
	if (values.write !== void 0) {
		if (positionals.length) throw new UsageError(`schema --write writes every schema; leave out the kind (given: ${positionals.join(", ")})`);
		return writeAll(values.write, values.force === true);
	}
	const kind = positionals[0];
	const name = kind ? aliases[kind.toLowerCase()] : void 0;
	if (!name) throw new UsageError(`schema needs a kind: VendorManifest, DeploymentConfig, Waivers, TrustPolicy, Rule, Standard, Report, Attestation, ClaimsAttestation, RingfenceConfig, ReleaseHistory or DeploymentOverlay${kind ? ` (not "${kind}")` : ""}, or --write DIR for all of them`);
	process.stdout.write(`${JSON.stringify(loadSchema(name), null, 2)}\n`);
	return 0;
}
function writeAll(dir, force) {
	const files = Object.values(schemaFileOf).sort();
	if (!force) for (const file of files) {
		const target = path.join(dir, file);
		if (existsSync(target) && !ours(target)) throw new UsageError(`${target} exists and is not a ringfence schema; use --force to overwrite it`);
	}
	if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`${dir} is a file, not a folder`);
	try {
		mkdirSync(dir, { recursive: true });
	} catch (error) {
		throw new UsageError(`cannot create ${dir}: ${error.code ?? error.message}`);
	}
	for (const file of files) {
		const target = path.join(dir, file);
		try {
			writeFileSync(target, readFileSync(path.join(schemasDir, file)));
		} catch (error) {
			throw new UsageError(`cannot write ${target}: ${error.code ?? error.message}`);
		}
		process.stderr.write(`wrote ${target}\n`);
	}
	return 0;
}
function ours(target) {
	try {
		const id = JSON.parse(readFileSync(target, "utf8")).$id;
		return typeof id === "string" && (id.startsWith("urn:ringfence:schema:") || id.startsWith("https://ringfence.dev/schemas/"));
	} catch {
		return false;
	}
}
export { runSchema };
