import { statSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';
import { inputExtensions, skippedByScan } from '../load/read-inputs.js';
import { UsageError } from './usage-error.js';

/**
 * Refuses, before anything is read or written, a report file that would destroy or feed the run's inputs:
 * - one that is an input (`check v.yaml -f sarif=v.yaml`, a symbolic or hard link to it included), which
 *   opening the output would truncate before it is read;
 * - one with an input's ending inside a folder the run scans, which this or the next run would read as input.
 * Paths are compared as the file system resolves them (realpath and device/inode), not as they are spelt.
 */
export function refuseOutputsOverInputs(outputs: readonly { format: string; path?: string }[], inputs: readonly string[]): void {
  const scanned = inputs.flatMap((given) => {
    const st = statOrUndefined(given);
    return st ? [{ given, st, real: realpathSync(given) }] : [];
  });
  for (const out of outputs) {
    if (out.path === undefined) continue;
    const target = resolveTarget(out.path);
    const targetStat = statOrUndefined(out.path);
    for (const input of scanned) {
      if (input.st.isDirectory()) {
        const relative = path.relative(input.real, target);
        const inside = relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
        if (inside && inputExtensions.has(path.extname(target).toLowerCase()) && !relative.split(path.sep).some(skippedByScan)) {
          throw new UsageError(
            `--format ${out.format}=${out.path} would be written inside ${input.given}, which this run scans for inputs; write the report outside it, into a hidden folder, or with another file ending`,
          );
        }
      } else if (targetStat && targetStat.dev === input.st.dev && targetStat.ino === input.st.ino) {
        throw new UsageError(`--format ${out.format}=${out.path} is an input of this run (${input.given}); ringfence does not overwrite what it reads`);
      }
    }
  }
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** Where a path leads: the real path of its nearest existing ancestor, with the rest of the path appended. */
function resolveTarget(file: string): string {
  const rest: string[] = [];
  let at = path.resolve(file);
  for (;;) {
    try {
      return path.join(realpathSync(at), ...rest.reverse());
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return path.resolve(file);
      rest.push(path.basename(at));
      at = parent;
    }
  }
}
