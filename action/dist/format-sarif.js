import { t as fingerprint } from "./chunk-8a97c6ec.js";
import { t as detach } from "./chunk-7fef4077.js";
import { a as renderWhole, i as nested, o as utf8, r as members } from "./chunk-3fec7d06.js";
import { createHash } from "node:crypto";
// dist/reporters/sarif.js
const securitySeverity = {
	critical: "9.5",
	high: "8.0",
	medium: "5.5",
	low: "2.5"
};
const levelOf = {
	critical: "error",
	high: "error",
	medium: "warning",
	low: "note"
};
const inputRules = [
	{
		id: "RF-INPUT-SCHEMA",
		name: "InputMatchesSchema",
		codes: ["schema"],
		short: "The document matches the ringfence.dev/v1 schema for its kind.",
		help: "A field is unknown, misspelt, of the wrong type or outside its allowed values. Run `ringfence schema <kind>` for the schema, or add `# yaml-language-server: $schema=\u2026` to the file for editor completion."
	},
	{
		id: "RF-WAIVER",
		name: "WaiverIsCurrent",
		codes: [],
		short: "Every waiver is current, valid and still needed.",
		help: "A waiver expired (its findings count again and the gate fails), expires within 30 days, matches no finding (remove it), names an unknown control, or expires more than a year ahead (waivers must be reviewed at least yearly)."
	},
	{
		id: "RF-EVIDENCE",
		name: "EvidenceEntryIsSound",
		codes: [],
		short: "Each evidence entry backs a claim of the document with a real digest and a link a reader can follow.",
		help: "An evidence entry's claim pointer resolves to nothing, its SHA-256 is a placeholder, its URL is not https or is on a host no reader can reach (localhost, private, .example), it backs no claim a control reads, a template's placeholder name was left in, or a file given with --evidence is missing or has other bytes than the entry pins. See docs/report.md, Assurance."
	},
	{
		id: "RF-INPUT-PARSE",
		name: "InputIsReadable",
		codes: [],
		short: "The file is readable, well-formed YAML or JSON within the input limits.",
		help: "The file could not be read or parsed (syntax error, duplicate key, invalid UTF-8, a limit exceeded, unknown kind). Nothing in the affected document was evaluated."
	}
];
const ruleNameCache = new Map();
function pascal(s) {
	let v = ruleNameCache.get(s);
	if (!v) {
		v = s.replace(/(^|[-_\s]+)([a-z0-9])/gi, (_m, _p, c) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, "");
		ruleNameCache.set(s, v);
	}
	return v;
}
function sentence(s) {
	const t = s.trim().replace(/\s+/g, " ");
	return /[.!?]$/.test(t) ? t : `${t}.`;
}
function resultMessage(text, related) {
	if (!related?.length) return sentence(text);
	const esc = (t) => t.replace(/[\\[\]]/g, (ch) => `\\${ch}`);
	const links = related.map((r, k) => `[${esc(clip(r.message.trim().replace(/\s+/g, " "), 200))}](${k + 1})`).join("; ");
	return `${sentence(esc(text))} Also at: ${links}.`;
}
function clip(s, n) {
	return s.length <= n ? s : `${s.slice(0, n - 1)}\u2026`;
}
function uriOf(file) {
	return file.split("/").map(encodeURIComponent).join("/");
}
function helpMarkdown(c, standardUrl) {
	const parts = [
		`**${c.id}** \u00B7 ${c.severity} \u00B7 level ${c.level}${c.capsGrade ? " \u00B7 caps the grade when failing" : ""}`,
		"",
		`### Why`,
		c.rationale.trim(),
		"",
		`### How to fix`,
		c.remediation.trim()
	];
	const params = Object.entries(c.params);
	if (params.length) parts.push("", "### Parameters", ...params.map(([k, v]) => `- \`${k}\`: \`${JSON.stringify(v)}\``));
	if (c.mappings.length) parts.push("", "### Maps to", ...c.mappings.map((m) => `- ${m.framework} ${m.id}${m.title ? ` \u2014 ${m.title}` : ""}`));
	if (c.references.length) parts.push("", "### References", ...c.references.map((r) => r.url ? `- [${r.title}](${r.url})` : `- ${r.title}`));
	if (standardUrl) parts.push("", `[${c.id} in the standard](${standardUrl}#${c.id.toLowerCase()})`);
	return parts.join("\n");
}
function runContext(s) {
	const frameworks = [...new Set(s.controls.flatMap((c) => c.mappings.map((m) => m.framework)))].sort();
	const taxonomyIndex = new Map([[s.id, 0], ...frameworks.map((f, i) => [f, i + 1])]);
	const taxonomies = [{
		name: s.id,
		version: s.version,
		guid: guidOf(`${s.id}@${s.version}`),
		...s.url ? { informationUri: s.url } : {},
		shortDescription: { text: sentence(s.title) },
		taxa: s.controls.map((c) => ({
			id: c.id,
			name: pascal(c.rule),
			shortDescription: { text: sentence(c.title) },
			...s.url ? { helpUri: `${s.url}#${c.id.toLowerCase()}` } : {}
		}))
	}, ...frameworks.map((f) => {
		const ids = [...new Map(s.controls.flatMap((c) => c.mappings.filter((m) => m.framework === f)).map((m) => [m.id, m])).values()].sort((a, b) => a.id < b.id ? -1 : 1);
		return {
			name: f,
			guid: guidOf(f),
			shortDescription: { text: `Tasks and controls of ${f} that ${s.id} maps to.` },
			taxa: ids.map((m) => ({
				id: m.id,
				...m.title ? { shortDescription: { text: sentence(m.title) } } : {}
			}))
		};
	})];
	const rules = [];
	const ruleIndex = new Map();
	for (const c of s.controls) {
		ruleIndex.set(c.id, rules.length);
		const relationships = [{
			target: {
				id: c.id,
				toolComponent: {
					name: s.id,
					index: 0,
					guid: taxonomies[0].guid
				}
			},
			kinds: ["equal"]
		}, ...[...new Map(c.mappings.map((m) => [`${m.framework}\0${m.id}`, m])).values()].map((m) => ({
			target: {
				id: m.id,
				toolComponent: {
					name: m.framework,
					index: taxonomyIndex.get(m.framework),
					guid: guidOf(m.framework)
				}
			},
			kinds: ["relevant"]
		}))];
		rules.push({
			relationships,
			id: c.id,
			name: pascal(c.rule),
			shortDescription: { text: clip(sentence(c.title), 1024) },
			fullDescription: { text: clip(sentence(c.rationale || c.title), 1024) },
			help: {
				text: clip(`${c.rationale.trim()}\n\nHow to fix: ${c.remediation.trim()}`, 2e4),
				markdown: helpMarkdown(c, s.url)
			},
			...s.url ? { helpUri: `${s.url}#${c.id.toLowerCase()}` } : {},
			defaultConfiguration: { level: levelOf[c.severity] },
			properties: {
				tags: [
					"security",
					"compliance",
					s.id.toLowerCase(),
					`${s.id.toLowerCase()}/${c.area.toLowerCase()}`,
					`level-${c.level}`
				],
				precision: "very-high",
				"problem.severity": c.severity === "low" ? "recommendation" : c.severity === "medium" ? "warning" : "error",
				"security-severity": securitySeverity[c.severity]
			}
		});
	}
	for (const r of inputRules) {
		ruleIndex.set(r.id, rules.length);
		rules.push({
			id: r.id,
			name: r.name,
			shortDescription: { text: r.short },
			fullDescription: { text: r.short },
			help: {
				text: r.help,
				markdown: r.help
			},
			defaultConfiguration: { level: "error" },
			properties: {
				tags: ["ringfence-input"],
				precision: "very-high",
				"problem.severity": "error"
			}
		});
	}
	return {
		standard: s,
		taxonomies,
		rules,
		ruleIndex,
		info: new Map(s.controls.map((c) => [c.id, c]))
	};
}
const rankOf = {
	error: 0,
	warning: 1,
	note: 2,
	none: 3
};
function resultText(r) {
	return {
		rank: rankOf[r.level ?? "warning"] ?? 1,
		text: nested(r, 4),
		suppressed: r.suppressions !== void 0
	};
}
function packResults(results) {
	const ends = [];
	let size = 0;
	for (const r of results) ends.push(size += Buffer.byteLength(r.text));
	const bytes = new Uint8Array(size);
	const view = Buffer.from(bytes.buffer);
	results.forEach((r, i) => view.write(r.text, i ? ends[i - 1] : 0));
	return {
		bytes,
		ends,
		ranks: results.map((r) => r.rank + (r.suppressed ? 4 : 0)).join("")
	};
}
const sarifStream = {
	part: (header, options) => {
		const controls = header.standard.controls;
		const info = new Map(controls.map((c) => [c.id, c]));
		const ruleIndex = new Map(controls.map((c, i) => [c.id, i]));
		let skipFrom = rankOf["none"] + 1;
		const part = (subject) => {
			const results = [];
			let skipped = 0;
			let skippedSuppressed = false;
			let omitted = 0;
			for (const control of subject.controls) {
				const c = info.get(control.id);
				if (control.findingsOmitted) {
					const errors = control.counts.error - control.findings.filter((f) => f.status === "error").length;
					omitted += control.findingsOmitted.count - errors - (options.omitWaived ? control.findingsOmitted.waived : 0);
				}
				for (const f of control.findings) {
					if (f.status === "error") continue;
					if (f.waiver && options.omitWaived) continue;
					if (rankOf[levelOf[c.severity]] >= skipFrom) {
						skipped++;
						if (f.waiver) skippedSuppressed = true;
						continue;
					}
					const fp = f.fingerprint;
					results.push(resultText({
						ruleId: c.id,
						ruleIndex: ruleIndex.get(c.id),
						level: levelOf[c.severity],
						message: { text: resultMessage(`${f.status === "missing_evidence" ? "Missing evidence" : c.title}: ${f.message}`, f.related) },
						locations: [physical(f.location.file, f.location.region, f.excerpt)],
						...f.related?.length ? { relatedLocations: f.related.map((r, k) => ({
							id: k + 1,
							...physical(r.location.file, r.location.region),
							message: { text: sentence(r.message) }
						})) } : {},
						partialFingerprints: {
							primaryLocationLineHash: `${fp.slice(0, 16)}:1`,
							"ringfence/v1": fp
						},
						...f.baselineState ? { baselineState: f.baselineState } : {},
						...f.waiver ? { suppressions: [{
							kind: "external",
							status: "accepted",
							justification: `${f.waiver.reason} (owner: ${f.waiver.owner}${f.waiver.ticket ? `, ticket: ${f.waiver.ticket}` : ""}, expires ${f.waiver.expires})`,
							location: physical(f.waiver.file, {
								startLine: f.waiver.line,
								startColumn: 1,
								endLine: f.waiver.line,
								endColumn: 2
							})
						}] } : {},
						properties: {
							jsonPointer: f.location.pointer,
							documentIndex: f.location.documentIndex,
							status: f.status,
							subject: subject.name,
							...control.assurance !== void 0 && control.assurance !== null ? { assurance: control.assurance } : {},
							subjectAssurance: subject.assurance
						}
					}));
				}
			}
			const x = subject;
			return {
				...packResults(results),
				skipped,
				skippedSuppressed,
				omitted,
				subject: nested({
					file: x.file,
					documentIndex: x.documentIndex,
					name: x.name,
					score: x.score,
					grade: x.grade,
					level: x.level,
					assurance: x.assurance,
					...x.declaredAssurance !== void 0 ? { declaredAssurance: x.declaredAssurance } : {},
					linkedCoverage: x.linkedCoverage,
					verifiedCoverage: x.verifiedCoverage
				}, 5)
			};
		};
		return Object.assign(part, { feedback: (value) => void (typeof value === "number" && (skipFrom = Math.min(skipFrom, value))) });
	},
	writer: (header, options) => {
		const maxResults = options.maxResults ?? 5e3;
		const ctx = runContext(header.standard);
		const s = ctx.standard;
		const kept = [
			[],
			[],
			[],
			[]
		];
		let keptCount = 0;
		let total = 0;
		let anySuppressed = false;
		let omitted = 0;
		const subjects = [];
		const offer = (rank, suppressed, bytes) => {
			const seq = total++;
			if (suppressed) anySuppressed = true;
			if (keptCount < maxResults) {
				kept[rank].push({
					seq,
					bytes: bytes(),
					suppressed
				});
				keptCount++;
				return;
			}
			let worst = kept.length - 1;
			while (worst > 0 && kept[worst].length === 0) worst--;
			if (rank >= worst) return;
			kept[worst].pop();
			kept[rank].push({
				seq,
				bytes: bytes(),
				suppressed
			});
		};
		const offerText = (r) => offer(r.rank, r.suppressed, () => utf8(r.text));
		return {
			begin: () => {
				const run = {
					tool: { driver: {
						name: "ringfence",
						semanticVersion: header.tool.version,
						version: header.tool.version,
						...header.tool.informationUri ? { informationUri: header.tool.informationUri } : {},
						rules: ctx.rules,
						supportedTaxonomies: ctx.taxonomies.map((t, index) => ({
							name: t.name,
							index,
							guid: t.guid
						}))
					} },
					taxonomies: ctx.taxonomies,
					automationDetails: { id: options.sarifCategory !== void 0 ? `${options.sarifCategory.replace(/\/+$/, "")}/` : `ringfence/${s.id.toLowerCase()}/` },
					originalUriBaseIds: { "%SRCROOT%": { description: { text: "The directory ringfence was run from." } } },
					columnKind: "utf16CodeUnits"
				};
				return `{\n${members({
					$schema: "https://json.schemastore.org/sarif-2.1.0.json",
					version: "2.1.0"
				}, 0).join(",\n")},\n  "runs": [\n    {\n${members(run, 2).join(",\n")},\n      "results": `;
			},
			add: (part) => {
				part.ends.forEach((end, i) => {
					const code = part.ranks.charCodeAt(i) - 48;
					offer(code & 3, code >= 4, () => part.bytes.slice(i ? part.ends[i - 1] : 0, end));
				});
				total += part.skipped;
				omitted += part.omitted;
				if (part.skippedSuppressed) anySuppressed = true;
				subjects.push(detach(part.subject));
				return [];
			},
			feedback: () => {
				if (keptCount < maxResults) return void 0;
				let worst = kept.length - 1;
				while (worst > 0 && kept[worst].length === 0) worst--;
				return worst;
			},
			end: (footer) => {
				const executionNotifications = [];
				const configurationNotifications = [];
				for (const p of footer.problems) {
					const inputRule = problemRule(p);
					if (inputRule && p.file) {
						const fp = fingerprint(inputRule, p.file, p.documentIndex ?? 0, `${p.pointer ?? ""}#${p.code}#${p.message}`);
						offerText(resultText({
							ruleId: inputRule,
							ruleIndex: ctx.ruleIndex.get(inputRule),
							level: p.severity === "error" ? "error" : "warning",
							message: { text: sentence(p.message) },
							locations: [physical(p.file, p.range ?? {
								startLine: 1,
								startColumn: 1,
								endLine: 1,
								endColumn: 1
							})],
							partialFingerprints: {
								primaryLocationLineHash: `${fp.slice(0, 16)}:1`,
								"ringfence/v1": fp
							},
							properties: {
								code: p.code,
								...p.pointer !== void 0 ? { jsonPointer: p.pointer } : {}
							}
						}));
						continue;
					}
					const n = {
						level: p.severity === "error" ? "error" : "warning",
						message: { text: sentence(p.message) },
						descriptor: { id: p.code },
						...p.control && ctx.ruleIndex.has(p.control) ? { associatedRule: {
							id: p.control,
							index: ctx.ruleIndex.get(p.control)
						} } : {},
						...p.file ? { locations: [physical(p.file, p.range ?? {
							startLine: 1,
							startColumn: 1,
							endLine: 1,
							endColumn: 1
						})] } : {}
					};
					if (p.code === "rule-runtime") executionNotifications.push(n);
					else if (p.code.startsWith("rule-") || p.code.startsWith("standard-")) configurationNotifications.push(n);
					else executionNotifications.push(n);
				}
				if (total > maxResults) executionNotifications.push({
					level: "warning",
					message: { text: `${total - maxResults} results were left out to stay within ${maxResults} results per run (GitHub shows at most 5,000 and rejects more than 25,000); the most severe were kept, and the JSON report has them all.` },
					descriptor: { id: "result-limit" }
				});
				if (omitted > 0) executionNotifications.push({
					level: "warning",
					message: { text: `${omitted} findings were left out: at most 100 are listed per control and document, in every format; the JSON report counts the rest of each control (findingsOmitted).` },
					descriptor: { id: "finding-limit" }
				});
				const closing = "\n        }";
				const results = [];
				for (const r of kept.flat().sort((a, b) => a.seq - b.seq)) {
					results.push(results.length ? ",\n        " : "[\n        ");
					if (anySuppressed && !r.suppressed) results.push(r.bytes.subarray(0, r.bytes.length - 10), `,\n          "suppressions": []${closing}`);
					else results.push(r.bytes);
				}
				results.push(results.length ? "\n      ]" : "[]");
				const invocations = [{
					executionSuccessful: !(footer.problems.some((p) => p.severity === "error") || executionNotifications.some((n) => n.level === "error")),
					...executionNotifications.length ? { toolExecutionNotifications: executionNotifications } : {},
					...configurationNotifications.length ? { toolConfigurationNotifications: configurationNotifications } : {}
				}];
				const properties = members({
					standard: {
						id: s.id,
						version: s.version,
						digest: s.digest
					},
					asOf: header.asOf
				}, 3);
				return [...results, [
					",\n",
					members({ invocations }, 2).join(",\n"),
					",\n      \"properties\": {\n",
					properties.join(",\n"),
					",\n        \"subjects\": ",
					subjects.length ? `[\n${subjects.map((x) => `          ${x}`).join(",\n")}\n        ]` : "[]",
					"\n      }\n    }\n  ]\n}\n"
				].join("")];
			}
		};
	}
};
const sarif = (report, options) => renderWhole(report, options, sarifStream);
function problemRule(p) {
	if (p.code.startsWith("rule-") || p.code.startsWith("standard-") || p.code.startsWith("baseline-")) return void 0;
	if (p.code === "schema") return "RF-INPUT-SCHEMA";
	if (p.code.startsWith("waiver")) return "RF-WAIVER";
	if (p.code.startsWith("evidence-") || p.code === "placeholder") return "RF-EVIDENCE";
	return "RF-INPUT-PARSE";
}
function guidOf(name) {
	const h = createHash("sha256").update(`ringfence:${name}`).digest("hex");
	const variant = (parseInt(h[16], 16) & 3 | 8).toString(16);
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
function physical(file, region, excerpt) {
	const r = {
		startLine: region.startLine,
		startColumn: region.startColumn,
		endLine: region.endLine,
		endColumn: region.endLine === region.startLine ? Math.max(region.endColumn, region.startColumn + 1) : region.endColumn
	};
	let contextRegion;
	if (excerpt && excerpt.lines.length && excerpt.startLine <= region.startLine && excerpt.startLine + excerpt.lines.length - 1 >= region.endLine) {
		const line = excerpt.lines[region.startLine - excerpt.startLine];
		if (line !== void 0 && region.startLine === region.endLine) r.snippet = { text: line.slice(region.startColumn - 1, r.endColumn - 1) };
		contextRegion = {
			startLine: excerpt.startLine,
			endLine: excerpt.startLine + excerpt.lines.length - 1,
			snippet: { text: `${excerpt.lines.join("\n")}\n` }
		};
	}
	return { physicalLocation: {
		artifactLocation: {
			uri: uriOf(file),
			uriBaseId: "%SRCROOT%"
		},
		region: r,
		...contextRegion ? { contextRegion } : {}
	} };
}
export { sarif, sarifStream, securitySeverity };
