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
const packageJson = JSON.parse(readFileSync(path.join(packageRoot, "package.json"), "utf8"));
const toolVersion = packageJson.version;
const toolHomepage = packageHomepage(packageJson);
function packageHomepage(pkg) {
	const home = httpsUrl(pkg.homepage);
	if (home) return home;
	const repo = typeof pkg.repository === "object" && pkg.repository !== null ? pkg.repository.url : pkg.repository;
	if (typeof repo !== "string") return void 0;
	const short = /^(?:github:)?([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})$/.exec(repo);
	if (short) return `https://github.com/${short[1]}/${short[2].replace(/\.git$/, "")}`;
	return httpsUrl(repo.replace(/^git\+/, ""))?.replace(/\.git$/, "");
}
function httpsUrl(value) {
	if (typeof value !== "string") return void 0;
	try {
		const u = new URL(value);
		return u.protocol === "https:" && u.hostname !== "" && u.username === "" && u.password === "" ? u.href : void 0;
	} catch {
		return;
	}
}
const schemasDir = path.join(packageRoot, "schemas");
const rulesDir = path.join(packageRoot, "rules");
const standardsDir = path.join(packageRoot, "standards");
const defaultStandardPath = path.join(standardsDir, "kdus", "1.1.yaml");
export { schemasDir as a, toolVersion as c, rulesDir as i, packageHomepage as n, standardsDir as o, packageRoot as r, toolHomepage as s, defaultStandardPath as t };
