import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRuleSet, type RuleProblem, type RuleSet } from '../engine';
import { readRuleFiles } from './load-rules';
import { locate } from '../lib/json-positions';

/** Loads and compiles a rule directory, or returns its problems. */
export function loadRuleSet(dir: string): { ruleSet: RuleSet } | { problems: RuleProblem[] } {
  const { files, problems } = readRuleFiles(dir);
  if (!files) return { problems };
  const compiled = compileRuleSet(files);
  return compiled.ok ? { ruleSet: compiled.ruleSet } : { problems: compiled.problems };
}

/**
 * `file:line:column: path: message`, with the file under the rule directory, so that editors and terminals
 * link straight to the spot. The position is that of the JSON path (or of the syntax error); a file that cannot
 * be read gets no position.
 * @example formatRuleProblem('rules', p) // 'rules/packs/gdpr.json:12:7: rules[1].when: unknown fact "x"'
 */
export function formatRuleProblem(dir: string, p: RuleProblem): string {
  const file = `${dir.replace(/\/$/, '')}/${p.file}`;
  let text: string | null = null;
  try {
    text = readFileSync(join(dir, p.file), 'utf8');
  } catch {
    text = null;
  }
  if (text === null) return `${file}: ${p.path}: ${p.message}`;
  const { line, column } = locate(text, p.path);
  return `${file}:${line}:${column}: ${p.path}: ${p.message}`;
}

/** The `--rules DIR` flag, or the default `rules` folder. @example rulesDir(parseArgs(['--rules', 'x']).flags) // 'x' */
export function rulesDir(flags: ReadonlyMap<string, string | true>): string {
  const dir = flags.get('rules');
  return typeof dir === 'string' ? dir : 'rules';
}
