import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStandard } from '../../src/standard/standard.js';
import { root, tempDir } from '../helpers.js';

const kdus = path.join(root, 'standards/kdus/1.1.yaml');

describe('loading standards', () => {
  it('loads KDUS 1.1: eleven areas, every control with a compiled rule', () => {
    const { standard, problems } = loadStandard(kdus);
    expect(problems).toEqual([]);
    expect(standard!.areas.map((a) => a.id)).toEqual(['SR', 'CU', 'RB', 'EH', 'TH', 'MS', 'KS', 'SI', 'CC', 'DC', 'TR']);
    const controls = standard!.areas.flatMap((a) => a.controls);
    expect(controls.length).toBeGreaterThanOrEqual(45);
    for (const c of controls) {
      expect(c.rule, c.id).toBeDefined();
      expect(c.rationale.length, c.id).toBeGreaterThan(100);
      expect(c.remediation.length, c.id).toBeGreaterThan(40);
      expect(c.references.length, c.id).toBeGreaterThan(0);
    }
    expect(standard!.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('extends a standard, overriding parameters, severity and level, disabling and adding controls', () => {
    const dir = tempDir('extends');
    writeFileSync(
      `${dir}/strict.yaml`,
      [
        'id: STRICT',
        'version: 1.0.0',
        'title: A stricter profile',
        `extends: ${path.relative(dir, kdus)}`,
        'overrides:',
        '  KDUS-SR-02: { params: { maxCanaryPct: 0.1 }, level: 1, severity: critical }',
        '  KDUS-TR-03: { enabled: false }',
        'grading: { bands: [{ grade: PASS, min: 95 }, { grade: FAIL, min: 0 }], criticalCap: FAIL }',
      ].join('\n'),
    );
    const { standard, problems } = loadStandard(`${dir}/strict.yaml`);
    expect(problems).toEqual([]);
    const controls = new Map(standard!.areas.flatMap((a) => a.controls).map((c) => [c.id, c]));
    const sr02 = controls.get('KDUS-SR-02')!;
    expect(sr02.params['maxCanaryPct']).toBe(0.1);
    expect(sr02.severity).toBe('critical');
    expect(sr02.weight).toBe(10);
    expect(sr02.capsGrade).toBe(true);
    expect(controls.has('KDUS-TR-03')).toBe(false);
    expect(standard!.extends).toEqual(['KDUS@1.1.0']);
    expect(standard!.grading.criticalCap).toBe('FAIL');
  });

  it('refuses an unbackedCap that is not one of the grade bands, at its position', () => {
    const dir = tempDir('unbacked-cap');
    writeFileSync(
      `${dir}/cap.yaml`,
      ['id: CAP', 'version: 1.0.0', 'title: Cap', `extends: ${path.relative(dir, kdus)}`, 'grading:', '  bands: [{ grade: PASS, min: 95 }, { grade: FAIL, min: 0 }]', '  criticalCap: FAIL', '  minimumAssurance: linked', '  unbackedCap: B'].join('\n'),
    );
    const { problems } = loadStandard(`${dir}/cap.yaml`);
    expect(problems.map((p) => [p.code, p.range?.startLine, p.message])).toEqual([['standard-schema', 9, 'unbackedCap "B" is not one of the grade bands']]);
  });

  it('reports an override of an unknown control and an unknown parameter at their positions', () => {
    const dir = tempDir('extends-bad');
    writeFileSync(
      `${dir}/bad.yaml`,
      ['id: BAD', 'version: 1.0.0', 'title: Bad', `extends: ${path.relative(dir, kdus)}`, 'overrides:', '  KDUS-SR-99: { level: 1 }', '  KDUS-SR-02: { params: { maxCanaryPtc: 0.1 } }'].join('\n'),
    );
    const { problems } = loadStandard(`${dir}/bad.yaml`);
    const unknownControl = problems.find((p) => p.code === 'standard-unknown-control')!;
    expect(unknownControl.range).toMatchObject({ startLine: 6, startColumn: 3 });
    const unknownParam = problems.find((p) => p.code === 'standard-unknown-param')!;
    expect(unknownParam.message).toMatch(/did you mean "maxCanaryPct"/);
  });
});
