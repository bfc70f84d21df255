import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

// The benchmark is a script that prints figures; this only checks that it runs end to end and prints every one of
// them as a number, on batches too small for the figures to mean anything.
describe('npm run bench', () => {
  it('prints every figure it promises, each a number', { timeout: 620_000 }, () => {
    const out = execFileSync(process.execPath, [path.join(root, 'bench/run.mjs'), '--sizes', '10,30', '--runs', '1', '--pairs', '1', '--spin', '1000000', '--stream-max', '40', '--spectral-n', '3', '--shard-documents', '40'], {
      cwd: root,
      timeout: 600_000,
    }).toString();
    for (const line of [
      /node -e 0 +\d+ ms/,
      /ringfence check one\.yaml \(sarif\) +\d+ ms +ratio \d+\.\d\d×/,
      /ringfence check one\.yaml \(text\) +\d+ ms +ratio \d+\.\d\d×/,
      /a plain check loads \d+ ES modules and \d+ CommonJS ones \(packages: [^)]*\); readers, archive readers, linguist, importers among them: none$/m,
      /streamed, N=40: the engine alone \d+ ms \(\d+ docs\/s\), peak RSS \d+ MB: \d+\.\d\d× that at N=10 .*heap kept at the end \d+\.\d MB: \d+\.\d\d×/,
      /check aegis-exemplary\.yaml +\d+ ms +\d+\.\d\d× node -e 0$/m,
      /--evidence examples\/evidence\/aegis \(every artifact read\) +\d+ ms +\d+\.\d\d× node -e 0, \+-?\d+ ms/,
      /spectral lint one\.yaml \(full\) +\d+ ms +\d+\.\d\d× node/,
      /spectral lint one\.yaml \(built-in\) +\d+ ms +\d+\.\d\d× node/,
      /ringfence speed-up, one file: \d+\.\d× .*over the full ruleset, \d+\.\d× .*over built-in functions only/,
      /spectral lint <N files> \(built-in\) +\d+ +\d+ .*all 3 files linted/,
      /ringfence speed-up, 3 files, one thread: \d+\.\d× .*over the full ruleset, \d+\.\d× .*over built-in functions only/,
      /verdicts as ringfence's, built-in functions only: \d+ of \d+ \(document, control\) pairs/,
      /^ +10 +\d+ +\d+ +\d+ +\d+\.\d\d× +\d+ MB/m,
      /^ +30 +\d+ +\d+ +\d+ +\d+\.\d\d× +\d+ MB/m,
      /reading alone, N=30: ringfence's reader \d+ ms .* \d+\.\d× faster/,
      /linearity: time per document at N=30 is \d+\.\d\d× that at N=10/,
      /ringfence check, N=30, 2 worker threads +\d+ ms +\d+ ms +\d+\.\d\d× \(\d+\.\d\d–\d+\.\d\d\) +\d+\.\d\d → \d+\.\d\d +\d+\.\d\d×/,
      /ringfence check, N=30, 2 processes, half each +\d+ ms +\d+ ms +\d+\.\d\d×/,
      /yaml\.parseAllDocuments, N=30, 2 threads \(allocates\) +\d+ ms +\d+ ms +\d+\.\d\d×/,
      /an integer loop, 2 threads \(touches no memory\) +\d+ ms +\d+ ms +\d+\.\d\d×/,
      /one run +\d+\.\d s +peak (\d+ MiB|n\/a)( +cpu \d+\.\d s)? +exit \d/,
      /8 shards, one after another +\d+\.\d s +\d+\.\d\d× one run; slowest shard \d+\.\d s/,
      /merge +\d+\.\d s +peak (\d+ MiB|n\/a)( +cpu \d+\.\d s)? +parts \d+ MiB +exit \d/,
      /merged output identical to one run: yes/,
      /on paper, 8 runners side by side: slowest shard \+ merge = \d+\.\d s, \d+\.\d\d× faster than one run/,
      /threads: \d+\.\d\d× ≈ \(\d+\.\d\d \/ \d+\.\d\d cores busy\) \/ \d+\.\d\d× the CPU; at equal CPU two cores allow it at most 2 \/ \d+\.\d\d = \d+\.\d\d×/,
    ]) {
      expect(out).toMatch(line);
    }
    expect(out).not.toMatch(/NaN|Infinity|undefined/);
  }, 240_000);
});
