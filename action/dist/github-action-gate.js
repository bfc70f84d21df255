// dist/src/cli/github-action-gate.js
const raw = (process.env["RINGFENCE_EXIT_CODE"] ?? "").trim();
const code = /^[0-2]$/.test(raw) ? Number(raw) : 2;
const gate = process.env["RINGFENCE_GATE"] ?? "error";
if (code === 0 && gate === "part") process.stdout.write("ringfence: part written; the job that merges the parts applies the gate\n");
else if (code === 0) process.stdout.write("ringfence: gate passed\n");
else if (raw !== String(code)) process.stdout.write("::error::ringfence: the check step did not finish (no exit code); see its log\n");
else {
	const why = gate === "failed" ? "the gate failed (see the job summary for the reasons)" : "an input, rule or standard problem made the check incomplete (see the annotations)";
	process.stdout.write(`::error::ringfence: ${why}\n`);
}
process.exitCode = code;
export {};
