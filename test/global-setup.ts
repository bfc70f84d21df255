import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Tests write their files under test/.tmp (helpers.ts `tempDir`). A run starts by removing what earlier runs left
 * there, so the folder holds one run's files: enough to inspect after a failure, without growing run after run.
 */
export default function setup(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  rmSync(path.join(root, 'test', '.tmp'), { recursive: true, force: true });
}
