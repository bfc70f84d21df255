import { n as packageRoot } from "./chunk-d0a43a67.js";
import { t as parse } from "./chunk-2b1cc3fe.js";
import { t as UsageError } from "./chunk-2a83795e.js";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
// dist/src/cli/init-command.js
const templates = {
	vendor: "vendor-manifest.yaml",
	deployment: "deployment-config.yaml"
};
function runInit(args) {
	const { values, positionals } = parse(args, {
		output: {
			type: "string",
			short: "o"
		},
		force: { type: "boolean" }
	});
	const which = positionals[0];
	const file = which ? templates[which] : void 0;
	if (!file) throw new UsageError("init needs \"vendor\" or \"deployment\", e.g. `ringfence init vendor -o manifest.yaml`");
	const text = readFileSync(path.join(packageRoot, "templates", file), "utf8");
	if (!values.output) {
		process.stdout.write(text);
		return 0;
	}
	if (existsSync(values.output) && !values.force) throw new UsageError(`${values.output} exists; use --force to overwrite it`);
	writeFileSync(values.output, text);
	process.stderr.write(`wrote ${values.output}\n`);
	return 0;
}
export { runInit };
