import { describe, expect, it } from 'vitest';
import { mergeOverlay, readOverlay } from '../../src/import/overlay/index.js';
import type { ForeignPosition, ImportedDeployment } from '../../src/import/types.js';
import { locate } from '../../src/load/locate.js';
import { loadInputText } from '../../src/load/read-inputs.js';
import { rangeFor } from '../../src/load/validate.js';
import { documentsOfImport } from '../../src/import/index.js';
import { kubernetes } from '../../src/import/kubernetes/index.js';

const at = (file: string, line: number, startColumn = 1, endColumn = 10): ForeignPosition => ({ file, range: { startLine: line, startColumn, endLine: line, endColumn } });

function imported(): ImportedDeployment {
  return {
    value: { apiVersion: 'ringfence.dev/v1', kind: 'DeploymentConfig', metadata: { product: 'Aegis Sentinel' }, hostGroups: [{ id: 'servers', hosts: 40 }], rings: [{ name: 'all', hostGroups: ['servers'] }] },
    positions: new Map([
      ['', at('main.tf', 1)],
      ['/metadata/product', at('main.tf', 3)],
      ['/hostGroups/0', at('main.tf', 7)],
      ['/hostGroups/0/hosts', at('main.tf', 8)],
      ['/rings', at('main.tf', 12)],
    ]),
    unknown: [{ pointer: '/metadata/organization', why: 'not in Terraform' }],
    sources: ['main.tf'],
  };
}

const overlayText = `apiVersion: ringfence.dev/v1
kind: DeploymentOverlay
metadata:
  organization: Example Bank
  product: Other Product
hostGroups:
  - id: servers
    hosts: 4000
    criticality: critical
  - id: severs
    criticality: low
recovery:
  fleetRecoveryObjectiveHours: 24
`;

describe('the overlay merge', () => {
  const { overlay, problems } = readOverlay(overlayText, 'overlay.yaml');

  it('reads a valid overlay', () => {
    expect(problems).toEqual([]);
    expect(overlay).toBeDefined();
  });

  const merged = mergeOverlay([imported()], overlay!);
  const doc = merged.documents[0]!;

  it('fills what the import did not map, with the overlay positions', () => {
    expect((doc.value['metadata'] as Record<string, unknown>)['organization']).toBe('Example Bank');
    expect(doc.positions.get('/metadata/organization')).toMatchObject({ file: 'overlay.yaml', range: { startLine: 4 } });
    expect(doc.positions.get('/recovery/fleetRecoveryObjectiveHours')).toMatchObject({ file: 'overlay.yaml', range: { startLine: 13 } });
    expect((doc.value['hostGroups'] as Record<string, unknown>[])[0]!['criticality']).toBe('critical');
    // What the overlay gave is no longer unknown.
    expect(doc.unknown).toEqual([]);
  });

  it('a value both give is an error at the overlay line, and the imported value stays', () => {
    expect((doc.value['metadata'] as Record<string, unknown>)['product']).toBe('Aegis Sentinel');
    expect((doc.value['hostGroups'] as Record<string, unknown>[])[0]!['hosts']).toBe(40);
    const conflicts = merged.problems.filter((p) => p.code === 'overlay-conflict');
    expect(conflicts.map((p) => [p.file, p.range?.startLine])).toEqual([
      ['overlay.yaml', 5],
      ['overlay.yaml', 8],
    ]);
    expect(conflicts[0]!.message).toContain('already mapped from main.tf:3');
  });

  it('an unknown host group is an error with did-you-mean, at the overlay line', () => {
    const p = merged.problems.find((x) => x.code === 'overlay-unknown-group')!;
    expect(p).toMatchObject({ file: 'overlay.yaml', range: { startLine: 10 } });
    expect(p.message).toContain('did you mean "servers"?');
    expect((doc.value['hostGroups'] as unknown[]).length).toBe(1);
  });

  it('the imported rings are never touched', () => {
    expect(doc.value['rings']).toEqual(imported().value['rings']);
  });
});

describe('locate', () => {
  it('a hand-written document: its own file and rangeFor, as before', () => {
    const text = 'apiVersion: ringfence.dev/v1\nkind: DeploymentConfig\nmetadata:\n  organization: A\n  product: B\n';
    const d = loadInputText(text, 'd.yaml').documents[0]!;
    for (const p of ['', '/metadata', '/metadata/product', '/rings/0/name']) {
      expect(locate(d, p)).toEqual({ file: 'd.yaml', range: rangeFor(d.locations, p), lines: d.lines });
    }
  });

  it('an imported document: the file and range of the pointer, or of its nearest ancestor', () => {
    const r = kubernetes.map([{ file: 'k8s/ds.yaml', text: 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: s\nspec:\n  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: 100%\n' }], { hosts: new Map([['s', 10]]) });
    expect(r.problems).toEqual([]);
    const group = { importer: 'kubernetes', documents: r.documents.map((d) => ({ value: d.value, positions: [...d.positions].map(([p, x]) => [p, x.file, x.range] as [string, string, typeof x.range]), sources: [...d.sources], unknown: [...d.unknown] })), lines: [['k8s/ds.yaml', []] as [string, string[]]] };
    const doc = documentsOfImport(group)[0]!;
    expect(locate(doc, '/rings/0/content/*/delayHours')).toMatchObject({ file: 'k8s/ds.yaml', range: { startLine: 8, startColumn: 7 } });
    expect(locate(doc, '/rings/0/content/*/nothing/here')).toMatchObject({ file: 'k8s/ds.yaml', range: { startLine: 8 } });
    expect(locate(doc, '/hostGroups/0/hosts')).toMatchObject({ range: { startLine: 8 } });
    expect(locate(doc, '/recovery')).toMatchObject({ file: 'k8s/ds.yaml', range: { startLine: 1 } });
  });
});
