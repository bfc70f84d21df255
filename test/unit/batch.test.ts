import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, evaluateDocuments } from '../../src/engine/check.js';
import { expandPaths, loadInputText, readTextFile } from '../../src/load/read-inputs.js';
import { loadStandard } from '../../src/standard/standard.js';
import { root, tempDir } from '../helpers.js';

const { standard, problems } = loadStandard(path.join(root, 'standards/kdus/1.1.yaml'));

/** The batch checked file by file (Batch) and the same documents checked all in memory must agree. */
function expectSameAsInMemory(dir: string): void {
  const streamed = check(standard, problems, { paths: [dir], asOf: '2026-11-25' });
  const documents = expandPaths([dir]).files.flatMap((f) => loadInputText(readTextFile(f).text!, path.relative(process.cwd(), f)).documents);
  const inMemory = evaluateDocuments(standard, documents, problems, { asOf: '2026-11-25' });
  expect(streamed.subjects.map((s) => [s.id, s.score, s.controls.map((c) => c.status).join()])).toEqual(inMemory.subjects.map((s) => [s.id, s.score, s.controls.map((c) => c.status).join()]));
  const deployments = streamed.subjects.filter((s) => s.kind === 'DeploymentConfig');
  expect(deployments.length).toBeGreaterThan(0);
  // Every deployment found its vendor's manifest: the vendor comparison ran.
  for (const d of deployments) expect(d.controls.find((c) => c.id === 'KDUS-DC-02')!.status, d.id).not.toBe('missing_evidence');
}

describe('a batch checked file by file', () => {
  it('pairs deployments with vendor manifests read before them (parsed again on demand, not kept)', () => {
    const dir = tempDir('batch-vendors-first');
    cpSync(path.join(root, 'examples/vendors'), `${dir}/a-vendors`, { recursive: true });
    cpSync(path.join(root, 'examples/deployments'), `${dir}/b-deployments`, { recursive: true });
    cpSync(path.join(root, 'examples/deployments'), `${dir}/c-deployments-again`, { recursive: true });
    expectSameAsInMemory(dir);
  });

  it('pairs deployments with vendor manifests several to a file, after a file of one (kept as a list and alone)', () => {
    const dir = tempDir('batch-vendors-together');
    const vendors = readdirSync(path.join(root, 'examples/vendors')).filter((f) => f.endsWith('.yaml')).sort();
    const texts = vendors.map((f) => readFileSync(path.join(root, 'examples/vendors', f), 'utf8'));
    writeFileSync(`${dir}/a-one-vendor.yaml`, texts[0]!);
    writeFileSync(`${dir}/b-all-vendors.yaml`, texts.map((t) => `---\n${t}`).join('\n'));
    cpSync(path.join(root, 'examples/deployments'), `${dir}/c-deployments`, { recursive: true });
    expectSameAsInMemory(dir);
  });

  it('pairs deployments with vendor manifests that come after them', () => {
    const dir = tempDir('batch-vendors-last');
    cpSync(path.join(root, 'examples/deployments'), `${dir}/a-deployments`, { recursive: true });
    cpSync(path.join(root, 'examples/vendors'), `${dir}/b-vendors`, { recursive: true });
    expectSameAsInMemory(dir);
  });
});

describe('evidence linked to a control', () => {
  it('links the evidence entries whose pointer contains, or lies within, what the control looked at', () => {
    const report = check(standard, problems, { paths: [path.join(root, 'examples/vendors/aegis-exemplary.yaml')], asOf: '2026-11-25' });
    const linked = Object.fromEntries(report.subjects[0]!.controls.map((c) => [c.id, c.linkedEvidence]));
    // An entry covers its pointer and everything under it; SR-01 reads each channel's rollout.strategy.
    expect(linked['KDUS-SR-01']).toEqual(['/updateChannels', '/updateChannels/0/rollout', '/updateChannels/1/rollout']);
    // CU-01 names no evidence path: its claim is the channel itself, which only the entry on all channels covers
    // (the entries on one channel's rollout lie within it, and are related, but do not back the whole channel).
    expect(linked['KDUS-CU-01']).toEqual(['/updateChannels', '/updateChannels/1/rollout']);
    expect(linked['KDUS-EH-02']).toEqual(['/components', '/components/2/contentParsing']);
    // CU-04 reads the first content channel (and testing.content): the entry on all channels covers it.
    expect(linked['KDUS-CU-04']).toEqual(['/updateChannels', '/updateChannels/1/rollout']);
  });
});
