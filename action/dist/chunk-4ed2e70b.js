import { t as loadSchema } from "./chunk-6160d0ad.js";
import { t as parse } from "./chunk-2b1cc3fe.js";
import { t as UsageError } from "./chunk-2a83795e.js";
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
	"claims-attestation": "claims-attestation"
};
function runSchema(args) {
	const { positionals } = parse(args, {});
	const kind = positionals[0];
	const name = kind ? aliases[kind.toLowerCase()] : void 0;
	if (!name) throw new UsageError(`schema needs a kind: VendorManifest, DeploymentConfig, Waivers, TrustPolicy, Rule, Standard, Report, Attestation or ClaimsAttestation${kind ? ` (not "${kind}")` : ""}`);
	process.stdout.write(`${JSON.stringify(loadSchema(name), null, 2)}\n`);
	return 0;
}
export { runSchema };
