import { t as parseYamlText } from "./chunk-9404d2c7.js";
import { r as rangeFor } from "./chunk-9983cf21.js";
import { i as recogniseKubernetes } from "./chunk-2a116810.js";
// dist/src/import/kubernetes/index.js
const kubernetes = {
	kind: "kubernetes",
	title: "Kubernetes DaemonSets and Argo Rollouts",
	recognise: recogniseKubernetes,
	map(files, context) {
		const documents = [];
		const problems = [];
		for (const f of files) {
			const parsed = parseYamlText(f.text, f.file);
			problems.push(...parsed.problems);
			for (const doc of parsed.documents) {
				const v = doc.value;
				if (v === null || typeof v !== "object" || Array.isArray(v)) continue;
				const workload = v["apiVersion"] === "apps/v1" && v["kind"] === "DaemonSet" ? "DaemonSet" : v["apiVersion"] === "argoproj.io/v1alpha1" && v["kind"] === "Rollout" ? "Rollout" : void 0;
				if (!workload) continue;
				const r = mapWorkload(workload, doc, f, context ?? { hosts: new Map() });
				problems.push(...r.problems);
				if (r.document) documents.push(r.document);
			}
		}
		return {
			documents,
			problems
		};
	}
};
const obj = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
function mapWorkload(workload, doc, f, context) {
	const problems = [];
	const v = doc.value;
	const pos = (pointer, prefer = "value") => ({
		file: f.file,
		range: rangeFor(doc.locations, pointer, prefer)
	});
	const has = (pointer) => doc.locations.get(pointer) !== void 0;
	const bad = (pointer, message) => void problems.push({
		severity: "error",
		code: "import-invalid",
		file: f.file,
		documentIndex: doc.documentIndex,
		pointer,
		range: pos(pointer).range,
		message
	});
	const meta = obj(v["metadata"]);
	const name = typeof meta?.["name"] === "string" ? meta["name"] : void 0;
	if (!name) {
		bad(has("/metadata") ? "/metadata" : "", `this ${workload} has no metadata.name; it is not imported`);
		return { problems };
	}
	const id = name.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+/, "") || "workload";
	const spec = obj(v["spec"]);
	if (!spec) {
		bad("", `this ${workload} has no spec; it is not imported`);
		return { problems };
	}
	const nodes = (workload === "Rollout" && Number.isInteger(spec["replicas"]) && spec["replicas"] > 0 ? spec["replicas"] : void 0) ?? context.hosts.get(id) ?? context.hosts.get(name) ?? context.fleetSize;
	const unknown = [];
	let rings;
	let ringsAt = "/spec";
	const namespace = typeof meta?.["namespace"] === "string" ? `${meta["namespace"]}/` : "";
	if (workload === "DaemonSet") {
		const strategy = obj(spec["updateStrategy"]);
		const type = strategy?.["type"] ?? "RollingUpdate";
		ringsAt = strategy ? "/spec/updateStrategy" : "/spec";
		if (type === "OnDelete") {
			ringsAt = "/spec/updateStrategy/type";
			unknown.push({
				pointer: "/rings",
				why: "updateStrategy OnDelete: nodes take the new sensor when someone deletes their pod; the order and pace are not in the manifest"
			});
		} else if (type !== "RollingUpdate") {
			bad("/spec/updateStrategy/type", `updateStrategy.type is ${JSON.stringify(type)}; a DaemonSet's is RollingUpdate or OnDelete (its rollout is not imported)`);
			return { problems };
		} else {
			const rolling = obj(strategy?.["rollingUpdate"]);
			const base = "/spec/updateStrategy/rollingUpdate";
			const unavailable = amount(rolling?.["maxUnavailable"], `${base}/maxUnavailable`, bad);
			const surge = amount(rolling?.["maxSurge"], `${base}/maxSurge`, bad);
			if (unavailable === null || surge === null) return { problems };
			const minReady = spec["minReadySeconds"] ?? 0;
			if (!Number.isInteger(minReady) || minReady < 0) {
				bad("/spec/minReadySeconds", `minReadySeconds is ${JSON.stringify(minReady)}; expected a whole number of seconds`);
				return { problems };
			}
			const useSurge = unavailable !== void 0 && unavailable.value === 0 && surge !== void 0 && surge.value > 0;
			const step = useSurge ? surge : unavailable ?? {
				value: 1,
				percent: false
			};
			const stepAt = useSurge ? `${base}/maxSurge` : unavailable ? `${base}/maxUnavailable` : has(base) ? base : ringsAt;
			ringsAt = stepAt;
			const delayAt = has("/spec/minReadySeconds") ? "/spec/minReadySeconds" : stepAt;
			const batch = step.percent ? step.value >= 100 ? Infinity : nodes !== void 0 ? Math.ceil(step.value * nodes / 100) : void 0 : step.value;
			if (step.value === 0) {
				bad(stepAt, "maxUnavailable and maxSurge are both 0: the DaemonSet cannot roll out");
				return { problems };
			}
			if (batch === Infinity || batch !== void 0 && nodes !== void 0 && batch >= nodes) rings = [{
				name: "all-at-once",
				...nodes !== void 0 ? { hosts: nodes } : {},
				delaySeconds: 0,
				at: stepAt,
				delayAt: stepAt
			}];
			else {
				const b = batch;
				const ms = minReady;
				const second = nodes !== void 0 && b !== void 0 ? Math.min(b, nodes - b) : void 0;
				rings = [{
					name: "wave-1",
					...b !== void 0 ? { hosts: b } : step.percent ? { sharePct: step.value } : {},
					delaySeconds: 0,
					at: stepAt,
					delayAt: stepAt
				}, {
					name: "wave-2",
					...second !== void 0 ? { hosts: second } : step.percent ? { sharePct: step.value } : {},
					delaySeconds: ms,
					at: stepAt,
					delayAt
				}];
				const rest = nodes !== void 0 && b !== void 0 ? nodes - 2 * b : void 0;
				if (rest === void 0 || rest > 0) rings.push({
					name: "rest",
					...rest !== void 0 ? { hosts: rest } : {},
					delaySeconds: 2 * ms,
					at: stepAt,
					delayAt
				});
				if (second === 0) rings.splice(1);
			}
		}
	} else {
		const strategy = obj(spec["strategy"]);
		const canary = obj(strategy?.["canary"]);
		ringsAt = strategy ? "/spec/strategy" : "/spec";
		if (strategy && obj(strategy["blueGreen"])) {
			ringsAt = "/spec/strategy/blueGreen";
			rings = [{
				name: "all-at-once",
				...nodes !== void 0 ? { hosts: nodes } : {},
				delaySeconds: 0,
				at: ringsAt,
				delayAt: ringsAt
			}];
		} else if (!canary) {
			bad(ringsAt, "this Rollout has neither strategy.canary nor strategy.blueGreen; its rollout is not imported");
			return { problems };
		} else {
			const steps = canary["steps"] ?? [];
			ringsAt = has("/spec/strategy/canary/steps") ? "/spec/strategy/canary/steps" : "/spec/strategy/canary";
			if (!Array.isArray(steps)) {
				bad(ringsAt, "strategy.canary.steps is not a list");
				return { problems };
			}
			rings = [];
			let weight = 0;
			let waited = 0;
			let waitedAt = ringsAt;
			for (let i = 0; i < steps.length && i < 1e3; i++) {
				const s = obj(steps[i]);
				const at = `/spec/strategy/canary/steps/${i}`;
				if (!s) {
					bad(at, "a canary step is a mapping (setWeight, pause, analysis, \u2026)");
					return { problems };
				}
				if ("setWeight" in s) {
					const w = s["setWeight"];
					if (typeof w !== "number" || !Number.isFinite(w) || w < 0 || w > 100) {
						bad(`${at}/setWeight`, `setWeight is ${JSON.stringify(w)}; expected a percentage from 0 to 100`);
						return { problems };
					}
					if (w > weight) {
						rings.push({
							name: rings.length === 0 ? "canary" : `step-${rings.length + 1}`,
							sharePct: w - weight,
							delaySeconds: waited,
							at: `${at}/setWeight`,
							delayAt: waitedAt
						});
						weight = w;
					}
				} else if ("pause" in s) {
					const p = obj(s["pause"]) ?? {};
					if (p["duration"] === void 0) unknown.push({
						pointer: "/rings",
						why: `canary step ${i + 1} pauses until someone promotes the rollout; how long is not in the manifest, so it counts as no wait`
					});
					else {
						const seconds = duration(p["duration"]);
						if (seconds === void 0) {
							bad(`${at}/pause/duration`, `pause duration is ${JSON.stringify(p["duration"])}; expected seconds or a duration such as 30m, 2h, 1d`);
							return { problems };
						}
						waited += seconds;
						waitedAt = `${at}/pause/duration`;
					}
				} else if ("analysis" in s) unknown.push({
					pointer: "/healthMonitoring",
					why: `canary step ${i + 1} runs an analysis; its metrics are in the AnalysisTemplate, not in the Rollout`
				});
			}
			if (weight < 100) rings.push({
				name: rings.length === 0 ? "all-at-once" : "full",
				sharePct: 100 - weight,
				delaySeconds: waited,
				at: rings.length === 0 ? ringsAt : ringsAt,
				delayAt: waitedAt
			});
		}
	}
	const value = {
		apiVersion: "ringfence.dev/v1",
		kind: "DeploymentConfig",
		metadata: {}
	};
	const positions = new Map();
	positions.set("", pos(""));
	positions.set("/apiVersion", pos("/apiVersion"));
	positions.set("/kind", pos("/kind"));
	positions.set("/metadata", pos("/metadata"));
	unknown.push({
		pointer: "/metadata/organization",
		why: "a Kubernetes manifest does not say whose fleet it is"
	});
	unknown.push({
		pointer: "/metadata/product",
		why: "the product (for pairing with its VendorManifest) is not in the manifest; the image name is not it"
	});
	const hostGroups = [];
	const out = [];
	positions.set("/hostGroups", pos("/metadata/name"));
	positions.set("/rings", pos(ringsAt));
	const shares = sizes(rings ?? [], nodes);
	const aliases = [];
	(rings ?? []).forEach((r, k) => {
		const gid = rings.length === 1 ? id : `${id}-${r.name}`;
		aliases.push(gid);
		const hosts = shares[k];
		hostGroups.push({
			id: gid,
			...hosts !== void 0 ? { hosts } : {}
		});
		positions.set(`/hostGroups/${k}`, pos("/metadata/name"));
		positions.set(`/hostGroups/${k}/id`, pos("/metadata/name"));
		if (hosts !== void 0) positions.set(`/hostGroups/${k}/hosts`, pos(r.at));
		else unknown.push({
			pointer: `/hostGroups/${k}/hosts`,
			why: `the number of nodes running ${name}${r.sharePct !== void 0 ? ` (this ring is ${r.sharePct}% of them)` : ""}; give it in the overlay as hostGroups: [{id: ${id}, hosts: N}]`
		});
		const delayHours = Math.floor(r.delaySeconds / 3600);
		const description = `${rings.length === 1 ? "Every node" : `The ${ordinal(k)} part of the nodes`} running ${workload} ${namespace}${name}, ${delayHours ? `${delayHours} h after the rollout starts` : "as the rollout starts"}.`.slice(0, 300);
		out.push({
			name: r.name,
			description,
			hostGroups: [gid],
			sensor: { version: "n" },
			content: { "*": {
				ring: "ga",
				delayHours
			} }
		});
		positions.set(`/rings/${k}/description`, pos(r.at));
		positions.set(`/rings/${k}`, pos(r.at));
		positions.set(`/rings/${k}/name`, pos(r.at));
		positions.set(`/rings/${k}/hostGroups`, pos(r.at));
		positions.set(`/rings/${k}/hostGroups/0`, pos(r.at));
		positions.set(`/rings/${k}/sensor`, pos(r.at));
		positions.set(`/rings/${k}/content`, pos(r.delaySeconds > 0 ? r.delayAt : r.at));
		positions.set(`/rings/${k}/content/*`, pos(r.delaySeconds > 0 ? r.delayAt : r.at));
		positions.set(`/rings/${k}/content/*/delayHours`, pos(r.delaySeconds > 0 ? r.delayAt : r.at));
	});
	if (rings) {
		value["hostGroups"] = hostGroups;
		value["rings"] = out;
	} else {
		value["hostGroups"] = [{ id }];
		positions.set("/hostGroups/0", pos("/metadata/name"));
		unknown.push({
			pointer: "/hostGroups/0/hosts",
			why: `the number of nodes running ${name}`
		});
	}
	return {
		document: {
			value,
			positions,
			unknown,
			sources: [f.file],
			...rings && rings.length > 1 ? { groupAliases: { [id]: aliases } } : {}
		},
		problems
	};
}
function sizes(rings, nodes) {
	const out = rings.map((r) => r.hosts);
	if (nodes === void 0) return out;
	let left = nodes;
	rings.forEach((r, k) => {
		if (out[k] === void 0 && r.sharePct !== void 0) out[k] = k === rings.length - 1 ? left : Math.max(1, Math.round(r.sharePct * nodes / 100));
		if (out[k] !== void 0) left -= out[k];
	});
	return out.map((h) => h !== void 0 && h < 1 ? 1 : h);
}
function ordinal(k) {
	return [
		"first",
		"second",
		"third"
	][k] ?? `${k + 1}th`;
}
function amount(v, pointer, bad) {
	if (v === void 0) return void 0;
	if (typeof v === "number" && Number.isInteger(v) && v >= 0) return {
		value: v,
		percent: false
	};
	if (typeof v === "string") {
		const m = /^(\d{1,3})%$/.exec(v.trim());
		if (m && Number(m[1]) <= 100) return {
			value: Number(m[1]),
			percent: true
		};
		if (/^\d{1,9}$/.test(v.trim())) {
			bad(pointer, `${pointer.slice(pointer.lastIndexOf("/") + 1)} is the string ${JSON.stringify(v)}; Kubernetes reads a string as a percentage and refuses it without "%": write ${v.trim()} or "${v.trim()}%"`);
			return null;
		}
	}
	bad(pointer, `${pointer.slice(pointer.lastIndexOf("/") + 1)} is ${JSON.stringify(v)}; expected a whole number of nodes or a percentage such as "10%"`);
	return null;
}
function duration(v) {
	if (typeof v === "number" && Number.isInteger(v) && v >= 0) return v;
	if (typeof v !== "string") return void 0;
	const m = /^(\d{1,9})(s|m|h|d)?$/.exec(v.trim());
	if (!m) return void 0;
	return Number(m[1]) * {
		s: 1,
		m: 60,
		h: 3600,
		d: 86400
	}[m[2] ?? "s"];
}
export { kubernetes };
