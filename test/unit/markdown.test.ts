import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownStreamOf, renderMarkdown } from '../../reporters/markdown.js';
import { renderWhole } from '../../reporters/stream-kit.js';
import { check } from '../../src/engine/check.js';
import { loadStandard } from '../../src/standard/standard.js';
// @ts-expect-error — a plain ES module shared with the benchmark
import { generate } from '../../bench/generate.mjs';
import { root, tempDir } from '../helpers.js';

describe('the Markdown summary', () => {
  const { standard, problems } = loadStandard(path.join(root, 'standards/kdus/1.1.yaml'));
  const report = check(standard!, problems, { paths: [path.join(root, 'examples')], asOf: '2026-11-25' });

  it('summarises itself to stay under the size limit it is given, keeping the table of documents', () => {
    const full = renderMarkdown(report, 1_000_000);
    expect(full).toContain('<details>');
    for (const limit of [20_000, 8_000, 3_000]) {
      const md = renderMarkdown(report, limit);
      expect(md.length).toBeLessThanOrEqual(limit);
      expect(md).toMatch(/^## ringfence · KDUS 1\.1\.0/);
      if (limit >= 8_000) for (const s of report.subjects) expect(md).toContain(s.file);
    }
  });

  it("stays under GitHub's comment limit for the examples", () => {
    expect(renderMarkdown(report, 60_000).length).toBeLessThanOrEqual(60_000);
  });
});

describe('the streamed Markdown summary', () => {
  const { standard, problems } = loadStandard(path.join(root, 'standards/kdus/1.1.yaml'));
  const dir = tempDir('markdown');
  (generate as (d: string, n: number, seed: number) => unknown)(dir, 300, 5);
  const reports = {
    examples: check(standard!, problems, { paths: [path.join(root, 'examples')], asOf: '2026-11-25' }),
    generated: check(standard!, problems, { paths: [dir, path.join(root, 'examples/deployments')], asOf: '2026-11-25', minScore: 95 }),
  };

  it('lets go of rows and details that cannot fit without changing a character, at any limit', () => {
    for (const report of Object.values(reports)) {
      for (const limit of [400, 2_000, 8_000, 20_000, 45_000, 60_000, 200_000, 2_000_000]) {
        const kept = renderWhole(report, { color: false }, markdownStreamOf(limit));
        expect(kept).toBe(renderWhole(report, { color: false }, markdownStreamOf(limit, true)));
        expect(kept.length).toBeLessThanOrEqual(limit);
      }
    }
    // The large batch goes through every branch: details at some limits, the plain summary, the cut summary.
    const texts = [8_000, 60_000, 2_000_000].map((l) => renderMarkdown(reports.generated, l));
    expect(texts[2]).toContain('<details>');
    expect(texts[0]).toContain('(truncated: the full report is in the JSON and SARIF outputs)');
    // 32 renders of 300 documents, each with its questions for the vendor: more than the default minute on a busy machine.
  }, 180_000);
});
