import { lintRuleSet } from '../engine';
import { parseArgs } from './args';
import { formatRuleProblem, loadRuleSet, rulesDir } from './rule-dir';

/** Validates and lints a rule directory; exit 0 only when clean, 3 when it has problems. */
export function main(argv: readonly string[], out: (s: string) => void): number {
  const { flags } = parseArgs(argv, new Set(['json']));
  const dir = rulesDir(flags);
  const loaded = loadRuleSet(dir);
  const problems = 'problems' in loaded ? loaded.problems : lintRuleSet(loaded.ruleSet);
  if (flags.get('json') === true) out(`${JSON.stringify({ ok: problems.length === 0, problems }, null, 2)}\n`);
  else if (problems.length === 0 && 'ruleSet' in loaded) {
    const rs = loaded.ruleSet;
    out(`${dir}: ${rs.id} ${rs.version}: ${rs.rules.length} rules, ${rs.options.length} options, ${rs.sources.size} sources: no problems\n`);
  } else for (const p of problems) out(`${formatRuleProblem(dir, p)}\n`);
  return problems.length === 0 ? 0 : 3;
}

if (process.argv[1]?.endsWith('rules-check.ts')) process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s));
