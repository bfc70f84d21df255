import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const uuid = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$/;

/** Every array in an OSCAL document must be non-empty, and every uuid a v4/v5 UUID. */
function walk(v: unknown, path: string, visit: (v: unknown, path: string) => void): void {
  visit(v, path);
  if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}/${i}`, visit));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}/${k}`, visit);
}

describe('OSCAL assessment results', () => {
  it('has the required shape: metadata, import-ap, a result per document, findings per applicable control', () => {
    const r = runCli(['check', 'examples/vendors', '--as-of', '2026-11-25', '--format', 'oscal']);
    const doc = JSON.parse(r.stdout) as { 'assessment-results': { uuid: string; metadata: Record<string, unknown>; 'import-ap': { href: string }; results: { uuid: string; title: string; description: string; start: string; 'reviewed-controls': unknown; findings: { target: { type: string; 'target-id': string; status: { state: string } }; 'related-observations'?: { 'observation-uuid': string }[] }[]; observations?: { uuid: string; methods: string[]; collected: string }[] }[] } };
    const ar = doc['assessment-results'];
    expect(ar.metadata).toMatchObject({ 'last-modified': '2026-11-25T00:00:00Z', 'oscal-version': '1.2.2' });
    expect(ar['import-ap'].href).toBe('standards/kdus/1.1.yaml');
    expect(ar.results).toHaveLength(4);
    for (const res of ar.results) {
      expect(res).toMatchObject({ start: '2026-11-25T00:00:00Z' });
      expect(res.title.length).toBeGreaterThan(0);
      expect(res['reviewed-controls']).toEqual({ 'control-selections': [{ 'include-all': {} }] });
      const observations = new Set((res.observations ?? []).map((o) => o.uuid));
      for (const f of res.findings) {
        expect(f.target.type).toBe('objective-id');
        expect(['satisfied', 'not-satisfied']).toContain(f.target.status.state);
        for (const o of f['related-observations'] ?? []) expect(observations.has(o['observation-uuid'])).toBe(true);
      }
      // TEST observations are findings; EXAMINE observations say what backs a control.
      for (const o of res.observations ?? []) expect([['TEST'], ['EXAMINE']]).toContainEqual(o.methods);
    }
    const exemplary = ar.results.find((x) => x.title.includes('aegis-exemplary'))!;
    expect(exemplary.findings.every((f) => f.target.status.state === 'satisfied')).toBe(true);
    // Its backing: the computed assurance on the result, and per passing control the evidence with its digest.
    const props = (x: unknown) => Object.fromEntries(((x as { props: { name: string; value: string }[] }).props ?? []).map((p) => [p.name, p.value]));
    expect(props(exemplary)).toMatchObject({ assurance: 'linked', 'declared-assurance': 'evidence_linked' });
    const backing = (exemplary.observations ?? []).filter((o) => o.methods[0] === 'EXAMINE') as unknown as { title: string; 'relevant-evidence': { href?: string; description: string }[] }[];
    expect(backing.length).toBeGreaterThan(10);
    const sr01 = backing.find((o) => o.title.startsWith('KDUS-SR-01:'))!;
    expect(sr01.title).toBe('KDUS-SR-01: backed linked');
    expect(sr01['relevant-evidence'][0]!.href).toMatch(/^https:\/\//);
    expect(sr01['relevant-evidence'][0]!.description).toMatch(/^\/updateChannels: linked, sha256 [0-9a-f]{64}$/);
    const borealis = ar.results.find((x) => x.title.includes('borealis'))!;
    expect(props(borealis)['assurance']).toBe('declared');
    walk(doc, '', (v, p) => {
      if (Array.isArray(v)) expect(v.length, p).toBeGreaterThan(0);
      if (p.endsWith('/uuid') || p.endsWith('-uuid')) expect(v, p).toMatch(uuid);
    });
    // Deterministic.
    expect(runCli(['check', 'examples/vendors', '--as-of', '2026-11-25', '--format', 'oscal']).stdout).toBe(r.stdout);
  });
});
