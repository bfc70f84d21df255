// Placeholder replaced by the interactive view (ink); see reporters/interactive/.
import type { Comparison } from '../../src/model/comparison.js';
import type { Report } from '../../src/model/report.js';

export async function runInteractive(_input: { report?: Report; comparison?: Comparison }): Promise<void> {
  throw new Error('the interactive view is not built yet');
}
