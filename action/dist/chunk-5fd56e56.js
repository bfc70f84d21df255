import { n as lineRange, t as artifactProblem } from "./chunk-3517e1c0.js";
// dist/src/artifacts/windows-inf/parse.js
const maxInfBytes = 4194304;
const maxInfLines = 2e5;
function decodeInf(bytes) {
	if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return bytes.subarray(2).toString("utf16le");
	if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) return Buffer.from(bytes.subarray(2, 2 + (bytes.length - 2 & -2))).swap16().toString("utf16le");
	if (bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) return bytes.subarray(3).toString("utf8");
	return bytes.toString("utf8");
}
function parseInf(file, bytes) {
	const sections = new Map();
	const problems = [];
	if (bytes.length > 4194304) {
		problems.push(artifactProblem(file, "artifact-too-large", `the INF is ${bytes.length} bytes; at most ${maxInfBytes} are read (a driver package's INF is tens of kilobytes)`));
		return {
			sections,
			problems
		};
	}
	if (bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 255 && bytes[1] === 254) && !(bytes[0] === 254 && bytes[1] === 255)) {
		problems.push(artifactProblem(file, "artifact-format", "not an INF: the file holds NUL bytes and no UTF-16 byte-order mark (a binary file?)", lineRange(1, 1, 1)));
		return {
			sections,
			problems
		};
	}
	const lines = decodeInf(bytes).split(/\r\n|\n|\r/);
	if (lines.length > 2e5) {
		problems.push(artifactProblem(file, "artifact-too-large", `the INF has ${lines.length} lines; at most ${maxInfLines} are read`));
		return {
			sections,
			problems
		};
	}
	let current;
	let skipping = false;
	for (let i = 0; i < lines.length; i++) {
		const lineNo = i + 1;
		let text = stripComment(lines[i]);
		while (/\\\s*$/.test(text) && i + 1 < lines.length) text = `${text.replace(/\\\s*$/, "")}${stripComment(lines[++i])}`;
		const trimmed = text.trim();
		if (trimmed === "") continue;
		const column = text.length - text.trimStart().length + 1;
		if (trimmed.startsWith("[")) {
			const close = trimmed.indexOf("]");
			if (close < 0) {
				problems.push(artifactProblem(file, "artifact-syntax", `section header without "]": ${clip$1(trimmed)}`, lineRange(lineNo, column, trimmed.length)));
				current = void 0;
				skipping = true;
				continue;
			}
			skipping = false;
			const name = trimmed.slice(1, close).trim();
			const key = name.toLowerCase();
			current = sections.get(key) ?? {
				name,
				line: lineNo,
				entries: []
			};
			sections.set(key, current);
			continue;
		}
		if (!current) {
			if (skipping) continue;
			problems.push(artifactProblem(file, "artifact-syntax", `a line before the first [section]: ${clip$1(trimmed)}`, lineRange(lineNo, column, trimmed.length), "warning"));
			continue;
		}
		const eq = equalsOutsideQuotes(text);
		if (eq < 0) {
			current.entries.push({
				fields: [],
				raw: trimmed,
				line: lineNo,
				column,
				valueColumn: column
			});
			continue;
		}
		const key = text.slice(0, eq).trim();
		const after = text.slice(eq + 1);
		const valueColumn = eq + 2 + (after.length - after.trimStart().length);
		current.entries.push({
			key: unquote(key),
			fields: [],
			raw: after.trim(),
			line: lineNo,
			column,
			valueColumn
		});
	}
	const strings = new Map();
	for (const [name, section] of sections) {
		if (name !== "strings" && !name.startsWith("strings.")) continue;
		for (const e of section.entries) if (e.key !== void 0 && !strings.has(e.key.toLowerCase())) strings.set(e.key.toLowerCase(), splitFields(e.raw)[0] ?? "");
	}
	for (const section of sections.values()) for (const e of section.entries) {
		e.fields = splitFields(e.raw).map((f) => substitute(f, strings));
		if (e.key !== void 0) e.key = substitute(e.key, strings);
	}
	return {
		sections,
		problems
	};
}
function entriesOf(doc, section, key) {
	const s = doc.sections.get(section.toLowerCase());
	if (!s) return [];
	const k = key.toLowerCase();
	return s.entries.filter((e) => e.key?.toLowerCase() === k);
}
function valueRange(e) {
	return lineRange(e.line, e.valueColumn, e.raw.length);
}
function stripComment(line) {
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (c === "\"") quoted = !quoted;
		else if (c === ";" && !quoted) return line.slice(0, i);
	}
	return line;
}
function equalsOutsideQuotes(line) {
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (c === "\"") quoted = !quoted;
		else if (c === "=" && !quoted) return i;
	}
	return -1;
}
function splitFields(raw) {
	const fields = [];
	let cur = "";
	let first = -1;
	let last = -1;
	let quoted = false;
	const end = () => {
		if (first < 0) fields.push(cur.trim());
		else fields.push(cur.slice(0, first).trimStart() + cur.slice(first, last) + cur.slice(last).trimEnd());
		cur = "";
		first = -1;
		last = -1;
	};
	for (let i = 0; i < raw.length; i++) {
		const c = raw[i];
		if (quoted) {
			if (c === "\"" && raw[i + 1] === "\"") {
				cur += "\"";
				i++;
			} else if (c === "\"") {
				quoted = false;
				last = cur.length;
			} else cur += c;
		} else if (c === "\"") {
			quoted = true;
			if (first < 0) first = cur.length;
		} else if (c === ",") end();
		else cur += c;
	}
	if (quoted) last = cur.length;
	end();
	return fields;
}
function unquote(s) {
	return s.length >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.slice(1, -1).replace(/""/g, "\"") : s;
}
function substitute(s, strings) {
	if (!s.includes("%")) return s;
	return s.replace(/%([^%]*)%/g, (whole, key) => {
		if (key === "") return "%";
		return strings.get(key.toLowerCase()) ?? whole;
	});
}
function clip$1(s) {
	return s.length > 80 ? `${s.slice(0, 80)}\u2026` : s;
}
// dist/src/artifacts/windows-inf/index.js
const serviceTypeWords = {
	1: "kernel driver",
	2: "file system driver",
	16: "user-mode service (own process)",
	32: "user-mode service (shared process)"
};
const startTypeWords = {
	0: "boot start",
	1: "system start",
	2: "auto start",
	3: "demand start",
	4: "disabled"
};
function readInf(file) {
	const doc = parseInf(file.file, file.bytes);
	const problems = [...doc.problems];
	if (problems.some((p) => p.severity === "error")) return { problems };
	if (!doc.sections.has("version")) {
		problems.push(artifactProblem(file.file, "artifact-format", "not a driver package INF: it has no [Version] section"));
		return { problems };
	}
	const facts = {
		file: file.file,
		services: []
	};
	const catalog = entriesOf(doc, "version", "CatalogFile")[0] ?? entriesOf(doc, "version", "CatalogFile.NT")[0];
	if (catalog?.fields[0]) facts.catalogFile = {
		value: catalog.fields[0],
		at: valueRange(catalog)
	};
	const cls = entriesOf(doc, "version", "Class")[0];
	if (cls?.fields[0]) facts.className = cls.fields[0];
	const altitudes = minifilterAltitudes(doc);
	for (const section of doc.sections.values()) for (const e of section.entries) {
		if (e.key?.toLowerCase() !== "addservice") continue;
		const [name, , install] = e.fields;
		if (!name) {
			problems.push(artifactProblem(file.file, "artifact-syntax", "AddService without a service name", valueRange(e)));
			continue;
		}
		const service = {
			name,
			at: valueRange(e)
		};
		if (!install) continue;
		if (!doc.sections.has(install.toLowerCase())) {
			problems.push(artifactProblem(file.file, "artifact-syntax", `AddService ${name} names the section [${install}], which the INF does not have`, valueRange(e)));
			continue;
		}
		const num = (key) => {
			const x = entriesOf(doc, install, key)[0];
			if (!x) return void 0;
			const v = parseNumber(x.fields[0] ?? "");
			if (v === void 0) {
				problems.push(artifactProblem(file.file, "artifact-syntax", `${key} in [${install}] is "${clip(x.raw)}", not a number`, valueRange(x)));
				return;
			}
			return {
				value: v,
				at: valueRange(x)
			};
		};
		const serviceType = num("ServiceType");
		const startType = num("StartType");
		if (serviceType) service.serviceType = serviceType;
		if (startType) service.startType = startType;
		const group = entriesOf(doc, install, "LoadOrderGroup")[0];
		if (group?.fields[0]) service.loadOrderGroup = {
			value: group.fields[0],
			at: valueRange(group)
		};
		const binary = entriesOf(doc, install, "ServiceBinary")[0];
		if (binary?.fields[0]) service.binary = {
			value: baseName(binary.fields[0]),
			at: valueRange(binary)
		};
		const altitude = altitudes.get(name.toLowerCase()) ?? (altitudes.size === 1 ? [...altitudes.values()][0] : void 0);
		if (altitude && (serviceType?.value === 2 || serviceType?.value === 1)) service.altitude = altitude;
		facts.services.push(service);
	}
	if (facts.services.length === 0) problems.push(artifactProblem(file.file, "artifact-empty", "the INF installs no service (no AddService with an install section), so it says nothing about the components", void 0, "warning"));
	return {
		facts,
		problems
	};
}
function minifilterAltitudes(doc) {
	const out = new Map();
	for (const section of doc.sections.values()) for (const e of section.entries) {
		if (e.key !== void 0) continue;
		const fields = e.fields;
		if (fields.length < 5 || fields[2]?.toLowerCase() !== "altitude") continue;
		const owner = section.name.split(".")[0].toLowerCase();
		if (!out.has(owner)) out.set(owner, {
			value: fields[4],
			at: {
				startLine: e.line,
				startColumn: e.column,
				endLine: e.line,
				endColumn: e.column + e.raw.length
			}
		});
	}
	return out;
}
function parseNumber(s) {
	const t = s.trim();
	if (/^0x[0-9a-f]+$/i.test(t)) return Number.parseInt(t.slice(2), 16);
	if (/^\d+$/.test(t)) return Number.parseInt(t, 10);
}
function baseName(p) {
	const parts = p.split(/[\\/]/);
	return parts[parts.length - 1];
}
function clip(s) {
	return s.length > 60 ? `${s.slice(0, 60)}\u2026` : s;
}
const kernelTypes = new Set([1, 2]);
const isElam = (s) => s.loadOrderGroup?.value.toLowerCase() === "early-launch";
function observeInf(facts, manifest) {
	const out = [];
	const title = inf.title;
	const at = (range) => ({
		kind: inf.kind,
		title,
		at: {
			file: facts.file,
			region: range
		}
	});
	const components = Array.isArray(manifest.value?.["components"]) ? manifest.value["components"] : [];
	for (const s of facts.services) {
		const kernel = s.serviceType !== void 0 && kernelTypes.has(s.serviceType.value);
		const index = components.findIndex((c) => {
			const o = c;
			if (o === null || typeof o !== "object") return false;
			const bin = typeof o["binary"] === "string" ? o["binary"].toLowerCase() : void 0;
			if (bin !== void 0 && s.binary && bin === s.binary.value.toLowerCase()) return true;
			return typeof o["id"] === "string" && o["id"].toLowerCase() === s.name.toLowerCase();
		});
		const described = `service ${s.name}${s.binary ? ` (${s.binary.value})` : ""}${s.serviceType ? `, ServiceType ${s.serviceType.value} (${serviceTypeWords[s.serviceType.value] ?? "other"})` : ""}${s.startType ? `, StartType ${s.startType.value} (${startTypeWords[s.startType.value] ?? "other"})` : ""}${s.loadOrderGroup ? `, LoadOrderGroup ${s.loadOrderGroup.value}` : ""}`;
		if (index < 0) {
			if (kernel) out.push({
				claim: "/components",
				result: "contradicted",
				observed: `the package installs ${described}, and no component has its binary or id`,
				artifact: at(s.at)
			});
			continue;
		}
		const c = components[index];
		const base = `/components/${index}`;
		const say = (field, ok, words, range) => {
			if (c[field] === void 0) return;
			out.push({
				claim: `${base}/${field}`,
				result: ok ? "observed" : "contradicted",
				observed: words,
				artifact: at(range)
			});
		};
		say("platform", c["platform"] === "windows", `a Windows driver package installs ${described}`, s.at);
		if (s.serviceType) {
			const kind = !kernel ? "user_service" : isElam(s) ? "elam_driver" : "kernel_driver";
			say("kind", c["kind"] === kind, `ServiceType ${s.serviceType.value} (${serviceTypeWords[s.serviceType.value] ?? "other"})${s.loadOrderGroup ? `, LoadOrderGroup ${s.loadOrderGroup.value}` : ""}: ${kind}`, isElam(s) && s.loadOrderGroup ? s.loadOrderGroup.at : s.serviceType.at);
			say("privilege", kernel ? c["privilege"] === "kernel" || c["privilege"] === "boot" : c["privilege"] === "user", `ServiceType ${s.serviceType.value} (${serviceTypeWords[s.serviceType.value] ?? "other"}): runs in ${kernel ? "kernel mode" : "user mode"}`, s.serviceType.at);
		}
		if (s.startType) {
			const boot = s.startType.value === 0 || s.startType.value === 1 || s.loadOrderGroup !== void 0 && isElam(s);
			say("bootStart", c["bootStart"] === boot, `StartType ${s.startType.value} (${startTypeWords[s.startType.value] ?? "other"}): ${boot ? "starts at boot" : "does not start at boot"}`, s.startType.at);
		}
		const signing = c["signing"];
		const win = signing && typeof signing === "object" ? signing["windows"] : void 0;
		if (kernel && (win === "whql" || win === "attestation")) out.push(facts.catalogFile ? {
			claim: `${base}/signing/windows`,
			result: "observed",
			observed: `CatalogFile ${facts.catalogFile.value}: the package carries a signed catalog`,
			artifact: at(facts.catalogFile.at)
		} : {
			claim: `${base}/signing/windows`,
			result: "contradicted",
			observed: "no CatalogFile in [Version]: the package has no catalog for Microsoft to sign",
			artifact: at(s.at)
		});
	}
	return out;
}
const inf = {
	title: "Windows driver package (INF)",
	kind: "windows-inf",
	recognise: (name) => /\.inf$/i.test(name),
	read: readInf,
	observe: observeInf
};
export { inf };
