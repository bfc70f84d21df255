import { a as recogniseSbom } from "./chunk-6ba85076.js";
import { i as typeOf, n as readJsonArtifact, t as isObject } from "./chunk-bbb0250b.js";
import { t as artifactProblem } from "./chunk-3517e1c0.js";
// dist/src/artifacts/sbom/purl.js
const purlPattern = /^pkg:([a-zA-Z.+-][a-zA-Z0-9.+-]*)\/+([^?#]+?)(?:\?[^#]*)?(?:#.*)?$/;
function parsePurl(s) {
	if (s.length > 2048) return void 0;
	const m = purlPattern.exec(s);
	if (!m) return void 0;
	const type = m[1].toLowerCase();
	let rest = m[2];
	let version;
	const at = rest.lastIndexOf("@");
	if (at > 0) {
		version = safeDecode(rest.slice(at + 1));
		rest = rest.slice(0, at);
	}
	const parts = rest.split("/").filter((p) => p !== "");
	if (parts.length === 0) return void 0;
	const name = safeDecode(parts[parts.length - 1]);
	const namespace = parts.length > 1 ? parts.slice(0, -1).map(safeDecode).join("/") : void 0;
	return {
		type,
		name,
		...namespace ? { namespace } : {},
		...version ? { version } : {}
	};
}
function safeDecode(s) {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}
const ecosystemLanguages = {
	cargo: {
		word: "Rust",
		language: "rust"
	},
	golang: {
		word: "Go",
		language: "go"
	},
	nuget: {
		word: "C#/.NET",
		language: "csharp"
	},
	maven: {
		word: "Java",
		language: "java"
	},
	swift: {
		word: "Swift",
		language: "swift"
	},
	npm: {
		word: "JavaScript",
		language: "other"
	},
	pypi: {
		word: "Python",
		language: "other"
	},
	gem: {
		word: "Ruby",
		language: "other"
	},
	composer: {
		word: "PHP",
		language: "other"
	},
	hex: {
		word: "Erlang/Elixir",
		language: "other"
	},
	pub: {
		word: "Dart",
		language: "other"
	},
	cran: {
		word: "R",
		language: "other"
	},
	hackage: {
		word: "Haskell",
		language: "other"
	}
};
const languageWords = {
	c: "c",
	"c++": "cpp",
	cpp: "cpp",
	cxx: "cpp",
	asm: "asm",
	assembly: "asm",
	objc: "objc",
	"objective-c": "objc",
	rust: "rust",
	go: "go",
	golang: "go",
	csharp: "csharp",
	"c#": "csharp",
	java: "java",
	swift: "swift"
};
function languageOf(word) {
	return languageWords[word.trim().toLowerCase()];
}
// dist/src/artifacts/sbom/index.js
const maxSbomBytes = 33554432;
const maxSbomEntries = 1e5;
const maxEntryProblems = 20;
const locators = new WeakMap();
function sbomRange(facts, pointer) {
	return locators.get(facts)?.at(pointer) ?? {
		startLine: 1,
		startColumn: 1,
		endLine: 1,
		endColumn: 2
	};
}
function located(json, r) {
	if (r.facts) locators.set(r.facts, json);
	return r;
}
function readSbom(file) {
	const r = readJsonArtifact(file.file, file.bytes, "SBOM", { maxBytes: maxSbomBytes }, false);
	if (!r.json) return { problems: r.problems };
	const json = r.json;
	const v = json.value;
	if (!isObject(v)) return { problems: [artifactProblem(file.file, "artifact-format", `not an SBOM: the document is ${typeOf(v)}, not a mapping`, json.at(""))] };
	if (v["bomFormat"] !== void 0) return located(json, readCycloneDx(file.file, json, v));
	if (v["spdxVersion"] !== void 0) return located(json, readSpdx2(file.file, json, v));
	if (v["@graph"] !== void 0 && contextIsSpdx3(v["@context"])) return located(json, readSpdx3(file.file, json, v));
	return { problems: [artifactProblem(file.file, "artifact-format", "not an SBOM ringfence reads: no bomFormat (CycloneDX), spdxVersion (SPDX 2) or SPDX 3 @context and @graph", json.at(""))] };
}
var Inventory = class {
	file;
	json;
	entries = [];
	problems = [];
	ecosystems = {};
	withoutPurl = 0;
	skipped = 0;
	tooMany = false;
	constructor(file, json) {
		this.file = file;
		this.json = json;
	}
	warn(message, pointer) {
		if (this.problems.length < maxEntryProblems) this.problems.push(artifactProblem(this.file, "artifact-entry", message, this.json.at(pointer), "warning"));
		else this.skipped++;
	}
	room() {
		if (this.entries.length < 1e5) return true;
		if (!this.tooMany) {
			this.tooMany = true;
			this.problems.push(artifactProblem(this.file, "artifact-too-large", `the SBOM lists more than ${maxSbomEntries} packages; ringfence reads at most ${maxSbomEntries}, so it was not used`));
		}
		return false;
	}
	purl(value, pointer) {
		if (value === void 0) return void 0;
		if (typeof value !== "string") {
			this.warn(`purl is ${typeOf(value)}, not a string; the entry is read without it`, pointer);
			return;
		}
		const p = parsePurl(value);
		if (!p) {
			this.warn(`"${clip(value)}" is not a package URL (pkg:type/name@version); the entry is read without it`, pointer);
			return;
		}
		return {
			value,
			type: p.type,
			pointer
		};
	}
	add(e) {
		this.entries.push(e);
		if (e.purl) this.ecosystems[e.purl.type] = (this.ecosystems[e.purl.type] ?? 0) + 1;
		else this.withoutPurl++;
	}
	done() {
		if (this.skipped > 0) this.problems.push(artifactProblem(this.file, "artifact-entry", `${this.skipped} more entries of the SBOM have problems like the ones above`, void 0, "warning"));
		return this.problems;
	}
};
function readCycloneDx(file, json, v) {
	const problems = [];
	if (v["bomFormat"] !== "CycloneDX") return { problems: [artifactProblem(file, "artifact-format", `bomFormat is ${clip(JSON.stringify(v["bomFormat"]))}, not "CycloneDX"`, json.at("/bomFormat"))] };
	const spec = v["specVersion"];
	if (typeof spec !== "string" || !/^1\.[2-7]$/.test(spec)) return { problems: [artifactProblem(file, "artifact-format", `specVersion is ${clip(JSON.stringify(spec ?? null))}; ringfence reads CycloneDX JSON 1.2 to 1.7`, json.at(spec === void 0 ? "" : "/specVersion"))] };
	const inv = new Inventory(file, json);
	const entryAt = (c, pointer) => {
		const name = c["name"];
		if (typeof name !== "string" || name === "") {
			inv.warn(`a component needs a name (a non-empty string); this one has ${name === void 0 ? "none" : typeOf(name)} and is not read`, pointer);
			return;
		}
		const e = {
			name,
			pointer: `${pointer}/name`
		};
		if (typeof c["version"] === "string") e.version = c["version"];
		if (typeof c["bom-ref"] === "string") e.ref = c["bom-ref"];
		if (typeof c["type"] === "string") e.type = c["type"];
		const purl = inv.purl(c["purl"], `${pointer}/purl`);
		if (purl) e.purl = purl;
		const props = c["properties"];
		if (props !== void 0 && !Array.isArray(props)) inv.warn(`properties is ${typeOf(props)}, not a list`, `${pointer}/properties`);
		if (Array.isArray(props)) {
			const i = props.findIndex((p) => isObject(p) && typeof p["name"] === "string" && ["language", "ringfence:language"].includes(p["name"].toLowerCase()));
			const p = i >= 0 ? props[i] : void 0;
			if (p && typeof p["value"] === "string") e.language = {
				value: p["value"],
				pointer: `${pointer}/properties/${i}/value`
			};
		}
		return e;
	};
	const meta = v["metadata"];
	let subject;
	if (meta !== void 0 && !isObject(meta)) problems.push(artifactProblem(file, "artifact-format", `metadata is ${typeOf(meta)}, not a mapping`, json.at("/metadata"), "warning"));
	if (isObject(meta) && meta["component"] !== void 0) {
		if (isObject(meta["component"])) subject = entryAt(meta["component"], "/metadata/component");
		else inv.warn(`metadata.component is ${typeOf(meta["component"])}, not a mapping`, "/metadata/component");
	}
	const stack = [];
	if (v["components"] !== void 0) {
		if (!Array.isArray(v["components"])) return { problems: [artifactProblem(file, "artifact-format", `components is ${typeOf(v["components"])}, not a list`, json.at("/components"))] };
		stack.push({
			list: v["components"],
			pointer: "/components"
		});
	}
	while (stack.length && !inv.tooMany) {
		const { list, pointer } = stack.pop();
		const items = list;
		const nested = [];
		for (let i = 0; i < items.length; i++) {
			const c = items[i];
			const at = `${pointer}/${i}`;
			if (!isObject(c)) {
				inv.warn(`a component is ${typeOf(c)}, not a mapping; not read`, at);
				continue;
			}
			if (!inv.room()) break;
			const e = entryAt(c, at);
			if (e) inv.add(e);
			if (c["components"] !== void 0) {
				if (Array.isArray(c["components"])) nested.push({
					list: c["components"],
					pointer: `${at}/components`
				});
				else inv.warn(`components is ${typeOf(c["components"])}, not a list`, `${at}/components`);
			}
		}
		for (let k = nested.length - 1; k >= 0; k--) stack.push(nested[k]);
	}
	problems.push(...inv.done());
	if (inv.tooMany) return { problems };
	return {
		facts: {
			file,
			format: "cyclonedx",
			version: spec,
			formatAt: json.at("/bomFormat"),
			...subject ? { subject } : {},
			entries: inv.entries,
			ecosystems: inv.ecosystems,
			withoutPurl: inv.withoutPurl
		},
		problems
	};
}
function readSpdx2(file, json, v) {
	const problems = [];
	const spec = v["spdxVersion"];
	if (typeof spec !== "string" || !/^SPDX-2\.[0-3]$/.test(spec)) return { problems: [artifactProblem(file, "artifact-format", `spdxVersion is ${clip(JSON.stringify(spec))}; ringfence reads SPDX 2.0 to 2.3 JSON (and SPDX 3 JSON-LD)`, json.at("/spdxVersion"))] };
	const packages = v["packages"] ?? [];
	if (!Array.isArray(packages)) return { problems: [artifactProblem(file, "artifact-format", `packages is ${typeOf(packages)}, not a list`, json.at("/packages"))] };
	const inv = new Inventory(file, json);
	const byId = new Map();
	for (let i = 0; i < packages.length; i++) {
		const p = packages[i];
		const at = `/packages/${i}`;
		if (!isObject(p)) {
			inv.warn(`a package is ${typeOf(p)}, not a mapping; not read`, at);
			continue;
		}
		if (!inv.room()) break;
		const name = p["name"];
		if (typeof name !== "string" || name === "") {
			inv.warn(`a package needs a name (a non-empty string); this one has ${name === void 0 ? "none" : typeOf(name)} and is not read`, at);
			continue;
		}
		const e = {
			name,
			pointer: `${at}/name`
		};
		if (typeof p["versionInfo"] === "string") e.version = p["versionInfo"];
		if (typeof p["SPDXID"] === "string") e.ref = p["SPDXID"];
		if (typeof p["packageFileName"] === "string") e.fileName = p["packageFileName"];
		if (typeof p["primaryPackagePurpose"] === "string") e.type = p["primaryPackagePurpose"].toLowerCase();
		const refs = p["externalRefs"];
		if (refs !== void 0 && !Array.isArray(refs)) inv.warn(`externalRefs is ${typeOf(refs)}, not a list`, `${at}/externalRefs`);
		if (Array.isArray(refs)) {
			const k = refs.findIndex((r) => isObject(r) && r["referenceType"] === "purl");
			if (k >= 0) {
				const purl = inv.purl(refs[k]["referenceLocator"], `${at}/externalRefs/${k}/referenceLocator`);
				if (purl) e.purl = purl;
			}
		}
		inv.add(e);
		if (e.ref) byId.set(e.ref, e);
	}
	problems.push(...inv.done());
	if (inv.tooMany) return { problems };
	let subjectId;
	const describes = v["documentDescribes"];
	if (Array.isArray(describes) && typeof describes[0] === "string") subjectId = describes[0];
	const rels = v["relationships"];
	if (subjectId === void 0 && Array.isArray(rels)) {
		const doc = typeof v["SPDXID"] === "string" ? v["SPDXID"] : "SPDXRef-DOCUMENT";
		const d = rels.find((r) => isObject(r) && r["spdxElementId"] === doc && r["relationshipType"] === "DESCRIBES" && typeof r["relatedSpdxElement"] === "string");
		if (d) subjectId = d["relatedSpdxElement"];
	}
	const subject = subjectId !== void 0 ? byId.get(subjectId) : void 0;
	return {
		facts: {
			file,
			format: "spdx",
			version: spec.slice(5),
			formatAt: json.at("/spdxVersion"),
			...subject ? { subject } : {},
			entries: inv.entries,
			ecosystems: inv.ecosystems,
			withoutPurl: inv.withoutPurl
		},
		problems
	};
}
function contextIsSpdx3(c) {
	return (Array.isArray(c) ? c : [c]).some((x) => typeof x === "string" && /^https:\/\/spdx\.org\/rdf\/3\./.test(x));
}
function readSpdx3(file, json, v) {
	const graph = v["@graph"];
	if (!Array.isArray(graph)) return { problems: [artifactProblem(file, "artifact-format", `@graph is ${typeOf(graph)}, not a list`, json.at("/@graph"))] };
	const inv = new Inventory(file, json);
	const byId = new Map();
	let version;
	let roots;
	for (let i = 0; i < graph.length; i++) {
		const el = graph[i];
		const at = `/@graph/${i}`;
		if (!isObject(el)) {
			inv.warn(`an element is ${typeOf(el)}, not a mapping; not read`, at);
			continue;
		}
		const type = el["type"] ?? el["@type"];
		if (type === "CreationInfo" && typeof el["specVersion"] === "string") version ??= el["specVersion"];
		if ((type === "SpdxDocument" || type === "software_Sbom") && roots === void 0) roots = el["rootElement"];
		if (type !== "software_Package") continue;
		if (!inv.room()) break;
		const name = el["name"];
		if (typeof name !== "string" || name === "") {
			inv.warn(`a package needs a name (a non-empty string); this one has ${name === void 0 ? "none" : typeOf(name)} and is not read`, at);
			continue;
		}
		const e = {
			name,
			pointer: `${at}/name`
		};
		if (typeof el["software_packageVersion"] === "string") e.version = el["software_packageVersion"];
		const id = el["spdxId"] ?? el["@id"];
		if (typeof id === "string") e.ref = id;
		if (typeof el["software_primaryPurpose"] === "string") e.type = el["software_primaryPurpose"];
		if (el["software_packageUrl"] !== void 0) {
			const purl = inv.purl(el["software_packageUrl"], `${at}/software_packageUrl`);
			if (purl) e.purl = purl;
		} else if (Array.isArray(el["externalIdentifier"])) {
			const ids = el["externalIdentifier"];
			const k = ids.findIndex((x) => isObject(x) && x["externalIdentifierType"] === "packageUrl");
			if (k >= 0) {
				const purl = inv.purl(ids[k]["identifier"], `${at}/externalIdentifier/${k}/identifier`);
				if (purl) e.purl = purl;
			}
		}
		inv.add(e);
		if (e.ref) byId.set(e.ref, e);
	}
	const problems = inv.done();
	if (inv.tooMany) return { problems };
	const rootId = Array.isArray(roots) ? roots[0] : roots;
	const subject = typeof rootId === "string" ? byId.get(rootId) : void 0;
	const ctx = Array.isArray(v["@context"]) ? v["@context"].find((x) => typeof x === "string") : v["@context"];
	version ??= /rdf\/(3\.[0-9.]+)\//.exec(String(ctx))?.[1] ?? "3";
	return {
		facts: {
			file,
			format: "spdx",
			version,
			formatAt: json.at("/@context"),
			...subject ? { subject } : {},
			entries: inv.entries,
			ecosystems: inv.ecosystems,
			withoutPurl: inv.withoutPurl
		},
		problems
	};
}
const formatWords = {
	cyclonedx: "CycloneDX",
	spdx: "SPDX"
};
function describeSbom(f) {
	const eco = Object.entries(f.ecosystems).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 6).map(([t, n]) => `${t} ${n}`);
	if (f.withoutPurl) eco.push(`no purl ${f.withoutPurl}`);
	const of = f.subject ? ` of ${f.subject.name}${f.subject.version ? ` ${f.subject.version}` : ""}` : "";
	return `${formatWords[f.format]} ${f.version} SBOM${of}: ${f.entries.length} package${f.entries.length === 1 ? "" : "s"}${eco.length ? ` (${eco.join(", ")})` : ""}`;
}
function namesOf(c) {
	const names = new Set();
	for (const k of ["binary", "id"]) {
		const v = c[k];
		if (typeof v !== "string" || v === "") continue;
		names.add(v.toLowerCase());
		if (k === "binary" && /\.[^.]+$/.test(v)) names.add(v.replace(/\.[^.]+$/, "").toLowerCase());
	}
	return names;
}
function isComponent(e, names) {
	if (names.has(e.name.toLowerCase())) return true;
	if (e.fileName !== void 0 && names.has(e.fileName.toLowerCase())) return true;
	return e.ref !== void 0 && names.has(e.ref.replace(/^SPDXRef-/, "").toLowerCase());
}
function observeSbom(facts, manifest) {
	const out = [];
	const at = (range) => ({
		kind: sbom.kind,
		title: sbom.title,
		at: {
			file: facts.file,
			region: range
		}
	});
	const m = isObject(manifest.value) ? manifest.value : {};
	const ms = isObject(m["memorySafety"]) ? m["memorySafety"] : void 0;
	const declared = ms && isObject(ms["sbom"]) ? ms["sbom"] : void 0;
	const summary = describeSbom(facts);
	if (declared && typeof declared["format"] === "string") {
		const ok = declared["format"] === facts.format;
		out.push({
			claim: "/memorySafety/sbom/format",
			result: ok ? "observed" : "contradicted",
			observed: ok ? summary : `the SBOM is ${formatWords[facts.format]} ${facts.version}, not ${declared["format"] === "spdx" ? "SPDX" : declared["format"] === "cyclonedx" ? "CycloneDX" : declared["format"]}: ${summary}`,
			artifact: at(facts.formatAt)
		});
	}
	const components = Array.isArray(m["components"]) ? m["components"] : [];
	const candidates = facts.subject ? [facts.subject, ...facts.entries] : facts.entries;
	components.forEach((c, i) => {
		if (!isObject(c) || !isObject(c["language"])) return;
		const lang = c["language"];
		const primary = typeof lang["primary"] === "string" ? lang["primary"] : void 0;
		if (primary === void 0) return;
		const names = namesOf(c);
		if (names.size === 0) return;
		const e = candidates.find((x) => isComponent(x, names));
		if (!e) return;
		const who = `the SBOM's entry for ${String(c["id"] ?? c["binary"])} (${e.name}${e.version ? ` ${e.version}` : ""})`;
		if (e.language) {
			const stated = languageOf(e.language.value);
			if (stated === void 0) return;
			out.push({
				claim: `/components/${i}/language/primary`,
				result: stated === primary ? "observed" : "contradicted",
				observed: `${who} states language ${e.language.value}${stated === primary ? "" : `, not ${primary}`}`,
				artifact: at(sbomRange(facts, e.language.pointer))
			});
			return;
		}
		if (!e.purl) return;
		const eco = ecosystemLanguages[e.purl.type];
		if (!eco) return;
		if (eco.language === primary) {
			out.push({
				claim: `/components/${i}/language/primary`,
				result: "observed",
				observed: `${who} is ${e.purl.value}, a ${eco.word} package (${e.purl.type})`,
				artifact: at(sbomRange(facts, e.purl.pointer))
			});
			return;
		}
		const loc = isObject(lang["loc"]) ? lang["loc"] : {};
		if (typeof loc[eco.language] === "number" && loc[eco.language] > 0) return;
		out.push({
			claim: `/components/${i}/language`,
			result: "contradicted",
			observed: `${who} is ${e.purl.value}, a ${eco.word} package (${e.purl.type}); the component's languages (primary ${primary}${Object.keys(loc).length ? `, lines in ${Object.keys(loc).join(", ")}` : ""}) do not include ${eco.language === "other" ? eco.word : eco.language}`,
			artifact: at(sbomRange(facts, e.purl.pointer))
		});
	});
	return out;
}
function clip(s) {
	return s.length > 80 ? `${s.slice(0, 80)}\u2026` : s;
}
const sbom = {
	title: "SBOM",
	kind: "sbom",
	recognise: recogniseSbom,
	read: readSbom,
	observe: observeSbom
};
export { sbom };
