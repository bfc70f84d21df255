/**
 * The GitHub Action's last step: fails the job as the check decided, after the SARIF upload has run.
 * Exit 1 when the gate failed, 2 when an input, rule or standard problem made the check incomplete.
 */
const code = Number(process.env['RINGFENCE_EXIT_CODE'] ?? '2');
const gate = process.env['RINGFENCE_GATE'] ?? 'error';
if (code === 0) {
  process.stdout.write('ringfence: gate passed\n');
} else {
  const why = gate === 'failed' ? 'the gate failed (see the job summary for the reasons)' : 'an input, rule or standard problem made the check incomplete (see the annotations)';
  process.stdout.write(`::error::ringfence: ${why}\n`);
}
process.exitCode = Number.isInteger(code) && code >= 0 && code <= 2 ? code : 2;
