import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../reporters/markdown.js';
import { check } from '../../src/engine/check.js';
import { loadStandard } from '../../src/standard/standard.js';
import { root } from '../helpers.js';

describe('the Markdown summary', () => {
  const { standard, problems } = loadStandard(path.join(root, 'standards/kdus/1.0.yaml'));
  const report = check(standard!, problems, { paths: [path.join(root, 'examples')], asOf: '2026-11-25' });

  it('summarises itself to stay under the size limit it is given, keeping the table of documents', () => {
    const full = renderMarkdown(report, 1_000_000);
    expect(full).toContain('<details>');
    for (const limit of [20_000, 8_000, 3_000]) {
      const md = renderMarkdown(report, limit);
      expect(md.length).toBeLessThanOrEqual(limit);
      expect(md).toMatch(/^## ringfence · KDUS 1\.0\.0/);
      if (limit >= 8_000) for (const s of report.subjects) expect(md).toContain(s.file);
    }
  });

  it("stays under GitHub's comment limit for the examples", () => {
    expect(renderMarkdown(report, 60_000).length).toBeLessThanOrEqual(60_000);
  });
});
