import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

/** Mistyped commands and options get ringfence's own one-line message, with the likely meaning, and exit 2. */
describe('usage errors say what was probably meant', () => {
  it.each([
    [['check', 'examples', '--fail-onn', 'high'], 'ringfence: unknown option --fail-onn; did you mean --fail-on? (a value that starts with - goes after --)'],
    [['chek', 'examples'], 'ringfence: unknown command "chek"; did you mean "check"?; run `ringfence --help`'],
    [['check', 'examples', '--format'], 'ringfence: --format needs a value'],
    [['keygen', '--force=yes'], 'ringfence: --force takes no value'],
    [['compare', 'examples/vendors', '--standrd', 'x.yaml'], 'ringfence: unknown option --standrd; did you mean --standard? (a value that starts with - goes after --)'],
  ])('%j', (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
    expect(r.stderr).not.toMatch(/parseArgs|ERR_PARSE_ARGS|at .*\.js:\d+/);
  });

  it('an option with no likely meaning lists the command\'s options', () => {
    const r = runCli(['check', 'examples', '--zzz']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ringfence: unknown option --zzz; the options are --allow-empty, .*--as-of, .*--fail-on, .*--waivers \(a value that starts with - goes after --\)/);
  });
});
