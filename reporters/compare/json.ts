import type { CompareReporter } from './types.js';

/** The comparison as JSON (the full report it was built from is included under `report`). */
export const compareJson: CompareReporter = (c) => `${JSON.stringify(c, null, 2)}\n`;
