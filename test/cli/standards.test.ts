import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { runCli } from '../helpers.js';

const profile = 'standards/kdus-critical-infrastructure/1.1.yaml';

function report(args: string[]): Report {
  return JSON.parse(runCli(['check', ...args, '--as-of', '2026-11-25', '--format', 'json']).stdout) as Report;
}

describe('the bundled standards', () => {
  it.each([
    ['standards/kdus/1.1.yaml', 'docs/standards/kdus-1.1.md'],
    [profile, 'docs/standards/kdus-critical-infrastructure-1.1.md'],
  ])('%s: the committed reference page is current', (standard, page) => {
    const r = runCli(['docs', standard, '-o', page, '--check']);
    expect(r.stdout).toBe(`${page} is up to date\n`);
    expect(r.code).toBe(0);
  });

  it('the critical-infrastructure profile extends KDUS and is stricter on real content', () => {
    const lint = runCli(['lint-standard', profile]);
    expect(lint.stdout).toMatch(/^KDUS-CI 1\.1\.0 \(extends KDUS@1\.1\.0\): 11 areas, 64 controls, 64 rules; 0 errors/m);
    const base = report(['examples/vendors/aegis-exemplary.yaml']).subjects[0]!;
    const strict = report(['examples/vendors/aegis-exemplary.yaml', '--standard', profile]).subjects[0]!;
    const status = (s: typeof base, id: string) => s.controls.find((c) => c.id === id)!.status;
    // Bake times that meet the base standard do not meet the profile's doubled minimums.
    expect(status(base, 'KDUS-SR-04')).toBe('pass');
    expect(status(strict, 'KDUS-SR-04')).toBe('fail');
    expect(base.level).toBe(3);
    expect(strict.level).toBeLessThan(3);
    const r = report(['examples/vendors/aegis-exemplary.yaml', '--standard', profile]);
    const sr04 = r.standard.controls.find((c) => c.id === 'KDUS-SR-04')!;
    expect(sr04.params['minBakeMinutesCode']).toBe(2880);
    expect(sr04.rationale).toMatch(/Profile note \(KDUS-CI\): Bake times double/);
    expect(r.standard.grading.criticalCap).toBe('F');
  });
});
