/**
 * The GitHub Action's last step: fails the job as the check decided, after the SARIF upload has run.
 * Exit 1 when the gate failed, 2 when an input, rule or standard problem made the check incomplete. Anything
 * but a plain 0, 1 or 2 from the check step (it did not finish, or its outputs are missing) is 2: never a pass.
 */
const raw = (process.env['RINGFENCE_EXIT_CODE'] ?? '').trim();
const code = /^[0-2]$/.test(raw) ? Number(raw) : 2;
const gate = process.env['RINGFENCE_GATE'] ?? 'error';
if (code === 0 && gate === 'part') {
  process.stdout.write('ringfence: part written; the job that merges the parts applies the gate\n');
} else if (code === 0) {
  process.stdout.write('ringfence: gate passed\n');
} else if (raw !== String(code)) {
  process.stdout.write('::error::ringfence: the check step did not finish (no exit code); see its log\n');
} else {
  const why = gate === 'failed' ? 'the gate failed (see the job summary for the reasons)' : 'an input, rule or standard problem made the check incomplete (see the annotations)';
  process.stdout.write(`::error::ringfence: ${why}\n`);
}
process.exitCode = code;
