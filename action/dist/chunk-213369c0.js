import { a as schemasDir, r as packageRoot } from "./chunk-36ad93e4.js";
import { t as parse } from "./chunk-2b1cc3fe.js";
import { t as UsageError } from "./chunk-2a83795e.js";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
// dist/src/cli/init-command.js
const templates = {
	vendor: {
		file: "vendor-manifest.yaml",
		schema: "vendor-manifest.schema.json"
	},
	deployment: {
		file: "deployment-config.yaml",
		schema: "deployment-config.schema.json"
	},
	config: {
		file: "ringfence-config.yaml",
		schema: "config.schema.json"
	},
	overlay: {
		file: "deployment-overlay.yaml",
		schema: "deployment-overlay.schema.json"
	}
};
const modeline = /^# yaml-language-server: \$schema=\S+$/m;
function runInit(args) {
	const { values, positionals } = parse(args, {
		output: {
			type: "string",
			short: "o"
		},
		force: { type: "boolean" },
		"schema-dir": { type: "string" }
	});
	const which = positionals[0];
	const template = which ? templates[which] : void 0;
	if (!template) throw new UsageError(`init needs "vendor", "deployment", "config" or "overlay"${which ? ` (not "${which}")` : ""}, e.g. \`ringfence init vendor -o manifest.yaml\` or \`ringfence init config -o .ringfence.yaml\``);
	if (positionals.length > 1) throw new UsageError(`init writes one template at a time (given: ${positionals.join(", ")})`);
	let schema = path.join(schemasDir, template.schema);
	if (values["schema-dir"] !== void 0) {
		schema = path.resolve(values["schema-dir"], template.schema);
		if (!existsSync(schema)) throw new UsageError(`${values["schema-dir"]} has no ${template.schema}; write the schemas there first with \`ringfence schema --write ${values["schema-dir"]}\``);
	}
	const text = readFileSync(path.join(packageRoot, "templates", template.file), "utf8");
	if (!modeline.test(text)) throw new Error(`templates/${template.file} does not start with a yaml-language-server modeline`);
	const target = values.output === void 0 ? void 0 : path.resolve(values.output);
	const out = text.replace(modeline, `# yaml-language-server: $schema=${schemaReference(schema, target)}`);
	if (values.output === void 0) {
		process.stdout.write(out);
		return 0;
	}
	if (existsSync(values.output) && !values.force) throw new UsageError(`${values.output} exists; use --force to overwrite it`);
	try {
		writeFileSync(values.output, out);
	} catch (error) {
		throw new UsageError(`cannot write ${values.output}: ${error.code ?? error.message}`);
	}
	process.stderr.write(`wrote ${values.output}\n`);
	return 0;
}
function schemaReference(schema, from) {
	if (from !== void 0) {
		let rel = path.relative(path.dirname(from), schema).split(path.sep).join("/");
		if (!rel.startsWith("../") && !path.isAbsolute(rel)) rel = `./${rel}`;
		if (!/\s/.test(rel) && !path.isAbsolute(rel)) return rel;
	}
	return /\s/.test(schema) ? pathToFileURL(schema).href : schema.split(path.sep).join("/");
}
export { runInit };
