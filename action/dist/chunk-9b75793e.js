import { r as inside } from "./chunk-ed6b1986.js";
import { n as defaultLimits } from "./chunk-9404d2c7.js";
import { c as readTextFile, r as displayPath, t as compareStrings } from "./chunk-1fcab411.js";
import { n as lineRange, t as artifactProblem } from "./chunk-3517e1c0.js";
import { t as importModule } from "./chunk-3c54e3fa.js";
import { lstatSync, readdirSync, realpathSync } from "node:fs";
import path from "node:path";
// dist/src/artifacts/source-tree/index.js
const sourceLimits = {
	maxFiles: 2e4,
	maxFileBytes: 1048576,
	maxBytes: 268435456
};
const languageWords = {
	C: "c",
	"C++": "cpp",
	Assembly: "asm",
	"Unix Assembly": "asm",
	"Objective-C": "objc",
	"Objective-C++": "objc",
	Rust: "rust",
	Go: "go",
	"C#": "csharp",
	Java: "java",
	Swift: "swift"
};
async function censusOf(folder, manifestFile, limits = sourceLimits) {
	const shown = displayPath(folder);
	const problems = [];
	let root;
	try {
		root = realpathSync(folder);
		const base = realpathSync(path.dirname(manifestFile));
		if (!inside(root, base)) {
			problems.push(artifactProblem(shown, "source-outside", `the source folder resolves to ${root}, outside the manifest's folder (${base}): a manifest may name only folders beside it`));
			return { problems };
		}
		if (!lstatSync(root).isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
	} catch (error) {
		problems.push(artifactProblem(shown, "source-unreadable", `the source folder cannot be read: ${error.code ?? error.message}`));
		return { problems };
	}
	const contents = {};
	let files = 0;
	let bytes = 0;
	let skippedLarge = 0;
	let stopped = false;
	const walk = (dir, rel) => {
		let entries;
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch {
			problems.push(artifactProblem(displayPath(path.join(folder, rel)), "source-unreadable", "a folder of the source tree cannot be read", void 0, "warning"));
			return;
		}
		entries.sort((a, b) => compareStrings(a.name, b.name));
		for (const e of entries) {
			if (stopped) return;
			const name = rel ? `${rel}/${e.name}` : e.name;
			if (e.isDirectory()) {
				if (e.name === ".git") continue;
				walk(path.join(dir, e.name), name);
				continue;
			}
			if (!e.isFile()) continue;
			if (files >= limits.maxFiles || bytes >= limits.maxBytes) {
				stopped = true;
				problems.push(artifactProblem(shown, "source-limit", `the source folder holds more than ${limits.maxFiles} files or ${limits.maxBytes} bytes; the census counts the first ones in name order`, void 0, "warning"));
				return;
			}
			const read = readTextFile(path.join(dir, e.name), {
				...defaultLimits,
				maxFileBytes: limits.maxFileBytes
			});
			if (read.text === void 0) {
				if (read.problem?.code === "limit-size") skippedLarge++;
				continue;
			}
			contents[name] = read.text;
			files++;
			bytes += Buffer.byteLength(read.text);
		}
	};
	walk(root, "");
	if (skippedLarge > 0) problems.push(artifactProblem(shown, "source-limit", `${skippedLarge} file(s) over ${limits.maxFileBytes} bytes were left out of the census`, void 0, "warning"));
	const { default: linguist } = await importModule("linguist-js");
	const result = await linguist.analyseRawContent(contents, {
		offline: true,
		calculateLines: true,
		keepVendored: false,
		categories: ["programming"]
	});
	const lines = new Map();
	for (const [language, r] of Object.entries(result.languages.results)) {
		const word = languageWords[language] ?? "other";
		const content = r.lines.content ?? r.lines.total;
		lines.set(word, (lines.get(word) ?? 0) + content);
	}
	const largest = new Map();
	for (const [file, language] of Object.entries(result.files.results)) {
		if (language === null) continue;
		const word = languageWords[language] ?? "other";
		const size = Buffer.byteLength(contents[file] ?? "");
		const cur = largest.get(word);
		if (!cur || size > cur.bytes || size === cur.bytes && compareStrings(file, cur.file) < 0) largest.set(word, {
			file,
			bytes: size
		});
	}
	return {
		census: {
			folder: shown,
			files,
			lines,
			largest
		},
		problems
	};
}
const tolerance = {
	factor: .25,
	floor: 200
};
function observeCensus(census, index, component) {
	const out = [];
	const base = `/components/${index}`;
	const at = (word) => {
		const big = word ? census.largest.get(word) : void 0;
		return {
			kind: "source-tree",
			title: "source tree",
			at: {
				file: big ? `${census.folder}/${big.file}` : census.folder,
				region: lineRange(1, 1, 1)
			}
		};
	};
	const count = (word) => census.lines.get(word) ?? 0;
	const summary = [...census.lines.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0])).map(([w, n]) => `${w} ${n}`).join(", ") || "no code";
	const total = [...census.lines.values()].reduce((a, b) => a + b, 0);
	const language = component["language"];
	const primary = language && typeof language === "object" ? language["primary"] : void 0;
	const [top] = [...census.lines.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
	if (typeof primary === "string" && top) {
		if (top[0] === primary) out.push({
			claim: `${base}/language/primary`,
			result: "observed",
			observed: `the census of ${census.folder} (${census.files} files) counts most lines in ${primary}: ${summary} non-blank lines`,
			artifact: at(primary)
		});
		else if (count(primary) * 2 < top[1]) out.push({
			claim: `${base}/language/primary`,
			result: "contradicted",
			observed: `the census of ${census.folder} (${census.files} files) counts ${summary} non-blank lines: ${top[0]}, not ${primary}, is the primary language`,
			artifact: at(top[0])
		});
	}
	const loc = language && typeof language === "object" ? language["loc"] : void 0;
	if (loc && typeof loc === "object") {
		for (const [word, declared] of Object.entries(loc)) {
			if (typeof declared !== "number" || declared <= 0) continue;
			const found = count(word);
			const near = found > 0 && Math.abs(found - declared) <= Math.max(tolerance.floor, declared * tolerance.factor);
			const far = found === 0 || found * 2 < declared || found > declared * 2;
			if (near) out.push({
				claim: `${base}/language/loc/${word}`,
				result: "observed",
				observed: `the census of ${census.folder} counts ${found} non-blank lines of ${word} (declared ${declared})`,
				artifact: at(word)
			});
			else if (far) out.push({
				claim: `${base}/language/loc/${word}`,
				result: "contradicted",
				observed: `the census of ${census.folder} counts ${found} non-blank lines of ${word}, not the ${declared} declared (${summary})`,
				artifact: at(found > 0 ? word : void 0)
			});
		}
		for (const [word, found] of census.lines) {
			if (Object.hasOwn(loc, word) || found < tolerance.floor || found < total * .1) continue;
			out.push({
				claim: `${base}/language/loc`,
				result: "contradicted",
				observed: `the census of ${census.folder} counts ${found} non-blank lines of ${word}, which the declared counts leave out (${summary})`,
				artifact: at(word)
			});
		}
	}
	const parsing = component["contentParsing"];
	const parser = parsing && typeof parsing === "object" ? parsing["parserLanguage"] : void 0;
	if (typeof parser === "string" && parser !== "other") out.push(count(parser) > 0 ? {
		claim: `${base}/contentParsing/parserLanguage`,
		result: "observed",
		observed: `the source folder holds ${count(parser)} non-blank lines of ${parser}`,
		artifact: at(parser)
	} : {
		claim: `${base}/contentParsing/parserLanguage`,
		result: "contradicted",
		observed: `the census of ${census.folder} finds no ${parser} at all (${summary}): the parser cannot be written in it`,
		artifact: at()
	});
	return out;
}
async function observeSources(manifest) {
	const observations = [];
	const problems = [];
	const components = manifest.value?.["components"];
	if (!Array.isArray(components)) return {
		observations,
		problems
	};
	for (const [i, c] of components.entries()) {
		if (c === null || typeof c !== "object") continue;
		const source = c["source"];
		if (typeof source !== "string") continue;
		const r = await censusOf(path.join(path.dirname(manifest.path), source), manifest.path);
		problems.push(...r.problems.map((p) => ({
			...p,
			message: `components[${i}].source ${JSON.stringify(source.slice(0, 200))} of ${manifest.file}: ${p.message}`
		})));
		if (r.census) observations.push(...observeCensus(r.census, i, c));
	}
	return {
		observations,
		problems
	};
}
export { observeSources };
