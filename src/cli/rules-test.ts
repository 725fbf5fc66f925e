import { checkScenario, type ScenarioFailure } from '../engine';
import { endQuietlyOnClosedPipe, parseArgs } from './args';
import { formatRuleProblem, loadRuleSet, readScenario, rulesDir, scenarioNames } from './rule-dir';

/** How a failure prints: what was expected, what came out and the rules behind it. */
function failureText(f: ScenarioFailure): string {
  let text = `  ${f.where}\n    expected: ${f.expected}\n    actual:   ${f.actual}\n`;
  const d = f.difference;
  if (d?.expectedOptionId && d.actualOptionId) {
    const gap = Math.round(((d.expectedScore ?? 0) - (d.actualScore ?? 0)) * 10) / 10;
    text += `    best option meeting the expectation: ${d.expectedOptionId}, score ${d.expectedScore ?? '?'}, ${Math.abs(gap)} ${gap < 0 ? 'behind' : 'ahead of'} ${d.actualOptionId}\n`;
  } else if (d) text += '    no eligible option meets the expectation\n';
  if (f.rules.length) {
    const heading = d?.expectedOptionId
      ? "rules that made the difference, largest first (points each option got on the rule's dimension; what that weighs in the total score, expected minus recommended):"
      : d
        ? 'rules that made the difference (exclusions of the options meeting the expectation):'
        : 'rules behind the outcome:';
    text += `    ${heading}\n${f.rules.map((r) => `      ${r}`).join('\n')}\n`;
  }
  return text;
}

/**
 * Runs the scenarios the manifest lists (every file in <rules>/scenarios when it lists none); prints what
 * failed, what came out and which rules made the difference. Exit 0 when all pass, 1 when one fails, 3 when the
 * rule pack is invalid.
 */
export function main(argv: readonly string[], out: (s: string) => void): number {
  const { flags } = parseArgs(argv);
  const dir = rulesDir(flags);
  const loaded = loadRuleSet(dir);
  if ('problems' in loaded) {
    for (const p of loaded.problems) out(`${formatRuleProblem(dir, p)}\n`);
    return 3;
  }
  let failed = 0;
  let passed = 0;
  for (const name of scenarioNames(dir, loaded.ruleSet.manifest)) {
    const read = readScenario(dir, name);
    if ('problems' in read) {
      out(`FAIL ${name}\n${read.problems.map((p) => `  ${formatRuleProblem(dir, p)}`).join('\n')}\n`);
      failed += 1;
      continue;
    }
    const failures = checkScenario(loaded.ruleSet, read.scenario);
    if (failures.length === 0) {
      passed += 1;
      out(`ok   ${name}: ${read.scenario.title}\n`);
      continue;
    }
    failed += 1;
    out(`FAIL ${name}: ${read.scenario.title}\n${failures.map(failureText).join('')}`);
  }
  out(`\n${passed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

if (process.argv[1]?.endsWith('rules-test.ts')) {
  endQuietlyOnClosedPipe();
  process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s));
}
