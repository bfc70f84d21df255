import { capMessage, type Problem } from '../model/problem.js';
import { terminalSafe } from '../../reporters/sanitize.js';

/** `file:line:column: error: message [code]` — the shape editors and CI annotations recognise; the message capped. */
export function formatProblem(p: Problem): string {
  const where = p.file ? `${p.file}${p.range ? `:${p.range.startLine}:${p.range.startColumn}` : ''}: ` : '';
  return terminalSafe(`${where}${p.severity}: ${capMessage(p.message)} [${p.code}]`);
}
