import { compileRuleSet, type RuleProblem, type RuleSet } from '../engine';
import { readRuleFiles } from './load-rules';

/** Loads and compiles a rule directory, or returns its problems. */
export function loadRuleSet(dir: string): { ruleSet: RuleSet } | { problems: RuleProblem[] } {
  const { files, problems } = readRuleFiles(dir);
  if (!files) return { problems };
  const compiled = compileRuleSet(files);
  return compiled.ok ? { ruleSet: compiled.ruleSet } : { problems: compiled.problems };
}

/** `file: path: message`, with the file under the rule directory. @example formatRuleProblem('rules', p) */
export function formatRuleProblem(dir: string, p: RuleProblem): string {
  return `${dir.replace(/\/$/, '')}/${p.file}: ${p.path}: ${p.message}`;
}

/** The `--rules DIR` flag, or the default `rules` folder. @example rulesDir(parseArgs(['--rules', 'x']).flags) // 'x' */
export function rulesDir(flags: ReadonlyMap<string, string | true>): string {
  const dir = flags.get('rules');
  return typeof dir === 'string' ? dir : 'rules';
}
