import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ScenarioFile, formatProblem, parseWithProblems } from '../domain';
import { checkScenario } from '../engine';
import { parseArgs } from './args';
import { formatRuleProblem, loadRuleSet, rulesDir } from './rule-dir';

/** Runs every scenario in <rules>/scenarios; prints what failed, what came out and which rules decided it. */
export function main(argv: readonly string[], out: (s: string) => void): number {
  const { flags } = parseArgs(argv);
  const dir = rulesDir(flags);
  const loaded = loadRuleSet(dir);
  if ('problems' in loaded) {
    for (const p of loaded.problems) out(`${formatRuleProblem(dir, p)}\n`);
    return 3;
  }
  const folder = join(dir, 'scenarios');
  let failed = 0;
  let passed = 0;
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
    const file = join(folder, name);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      out(`FAIL ${file}: invalid JSON: ${(error as Error).message}\n`);
      failed += 1;
      continue;
    }
    const parsed = parseWithProblems(ScenarioFile, raw);
    if (!parsed.ok) {
      out(`FAIL ${file}\n${parsed.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`);
      failed += 1;
      continue;
    }
    const failures = checkScenario(loaded.ruleSet, parsed.data);
    if (failures.length === 0) {
      passed += 1;
      out(`ok   ${name}: ${parsed.data.title}\n`);
      continue;
    }
    failed += 1;
    out(`FAIL ${name}: ${parsed.data.title}\n`);
    for (const f of failures) {
      out(`  ${f.where}\n    expected: ${f.expected}\n    actual:   ${f.actual}\n`);
      if (f.rules.length) out(`    rules that scored or excluded:\n${f.rules.map((r) => `      ${r}`).join('\n')}\n`);
    }
  }
  out(`\n${passed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

if (process.argv[1]?.endsWith('rules-test.ts')) process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s));
