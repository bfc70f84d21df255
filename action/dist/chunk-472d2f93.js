import { n as parseJsonText, r as rangeAt } from "./chunk-8e3aa384.js";
import { i as joinPointer } from "./chunk-492e16a4.js";
import { r as tooDeep } from "./chunk-bbb0250b.js";
import { n as recogniseFalconTerraform, r as recogniseFalconTerraformJson, t as recogniseFalconApi } from "./chunk-5937cacf.js";
import { t as didYouMean } from "./chunk-f4e99a2c.js";
// dist/src/import/falcon/model.js
const contentCategories = [
	"sensor_operations",
	"system_critical",
	"vulnerability_management",
	"rapid_response"
];
const apiCategoryIds = {
	sensor_operations: "sensor_operations",
	system_critical: "system_critical",
	vulnerability_management: "vulnerability_management",
	rapid_response_al_bl_listing: "rapid_response"
};
const firstRange = {
	startLine: 1,
	startColumn: 1,
	endLine: 1,
	endColumn: 2
};
function importProblem(code, message, at, severity = "error") {
	return {
		severity,
		code,
		message,
		file: at.file,
		...at.range ? { range: at.range } : {}
	};
}
function sensorSelectorOf(build) {
	const parts = build.split("|");
	if (parts.length > 1) {
		const sel = parts[1];
		if (sel === "n" || sel === "n-1" || sel === "n-2") return { selector: sel };
	}
	if (build.trim() === "") return { selector: "off" };
	const b = parts[0].trim();
	const m = /^\d+\.\d+\.(\d+)$/.exec(b);
	return {
		selector: "pinned",
		build: m ? m[1] : b
	};
}
// dist/src/import/falcon/json-sources.js
const planKind = "falcon-terraform-json";
const apiKind = "falcon-api";
const maxDepth = 64;
function isObject(v) {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}
function parse(f, problems) {
	const source = f.text.charCodeAt(0) === 65279 ? f.text.slice(1) : f.text;
	const deep = tooDeep(source, maxDepth);
	if (deep !== void 0) {
		problems.push(importProblem("import-too-deep", `lists and mappings nest more than ${maxDepth} deep here; the file was not read`, {
			file: f.file,
			range: rangeAt(source, deep)
		}));
		return;
	}
	const parsed = parseJsonText(source, f.file, "import-syntax", true);
	if (parsed.problem) {
		problems.push(parsed.problem);
		return;
	}
	return {
		file: f.file,
		value: parsed.value,
		locations: parsed.locations
	};
}
function at(d, pointer) {
	return {
		file: d.file,
		range: d.locations.get(pointer)?.value ?? firstRange
	};
}
function str(d, o, base, key) {
	const v = o[key];
	if (typeof v === "string") return {
		value: v,
		at: at(d, joinPointer(base, key))
	};
	if (typeof v === "number" || typeof v === "boolean") return {
		value: String(v),
		at: at(d, joinPointer(base, key))
	};
}
function bool(d, o, base, key) {
	const v = o[key];
	return typeof v === "boolean" ? {
		value: v,
		at: at(d, joinPointer(base, key))
	} : void 0;
}
function emptyModel(kind, sources, first) {
	return {
		kind,
		sources,
		at: first,
		hostGroups: [],
		contentPolicies: [],
		sensorPolicies: [],
		contentPrecedenceKnown: false,
		sensorPrecedenceKnown: false,
		notes: []
	};
}
function category(d, v, pointer, name, problems, absentIsUnknown = false) {
	if (!isObject(v)) return void 0;
	if (absentIsUnknown && v.ring_assignment === "ga" && !("delay_hours" in v)) {
		problems.push(importProblem("import-value", `${name}: delay_hours is known only after apply; run the import on the state (terraform show -json after apply) or set it literally`, at(d, pointer)));
		return;
	}
	const s = { at: at(d, pointer) };
	const ring = str(d, v, pointer, "ring_assignment");
	if (ring) {
		if ([
			"ea",
			"ga",
			"pause"
		].includes(ring.value)) s.ring = ring;
		else problems.push(importProblem("import-value", `${name}: ring_assignment must be ga, ea or pause, not "${ring.value}"`, ring.at));
	}
	const raw = v.delay_hours;
	if (raw !== void 0 && raw !== null && raw !== "") {
		const n = typeof raw === "number" ? raw : typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : NaN;
		const dat = at(d, joinPointer(pointer, "delay_hours"));
		if (!Number.isInteger(n) || n < 0) problems.push(importProblem("import-value", `${name}: delay_hours must be a whole number of hours, not ${JSON.stringify(raw).slice(0, 40)}`, dat));
		else s.delayHours = {
			value: n,
			at: dat
		};
	}
	const pinned = str(d, v, pointer, "pinned_content_version");
	if (pinned && pinned.value !== "") s.pinnedContentVersion = pinned;
	return s;
}
function readPlanJson(f) {
	const problems = [];
	const d = parse(f, problems);
	if (!d) return { problems };
	if (!isObject(d.value)) return { problems: [importProblem("import-format", "expected the JSON object `terraform show -json` writes", {
		file: f.file,
		range: firstRange
	})] };
	const root = d.value;
	const base = isObject(root.planned_values) ? "/planned_values" : isObject(root.values) ? "/values" : void 0;
	if (!base) return { problems: [importProblem("import-format", "neither planned_values (a plan) nor values (a state): not the output of `terraform show -json`", {
		file: f.file,
		range: firstRange
	})] };
	const refs = configurationReferences(root);
	const resources = [];
	const walk = (mod, pointer, depth) => {
		if (!isObject(mod) || depth > 16) return;
		if (Array.isArray(mod.resources)) mod.resources.forEach((r, i) => {
			if (!isObject(r) || r.mode === "data" || typeof r.type !== "string" || typeof r.address !== "string") return;
			if (!r.type.startsWith("crowdstrike_")) return;
			const p = `${pointer}/resources/${i}`;
			if (!isObject(r.values)) {
				problems.push(importProblem("import-format", `${r.address}: no values`, at(d, p)));
				return;
			}
			resources.push({
				address: r.address,
				type: r.type,
				values: r.values,
				pointer: `${p}/values`,
				references: refs.get(r.address) ?? new Map()
			});
		});
		if (Array.isArray(mod.child_modules)) mod.child_modules.forEach((c, i) => walk(c, `${pointer}/child_modules/${i}`, depth + 1));
	};
	walk(root[base.slice(1)].root_module, `${base}/root_module`, 0);
	const first = resources[0] ? at(d, resources[0].pointer.replace(/\/values$/, "")) : {
		file: f.file,
		range: firstRange
	};
	const model = emptyModel(planKind, [f.file], first);
	const addresses = new Set(resources.map((x) => x.address));
	const byId = new Map();
	for (const r of resources) if (typeof r.values.id === "string") byId.set(r.values.id, r.address);
	const refsTo = (r, attr, type) => {
		const list = r.values[attr];
		const out = [];
		if (Array.isArray(list)) {
			list.forEach((id, j) => {
				const p = `${r.pointer}/${attr}/${j}`;
				const address = typeof id === "string" ? byId.get(id) : void 0;
				if (address && address.split(".").at(-2) === type) out.push({
					key: address,
					at: at(d, p)
				});
				else problems.push(importProblem("import-reference", `${r.address}: ${attr}[${j}] names ${JSON.stringify(id).slice(0, 60)}, which is no ${type} in this file`, at(d, p)));
			});
			return out;
		}
		const pattern = new RegExp(`^(.*\\b${type}\\.[A-Za-z0-9_-]+)\\.id$`);
		for (const ref of r.references.get(attr) ?? []) {
			const m = pattern.exec(ref);
			if (m && addresses.has(m[1])) out.push({
				key: m[1],
				at: at(d, r.pointer)
			});
		}
		return out;
	};
	const contentPrecedence = [];
	const sensorPrecedence = [];
	const attachmentsLater = [];
	for (const r of resources) {
		const v = r.values;
		const rat = at(d, r.pointer.replace(/\/values$/, ""));
		if (r.type === "crowdstrike_host_group") {
			const name = str(d, v, r.pointer, "name");
			if (!name) continue;
			const g = {
				key: r.address,
				name,
				at: rat
			};
			const t = str(d, v, r.pointer, "type");
			if (t) g.type = t;
			const rule = str(d, v, r.pointer, "assignment_rule");
			if (rule) g.assignmentRule = rule;
			const desc = str(d, v, r.pointer, "description");
			if (desc) g.description = desc;
			const listKey = t?.value === "staticByID" ? "host_ids" : "hostnames";
			const listed = v[listKey];
			if (Array.isArray(listed) && t?.value !== "dynamic") g.listedHosts = {
				value: new Set(listed.map((x) => JSON.stringify(x))).size,
				at: at(d, `${r.pointer}/${listKey}`)
			};
			model.hostGroups.push(g);
		} else if (r.type === "crowdstrike_content_update_policy" || r.type === "crowdstrike_default_content_update_policy") {
			const isDefault = r.type === "crowdstrike_default_content_update_policy";
			const name = isDefault ? {
				value: "Default",
				at: rat
			} : str(d, v, r.pointer, "name");
			if (!name) continue;
			const p = {
				key: r.address,
				name,
				isDefault,
				categories: {},
				hostGroups: isDefault ? [] : refsTo(r, "host_groups", "crowdstrike_host_group"),
				at: rat
			};
			const enabled = bool(d, v, r.pointer, "enabled");
			if (enabled) p.enabled = enabled;
			const description = str(d, v, r.pointer, "description");
			if (description) p.description = description;
			for (const c of contentCategories) {
				if (!(c in v) && !isDefault) problems.push(importProblem("import-value", `${r.address}: ${c} is known only after apply (or not set)`, rat));
				const s = category(d, v[c], `${r.pointer}/${c}`, `${r.address}: ${c}`, problems, true);
				if (s) p.categories[c] = s;
			}
			model.contentPolicies.push(p);
		} else if (r.type === "crowdstrike_sensor_update_policy" || r.type === "crowdstrike_default_sensor_update_policy") {
			const isDefault = r.type === "crowdstrike_default_sensor_update_policy";
			const platform = str(d, v, r.pointer, "platform_name");
			const name = isDefault ? {
				value: `Default (${platform?.value ?? "platform unknown"})`,
				at: rat
			} : str(d, v, r.pointer, "name");
			if (!name) continue;
			const p = {
				key: r.address,
				name,
				isDefault,
				hostGroups: isDefault ? [] : refsTo(r, "host_groups", "crowdstrike_host_group"),
				at: rat
			};
			if (platform) p.platform = platform;
			const enabled = bool(d, v, r.pointer, "enabled");
			if (enabled) p.enabled = enabled;
			const build = str(d, v, r.pointer, "build");
			if (build) p.build = {
				value: sensorSelectorOf(build.value),
				at: build.at
			};
			else {
				const ref = (r.references.get("build") ?? []).find((x) => /\.(latest|n1|n2)\.build$/.test(x));
				const which = ref ? /\.(latest|n1|n2)\.build$/.exec(ref)[1] : void 0;
				if (which) p.build = {
					value: { selector: which === "latest" ? "n" : which === "n1" ? "n-1" : "n-2" },
					at: rat
				};
			}
			model.sensorPolicies.push(p);
		} else if (r.type === "crowdstrike_content_update_policy_attachment" || r.type === "crowdstrike_sensor_update_policy_host_group_attachment") {
			const isContent = r.type.startsWith("crowdstrike_content");
			const policyType = isContent ? "crowdstrike_content_update_policy" : "crowdstrike_sensor_update_policy";
			const target = (typeof v.id === "string" ? byId.get(v.id) : void 0) ?? (r.references.get("id") ?? []).map((x) => /^(.*)\.id$/.exec(x)?.[1]).find((x) => x?.split(".").at(-2) === policyType);
			const list = isContent ? model.contentPolicies : model.sensorPolicies;
			attachmentsLater.push(() => {
				const p = list.find((x) => x.key === target);
				if (!p) {
					problems.push(importProblem("import-reference", `${r.address}: its policy is not in this file`, rat));
					return;
				}
				for (const g of refsTo(r, "host_groups", "crowdstrike_host_group")) if (!p.hostGroups.some((x) => x.key === g.key)) p.hostGroups.push(g);
			});
		} else if (r.type === "crowdstrike_content_update_policy_precedence" || r.type === "crowdstrike_sensor_update_policy_precedence") {
			const isContent = r.type.startsWith("crowdstrike_content");
			const ids = v.ids;
			const order = Array.isArray(ids) ? ids.map((x) => typeof x === "string" ? byId.get(x) : void 0) : (r.references.get("ids") ?? []).filter((x) => x.endsWith(".id")).map((x) => x.slice(0, -3));
			(isContent ? contentPrecedence : sensorPrecedence).push(...order.filter((x) => x !== void 0));
		}
	}
	for (const later of attachmentsLater) later();
	const rank = (order, policies) => {
		for (const p of policies) {
			const n = order.indexOf(p.key);
			if (n >= 0) p.precedence = n + 1;
		}
		return order.length > 0 && policies.every((p) => p.isDefault || p.precedence !== void 0);
	};
	model.contentPrecedenceKnown = rank(contentPrecedence, model.contentPolicies);
	model.sensorPrecedenceKnown = rank(sensorPrecedence, model.sensorPolicies);
	return {
		model,
		problems
	};
}
function configurationReferences(root) {
	const out = new Map();
	const conf = isObject(root.configuration) ? root.configuration.root_module : void 0;
	if (!isObject(conf) || !Array.isArray(conf.resources)) return out;
	for (const r of conf.resources) {
		if (!isObject(r) || typeof r.address !== "string" || !isObject(r.expressions)) continue;
		const m = new Map();
		for (const [k, e] of Object.entries(r.expressions)) if (isObject(e) && Array.isArray(e.references)) m.set(k, e.references.filter((x) => typeof x === "string"));
		out.set(r.address, m);
	}
	return out;
}
function readApiJson(files) {
	const problems = [];
	const docs = [];
	for (const f of files) {
		const d = parse(f, problems);
		if (d) docs.push(d);
	}
	if (problems.some((p) => p.severity === "error")) {
		problems.push(importProblem("import-incomplete", `the Falcon API export ${files.map((f) => f.file).join(", ")} was not mapped, since part of it could not be read`, {
			file: files[0].file,
			range: firstRange
		}));
		return { problems };
	}
	const entities = [];
	for (const d of docs) {
		const lists = [];
		if (Array.isArray(d.value)) lists.push([d.value, ""]);
		else if (isObject(d.value)) {
			for (const [k, v] of Object.entries(d.value)) if (Array.isArray(v)) lists.push([v, joinPointer("", k)]);
		}
		for (const [list, p] of lists) list.forEach((o, i) => isObject(o) && entities.push({
			d,
			o,
			pointer: `${p}/${i}`
		}));
	}
	if (entities.length === 0) return { problems: [importProblem("import-format", "no Falcon host groups or policies found in the file", {
		file: files[0].file,
		range: firstRange
	})] };
	const model = emptyModel(apiKind, files.map((f) => f.file), at(entities[0].d, entities[0].pointer));
	const groups = new Map();
	const addGroup = (d, o, pointer) => {
		const id = typeof o.id === "string" ? o.id : void 0;
		const name = str(d, o, pointer, "name");
		if (!id || !name) {
			problems.push(importProblem("import-format", "a host group without id or name", at(d, pointer)));
			return;
		}
		if (!groups.has(id)) {
			const g = {
				key: id,
				name,
				at: at(d, pointer)
			};
			const t = str(d, o, pointer, "group_type");
			if (t) g.type = t;
			const rule = str(d, o, pointer, "assignment_rule");
			if (rule) g.assignmentRule = rule;
			const desc = str(d, o, pointer, "description");
			if (desc) g.description = desc;
			groups.set(id, g);
		}
		return id;
	};
	for (const { d, o, pointer } of entities) if (typeof o.group_type === "string") addGroup(d, o, pointer);
	for (const { d, o, pointer } of entities) {
		if (typeof o.group_type === "string") continue;
		const settings = isObject(o.settings) ? o.settings : void 0;
		const name = str(d, o, pointer, "name");
		if (!name) continue;
		const isDefault = name.value === "platform_default";
		const refs = [];
		if (Array.isArray(o.groups)) o.groups.forEach((g, j) => {
			const gp = `${pointer}/groups/${j}`;
			const id = isObject(g) ? addGroup(d, g, gp) : typeof g === "string" && groups.has(g) ? g : void 0;
			if (id) refs.push({
				key: id,
				at: at(d, gp)
			});
			else if (!isObject(g)) problems.push(importProblem("import-reference", `policy "${name.value}" names host group ${JSON.stringify(g).slice(0, 60)}, which is not in the export`, at(d, gp)));
		});
		const precedence = typeof o.precedence === "number" && Number.isInteger(o.precedence) ? o.precedence : void 0;
		const enabled = bool(d, o, pointer, "enabled");
		if (settings && Array.isArray(settings.ring_assignment_settings)) {
			const p = {
				key: typeof o.id === "string" ? o.id : pointer,
				name,
				isDefault,
				categories: {},
				hostGroups: refs,
				at: at(d, pointer)
			};
			if (enabled) p.enabled = enabled;
			const description = str(d, o, pointer, "description");
			if (description) p.description = description;
			if (precedence !== void 0) p.precedence = precedence;
			settings.ring_assignment_settings.forEach((s, k) => {
				const sp = `${pointer}/settings/ring_assignment_settings/${k}`;
				const id = isObject(s) && typeof s.id === "string" ? s.id : void 0;
				const c = id ? apiCategoryIds[id] : void 0;
				if (!c) {
					problems.push(importProblem("import-note", `policy "${name.value}": content category ${JSON.stringify(id ?? null)} is not one ringfence knows; it was not mapped`, at(d, sp), "warning"));
					return;
				}
				const setting = category(d, s, sp, `policy "${name.value}": ${c}`, problems);
				if (setting) p.categories[c] = setting;
			});
			model.contentPolicies.push(p);
		} else if (settings && typeof settings.build === "string") {
			const platform = str(d, o, pointer, "platform_name");
			const p = {
				key: typeof o.id === "string" ? o.id : pointer,
				name: isDefault ? {
					value: `Default (${platform?.value ?? "platform unknown"})`,
					at: name.at
				} : name,
				isDefault,
				hostGroups: refs,
				at: at(d, pointer)
			};
			if (platform) p.platform = platform;
			if (enabled) p.enabled = enabled;
			if (precedence !== void 0) p.precedence = precedence;
			p.build = {
				value: sensorSelectorOf(settings.build),
				at: at(d, `${pointer}/settings/build`)
			};
			model.sensorPolicies.push(p);
		} else problems.push(importProblem("import-note", `"${name.value}" is neither a host group, a content-update policy nor a sensor-update policy; it was not mapped`, at(d, pointer), "warning"));
	}
	model.hostGroups = [...groups.values()];
	model.contentPrecedenceKnown = model.contentPolicies.every((p) => p.isDefault || p.precedence !== void 0);
	model.sensorPrecedenceKnown = model.sensorPolicies.every((p) => p.isDefault || p.precedence !== void 0);
	return {
		model,
		problems
	};
}
// dist/src/import/falcon/map.js
function mapFalcon(model) {
	const problems = [];
	const positions = new Map();
	const unknown = [];
	const put = (pointer, at) => {
		if (at && !positions.has(pointer)) positions.set(pointer, at);
	};
	const ids = new Map();
	const used = new Set();
	for (const g of model.hostGroups) {
		let id = slug(g.name.value);
		if (used.has(id)) {
			let n = 2;
			while (used.has(`${id}-${n}`)) n++;
			problems.push(importProblem("import-note", `two host groups are named "${g.name.value}" (after lower-casing); this one is mapped as ${id}-${n}`, g.name.at, "warning"));
			id = `${id}-${n}`;
		}
		used.add(id);
		ids.set(g.key, id);
	}
	const groupByKey = new Map(model.hostGroups.map((g) => [g.key, g]));
	const contentOf = effective(model.contentPolicies, groupByKey, problems, "content-update", "crowdstrike_content_update_policy_precedence");
	const sensorOf = effective(model.sensorPolicies, groupByKey, problems, "sensor-update", "crowdstrike_sensor_update_policy_precedence", true);
	const defaultContent = model.contentPolicies.find((p) => p.isDefault);
	const defaultSensors = model.sensorPolicies.filter((p) => p.isDefault);
	const hostGroups = [];
	model.hostGroups.forEach((g, i) => {
		const base = `/hostGroups/${i}`;
		const out = { id: ids.get(g.key) };
		put(base, g.at);
		put(`${base}/id`, g.name.at);
		if (g.description && g.description.value.trim() !== "") {
			out.description = g.description.value;
			put(`${base}/description`, g.description.at);
		}
		if (g.listedHosts && g.type?.value !== "dynamic") {
			out.hosts = g.listedHosts.value;
			put(`${base}/hosts`, g.listedHosts.at);
		} else unknown.push({
			pointer: `${base}/hosts`,
			why: g.type?.value === "dynamic" ? `dynamic group "${g.name.value}": Falcon computes its members from the assignment rule when hosts check in` : `group "${g.name.value}" lists no hosts in the source`
		});
		const sensors = sensorOf.get(g.key) ?? [];
		const os = [...new Set((sensors.length > 0 ? sensors.map((s) => s.policy) : defaultSensors).map((p) => osOf(p.platform?.value)).filter((x) => x !== void 0))].sort();
		if (os.length > 0 && sensors.length > 0) {
			out.os = os;
			put(`${base}/os`, sensors[0].policy.platform?.at);
		}
		unknown.push({
			pointer: `${base}/criticality`,
			why: "Falcon has no notion of how critical a host group is"
		});
		hostGroups.push(out);
	});
	const drafts = new Map();
	for (const g of model.hostGroups) {
		const assigned = contentOf.get(g.key);
		const entries = assigned && assigned.length > 0 ? assigned : defaultContent ? [{
			policy: defaultContent,
			ref: void 0
		}] : [];
		if (entries.length === 0) problems.push(importProblem("import-note", `host group "${g.name.value}" is in no content-update policy and the default policy is not in the source, so it is in no ring`, g.at, "warning"));
		const sensor = pickSensor(sensorOf.get(g.key)?.map((s) => s.policy) ?? defaultSensors, g, problems);
		for (const e of entries) {
			const k = `${e.policy.key}\u0000${sensor?.key ?? ""}`;
			let d = drafts.get(k);
			if (!d) drafts.set(k, d = {
				policy: e.policy,
				sensor,
				groups: []
			});
			d.groups.push({
				key: g.key,
				ref: e.ref
			});
		}
	}
	for (const p of model.contentPolicies) if (![...drafts.values()].some((d) => d.policy === p)) problems.push(importProblem("import-note", `content-update policy "${p.name.value}" applies to no host group here, so it is no ring`, p.at, "warning"));
	const split = new Map();
	for (const d of drafts.values()) split.set(d.policy, (split.get(d.policy) ?? 0) + 1);
	const ordered = [...drafts.values()].sort((a, b) => exposure(a.policy) - exposure(b.policy) || rank(a.policy) - rank(b.policy) || compare(a.policy.name.value, b.policy.name.value) || compare(a.sensor?.name.value ?? "", b.sensor?.name.value ?? ""));
	const rings = [];
	const names = new Set();
	ordered.forEach((d, i) => {
		const base = `/rings/${i}`;
		let name = slug(d.policy.name.value);
		if ((split.get(d.policy) ?? 0) > 1) name = `${name}--${slug(d.sensor?.name.value ?? "no-sensor-policy")}`;
		while (names.has(name)) name = `${name}-x`;
		names.add(name);
		const ring = { name };
		put(base, d.policy.at);
		put(`${base}/name`, d.policy.name.at);
		if (d.policy.description && d.policy.description.value.trim() !== "") {
			ring.description = d.policy.description.value;
			put(`${base}/description`, d.policy.description.at);
		}
		ring.hostGroups = d.groups.map((g) => ids.get(g.key));
		d.groups.forEach((g, j) => put(`${base}/hostGroups/${j}`, g.ref?.at ?? groupByKey.get(g.key)?.at));
		if (d.sensor) {
			const sensor = {};
			put(`${base}/sensor`, d.sensor.at);
			const b = d.sensor.build;
			if (b) {
				sensor.version = b.value.selector === "off" ? "pinned" : b.value.selector;
				put(`${base}/sensor/version`, b.at);
				if (b.value.build) {
					sensor.pinnedVersion = b.value.build;
					put(`${base}/sensor/pinnedVersion`, b.at);
				}
				if (b.value.selector === "pinned" || b.value.selector === "off") unknown.push({
					pointer: `${base}/sensor/pinnedSince`,
					why: `sensor-update policy "${d.sensor.name.value}" holds its build${b.value.selector === "off" ? " (sensor updates turned off)" : ""}; Falcon does not record since when`
				});
			} else unknown.push({
				pointer: `${base}/sensor/version`,
				why: `the build of sensor-update policy "${d.sensor.name.value}" is not known from the source`
			});
			ring.sensor = sensor;
		} else unknown.push({
			pointer: `${base}/sensor`,
			why: "no sensor-update policy applies to these groups in the source"
		});
		const content = {};
		put(`${base}/content`, d.policy.at);
		for (const c of contentCategories) {
			const s = d.policy.categories[c];
			if (!s?.ring) {
				unknown.push({
					pointer: `${base}/content/${c}`,
					why: `content-update policy "${d.policy.name.value}" does not say how it takes ${c}`
				});
				continue;
			}
			const entry = { ring: s.ring.value };
			const cb = `${base}/content/${c}`;
			put(cb, s.ring.value === "ga" && s.delayHours ? s.delayHours.at : s.ring.at);
			put(`${cb}/ring`, s.ring.at);
			if (s.ring.value === "ga") {
				entry.delayHours = s.delayHours?.value ?? 0;
				put(`${cb}/delayHours`, s.delayHours?.at ?? s.ring.at);
			}
			if (s.pinnedContentVersion) {
				entry.pinnedVersion = s.pinnedContentVersion.value;
				put(`${cb}/pinnedVersion`, s.pinnedContentVersion.at);
				unknown.push({
					pointer: `${cb}/pinnedSince`,
					why: `${c} is pinned to ${s.pinnedContentVersion.value}; Falcon does not record since when`
				});
			}
			content[c] = entry;
		}
		ring.content = content;
		rings.push(ring);
	});
	put("", model.at);
	put("/metadata", model.at);
	for (const [pointer, why] of [
		["/metadata/organization", "Falcon policies do not name the organisation"],
		["/metadata/fleetSize", "the number of hosts is in the console, not in the policies"],
		["/pairs", "which host groups stand in for each other is not in Falcon"],
		["/healthMonitoring", "Falcon update policies have no health gate"],
		["/recovery", "recovery readiness is not in Falcon"],
		["/incidentResponse", "who is called, and the reporting clocks, are not in Falcon"]
	]) unknown.push({
		pointer,
		why
	});
	for (const n of model.notes) unknown.push({
		pointer: "",
		why: n.why
	});
	return {
		document: {
			value: {
				apiVersion: "ringfence.dev/v1",
				kind: "DeploymentConfig",
				metadata: {
					product: "CrowdStrike Falcon",
					vendor: "CrowdStrike"
				},
				hostGroups,
				rings
			},
			positions,
			unknown,
			sources: model.sources
		},
		problems
	};
}
function slug(name) {
	const s = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9.]+/g, "-").replace(/^[^a-z0-9]+|-+$/g, "");
	return s === "" ? "unnamed" : s.slice(0, 80);
}
function compare(a, b) {
	return a < b ? -1 : a > b ? 1 : 0;
}
function rank(p) {
	return p.isDefault ? Number.MAX_SAFE_INTEGER : p.precedence ?? Number.MAX_SAFE_INTEGER - 1;
}
function exposure(p) {
	const hours = contentCategories.map((c) => p.categories[c]).filter((s) => s?.ring).map((s) => s.ring.value === "ea" ? -1 : s.ring.value === "pause" ? 72 : s.delayHours?.value ?? 0);
	return hours.length === 0 ? Number.MAX_SAFE_INTEGER : hours.reduce((a, b) => a + b, 0) / hours.length;
}
function osOf(platform) {
	const p = platform?.toLowerCase();
	return p === "windows" ? "windows" : p === "linux" ? "linux" : p === "mac" ? "macos" : void 0;
}
function effective(policies, groups, problems, what, resource, perPlatform = false) {
	const listing = new Map();
	for (const p of policies) {
		if (p.isDefault) continue;
		for (const ref of p.hostGroups) {
			if (!groups.has(ref.key)) {
				problems.push(importProblem("import-reference", `${what} policy "${p.name.value}" names host group ${ref.key}, which is not in the source`, ref.at));
				continue;
			}
			if (p.enabled?.value === false) {
				problems.push(importProblem("import-note", `${what} policy "${p.name.value}" is disabled, so it does not apply to host group ${groups.get(ref.key).name.value}`, p.enabled.at, "warning"));
				continue;
			}
			const l = listing.get(ref.key) ?? [];
			if (l.some((e) => e.policy === p)) continue;
			l.push({
				policy: p,
				ref
			});
			listing.set(ref.key, l);
		}
	}
	const out = new Map();
	for (const [key, all] of listing) {
		const buckets = new Map();
		for (const e of all) {
			const b = perPlatform ? e.policy.platform?.value.toLowerCase() ?? "" : "";
			buckets.set(b, [...buckets.get(b) ?? [], e]);
		}
		const chosen = [];
		for (const entries of buckets.values()) {
			if (entries.length === 1) {
				chosen.push(entries[0]);
				continue;
			}
			const name = groups.get(key).name.value;
			if (entries.every((e) => e.policy.precedence !== void 0)) {
				const sorted = [...entries].sort((a, b) => a.policy.precedence - b.policy.precedence);
				chosen.push(sorted[0]);
				for (const lost of sorted.slice(1)) problems.push(importProblem("import-note", `host group "${name}" is also in ${what} policy "${lost.policy.name.value}", but "${sorted[0].policy.name.value}" has higher precedence and is the one Falcon applies`, lost.ref.at, "warning"));
			} else {
				chosen.push(...entries);
				for (const e of entries.slice(1)) problems.push(importProblem("import-ambiguous", `host group "${name}" is in ${what} policies ${entries.map((x) => `"${x.policy.name.value}"`).join(" and ")} and the source does not state their precedence, so which one Falcon applies is unknown (set it with ${resource}); the group is mapped into each of their rings`, e.ref.at));
			}
		}
		out.set(key, chosen);
	}
	return out;
}
const selectorRank = {
	n: 0,
	"n-1": 1,
	"n-2": 2,
	pinned: 3,
	off: 4
};
function pickSensor(policies, g, problems) {
	if (policies.length <= 1) return policies[0];
	const sorted = [...policies].sort((a, b) => selectorRank[a.build?.value.selector ?? "off"] - selectorRank[b.build?.value.selector ?? "off"] || compare(a.key, b.key));
	const first = sorted[0];
	if (sorted.some((p) => p.build?.value.selector !== first.build?.value.selector)) problems.push(importProblem("import-note", `host group "${g.name.value}" follows sensor-update policies ${sorted.map((p) => `"${p.name.value}" (${p.build?.value.selector ?? "unknown"})`).join(", ")} on different platforms; its ring is described by the most current, ${first.build?.value.selector ?? "unknown"}`, g.at, "warning"));
	return first;
}
// dist/src/import/falcon/hcl.js
var HclSyntaxError = class extends Error {
	offset;
	constructor(offset, message) {
		super(message);
		this.offset = offset;
	}
};
function parseHcl(text, maxDepth = 64) {
	return new Parser(text, maxDepth).file();
}
function isIdentStart(c) {
	return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
function isIdentPart(c) {
	return isIdentStart(c) || c >= 48 && c <= 57 || c === 45;
}
var Parser = class Parser {
	s;
	maxDepth;
	i = 0;
	depth = 0;
	brackets = 0;
	constructor(s, maxDepth) {
		this.s = s;
		this.maxDepth = maxDepth;
		if (s.charCodeAt(0) === 65279) this.i = 1;
	}
	file() {
		const body = this.body(false);
		this.ws(true);
		if (this.i < this.s.length) this.fail(`unexpected ${this.describe()}`);
		return body;
	}
	fail(message, at = this.i) {
		throw new HclSyntaxError(Math.min(at, this.s.length), message);
	}
	describe() {
		const c = this.s[this.i];
		if (c === void 0) return "end of file";
		if (c === "\n") return "end of line";
		return `"${c}"`;
	}
	enter(at) {
		if (++this.depth > this.maxDepth) this.fail(`blocks and expressions nest more than ${this.maxDepth} deep here; the file was not read`, at);
	}
	leave() {
		this.depth--;
	}
	ws(newlines) {
		const s = this.s;
		for (;;) {
			const c = s[this.i];
			if (c === " " || c === "	" || c === "\r") this.i++;
			else if (c === "\n" && newlines) this.i++;
			else if (c === "#" || c === "/" && s[this.i + 1] === "/") {
				const nl = s.indexOf("\n", this.i);
				this.i = nl < 0 ? s.length : nl;
			} else if (c === "/" && s[this.i + 1] === "*") {
				const end = s.indexOf("*/", this.i + 2);
				if (end < 0) this.fail("a /* comment is never closed");
				this.i = end + 2;
			} else return;
		}
	}
	wsIn() {
		this.ws(this.brackets > 0);
	}
	ident() {
		const s = this.s;
		if (!isIdentStart(s.charCodeAt(this.i))) return void 0;
		const start = this.i;
		this.i++;
		while (isIdentPart(s.charCodeAt(this.i))) this.i++;
		return s.slice(start, this.i);
	}
	expect(c, what) {
		if (this.s[this.i] !== c) this.fail(`expected ${what}, found ${this.describe()}`);
		this.i++;
	}
	body(inBlock) {
		const attributes = [];
		const blocks = [];
		const names = new Map();
		const saved = this.brackets;
		this.brackets = 0;
		for (;;) {
			this.ws(true);
			const c = this.s[this.i];
			if (c === void 0) {
				if (inBlock) this.fail("a block is never closed: expected \"}\"");
				break;
			}
			if (c === "}") {
				if (!inBlock) this.fail("unexpected \"}\": no block is open here");
				break;
			}
			const start = this.i;
			const name = this.ident();
			if (name === void 0) this.fail(`expected an attribute name or a block type, found ${this.describe()}`);
			const nameSpan = {
				start,
				end: this.i
			};
			this.ws(false);
			if (this.s[this.i] === "=" && this.s[this.i + 1] !== "=") {
				this.i++;
				if (names.has(name)) this.fail(`attribute "${name}" is set twice in this block; readers disagree on which value counts`, start);
				names.set(name, start);
				const expr = this.expr();
				attributes.push({
					name,
					nameSpan,
					expr,
					start,
					end: expr.end
				});
				this.endOfItem();
			} else {
				const labels = [];
				const labelSpans = [];
				for (;;) {
					const ls = this.i;
					if (this.s[this.i] === "\"") {
						const t = this.template();
						if (t.kind !== "literal" || typeof t.value !== "string") this.fail("a block label must be a plain string", ls);
						labels.push(t.value);
					} else {
						const l = this.ident();
						if (l === void 0) break;
						labels.push(l);
					}
					labelSpans.push({
						start: ls,
						end: this.i
					});
					this.ws(false);
				}
				if (this.s[this.i] !== "{") this.fail(`expected "=" or "{" after "${name}", found ${this.describe()}`);
				this.enter(this.i);
				this.i++;
				const inner = this.body(true);
				this.expect("}", "\"}\"");
				this.leave();
				blocks.push({
					type: name,
					typeSpan: nameSpan,
					labels,
					labelSpans,
					body: inner,
					start,
					end: this.i
				});
				this.endOfItem();
			}
		}
		this.brackets = saved;
		return {
			attributes,
			blocks
		};
	}
	endOfItem() {
		this.ws(false);
		const c = this.s[this.i];
		if (c === "\n" || c === "}" || c === void 0) return;
		this.fail(`expected a new line after the value, found ${this.describe()}`);
	}
	expr() {
		this.enter(this.i);
		this.wsIn();
		let e = this.binary(0);
		this.wsIn();
		if (this.s[this.i] === "?") {
			this.i++;
			this.brackets++;
			this.expr();
			this.ws(true);
			this.expect(":", "\":\" of a conditional");
			this.brackets--;
			const last = this.expr();
			e = {
				kind: "other",
				what: "a conditional",
				start: e.start,
				end: last.end
			};
		}
		this.leave();
		return e;
	}
	static operators = [
		["||"],
		["&&"],
		["==", "!="],
		[
			"<=",
			">=",
			"<",
			">"
		],
		["+", "-"],
		[
			"*",
			"/",
			"%"
		]
	];
	binary(level) {
		if (level >= Parser.operators.length) return this.unary();
		let left = this.binary(level + 1);
		for (;;) {
			this.wsIn();
			const op = Parser.operators[level].find((o) => this.s.startsWith(o, this.i) && !(o === "/" && (this.s[this.i + 1] === "/" || this.s[this.i + 1] === "*")));
			if (!op) return left;
			this.i += op.length;
			this.wsIn();
			const right = this.binary(level + 1);
			left = {
				kind: "other",
				what: `an operator (${op})`,
				start: left.start,
				end: right.end
			};
		}
	}
	unary() {
		this.wsIn();
		const c = this.s[this.i];
		if (c === "!" || c === "-") {
			const start = this.i;
			this.i++;
			this.enter(start);
			const operand = this.unary();
			this.leave();
			if (c === "-" && operand.kind === "literal" && typeof operand.value === "number") return {
				...operand,
				value: -operand.value,
				start
			};
			return {
				kind: "other",
				what: `an operator (${c})`,
				start,
				end: operand.end
			};
		}
		return this.postfix(this.primary());
	}
	postfix(base) {
		let e = base;
		for (;;) {
			const c = this.s[this.i];
			if (c === "." && this.s[this.i + 1] !== ".") {
				this.i++;
				let step;
				if (this.s[this.i] === "*") {
					this.i++;
					step = "*";
				} else if (/[0-9]/.test(this.s[this.i] ?? "")) {
					const st = this.i;
					while (/[0-9]/.test(this.s[this.i] ?? "")) this.i++;
					step = this.s.slice(st, this.i);
				} else step = this.ident();
				if (step === void 0) this.fail(`expected a name after ".", found ${this.describe()}`);
				e = e.kind === "traversal" && step !== "*" ? {
					...e,
					parts: [...e.parts, step],
					end: this.i
				} : {
					kind: "other",
					what: "a splat or an attribute of a computed value",
					start: e.start,
					end: this.i
				};
			} else if (c === "[") {
				this.i++;
				this.brackets++;
				this.ws(true);
				let step;
				if (this.s[this.i] === "*") this.i++;
				else {
					const index = this.expr();
					if (index.kind === "literal" && (typeof index.value === "number" || typeof index.value === "string")) step = String(index.value);
				}
				this.ws(true);
				this.expect("]", "\"]\"");
				this.brackets--;
				e = e.kind === "traversal" && step !== void 0 ? {
					...e,
					parts: [...e.parts, step],
					end: this.i
				} : {
					kind: "other",
					what: "an index or a splat",
					start: e.start,
					end: this.i
				};
			} else return e;
		}
	}
	primary() {
		const s = this.s;
		const start = this.i;
		const c = s[this.i];
		if (c === void 0) this.fail("expected a value, found end of file");
		if (/[0-9]/.test(c)) {
			const m = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(s.slice(this.i, this.i + 400));
			this.i += m[0].length;
			return {
				kind: "literal",
				value: Number(m[0]),
				start,
				end: this.i
			};
		}
		if (c === "\"") return this.template();
		if (c === "<" && s[this.i + 1] === "<") return this.heredoc();
		if (c === "(") {
			this.i++;
			this.brackets++;
			const inner = this.expr();
			this.ws(true);
			this.expect(")", "\")\"");
			this.brackets--;
			return {
				...inner,
				start,
				end: this.i
			};
		}
		if (c === "[") return this.tuple();
		if (c === "{") return this.object();
		const name = this.ident();
		if (name === void 0) this.fail(`expected a value, found ${this.describe()}`);
		if (name === "true" || name === "false") return {
			kind: "literal",
			value: name === "true",
			start,
			end: this.i
		};
		if (name === "null") return {
			kind: "literal",
			value: null,
			start,
			end: this.i
		};
		if (s.startsWith("::", this.i)) {
			while (s.startsWith("::", this.i)) {
				this.i += 2;
				if (this.ident() === void 0) this.fail(`expected a function name after "::", found ${this.describe()}`);
			}
			if (s[this.i] !== "(") this.fail(`expected "(" after a provider function name, found ${this.describe()}`);
		}
		if (s[this.i] === "(") {
			this.i++;
			this.brackets++;
			this.ws(true);
			while (s[this.i] !== ")") {
				this.expr();
				this.ws(true);
				if (s.startsWith("...", this.i)) {
					this.i += 3;
					this.ws(true);
				}
				if (s[this.i] === ",") {
					this.i++;
					this.ws(true);
				} else if (s[this.i] !== ")") this.fail(`expected "," or ")" in the arguments of ${name}(), found ${this.describe()}`);
			}
			this.i++;
			this.brackets--;
			return {
				kind: "other",
				what: `a function call (${name})`,
				start,
				end: this.i
			};
		}
		return {
			kind: "traversal",
			parts: [name],
			start,
			end: this.i
		};
	}
	forExpression(close, isObject) {
		this.ws(true);
		if (this.ident() === void 0) this.fail(`expected a name after "for", found ${this.describe()}`);
		this.ws(true);
		if (this.s[this.i] === ",") {
			this.i++;
			this.ws(true);
			if (this.ident() === void 0) this.fail(`expected a second name after ",", found ${this.describe()}`);
			this.ws(true);
		}
		if (this.ident() !== "in") this.fail("expected \"in\" in a for expression");
		this.expr();
		this.ws(true);
		this.expect(":", "\":\" in a for expression");
		this.expr();
		this.ws(true);
		if (isObject) {
			if (!this.s.startsWith("=>", this.i)) this.fail(`expected "=>" in a for expression, found ${this.describe()}`);
			this.i += 2;
			this.expr();
			this.ws(true);
			if (this.s.startsWith("...", this.i)) this.i += 3;
			this.ws(true);
		}
		const save = this.i;
		if (this.ident() === "if") this.expr();
		else this.i = save;
		this.ws(true);
		if (this.s[this.i] !== close) this.fail(`expected "${close}" to close the for expression, found ${this.describe()}`);
	}
	isFor() {
		return this.s.startsWith("for", this.i) && !isIdentPart(this.s.charCodeAt(this.i + 3));
	}
	tuple() {
		const start = this.i;
		this.enter(start);
		this.i++;
		this.brackets++;
		this.ws(true);
		let result;
		if (this.isFor()) {
			this.i += 3;
			this.forExpression("]", false);
			this.i++;
			result = {
				kind: "other",
				what: "a for expression",
				start,
				end: this.i
			};
		} else {
			const items = [];
			while (this.s[this.i] !== "]") {
				items.push(this.expr());
				this.ws(true);
				if (this.s[this.i] === ",") {
					this.i++;
					this.ws(true);
				} else if (this.s[this.i] !== "]") this.fail(`expected "," or "]" in a list, found ${this.describe()}`);
			}
			this.i++;
			result = {
				kind: "tuple",
				items,
				start,
				end: this.i
			};
		}
		this.brackets--;
		this.leave();
		return result;
	}
	object() {
		const start = this.i;
		this.enter(start);
		this.i++;
		const saved = this.brackets;
		this.brackets = 0;
		this.ws(true);
		let result;
		if (this.isFor()) {
			this.brackets = 1;
			this.i += 3;
			this.forExpression("}", true);
			this.i++;
			result = {
				kind: "other",
				what: "a for expression",
				start,
				end: this.i
			};
		} else {
			const items = [];
			const seen = new Set();
			while (this.s[this.i] !== "}") {
				const ks = this.i;
				let key;
				if (this.s[this.i] === "(") this.primary();
				else if (this.s[this.i] === "\"") {
					const t = this.template();
					key = t.kind === "literal" && typeof t.value === "string" ? t.value : void 0;
				} else {
					key = this.ident();
					if (key === void 0) this.fail(`expected a key in an object, found ${this.describe()}`);
					if (this.s[this.i] === "." || this.s[this.i] === "[") {
						this.postfix({
							kind: "traversal",
							parts: [key],
							start: ks,
							end: this.i
						});
						key = void 0;
					}
				}
				const keySpan = {
					start: ks,
					end: this.i
				};
				this.ws(false);
				if (this.s[this.i] === "=" || this.s[this.i] === ":") this.i++;
				else this.fail(`expected "=" or ":" after an object key, found ${this.describe()}`);
				if (key !== void 0) {
					if (seen.has(key)) this.fail(`key "${key}" is set twice in this object; readers disagree on which value counts`, ks);
					seen.add(key);
				}
				const value = this.expr();
				items.push({
					key,
					keySpan,
					value
				});
				this.ws(false);
				if (this.s[this.i] === ",") this.i++;
				else if (this.s[this.i] !== "\n" && this.s[this.i] !== "}") this.fail(`expected "," or a new line between object items, found ${this.describe()}`);
				this.ws(true);
			}
			this.i++;
			result = {
				kind: "object",
				items,
				start,
				end: this.i
			};
		}
		this.brackets = saved;
		this.leave();
		return result;
	}
	template() {
		const s = this.s;
		const start = this.i;
		this.i++;
		let text = "";
		let literalText = false;
		const parts = [];
		for (;;) {
			const c = s[this.i];
			if (c === void 0 || c === "\n") this.fail("a string is never closed: expected \"\\\"\" before the end of the line", start);
			if (c === "\"") {
				this.i++;
				break;
			}
			if (c === "\\") {
				const n = s[this.i + 1];
				const simple = {
					n: "\n",
					r: "\r",
					t: "	",
					"\"": "\"",
					"\\": "\\"
				};
				if (n !== void 0 && simple[n] !== void 0) {
					text += simple[n];
					this.i += 2;
				} else if (n === "u" || n === "U") {
					const len = n === "u" ? 4 : 8;
					const hex = s.slice(this.i + 2, this.i + 2 + len);
					if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== len) this.fail(`a \\${n} escape needs ${len} hexadecimal digits`);
					const cp = parseInt(hex, 16);
					if (cp > 1114111) this.fail("a \\U escape names no Unicode character");
					text += String.fromCodePoint(cp);
					this.i += 2 + len;
				} else this.fail(`unknown escape \\${n ?? ""} in a string`);
				literalText = true;
				continue;
			}
			if ((c === "$" || c === "%") && s[this.i + 1] === c && s[this.i + 2] === "{") {
				text += `${c}{`;
				this.i += 3;
				literalText = true;
				continue;
			}
			if (c === "$" && s[this.i + 1] === "{") {
				this.i += 2;
				if (s[this.i] === "~") this.i++;
				this.brackets++;
				parts.push(this.expr());
				this.ws(true);
				if (s[this.i] === "~") this.i++;
				this.expect("}", "\"}\" to close the interpolation");
				this.brackets--;
				continue;
			}
			if (c === "%" && s[this.i + 1] === "{") {
				const close = s.indexOf("}", this.i);
				if (close < 0) this.fail("a %{ directive is never closed");
				this.i = close + 1;
				parts.push({
					kind: "other",
					what: "a template directive",
					start: this.i,
					end: close + 1
				});
				continue;
			}
			text += c;
			literalText = true;
			this.i++;
		}
		if (parts.length === 0) return {
			kind: "literal",
			value: text,
			start,
			end: this.i
		};
		if (parts.length === 1 && !literalText && parts[0].kind !== "other") return {
			...parts[0],
			start,
			end: this.i
		};
		return {
			kind: "other",
			what: "a string template",
			start,
			end: this.i
		};
	}
	heredoc() {
		const s = this.s;
		const start = this.i;
		this.i += 2;
		const indented = s[this.i] === "-";
		if (indented) this.i++;
		const marker = this.ident();
		if (marker === void 0) this.fail("expected a heredoc marker after \"<<\"");
		this.ws(false);
		if (s[this.i] === "\r") this.i++;
		if (s[this.i] !== "\n") this.fail("expected a new line after the heredoc marker");
		this.i++;
		const lines = [];
		for (;;) {
			if (this.i >= s.length) this.fail(`the heredoc ${marker} is never closed`, start);
			const nl = s.indexOf("\n", this.i);
			const lineEnd = nl < 0 ? s.length : nl;
			const line = s.slice(this.i, lineEnd).replace(/\r$/, "");
			if (line.trim() === marker) {
				this.i = lineEnd;
				break;
			}
			lines.push(line);
			this.i = nl < 0 ? s.length : nl + 1;
		}
		let body = lines;
		if (indented) {
			const indent = Math.min(...lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)[0].length));
			body = lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0));
		}
		const text = body.map((l) => `${l}\n`).join("");
		if (/(^|[^$])\$\{|(^|[^%])%\{/.test(text)) return {
			kind: "other",
			what: "a heredoc template",
			start,
			end: this.i
		};
		return {
			kind: "literal",
			value: text.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{"),
			start,
			end: this.i
		};
	}
};
// dist/src/import/falcon/terraform.js
const terraformKind = "falcon-terraform";
const known = {
	crowdstrike_host_group: [
		"name",
		"description",
		"type",
		"assignment_rule",
		"hostnames",
		"host_ids"
	],
	crowdstrike_content_update_policy: [
		"name",
		"description",
		"enabled",
		"host_groups",
		...contentCategories
	],
	crowdstrike_default_content_update_policy: ["description", ...contentCategories],
	crowdstrike_sensor_update_policy: [
		"name",
		"description",
		"enabled",
		"platform_name",
		"build",
		"build_arm64",
		"host_groups",
		"schedule",
		"uninstall_protection",
		"bulk_maintenance_mode"
	],
	crowdstrike_default_sensor_update_policy: [
		"platform_name",
		"build",
		"build_arm64",
		"schedule",
		"uninstall_protection",
		"bulk_maintenance_mode"
	],
	crowdstrike_content_update_policy_attachment: [
		"id",
		"host_groups",
		"exclusive"
	],
	crowdstrike_sensor_update_policy_host_group_attachment: [
		"id",
		"host_groups",
		"exclusive"
	],
	crowdstrike_content_update_policy_precedence: ["ids", "enforcement"],
	crowdstrike_sensor_update_policy_precedence: [
		"ids",
		"enforcement",
		"platform_name"
	]
};
const meta = [
	"depends_on",
	"provider",
	"lifecycle",
	"count",
	"for_each"
];
const categoryAttributes = [
	"ring_assignment",
	"delay_hours",
	"pinned_content_version"
];
var Unresolved = class extends Error {
	at;
	constructor(at, message) {
		super(message);
		this.at = at;
	}
};
var Module = class {
	texts;
	problems = [];
	variables = new Map();
	locals = new Map();
	resources = new Map();
	data = new Map();
	lineStarts = new Map();
	constructor(texts) {
		this.texts = texts;
	}
	pos(file, span) {
		return {
			file,
			range: this.range(file, span)
		};
	}
	range(file, span) {
		let starts = this.lineStarts.get(file);
		if (!starts) {
			const text = this.texts.get(file) ?? "";
			starts = [0];
			for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
			this.lineStarts.set(file, starts);
		}
		const at = (offset) => {
			let lo = 0;
			let hi = starts.length - 1;
			while (lo < hi) {
				const mid = lo + hi + 1 >> 1;
				if (starts[mid] <= offset) lo = mid;
				else hi = mid - 1;
			}
			return {
				line: lo + 1,
				column: offset - starts[lo] + 1
			};
		};
		const a = at(span.start);
		const b = at(Math.max(span.start, span.end));
		return {
			startLine: a.line,
			startColumn: a.column,
			endLine: b.line,
			endColumn: b.line === a.line ? Math.max(b.column, a.column + 1) : b.column
		};
	}
	resolve(file, e, stack = []) {
		const at = this.pos(file, e);
		switch (e.kind) {
			case "literal": return {
				kind: "scalar",
				v: e.value,
				at
			};
			case "tuple": return {
				kind: "list",
				items: e.items.map((x) => this.resolve(file, x, stack)),
				at
			};
			case "object": {
				const entries = new Map();
				const keys = new Map();
				for (const item of e.items) {
					if (item.key === void 0) throw new Unresolved(this.pos(file, item.keySpan), "a computed object key is not evaluated");
					keys.set(item.key, this.pos(file, item.keySpan));
					entries.set(item.key, this.resolve(file, item.value, stack));
				}
				return {
					kind: "object",
					entries,
					keys,
					at
				};
			}
			case "other": throw new Unresolved(at, `${e.what} is not evaluated by ringfence; write the value literally, or in a variable's default`);
			case "traversal": return this.traverse(file, e, at, stack);
		}
	}
	traverse(file, e, at, stack) {
		const [head, second, ...rest] = e.parts;
		const text = e.parts.join(".");
		if ((head === "var" || head === "local") && second !== void 0) {
			const id = `${head}.${second}`;
			if (stack.includes(id)) throw new Unresolved(at, `${[...stack.slice(stack.indexOf(id)), id].join(" \u2192 ")} refer to each other in a cycle; none has a value`);
			if (stack.length >= 32) throw new Unresolved(at, `${id}: references are followed at most 32 deep`);
			let value;
			if (head === "var") {
				const v = this.variables.get(second);
				if (!v) throw new Unresolved(at, `no variable "${second}" is declared in this module${hint(second, [...this.variables.keys()])}`);
				const def = v.item.body.attributes.find((a) => a.name === "default");
				if (!def) throw new Unresolved(at, `variable "${second}" has no default, so its value is set outside the module (a .tfvars file, -var, the environment); give the value in a default, or import the plan JSON (terraform show -json)`);
				value = this.resolve(v.file, def.expr, [...stack, id]);
			} else {
				const l = this.locals.get(second);
				if (!l) throw new Unresolved(at, `no local value "${second}" is defined in this module${hint(second, [...this.locals.keys()])}`);
				value = this.resolve(l.file, l.item.expr, [...stack, id]);
			}
			return this.step(value, rest, at, text);
		}
		if (head === "data" && second !== void 0 && rest.length > 0) {
			const address = `data.${second}.${rest[0]}`;
			if (second !== "crowdstrike_sensor_update_policy_builds") throw new Unresolved(at, `${text}: the data source ${second} is read when Terraform runs; ringfence cannot know its value`);
			if (!this.data.has(`${second}.${rest[0]}`)) throw new Unresolved(at, `${text}: no ${address} is declared in this module${hint(`${second}.${rest[0]}`, [...this.data.keys()])}`);
			return {
				kind: "ref",
				type: `data.${second}`,
				name: rest[0],
				path: rest.slice(1),
				at
			};
		}
		if (head !== void 0 && head.startsWith("crowdstrike_") && second !== void 0) {
			if (!this.resources.has(`${head}.${second}`)) throw new Unresolved(at, `${text} refers to no resource of this module: there is no ${head}.${second}${hint(`${head}.${second}`, [...this.resources.keys()].filter((k) => k.startsWith(`${head}.`)))}`);
			return {
				kind: "ref",
				type: head,
				name: second,
				path: rest,
				at
			};
		}
		throw new Unresolved(at, `${text} is not a value ringfence can know from the module (only var., local., the module's crowdstrike_ resources and the sensor-builds data source are followed)`);
	}
	step(value, path, at, text) {
		let v = value;
		for (const p of path) if (v.kind === "object" && v.entries.has(p)) v = v.entries.get(p);
		else if (v.kind === "list" && /^\d+$/.test(p) && Number(p) < v.items.length) v = v.items[Number(p)];
		else throw new Unresolved(at, `${text}: "${p}" is not in the value`);
		return v;
	}
};
function hint(name, candidates) {
	const d = didYouMean(name, candidates);
	return d ? ` (did you mean ${d}?)` : "";
}
function readTerraformModule(files) {
	const m = new Module(new Map(files.map((f) => [f.file, f.text])));
	const bodies = [];
	for (const f of files) try {
		bodies.push({
			file: f.file,
			body: parseHcl(f.text)
		});
	} catch (err) {
		if (!(err instanceof HclSyntaxError)) throw err;
		m.problems.push(importProblem("import-syntax", `not valid HCL: ${err.message}`, m.pos(f.file, {
			start: err.offset,
			end: err.offset + 1
		})));
	}
	if (m.problems.length > 0) {
		const names = files.map((f) => f.file);
		m.problems.push(importProblem("import-incomplete", `the Terraform module ${names.join(", ")} was not mapped, since part of it could not be read`, {
			file: names[0],
			range: firstRange
		}));
		return { problems: m.problems };
	}
	const crowdstrike = [];
	for (const { file, body } of bodies) for (const b of body.blocks) if (b.type === "variable" && b.labels.length === 1) declare(m, m.variables, b.labels[0], {
		item: b,
		file
	}, m.pos(file, b.labelSpans[0]), "variable");
	else if (b.type === "locals") for (const a of b.body.attributes) declare(m, m.locals, a.name, {
		item: a,
		file
	}, m.pos(file, a.nameSpan), "local value");
	else if (b.type === "data" && b.labels.length === 2) declare(m, m.data, `${b.labels[0]}.${b.labels[1]}`, {
		item: b,
		file
	}, m.pos(file, b.typeSpan), "data source");
	else if (b.type === "resource" && b.labels.length === 2) {
		declare(m, m.resources, `${b.labels[0]}.${b.labels[1]}`, {
			item: b,
			file
		}, m.pos(file, b.typeSpan), "resource");
		if (b.labels[0].startsWith("crowdstrike_")) crowdstrike.push({
			file,
			block: b
		});
	} else if (b.type === "module") m.problems.push(importProblem("import-unfollowed", `module "${b.labels[0] ?? ""}" is not followed: import its folder too if it holds Falcon policies`, m.pos(file, b.typeSpan), "warning"));
	const model = {
		kind: terraformKind,
		sources: files.map((f) => f.file),
		at: crowdstrike[0] ? m.pos(crowdstrike[0].file, crowdstrike[0].block.typeSpan) : {
			file: files[0]?.file ?? "",
			range: firstRange
		},
		hostGroups: [],
		contentPolicies: [],
		sensorPolicies: [],
		contentPrecedenceKnown: false,
		sensorPrecedenceKnown: false,
		notes: []
	};
	const attachments = [];
	const precedences = [];
	for (const { file, block } of crowdstrike) {
		const type = block.labels[0];
		const address = `${type}.${block.labels[1]}`;
		const allowed = known[type];
		if (!allowed) continue;
		const r = new ResourceReader(m, file, block, address);
		if (!r.checkShape(allowed)) continue;
		if (type === "crowdstrike_host_group") {
			const name = r.str("name");
			if (!name) continue;
			const g = {
				key: address,
				name,
				at: r.at
			};
			const t = r.str("type");
			if (t) {
				if (![
					"static",
					"dynamic",
					"staticByID"
				].includes(t.value)) r.problem(t.at, `type must be static, dynamic or staticByID (case sensitive), not "${t.value}"`);
				else g.type = t;
			}
			const rule = r.str("assignment_rule", false);
			if (rule) g.assignmentRule = rule;
			const d = r.str("description", false);
			if (d) g.description = d;
			const listed = r.list(t?.value === "staticByID" ? "host_ids" : "hostnames", false);
			if (listed && t?.value !== "dynamic") g.listedHosts = {
				value: new Set(listed.items.map((x) => x.kind === "scalar" ? String(x.v) : JSON.stringify(x.at))).size,
				at: listed.at
			};
			model.hostGroups.push(g);
		} else if (type === "crowdstrike_content_update_policy" || type === "crowdstrike_default_content_update_policy") {
			const isDefault = type === "crowdstrike_default_content_update_policy";
			const name = isDefault ? {
				value: "Default",
				at: r.at
			} : r.str("name");
			if (!name) continue;
			const p = {
				key: address,
				name,
				isDefault,
				categories: {},
				hostGroups: isDefault ? [] : r.groupRefs("host_groups"),
				at: r.at
			};
			const enabled = isDefault ? void 0 : r.bool("enabled");
			if (enabled) p.enabled = enabled;
			const description = r.str("description", false);
			if (description) p.description = description;
			for (const c of contentCategories) {
				const s = r.category(c);
				if (s) p.categories[c] = s;
			}
			model.contentPolicies.push(p);
		} else if (type === "crowdstrike_sensor_update_policy" || type === "crowdstrike_default_sensor_update_policy") {
			const isDefault = type === "crowdstrike_default_sensor_update_policy";
			const platform = r.str("platform_name");
			const name = isDefault ? {
				value: `Default (${platform?.value ?? "platform unknown"})`,
				at: r.at
			} : r.str("name");
			if (!name) continue;
			const p = {
				key: address,
				name,
				isDefault,
				hostGroups: isDefault ? [] : r.groupRefs("host_groups"),
				at: r.at
			};
			if (platform) p.platform = platform;
			const enabled = isDefault ? void 0 : r.bool("enabled");
			if (enabled) p.enabled = enabled;
			const build = r.build();
			if (build) p.build = build;
			model.sensorPolicies.push(p);
		} else if (type.endsWith("_attachment")) attachments.push({
			type,
			file,
			block
		});
		else precedences.push({
			type,
			file,
			block
		});
	}
	for (const { type, file, block } of attachments) {
		const r = new ResourceReader(m, file, block, `${type}.${block.labels[1]}`);
		const target = r.policyRef("id", type.startsWith("crowdstrike_content") ? "crowdstrike_content_update_policy" : "crowdstrike_sensor_update_policy");
		if (!target) continue;
		const policy = (type.startsWith("crowdstrike_content") ? model.contentPolicies : model.sensorPolicies).find((p) => p.key === target);
		if (!policy) continue;
		const exclusive = r.bool("exclusive");
		const refs = r.groupRefs("host_groups");
		if (exclusive?.value !== false && policy.hostGroups.length > 0) r.problem(r.at, `${target} lists host_groups itself and an exclusive attachment sets them again; Terraform keeps fighting over them \u2014 set them in one place`, "warning");
		for (const ref of refs) if (!policy.hostGroups.some((g) => g.key === ref.key)) policy.hostGroups.push(ref);
	}
	for (const { type, file, block } of precedences) {
		const r = new ResourceReader(m, file, block, `${type}.${block.labels[1]}`);
		const isContent = type === "crowdstrike_content_update_policy_precedence";
		const ids = r.list("ids");
		if (!ids) continue;
		const policies = isContent ? model.contentPolicies : model.sensorPolicies;
		const platform = isContent ? void 0 : r.str("platform_name");
		const enforcement = r.str("enforcement");
		ids.items.forEach((item, n) => {
			const wanted = isContent ? "crowdstrike_content_update_policy" : "crowdstrike_sensor_update_policy";
			if (item.kind !== "ref" || item.type !== wanted || item.path.join(".") !== "id") {
				r.problem(item.at, `ids must list ${wanted}.<name>.id references of this module (a literal policy id cannot be matched to a policy here)`);
				return;
			}
			const p = policies.find((x) => x.key === `${item.type}.${item.name}`);
			if (p) p.precedence = n + 1;
		});
		const listed = policies.filter((p) => !p.isDefault && (!platform || p.platform?.value?.toLowerCase() === platform.value.toLowerCase()));
		if (enforcement?.value === "strict" || listed.every((p) => p.precedence !== void 0)) {
			if (isContent) model.contentPrecedenceKnown = true;
			else model.sensorPrecedenceKnown = true;
		}
	}
	return {
		model,
		problems: m.problems
	};
}
function declare(m, map, name, value, at, what) {
	if (map.has(name)) {
		m.problems.push(importProblem("import-duplicate", `${what} "${name}" is declared twice in this module; Terraform refuses that`, at));
		return;
	}
	map.set(name, value);
}
var ResourceReader = class {
	m;
	file;
	block;
	address;
	at;
	attrs;
	constructor(m, file, block, address) {
		this.m = m;
		this.file = file;
		this.block = block;
		this.address = address;
		this.at = m.pos(file, {
			start: block.start,
			end: block.labelSpans.at(-1)?.end ?? block.typeSpan.end
		});
		this.attrs = new Map(block.body.attributes.map((a) => [a.name, a]));
	}
	problem(at, message, severity = "error") {
		this.m.problems.push(importProblem(severity === "error" ? "import-value" : "import-note", `${this.address}: ${message}`, at, severity));
	}
	checkShape(allowed) {
		for (const a of this.block.body.attributes) {
			if (a.name === "count" || a.name === "for_each") {
				this.problem(this.m.pos(this.file, a.nameSpan), `${a.name} makes this resource many, decided when Terraform runs; ringfence reads resources one by one, so it was left out \u2014 import the plan JSON (terraform show -json) instead`);
				return false;
			}
			if (!allowed.includes(a.name) && !meta.includes(a.name)) this.problem(this.m.pos(this.file, a.nameSpan), `unknown attribute "${a.name}"${hint(a.name, [...allowed])}; the provider would refuse it`);
		}
		for (const b of this.block.body.blocks) if (!meta.includes(b.type)) this.problem(this.m.pos(this.file, b.typeSpan), `unknown block "${b.type}"${hint(b.type, [...allowed])} (this provider's settings are attributes: ${b.type} = { \u2026 })`);
		return true;
	}
	value(name, required = true) {
		const a = this.attrs.get(name);
		if (!a) {
			if (required) this.problem(this.at, `"${name}" is not set`);
			return;
		}
		try {
			return this.m.resolve(this.file, a.expr);
		} catch (err) {
			if (!(err instanceof Unresolved)) throw err;
			this.problem(err.at, `${name}: ${err.message}`);
			return;
		}
	}
	str(name, required = true) {
		return this.scalar(this.value(name, required), name, "string");
	}
	bool(name) {
		return this.scalar(this.value(name, false), name, "boolean");
	}
	scalar(v, name, type) {
		if (!v) return void 0;
		if (v.kind === "scalar" && v.v !== null) {
			if (typeof v.v === type) return {
				value: v.v,
				at: v.at
			};
			if (type === "string" && typeof v.v !== "string") return {
				value: String(v.v),
				at: v.at
			};
			if (type === "number" && typeof v.v === "string" && /^-?\d+(\.\d+)?$/.test(v.v)) return {
				value: Number(v.v),
				at: v.at
			};
			if (type === "boolean" && (v.v === "true" || v.v === "false")) return {
				value: v.v === "true",
				at: v.at
			};
		}
		if (v.kind === "scalar" && v.v === null) return void 0;
		this.problem(v.at, `${name} must be a ${type}`);
	}
	list(name, required = true) {
		const v = this.value(name, required);
		if (!v) return void 0;
		if (v.kind !== "list") {
			this.problem(v.at, `${name} must be a list`);
			return;
		}
		return v;
	}
	groupRefs(name) {
		const a = this.attrs.get(name);
		let items;
		if (a && a.expr.kind === "tuple") {
			items = [];
			for (const x of a.expr.items) try {
				items.push(this.m.resolve(this.file, x));
			} catch (err) {
				if (!(err instanceof Unresolved)) throw err;
				this.problem(err.at, `${name}: ${err.message}`);
			}
		} else {
			const l = this.list(name, false);
			if (!l) return [];
			items = l.items;
		}
		const out = [];
		for (const item of items) if (item.kind === "ref" && item.type === "crowdstrike_host_group" && item.path.join(".") === "id") out.push({
			key: `crowdstrike_host_group.${item.name}`,
			at: item.at
		});
		else this.problem(item.at, `${name} must list crowdstrike_host_group.<name>.id references of this module (a literal group id cannot be matched to a group here)`);
		return out;
	}
	policyRef(name, type) {
		const v = this.value(name);
		if (!v) return void 0;
		if (v.kind === "ref" && v.type === type && v.path.join(".") === "id") return `${type}.${v.name}`;
		this.problem(v.at, `${name} must be a ${type}.<name>.id reference of this module`);
	}
	category(c) {
		const v = this.value(c, this.address.includes("content_update_policy"));
		if (!v) return void 0;
		if (v.kind !== "object") {
			this.problem(v.at, `${c} must be an object: ${c} = { ring_assignment = "ga", delay_hours = 4 }`);
			return;
		}
		const s = { at: v.at };
		for (const [k, x] of v.entries) if (!categoryAttributes.includes(k)) this.problem(v.keys.get(k) ?? x.at, `${c}: unknown attribute "${k}"${hint(k, categoryAttributes)}; the provider would refuse it`);
		const ring = this.scalar(v.entries.get("ring_assignment"), `${c}.ring_assignment`, "string");
		if (!ring) this.problem(v.at, `${c}.ring_assignment is not set`);
		else if (![
			"ea",
			"ga",
			"pause"
		].includes(ring.value) || c === "system_critical" && ring.value === "pause") this.problem(ring.at, `${c}.ring_assignment must be ${c === "system_critical" ? "ga or ea" : "ga, ea or pause"}, not "${ring.value}"`);
		else s.ring = ring;
		const delay = this.scalar(v.entries.get("delay_hours"), `${c}.delay_hours`, "number");
		if (delay) {
			if (![
				0,
				1,
				2,
				4,
				8,
				12,
				24,
				48,
				72
			].includes(delay.value)) this.problem(delay.at, `${c}.delay_hours must be one of 0, 1, 2, 4, 8, 12, 24, 48, 72, not ${delay.value}`);
			else s.delayHours = delay;
		}
		const pinned = this.scalar(v.entries.get("pinned_content_version"), `${c}.pinned_content_version`, "string");
		if (pinned && pinned.value !== "") s.pinnedContentVersion = pinned;
		return s;
	}
	build() {
		const v = this.value("build");
		if (!v) return void 0;
		if (v.kind === "ref" && v.type === "data.crowdstrike_sensor_update_policy_builds") {
			const [, which, field] = v.path;
			const selector = which === "latest" ? "n" : which === "n1" ? "n-1" : which === "n2" ? "n-2" : void 0;
			if (selector && field === "build") return {
				value: { selector },
				at: v.at
			};
			this.problem(v.at, `build: expected data.crowdstrike_sensor_update_policy_builds.<name>.<platform>.(latest|n1|n2).build`);
			return;
		}
		const s = this.scalar(v, "build", "string");
		if (!s) return void 0;
		return {
			value: sensorSelectorOf(s.value),
			at: s.at
		};
	}
};
// dist/src/import/falcon/index.js
function dirname(file) {
	const i = Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\"));
	return i < 0 ? "." : file.slice(0, i);
}
function finish(read) {
	if (!read.model) return {
		documents: [],
		problems: read.problems
	};
	if (read.model.hostGroups.length + read.model.contentPolicies.length + read.model.sensorPolicies.length === 0 && read.problems.length === 0) return {
		documents: [],
		problems: []
	};
	const { document, problems } = mapFalcon(read.model);
	return {
		documents: [document],
		problems: [...read.problems, ...problems]
	};
}
const falconTerraformImporter = {
	kind: terraformKind,
	title: "CrowdStrike Falcon policies (Terraform)",
	recognise: recogniseFalconTerraform,
	map(files) {
		const folders = new Map();
		for (const f of files) {
			const d = dirname(f.file);
			folders.set(d, [...folders.get(d) ?? [], f]);
		}
		const documents = [];
		const problems = [];
		for (const group of [...folders.keys()].sort()) {
			if (!folders.get(group).some((f) => f.text.includes("crowdstrike_"))) continue;
			const r = finish(readTerraformModule([...folders.get(group)].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
			documents.push(...r.documents);
			problems.push(...r.problems);
		}
		return {
			documents,
			problems
		};
	}
};
const falconTerraformJsonImporter = {
	kind: planKind,
	title: "CrowdStrike Falcon policies (terraform show -json)",
	recognise: recogniseFalconTerraformJson,
	map(files) {
		const documents = [];
		const problems = [];
		for (const f of files) {
			const r = finish(readPlanJson(f));
			documents.push(...r.documents);
			problems.push(...r.problems);
		}
		return {
			documents,
			problems
		};
	}
};
const falconApiImporter = {
	kind: apiKind,
	title: "CrowdStrike Falcon policies (API export)",
	recognise: recogniseFalconApi,
	map(files) {
		const folders = new Map();
		for (const f of files) folders.set(dirname(f.file), [...folders.get(dirname(f.file)) ?? [], f]);
		const documents = [];
		const problems = [];
		for (const key of [...folders.keys()].sort()) {
			const r = finish(readApiJson(folders.get(key)));
			documents.push(...r.documents);
			problems.push(...r.problems);
		}
		return {
			documents,
			problems
		};
	}
};
export { falconApiImporter, falconTerraformImporter, falconTerraformJsonImporter };
