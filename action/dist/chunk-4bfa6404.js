import { t as parseYamlText } from "./chunk-9404d2c7.js";
import { i as joinPointer } from "./chunk-492e16a4.js";
import { t as didYouMean } from "./chunk-f4e99a2c.js";
import { t as recogniseMicrosoft } from "./chunk-95089b86.js";
import path from "node:path";
// dist/src/import/microsoft/channels.js
const categoryBySetting = {
	engineupdateschannel: "engine",
	platformupdateschannel: "platform",
	securityintelligenceupdateschannel: "security_intelligence"
};
const channels = [
	{
		value: 0,
		title: "Not configured (gradual release default)",
		ring: "ga",
		delayHours: 0,
		rank: 2
	},
	{
		value: 2,
		title: "Beta Channel",
		ring: "ea",
		rank: 0
	},
	{
		value: 3,
		title: "Current Channel (Preview)",
		ring: "ea",
		rank: 1
	},
	{
		value: 4,
		title: "Current Channel (Staged)",
		ring: "ga",
		delayHours: 0,
		rank: 2
	},
	{
		value: 5,
		title: "Current Channel (Broad)",
		ring: "ga",
		delayHours: 0,
		rank: 3
	},
	{
		value: 6,
		title: "Critical \u2013 Time delay (48 hours)",
		ring: "ga",
		delayHours: 48,
		rank: 4
	}
];
const accepted = {
	engine: [
		0,
		2,
		3,
		4,
		5,
		6
	],
	platform: [
		0,
		2,
		3,
		4,
		5,
		6
	],
	security_intelligence: [
		0,
		4,
		5
	]
};
function channelOf(category, value) {
	if (!accepted[category].includes(value)) return void 0;
	return channels.find((c) => c.value === value);
}
function acceptedValues(category) {
	return accepted[category].map((v) => `${v} (${channels.find((c) => c.value === v).title})`).join(", ");
}
const own = (name) => Object.hasOwn(categoryBySetting, name) ? categoryBySetting[name] : void 0;
function categoryOfDefinition(id) {
	const m = /^device_vendor_msft_defender_configuration_([a-z]+)$/.exec(id.toLowerCase());
	return m ? own(m[1]) : void 0;
}
function categoryOfOmaUri(uri) {
	const m = /^\.\/(?:device\/)?vendor\/msft\/(?:defender\/configuration|policy\/config\/defender)\/([a-z]+)$/.exec(uri.trim().toLowerCase());
	return m ? own(m[1]) : void 0;
}
// dist/src/import/microsoft/map.js
const microsoftLimits = {
	maxEntries: 1e3,
	maxAssignments: 1e3,
	maxHostGroups: 5e3,
	maxSettingDepth: 16
};
const wufbType = "#microsoft.graph.windowsUpdateForBusinessConfiguration";
const omaType = "#microsoft.graph.windows10CustomConfiguration";
const catalogType = "#microsoft.graph.deviceManagementConfigurationPolicy";
const knownTypes = [
	wufbType,
	omaType,
	catalogType
];
const product = "Microsoft Defender for Endpoint";
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var Context = class {
	problems = [];
	cache = new Map();
	position(at) {
		let bySource = this.cache.get(at.src);
		if (!bySource) this.cache.set(at.src, bySource = new Map());
		if (bySource.has(at.pointer)) return bySource.get(at.pointer);
		const loc = at.src.locations.get(at.pointer);
		const p = loc ? {
			file: at.src.file,
			range: loc.value
		} : void 0;
		bySource.set(at.pointer, p);
		return p;
	}
	report(severity, at, message) {
		const loc = at.src.locations.get(at.pointer);
		this.problems.push({
			severity,
			code: "import",
			file: at.src.file,
			...loc ? { range: loc.value } : {},
			pointer: at.pointer,
			message
		});
	}
};
function describePointer(pointer) {
	if (pointer === "") return "the document";
	let out = "";
	for (const t of pointer.slice(1).split("/")) {
		const token = t.replace(/~1/g, "/").replace(/~0/g, "~");
		out += /^(0|[1-9]\d*)$/.test(token) ? `[${token}]` : /^[A-Za-z_@$][\w@.$]*$/.test(token) ? out === "" ? token : `.${token}` : `[${JSON.stringify(token)}]`;
	}
	return out;
}
const child = (at, token) => ({
	src: at.src,
	pointer: joinPointer(at.pointer, token)
});
const where = (at) => describePointer(at.pointer);
const show = (v) => {
	const s = typeof v === "string" ? JSON.stringify(v) : Array.isArray(v) ? "a list" : isObj(v) ? "an object" : String(v);
	return s.length > 80 ? `${s.slice(0, 79)}\u2026` : s;
};
function mapMicrosoft(files) {
	const byFolder = new Map();
	for (const f of [...files].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) {
		const dir = path.dirname(f.file);
		byFolder.set(dir, [...byFolder.get(dir) ?? [], f]);
	}
	const documents = [];
	const problems = [];
	for (const group of byFolder.values()) {
		const r = mapFolder(group);
		if (r.document) documents.push(r.document);
		problems.push(...r.problems);
	}
	return {
		documents,
		problems
	};
}
function mapFolder(files) {
	const ctx = new Context();
	const osRings = [];
	const policies = [];
	let first;
	for (const f of files) {
		const trimmed = f.text.replace(/^\ufeff/, "").trimStart();
		if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
			ctx.problems.push({
				severity: "error",
				code: "import",
				file: f.file,
				range: {
					startLine: 1,
					startColumn: 1,
					endLine: 1,
					endColumn: 2
				},
				message: "not JSON: an Intune export from Microsoft Graph is a JSON object (one policy, or a \"value\" list of policies) or a JSON list; nothing in this file was imported"
			});
			continue;
		}
		const parsed = parseYamlText(f.text, f.file);
		ctx.problems.push(...parsed.problems.map((p) => ({
			...p,
			message: `${p.message} (the export was not imported)`
		})));
		const doc = parsed.documents[0];
		if (!doc || parsed.problems.some((p) => p.severity === "error")) continue;
		const root = {
			src: {
				file: f.file,
				locations: doc.locations
			},
			pointer: ""
		};
		const entries = [];
		const list = Array.isArray(doc.value) ? {
			items: doc.value,
			at: root
		} : isObj(doc.value) && Array.isArray(doc.value["value"]) && !("@odata.type" in doc.value) ? {
			items: doc.value["value"],
			at: child(root, "value")
		} : void 0;
		if (list) {
			if (list.items.length > microsoftLimits.maxEntries) {
				ctx.report("error", list.at, `${where(list.at) === "the document" ? "the list" : where(list.at)} has ${list.items.length} entries; at most ${microsoftLimits.maxEntries} policies are read from one file: split the export (nothing in this file was imported)`);
				continue;
			}
			list.items.forEach((v, i) => {
				if (isObj(v)) entries.push({
					value: v,
					at: child(list.at, i),
					single: false
				});
				else ctx.report("error", child(list.at, i), `${where(child(list.at, i))} is ${show(v)}; expected a policy (a JSON object)`);
			});
		} else if (isObj(doc.value)) entries.push({
			value: doc.value,
			at: root,
			single: true
		});
		else {
			ctx.report("error", root, `the file holds ${show(doc.value)}; expected an Intune policy (a JSON object), a Graph "value" list or a JSON list of policies`);
			continue;
		}
		const skipped = new Map();
		for (const e of entries) {
			const type = e.value["@odata.type"];
			if (type === wufbType) {
				const r = readWufb(ctx, e.value, e.at);
				if (r) osRings.push(r);
				first ??= e.at;
			} else if (type === omaType) {
				const r = readOma(ctx, e.value, e.at, policies.length);
				if (r) policies.push(r);
				first ??= e.at;
			} else if ((type === void 0 || type === catalogType) && Array.isArray(e.value["settings"])) {
				const r = readCatalog(ctx, e.value, e.at, policies.length);
				if (r) policies.push(r);
				first ??= e.at;
			} else if (typeof type === "string" && type.startsWith("#microsoft.graph.") && !knownTypes.some((k) => k.toLowerCase() === type.toLowerCase()) && !e.single) skipped.set(type, (skipped.get(type) ?? 0) + 1);
			else {
				const hint = typeof type === "string" ? didYouMean(type, knownTypes) : void 0;
				ctx.report("error", typeof type === "string" ? child(e.at, "@odata.type") : e.at, typeof type === "string" ? `${where(child(e.at, "@odata.type"))} is ${show(type)}${hint ? ` (did you mean "${hint}"?)` : ""}, which is not a kind this importer reads: "${wufbType}" (a Windows Update for Business ring), "${omaType}" (OMA-URI settings) or a settings-catalog policy with "settings"; this policy was not imported` : `${where(e.at)} has no "@odata.type" and no "settings": it is neither a Windows Update for Business ring nor a Defender settings-catalog policy; it was not imported`);
			}
		}
		if (skipped.size > 0) {
			const kinds = [...skipped].sort((a, b) => a[0] < b[0] ? -1 : 1).map(([t, n]) => `${n} \u00D7 ${t.slice(17)}`);
			ctx.report("warning", list ? list.at : root, `${[...skipped.values()].reduce((a, b) => a + b, 0)} polic${[...skipped.values()].reduce((a, b) => a + b, 0) === 1 ? "y" : "ies"} of other kinds skipped (${kinds.slice(0, 10).join(", ")}${kinds.length > 10 ? ", \u2026" : ""}): only update rings and Defender update channels are imported`);
		}
	}
	if (!first || osRings.length + policies.length === 0) {
		if (!ctx.problems.some((p) => p.severity === "error") && files[0]) ctx.problems.push({
			severity: "warning",
			code: "import",
			file: files[0].file,
			message: "no Windows Update for Business ring and no Defender update-channel setting was found in the Intune export(s) of this folder: nothing was imported"
		});
		return { problems: ctx.problems };
	}
	return {
		document: build(ctx, first, osRings, policies, files.map((f) => f.file)),
		problems: ctx.problems
	};
}
function text(ctx, obj, at, key, required) {
	const v = obj[key];
	if (v === void 0 || v === null) {
		if (required) ctx.report("error", at, `${where(at)} has no "${key}"; every policy in an export is named`);
		return;
	}
	if (typeof v !== "string" || v.trim() === "") {
		ctx.report("error", child(at, key), `${where(child(at, key))} is ${show(v)}; expected a name (text)`);
		return;
	}
	return v.trim();
}
function readAssignments(ctx, obj, at) {
	const aAt = child(at, "assignments");
	const list = obj["assignments"];
	if (list === void 0) {
		ctx.report("error", at, `${where(at) === "the document" ? "the policy" : where(at)} has no "assignments", so the groups it reaches are unknown: export it with $expand=assignments (Graph) \u2014 it was not imported`);
		return;
	}
	if (!Array.isArray(list)) {
		ctx.report("error", aAt, `${where(aAt)} is ${show(list)}; expected a list of assignments`);
		return;
	}
	if (list.length > microsoftLimits.maxAssignments) {
		ctx.report("error", aAt, `${where(aAt)} has ${list.length} assignments; at most ${microsoftLimits.maxAssignments} are read: the policy was not imported`);
		return;
	}
	const included = [];
	const excluded = [];
	let ok = true;
	list.forEach((a, i) => {
		const target = isObj(a) ? a["target"] : void 0;
		const tAt = child(child(aAt, i), "target");
		if (!isObj(target)) {
			ctx.report("error", child(aAt, i), `${where(child(aAt, i))} has no "target" object`);
			ok = false;
			return;
		}
		const type = target["@odata.type"];
		const filterType = target["deviceAndAppManagementAssignmentFilterType"];
		if ((filterType === "include" || filterType === "exclude") && typeof target["deviceAndAppManagementAssignmentFilterId"] === "string") ctx.report("warning", child(tAt, "deviceAndAppManagementAssignmentFilterType"), `${where(tAt)} has an assignment filter (${filterType}), which is not evaluated: the whole group is counted as assigned`);
		if (type === "#microsoft.graph.groupAssignmentTarget" || type === "#microsoft.graph.exclusionGroupAssignmentTarget") {
			const id = target["groupId"];
			const idAt = child(tAt, "groupId");
			if (typeof id !== "string" || !guid.test(id)) {
				ctx.report("error", typeof id === "string" ? idAt : tAt, `${where(idAt)} is ${show(id)}; expected an Entra ID group object id (a GUID such as 0c8f7d3e-1a2b-4c5d-8e9f-00aa11bb22cc)`);
				ok = false;
				return;
			}
			(type === "#microsoft.graph.groupAssignmentTarget" ? included : excluded).push({
				id: id.toLowerCase(),
				at: idAt
			});
		} else if (type === "#microsoft.graph.allDevicesAssignmentTarget") included.push({
			id: "all-devices",
			at: child(tAt, "@odata.type"),
			description: "Every device enrolled in Intune (the built-in \"All devices\" assignment)."
		});
		else if (type === "#microsoft.graph.allLicensedUsersAssignmentTarget") included.push({
			id: "all-users",
			at: child(tAt, "@odata.type"),
			description: "The devices of every licensed user (the built-in \"All users\" assignment)."
		});
		else {
			ctx.report("error", typeof type === "string" ? child(tAt, "@odata.type") : tAt, `${where(child(tAt, "@odata.type"))} is ${show(type)}; expected a group, exclusion-group, all-devices or all-users assignment target`);
			ok = false;
		}
	});
	if (!ok) return void 0;
	const groups = [];
	for (const g of included) {
		if (excluded.some((x) => x.id === g.id)) continue;
		if (!groups.some((x) => x.id === g.id)) groups.push(g);
	}
	for (const x of excluded) if (!included.some((g) => g.id === x.id)) ctx.report("warning", x.at, `group ${x.id} is excluded from this policy but not one of its included groups; membership is not known here, so the exclusion is not applied to the included groups`);
	return {
		groups,
		at: aAt
	};
}
const wufbNumbers = [
	{
		key: "qualityUpdatesDeferralPeriodInDays",
		path: "quality/deferralDays",
		min: 0,
		max: 30
	},
	{
		key: "featureUpdatesDeferralPeriodInDays",
		path: "feature/deferralDays",
		min: 0,
		max: 365
	},
	{
		key: "deadlineForQualityUpdatesInDays",
		path: "quality/deadlineDays",
		min: 0,
		max: 30
	},
	{
		key: "deadlineForFeatureUpdatesInDays",
		path: "feature/deadlineDays",
		min: 0,
		max: 30
	},
	{
		key: "deadlineGracePeriodInDays",
		path: "gracePeriodDays",
		min: 0,
		max: 7
	}
];
function readWufb(ctx, obj, at) {
	const name = text(ctx, obj, at, "displayName", true);
	const description = typeof obj["description"] === "string" && obj["description"].trim() !== "" ? obj["description"].trim() : void 0;
	const assigned = readAssignments(ctx, obj, at);
	const fields = [];
	let ok = name !== void 0 && assigned !== void 0;
	for (const f of wufbNumbers) {
		const v = obj[f.key];
		if (v === void 0 || v === null) continue;
		if (typeof v !== "number" || !Number.isInteger(v) || v < f.min || v > f.max) {
			ctx.report("error", child(at, f.key), `${where(child(at, f.key))} is ${show(v)}; Intune accepts whole days from ${f.min} to ${f.max}; this ring was not imported`);
			ok = false;
			continue;
		}
		fields.push({
			path: f.path,
			value: v,
			at: child(at, f.key)
		});
	}
	for (const kind of ["quality", "feature"]) {
		const key = `${kind}UpdatesPaused`;
		const v = obj[key];
		if (v === void 0 || v === null) continue;
		if (typeof v !== "boolean") {
			ctx.report("error", child(at, key), `${where(child(at, key))} is ${show(v)}; expected true or false; this ring was not imported`);
			ok = false;
			continue;
		}
		fields.push({
			path: `${kind}/paused`,
			value: v,
			at: child(at, key)
		});
		const eKey = `${kind}UpdatesPauseExpiryDateTime`;
		const e = obj[eKey];
		if (!v || e === void 0 || e === null) continue;
		if (typeof e !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(e) || Number.isNaN(Date.parse(e))) {
			ctx.report("error", child(at, eKey), `${where(child(at, eKey))} is ${show(e)}; expected a date and time such as 2026-12-24T00:00:00Z; this ring was not imported`);
			ok = false;
			continue;
		}
		if (e.startsWith("0001-")) continue;
		fields.push({
			path: `${kind}/pausedUntil`,
			value: new Date(Date.parse(e)).toISOString().replace(".000Z", "Z"),
			at: child(at, eKey)
		});
	}
	if (!ok || name === void 0 || assigned === void 0) return void 0;
	const order = [
		"deferralDays",
		"paused",
		"pausedUntil",
		"deadlineDays"
	];
	fields.sort((a, b) => (a.path.split("/")[0] < b.path.split("/")[0] ? -1 : a.path.split("/")[0] > b.path.split("/")[0] ? 1 : 0) || order.indexOf(a.path.split("/")[1] ?? "") - order.indexOf(b.path.split("/")[1] ?? ""));
	if (assigned.groups.length === 0) {
		ctx.report("warning", assigned.at, `update ring "${name}" is assigned to no group: it reaches no device and is not imported as a ring`);
		return;
	}
	return {
		name,
		...description ? { description } : {},
		at,
		nameAt: child(at, "displayName"),
		groups: assigned.groups,
		assignmentsAt: assigned.at,
		fields
	};
}
function readChannel(ctx, policy, category, raw, at, label) {
	const value = typeof raw === "number" ? raw : typeof raw === "string" && /^\d{1,3}$/.test(raw) ? Number(raw) : void 0;
	const channel = value === void 0 ? void 0 : channelOf(category, value);
	if (!channel) {
		ctx.report("error", at, `${label} is ${show(raw)}, which is not a Defender ${category.replace("_", " ")} update channel; the channels are ${acceptedValues(category)}; this policy was not imported`);
		return false;
	}
	if (policy.content[category]) {
		ctx.report("error", at, `${label}: the ${category.replace("_", " ")} update channel is set twice in this policy (also at line ${ctx.position(policy.content[category].at)?.range.startLine ?? "?"})`);
		return false;
	}
	policy.content[category] = {
		channel,
		at
	};
	return true;
}
function readCatalog(ctx, obj, at, order) {
	const settings = obj["settings"];
	const settingsAt = child(at, "settings");
	const policy = {
		name: "",
		at,
		nameAt: child(at, "name"),
		groups: [],
		assignmentsAt: child(at, "assignments"),
		settingsAt,
		content: {},
		order
	};
	let ok = true;
	let found = false;
	const visit = (instance, iAt, depth) => {
		if (!isObj(instance) || depth > microsoftLimits.maxSettingDepth) return;
		const id = instance["settingDefinitionId"];
		if (typeof id === "string") {
			const category = categoryOfDefinition(id);
			if (category) {
				found = true;
				const choice = instance["choiceSettingValue"];
				const vAt = child(child(iAt, "choiceSettingValue"), "value");
				const raw = isObj(choice) ? choice["value"] : void 0;
				const prefix = `${id.toLowerCase()}_`;
				if (typeof raw !== "string" || !raw.toLowerCase().startsWith(prefix)) {
					ctx.report("error", isObj(choice) && raw !== void 0 ? vAt : iAt, `${where(iAt)} sets ${id} to ${show(raw)}; expected a choice value "${prefix}<n>" with n one of ${acceptedValues(category)}`);
					ok = false;
				} else ok = readChannel(ctx, policy, category, raw.slice(prefix.length), vAt, `${where(vAt)} ("${raw}")`) && ok;
			} else if (/update_?s?channel/i.test(id)) {
				const hint = didYouMean(id, [
					"device_vendor_msft_defender_configuration_engineupdateschannel",
					"device_vendor_msft_defender_configuration_platformupdateschannel",
					"device_vendor_msft_defender_configuration_securityintelligenceupdateschannel"
				]);
				ctx.report("warning", child(iAt, "settingDefinitionId"), `setting ${show(id)} looks like an update channel but is not one ringfence knows${hint ? `; did you mean "${hint}"?` : ""}: it was not imported`);
			}
		}
		const nested = [];
		const choice = instance["choiceSettingValue"];
		if (isObj(choice)) nested.push({
			list: choice["children"],
			at: child(child(iAt, "choiceSettingValue"), "children")
		});
		const group = instance["groupSettingCollectionValue"];
		if (Array.isArray(group)) group.forEach((g, i) => isObj(g) && nested.push({
			list: g["children"],
			at: child(child(child(iAt, "groupSettingCollectionValue"), i), "children")
		}));
		for (const n of nested) if (Array.isArray(n.list)) n.list.forEach((c, i) => visit(c, child(n.at, i), depth + 1));
	};
	settings.forEach((s, i) => {
		if (isObj(s)) visit(s["settingInstance"], child(child(settingsAt, i), "settingInstance"), 0);
	});
	if (!found) return void 0;
	const name = text(ctx, obj, at, "name", true);
	const description = typeof obj["description"] === "string" && obj["description"].trim() !== "" ? obj["description"].trim() : void 0;
	const assigned = readAssignments(ctx, obj, at);
	if (!ok || name === void 0 || assigned === void 0) return void 0;
	return finish(ctx, {
		...policy,
		name,
		...description ? { description } : {},
		groups: assigned.groups,
		assignmentsAt: assigned.at
	});
}
function readOma(ctx, obj, at, order) {
	const list = obj["omaSettings"];
	const settingsAt = child(at, "omaSettings");
	if (!Array.isArray(list)) {
		ctx.report("error", Array.isArray(list) || list === void 0 ? at : settingsAt, `${where(at) === "the document" ? "the profile" : where(at)} has no "omaSettings" list`);
		return;
	}
	const policy = {
		name: "",
		at,
		nameAt: child(at, "displayName"),
		groups: [],
		assignmentsAt: child(at, "assignments"),
		settingsAt,
		content: {},
		order
	};
	let ok = true;
	let found = false;
	list.forEach((s, i) => {
		if (!isObj(s) || typeof s["omaUri"] !== "string") return;
		const category = categoryOfOmaUri(s["omaUri"]);
		if (!category) return;
		found = true;
		const vAt = child(child(settingsAt, i), "value");
		ok = readChannel(ctx, policy, category, s["value"], s["value"] === void 0 ? child(settingsAt, i) : vAt, `${where(vAt)} (${s["omaUri"].trim()})`) && ok;
	});
	if (!found) return void 0;
	const name = text(ctx, obj, at, "displayName", true);
	const description = typeof obj["description"] === "string" && obj["description"].trim() !== "" ? obj["description"].trim() : void 0;
	const assigned = readAssignments(ctx, obj, at);
	if (!ok || name === void 0 || assigned === void 0) return void 0;
	return finish(ctx, {
		...policy,
		name,
		...description ? { description } : {},
		groups: assigned.groups,
		assignmentsAt: assigned.at
	});
}
function finish(ctx, p) {
	if (p.groups.length === 0) {
		ctx.report("warning", p.assignmentsAt, `Defender update policy "${p.name}" is assigned to no group: it reaches no device and is not imported as a ring`);
		return;
	}
	return p;
}
function ringOrder(a, b) {
	const ranks = (p) => Object.values(p.content).map((c) => c.channel.rank);
	const [ra, rb] = [ranks(a), ranks(b)];
	return Math.min(...ra) - Math.min(...rb) || Math.max(...ra) - Math.max(...rb) || a.order - b.order;
}
function build(ctx, first, osRings, policies, sources) {
	const positions = new Map();
	const put = (pointer, at) => {
		if (positions.has(pointer)) return;
		const p = ctx.position(at);
		if (p) positions.set(pointer, p);
	};
	const unknown = [];
	const hostGroups = [];
	const groupIndex = new Map();
	const addGroup = (g) => {
		if (!groupIndex.has(g.id)) {
			if (groupIndex.size >= microsoftLimits.maxHostGroups) {
				if (groupIndex.size === microsoftLimits.maxHostGroups) ctx.report("error", g.at, `more than ${microsoftLimits.maxHostGroups} groups are assigned in this folder's exports; the rest were not imported`);
				groupIndex.set(g.id, -1);
				return g.id;
			}
			const i = hostGroups.length;
			groupIndex.set(g.id, i);
			hostGroups.push({
				id: g.id,
				...g.description ? { description: g.description } : {}
			});
			put(`/hostGroups/${i}`, g.at);
			put(`/hostGroups/${i}/id`, g.at);
			unknown.push({
				pointer: `/hostGroups/${i}/hosts`,
				why: `how many devices Entra ID group ${g.id} holds: an Intune export names groups, not their (often dynamic) members`
			});
			unknown.push({
				pointer: `/hostGroups/${i}/criticality`,
				why: `how critical the devices of group ${g.id} are: the organisation's judgement, not an Intune setting`
			});
		}
		return g.id;
	};
	const sorted = [...policies].sort(ringOrder);
	const rings = sorted.map((p, i) => {
		const base = `/rings/${i}`;
		put(base, p.at);
		put(`${base}/name`, p.nameAt);
		put(`${base}/hostGroups`, p.assignmentsAt);
		p.groups.forEach((g, j) => put(`${base}/hostGroups/${j}`, g.at));
		put(`${base}/content`, p.settingsAt);
		const content = {};
		for (const category of [
			"engine",
			"platform",
			"security_intelligence"
		]) {
			const c = p.content[category];
			if (!c) continue;
			content[category] = {
				ring: c.channel.ring,
				...c.channel.delayHours !== void 0 ? { delayHours: c.channel.delayHours } : {}
			};
			put(`${base}/content/${category}`, c.at);
			put(`${base}/content/${category}/ring`, c.at);
			if (c.channel.delayHours !== void 0) put(`${base}/content/${category}/delayHours`, c.at);
		}
		return {
			name: p.name,
			description: `${p.description ? `${p.description} ` : ""}Defender update channels: ${[
				"engine",
				"platform",
				"security_intelligence"
			].filter((c) => p.content[c]).map((c) => `${c.replace("_", " ")} ${p.content[c].channel.title}`).join(", ")}.`,
			hostGroups: p.groups.map(addGroup),
			content
		};
	});
	rings.forEach((_, i) => put(`/rings/${i}/description`, sorted[i].settingsAt));
	const osUpdateRings = osRings.map((r, i) => {
		const base = `/osUpdateRings/${i}`;
		put(base, r.at);
		put(`${base}/name`, r.nameAt);
		put(`${base}/hostGroups`, r.assignmentsAt);
		r.groups.forEach((g, j) => put(`${base}/hostGroups/${j}`, g.at));
		const ring = {
			name: r.name,
			...r.description ? { description: r.description } : {},
			hostGroups: r.groups.map(addGroup)
		};
		if (r.description) put(`${base}/description`, child(r.at, "description"));
		for (const f of r.fields) {
			const [head, tail] = f.path.split("/");
			if (tail === void 0) ring[head] = f.value;
			else {
				ring[head] ??= {};
				ring[head][tail] = f.value;
				put(`${base}/${head}`, f.at);
			}
			put(`${base}/${f.path}`, f.at);
		}
		return ring;
	});
	const value = {
		apiVersion: "ringfence.dev/v1",
		kind: "DeploymentConfig",
		metadata: policies.length > 0 ? {
			product,
			vendor: "Microsoft"
		} : {},
		hostGroups,
		...rings.length > 0 ? { rings } : {},
		...osUpdateRings.length > 0 ? { osUpdateRings } : {}
	};
	put("", first);
	put("/metadata", first);
	if (sorted[0]) {
		const c = Object.values(sorted[0].content)[0];
		if (c) {
			put("/metadata/product", c.at);
			put("/metadata/vendor", c.at);
		}
	}
	put("/hostGroups", first);
	unknown.unshift({
		pointer: "/metadata/organization",
		why: "the organisation: an Intune export does not name its tenant"
	});
	if (policies.length === 0) {
		unknown.push({
			pointer: "/metadata/product",
			why: "the EDR product: no Defender update-channel policy was in the export, so the EDR rings are not known either"
		});
		unknown.push({
			pointer: "/rings",
			why: "the EDR's rings: no Defender update-channel policy was in the export"
		});
	}
	unknown.push({
		pointer: "/metadata/fleetSize",
		why: "the number of devices: an Intune policy export does not count devices"
	}, {
		pointer: "/recovery",
		why: "recovery readiness (BitLocker key escrow, Quick Machine Recovery, drills) is not part of these policies"
	}, {
		pointer: "/incidentResponse",
		why: "who is called and which reporting clocks apply is not part of these policies"
	}, {
		pointer: "/pairs",
		why: "which groups stand in for each other (HA/DR partners) is not known to Intune"
	});
	return {
		value,
		positions,
		unknown,
		sources
	};
}
// dist/src/import/microsoft/index.js
const microsoftImporter = {
	kind: "microsoft-intune",
	title: "Microsoft Intune exports: Windows Update rings and Defender for Endpoint update channels (*.json)",
	recognise: recogniseMicrosoft,
	map: (files) => mapMicrosoft(files)
};
export { microsoftImporter };
