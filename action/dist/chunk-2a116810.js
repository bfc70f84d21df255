import { n as recogniseFalconTerraform, r as recogniseFalconTerraformJson, t as recogniseFalconApi } from "./chunk-5937cacf.js";
import { t as recogniseMicrosoft } from "./chunk-95089b86.js";
// dist/src/import/kinds.js
const importOnlyExtensions = new Set([".tf"]);
const importerKinds = [
	{
		kind: "kubernetes",
		title: "Kubernetes DaemonSets and Argo Rollouts (*.yaml, *.yml, *.json)",
		recognise: recogniseKubernetes,
		load: async () => (await import("./chunk-ee355849.js")).kubernetes
	},
	{
		kind: "falcon-terraform",
		title: "CrowdStrike Falcon policies in Terraform (*.tf)",
		recognise: recogniseFalconTerraform,
		load: async () => (await import("./chunk-472d2f93.js")).falconTerraformImporter
	},
	{
		kind: "falcon-terraform-json",
		title: "CrowdStrike Falcon policies from terraform show -json (*.json)",
		recognise: recogniseFalconTerraformJson,
		load: async () => (await import("./chunk-472d2f93.js")).falconTerraformJsonImporter
	},
	{
		kind: "falcon-api",
		title: "CrowdStrike Falcon host groups and update policies exported from the API (*.json)",
		recognise: recogniseFalconApi,
		load: async () => (await import("./chunk-472d2f93.js")).falconApiImporter
	},
	{
		kind: "microsoft-intune",
		title: "Microsoft Intune exports: Windows Update rings and Defender for Endpoint update channels (*.json)",
		recognise: recogniseMicrosoft,
		load: async () => (await import("./chunk-4bfa6404.js")).microsoftImporter
	}
];
function recogniseKubernetes(name, head) {
	if (!/\.(ya?ml|json)$/i.test(name)) return false;
	if (!head.includes("DaemonSet") && !head.includes("Rollout")) return false;
	return /(^|[\s{,])"?apiVersion"?\s*:\s*"?(apps\/v1|argoproj\.io\/v1alpha1)"?\s*($|[,}\n\r])/m.test(head) && /(^|[\s{,])"?kind"?\s*:\s*"?(DaemonSet|Rollout)"?\s*($|[,}\n\r#])/m.test(head);
}
function recogniseOverlay(name, head) {
	return /\.(ya?ml|json)$/i.test(name) && head.includes("DeploymentOverlay") && /(^|[\s{,])"?kind"?\s*:\s*"?DeploymentOverlay"?\s*($|[,}\n\r#])/m.test(head) && /ringfence\.dev\//.test(head);
}
function importerKindOf(name, head) {
	const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
	return importerKinds.find((k) => k.recognise(base, head));
}
function importerTitles() {
	return importerKinds.map((k) => k.title);
}
export { recogniseOverlay as a, recogniseKubernetes as i, importerKindOf as n, importerTitles as r, importOnlyExtensions as t };
