import { r as terminalSafe } from "./chunk-3951146b.js";
import { n as importInputs } from "./chunk-6bc7d8c4.js";
import { r as importerTitles, t as importOnlyExtensions } from "./chunk-2a116810.js";
import { n as defaultLimits } from "./chunk-9404d2c7.js";
import { i as expandPaths } from "./chunk-1fcab411.js";
import { t as parse } from "./chunk-2b1cc3fe.js";
import { t as formatProblem } from "./chunk-35fe87d2.js";
import { t as UsageError } from "./chunk-2a83795e.js";
import { t as importModule } from "./chunk-3c54e3fa.js";
import { realpathSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
// dist/src/cli/import-command.js
async function runImport(args) {
	const { values, positionals } = parse(args, { output: {
		type: "string",
		short: "o"
	} });
	if (!positionals.length) throw new UsageError("import needs files or folders to import, e.g. `ringfence import k8s/ -o deployment.yaml`");
	const output = values.output;
	if (output !== void 0) refuseOverInputs(output, positionals);
	const expanded = expandPaths(positionals, defaultLimits, [], importOnlyExtensions);
	const result = await importInputs(expanded.files, expanded.explicit, defaultLimits);
	const problems = [...expanded.problems, ...result.problems];
	const imported = result.files.flatMap((f) => result.imported[f] ? [result.imported[f]] : []);
	for (const p of problems) process.stderr.write(`${terminalSafe(formatProblem(p))}\n`);
	if (problems.some((p) => p.severity === "error")) {
		process.stderr.write("ringfence: the import has errors (above); nothing was written\n");
		return 2;
	}
	if (!imported.length) {
		process.stderr.write(`ringfence: no file among ${terminalSafe(positionals.join(", "))} is one ringfence imports (${importerTitles().join("; ")})\n`);
		return 2;
	}
	const text = await importedYaml(imported);
	if (output === void 0) process.stdout.write(text);
	else writeFileSync(output, text);
	return 0;
}
async function importedYaml(groups) {
	const { stringify } = await importModule("yaml");
	const parts = [];
	for (const g of groups) for (const d of g.documents) {
		const overlay = [...new Set(d.positions.map((p) => p[1]))].filter((f) => !d.sources.includes(f));
		const head = [`# Mapped by \`ringfence import\` (importer: ${g.importer}) from ${d.sources.join(", ")}${overlay.length ? `, with the overlay ${overlay.join(", ")}` : ""}.`, "# `ringfence check` on those files evaluates this very document; findings there point at their lines."];
		if (d.unknown.length) {
			head.push("# Not in the files (give it in an overlay, or the rules report it as missing evidence):");
			for (const u of d.unknown) head.push(`#   ${u.pointer}: ${u.why}`.replace(/[\r\n]+/g, " "));
		}
		parts.push(`${head.join("\n")}\n${stringify(d.value, {
			lineWidth: 0,
			aliasDuplicateObjects: false
		})}`);
	}
	return parts.join("---\n");
}
function refuseOverInputs(output, inputs) {
	let target;
	try {
		target = realpathSync(path.dirname(path.resolve(output)));
		target = path.join(target, path.basename(output));
	} catch {
		return;
	}
	for (const given of inputs) {
		let real;
		let dir;
		try {
			real = realpathSync(given);
			dir = statSync(given).isDirectory();
		} catch {
			continue;
		}
		if (real === target) throw new UsageError(`-o ${output} is an input of this import (${given}); ringfence does not overwrite what it reads`);
		const rel = path.relative(real, target);
		if (dir && rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel)) throw new UsageError(`-o ${output} would be written inside ${given}, which this import reads: the next check of that folder would read the foreign files and their mapped copy; write it elsewhere`);
	}
}
export { runImport };
