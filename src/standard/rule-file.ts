import path from 'node:path';
import { parseYamlText } from '../load/parse-yaml.js';
import { displayPath, readTextFile } from '../load/read-inputs.js';
import type { Problem } from '../model/problem.js';
import { compileRule, type RuleDefinition } from './rule.js';

export interface RuleFileResult {
  rule?: RuleDefinition;
  problems: Problem[];
  /** The file's text ('' when unreadable), for digests. */
  text: string;
}

/** Reads, validates and compiles one rule file; its name must match the file name. */
export function loadRuleFile(file: string): RuleFileResult {
  const shown = displayPath(file);
  const { text, problem } = readTextFile(file);
  if (problem) return { problems: [problem], text: '' };
  const parsed = parseYamlText(text!, shown);
  const doc = parsed.documents[0];
  if (!doc || parsed.documents.length > 1) {
    const extra: Problem[] =
      parsed.problems.length === 0 ? [{ severity: 'error', code: 'rule-schema', file: shown, message: 'a rule file must hold exactly one YAML document' }] : [];
    return { problems: [...parsed.problems, ...extra], text: text! };
  }
  const r = compileRule(doc, path.basename(file).replace(/\.ya?ml$/, ''));
  return { ...r, problems: [...parsed.problems, ...r.problems], text: text! };
}
