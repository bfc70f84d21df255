import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
// dist/src/paths.js
const packageRoot = (() => {
	let dir = path.dirname(fileURLToPath(import.meta.url));
	for (;;) {
		if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "schemas"))) return dir;
		const up = path.dirname(dir);
		if (up === dir) throw new Error("ringfence: cannot find the package root");
		dir = up;
	}
})();
const toolVersion = JSON.parse(readFileSync(path.join(packageRoot, "package.json"), "utf8")).version;
const schemasDir = path.join(packageRoot, "schemas");
const rulesDir = path.join(packageRoot, "rules");
const standardsDir = path.join(packageRoot, "standards");
const defaultStandardPath = path.join(standardsDir, "kdus", "1.1.yaml");
export { standardsDir as a, schemasDir as i, packageRoot as n, toolVersion as o, rulesDir as r, defaultStandardPath as t };
