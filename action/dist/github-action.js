import { n as cliEntry } from "./chunk-67791625.js";
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
// dist/src/cli/github-comment.js
const maxBody = 65536;
const maxPages = 30;
function marker(key) {
	return `<!-- ringfence-report ${key.replace(/[^A-Za-z0-9._/:@+-]/g, "_").replace(/-{2,}/g, "-")} -->`;
}
function commentBody(key, markdown) {
	const head = `${marker(key)}\n`;
	const note = "\n\n\u2026 the report is longer than a comment can be; the full report is in the job summary.\n";
	if (head.length + markdown.length <= maxBody) return head + markdown;
	let cut = markdown.slice(0, maxBody - head.length - 87);
	const lineEnd = cut.lastIndexOf("\n");
	if (lineEnd > 0) cut = cut.slice(0, lineEnd);
	return head + cut + note;
}
function pullRequestNumber(event) {
	const n = event?.pull_request?.number;
	return typeof n === "number" && Number.isSafeInteger(n) && n > 0 ? n : void 0;
}
async function api(target, method, route, body) {
	const url = `${target.apiUrl.replace(/\/+$/, "")}${route}`;
	let response;
	try {
		response = await fetch(url, {
			method,
			headers: {
				accept: "application/vnd.github+json",
				authorization: `Bearer ${target.token}`,
				"x-github-api-version": "2022-11-28",
				"user-agent": "ringfence-action",
				...body !== void 0 ? { "content-type": "application/json" } : {}
			},
			...body !== void 0 ? { body: JSON.stringify(body) } : {},
			redirect: "error",
			signal: AbortSignal.timeout(3e4)
		});
	} catch (error) {
		const cause = error.cause;
		throw new Error(`${method} ${url}: ${cause?.code ?? cause?.message ?? error.message}`);
	}
	const text = await response.text();
	if (!response.ok) {
		let message = text.slice(0, 300).replace(/\s+/g, " ").trim();
		try {
			const m = JSON.parse(text).message;
			if (typeof m === "string") message = m.slice(0, 300);
		} catch {}
		const hint = response.status === 403 || response.status === 404 ? " (the token needs permission pull-requests: write; pull requests from forks get a read-only token)" : "";
		throw new Error(`${method} ${url} returned ${response.status}${message ? `: ${message}` : ""}${hint}`);
	}
	try {
		return text ? JSON.parse(text) : void 0;
	} catch {
		throw new Error(`${method} ${url} returned a response that is not JSON`);
	}
}
async function postComment(target, markdown) {
	const body = commentBody(target.key, markdown);
	const mark = marker(target.key);
	const [owner, name] = target.repository.split("/");
	if (!owner || !name || target.repository.split("/").length !== 2) return {
		ok: false,
		error: `GITHUB_REPOSITORY is not owner/name: ${JSON.stringify(target.repository)}`
	};
	const base = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}/issues`;
	try {
		let earlier;
		for (let page = 1; page <= maxPages && !earlier; page++) {
			const list = await api(target, "GET", `${base}/${target.pullRequest}/comments?per_page=100&page=${page}`);
			if (!Array.isArray(list)) throw new Error(`GET ${base}/${target.pullRequest}/comments returned something other than a list`);
			earlier = list.find((c) => c.user?.login === target.author && typeof c.body === "string" && c.body.startsWith(mark));
			if (list.length < 100) break;
		}
		if (earlier) {
			if (!Number.isSafeInteger(earlier.id)) throw new Error("the earlier comment has no id");
			return {
				ok: true,
				action: "updated",
				url: (await api(target, "PATCH", `${base}/comments/${earlier.id}`, { body }))?.html_url ?? earlier.html_url ?? ""
			};
		}
		return {
			ok: true,
			action: "created",
			url: (await api(target, "POST", `${base}/${target.pullRequest}/comments`, { body }))?.html_url ?? ""
		};
	} catch (error) {
		return {
			ok: false,
			error: error.message
		};
	}
}
// dist/src/cli/github-action.js
const input = (name) => (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
function listInput(name) {
	const raw = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "";
	if (/[\r\n]/.test(raw)) return raw.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
	return raw.split(/\s+/).filter(Boolean);
}
function setOutput(name, value) {
	const file = process.env["GITHUB_OUTPUT"];
	const line = `${name}=${value.replace(/[\r\n]+/g, " ")}\n`;
	if (file) appendFileSync(file, line);
	else process.stdout.write(`::set-output name=${name}::${value}\n`);
}
function escapeData(s) {
	return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
	return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
const booleanInput = (name) => {
	const v = input(name).toLowerCase();
	if (v === "") return void 0;
	if (v === "true") return true;
	if (v === "false") return false;
	throw new Error(`input ${name} takes "true" or "false", not ${JSON.stringify(input(name))}`);
};
const grades = [
	"A",
	"B",
	"C",
	"D",
	"F",
	"N/A"
];
function refuse(message) {
	process.stdout.write(`::error::${escapeData(`ringfence: ${message}`)}\n`);
	setOutput("exit-code", "2");
	setOutput("gate", "error");
	return 0;
}
function counts(report) {
	let findings = 0;
	let waived = 0;
	for (const subject of report.subjects) for (const control of subject.controls) {
		findings += control.findings.length + (control.findingsOmitted?.count ?? 0);
		waived += control.findings.filter((f) => f.waiver).length + (control.findingsOmitted?.waived ?? 0);
	}
	return {
		findings,
		failing: findings - waived,
		waived
	};
}
async function main() {
	const [major, minor] = process.versions.node.split(".").map(Number);
	if (major < 20 || major === 20 && minor < 10) return refuse(`needs Node.js 20.10 or newer on the runner's PATH, found ${process.version} (add actions/setup-node before this step)`);
	let comment;
	let includeWaived;
	let failOnNew;
	let allowEmpty;
	let sources;
	try {
		sources = booleanInput("sources");
		comment = booleanInput("comment");
		includeWaived = booleanInput("include-waived");
		failOnNew = booleanInput("fail-on-new");
		allowEmpty = booleanInput("allow-empty");
	} catch (error) {
		return refuse(error.message);
	}
	const shard = input("shard");
	const merge = listInput("merge");
	if (shard && merge.length) return refuse("the shard and merge inputs cannot be used together: shard jobs check, one later job merges their parts");
	const shardMatch = /^(\d{1,3})\/(\d{1,3})$/.exec(shard);
	if (shard && !shardMatch) return refuse(`input shard takes i/n (this job's shard i of n, e.g. 2/8 or \${{ matrix.shard }}/8), not ${JSON.stringify(shard)}`);
	const temp = mkdtempSync(path.join(process.env["RUNNER_TEMP"] ?? os.tmpdir(), "ringfence-"));
	const sarifFile = input("sarif-file") || "ringfence.sarif";
	const jsonFile = input("json-file") || (shardMatch ? `ringfence-part-${shardMatch[1]}-of-${shardMatch[2]}.json` : path.join(temp, "report.json"));
	const markdownFile = input("markdown-file") || path.join(temp, "summary.md");
	const paths = listInput("paths");
	if (paths.length === 0) paths.push(".");
	const waivers = listInput("waivers");
	const artifacts = listInput("artifacts");
	const dashed = [
		...paths,
		...waivers,
		...artifacts,
		...merge
	].filter((p) => p.startsWith("-"));
	if (dashed.length > 0) return refuse(`refusing paths that start with "-" (${dashed.map((p) => JSON.stringify(p)).join(", ")}); name them as ./${dashed[0]}`);
	let parts = [];
	if (merge.length) {
		try {
			parts = merge.flatMap((m) => statSync(m).isDirectory() ? readdirSync(m).filter((f) => f.endsWith(".json")).sort().map((f) => path.join(m, f)) : [m]);
		} catch (error) {
			return refuse(`input merge: ${error.code ?? String(error)} (${merge.join(", ")}): download the parts first (actions/download-artifact)`);
		}
		if (parts.length === 0) return refuse(`input merge names no part (${merge.join(", ")} holds no .json file)`);
	}
	const args = shardMatch ? [
		"check",
		`--format=json=${jsonFile}`,
		"--format=text"
	] : [
		merge.length ? "merge" : "check",
		`--format=sarif=${sarifFile}`,
		`--format=json=${jsonFile}`,
		`--format=markdown=${markdownFile}`,
		"--format=text"
	];
	const flag = (name, option = `--${name}`) => {
		const v = input(name);
		if (v) args.push(`${option}=${v}`);
	};
	if (merge.length) return runAndReport([
		"merge",
		...args.slice(1),
		...mergeFlags(includeWaived),
		"--",
		...parts
	], {
		sarifFile,
		jsonFile,
		markdownFile,
		comment: comment === true,
		part: false
	});
	flag("standard");
	flag("fail-on");
	flag("min-score");
	flag("min-level");
	flag("baseline");
	flag("as-of");
	flag("max-results");
	flag("category", "--sarif-category");
	const config = input("config");
	args.push(config ? `--config=${config}` : "--no-config");
	for (const w of waivers) args.push(`--waivers=${w}`);
	flag("evidence");
	flag("trust-policy");
	for (const a of artifacts) args.push(`--artifact=${a}`);
	if (sources) args.push("--sources");
	if (failOnNew) args.push("--fail-on-new");
	if (allowEmpty) args.push("--allow-empty");
	if (!includeWaived) args.push("--omit-waived");
	if (shardMatch) args.push(`--shard=${shard}`);
	args.push("--", ...paths);
	return runAndReport(args, {
		sarifFile,
		jsonFile,
		markdownFile,
		comment: comment === true,
		part: shardMatch !== null
	});
}
function mergeFlags(includeWaived) {
	const out = [];
	if (input("max-results")) out.push(`--max-results=${input("max-results")}`);
	if (input("category")) out.push(`--sarif-category=${input("category")}`);
	if (!includeWaived) out.push("--omit-waived");
	return out;
}
async function runAndReport(args, o) {
	const { sarifFile, jsonFile, markdownFile, comment } = o;
	const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.toUpperCase() !== "INPUT_GITHUB-TOKEN"));
	const r = spawnSync(process.execPath, [cliEntry(), ...args], {
		encoding: "utf8",
		env,
		stdio: [
			"ignore",
			"pipe",
			"pipe"
		],
		maxBuffer: 268435456
	});
	const token = randomUUID();
	process.stdout.write(`::stop-commands::${token}\n`);
	for (const text of [r.stdout ?? "", r.stderr ?? ""]) if (text) process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
	process.stdout.write(`::${token}::\n`);
	const code = r.status ?? 2;
	if (o.part) {
		if (!existsSync(jsonFile)) {
			process.stdout.write(`::error::${escapeData(`ringfence did not write the part (exit code ${code}): ${(r.stderr ?? "").trim()}`)}\n`);
			setOutput("exit-code", "2");
			setOutput("gate", "error");
			return 0;
		}
		setOutput("part-file", jsonFile);
		setOutput("json-file", jsonFile);
		setOutput("exit-code", "0");
		setOutput("gate", "part");
		return 0;
	}
	setOutput("exit-code", String(code));
	if (existsSync(sarifFile)) setOutput("sarif-file", sarifFile);
	let report;
	try {
		report = JSON.parse(readFileSync(jsonFile, "utf8"));
	} catch {
		process.stdout.write(`::error::${escapeData(`ringfence did not produce a report (exit code ${code}): ${(r.stderr ?? "").trim()}`)}\n`);
		setOutput("gate", "error");
		return 0;
	}
	setOutput("json-file", jsonFile);
	const worst = [...report.subjects.filter((s) => s.score !== null)].sort((a, b) => a.score - b.score)[0];
	setOutput("score", worst ? String(worst.score) : "");
	setOutput("grade", report.subjects.map((s) => s.grade).sort((a, b) => grades.indexOf(b) - grades.indexOf(a))[0] ?? "");
	setOutput("level", report.subjects.length ? String(Math.min(...report.subjects.map((s) => s.level))) : "");
	setOutput("gate", code === 2 ? "error" : report.gate.passed ? "passed" : "failed");
	setOutput("documents", String(report.subjects.length));
	const c = counts(report);
	setOutput("findings", String(c.findings));
	setOutput("failing", String(c.failing));
	setOutput("waived", String(c.waived));
	setOutput("new", report.baseline ? String(report.baseline.new) : "");
	let markdown = "";
	try {
		markdown = readFileSync(markdownFile, "utf8");
		setOutput("markdown-file", markdownFile);
	} catch (error) {
		process.stdout.write(`::warning::${escapeData(`ringfence: no Markdown report to summarise (${error.code ?? String(error)})`)}\n`);
	}
	const summary = process.env["GITHUB_STEP_SUMMARY"];
	if (summary && markdown) appendFileSync(summary, markdown);
	for (const p of report.problems.slice(0, 50)) {
		const where = p.file ? ` file=${escapeProperty(p.file)}${p.range ? `,line=${p.range.startLine},col=${p.range.startColumn}` : ""}` : "";
		process.stdout.write(`::${p.severity === "error" ? "error" : "warning"}${where}::${escapeData(p.message)}\n`);
	}
	if (comment && markdown) await commentOnPullRequest(markdown);
	return 0;
}
async function commentOnPullRequest(markdown) {
	const warn = (message) => void process.stdout.write(`::warning::${escapeData(`ringfence: no pull request comment: ${message}`)}\n`);
	let event;
	try {
		event = JSON.parse(readFileSync(process.env["GITHUB_EVENT_PATH"] ?? "", "utf8"));
	} catch {
		return warn("the workflow event (GITHUB_EVENT_PATH) could not be read");
	}
	const pullRequest = pullRequestNumber(event);
	if (pullRequest === void 0) return warn("the workflow was not started by a pull request");
	const token = input("github-token");
	if (!token) return warn("the github-token input is empty");
	const result = await postComment({
		apiUrl: process.env["GITHUB_API_URL"] || "https://api.github.com",
		repository: process.env["GITHUB_REPOSITORY"] ?? "",
		pullRequest,
		token,
		author: input("comment-author") || "github-actions[bot]",
		key: input("category") || "ringfence"
	}, markdown);
	if (!result.ok) return warn(result.error);
	process.stdout.write(`ringfence: pull request comment ${result.action}${result.url ? `: ${result.url}` : ""}\n`);
	setOutput("comment-url", result.url);
}
process.exitCode = await main();
export {};
