import { defaultStandardPath } from '../paths.js';
import { resolveStandard, StandardNameError } from '../standard/bundled.js';
import { UsageError } from './usage-error.js';

/**
 * The standard file a --standard value (or a command's standard argument) names: a bundled standard by name
 * (`kdus`, `kdus-ci`, `kdus@1.1`), a path, or the default (KDUS 1.1). An unknown name is a usage error.
 */
export function standardFile(value: string | undefined, flag = '--standard'): string {
  if (value === undefined) return defaultStandardPath;
  try {
    const r = resolveStandard(value);
    if (r.shadowed) process.stderr.write(`ringfence: ${flag} ${value} is the bundled standard ${r.bundled}; the file "${value}" here is not used (name it ./${value} to use it)\n`);
    return r.file;
  } catch (error) {
    if (error instanceof StandardNameError) throw new UsageError(error.message);
    throw error;
  }
}
