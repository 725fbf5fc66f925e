import { describe, expect, it } from 'vitest';
import { RULE_PACK_LIMITS, compileRuleSet, type RuleFiles } from '../../src/engine';
import { bigRuleFiles } from '../helpers/big-pack';
import { defaultRuleFiles } from '../helpers/rules';

type Pack = { rules: Record<string, unknown>[] };

function refused(files: RuleFiles) {
  const result = compileRuleSet(files);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

/** A condition `depth` operators deep, parsed from text as a rule file would be (building it recursively would overflow first). */
function deepCondition(depth: number): unknown {
  return JSON.parse(`${'{"!":['.repeat(depth)}true${']}'.repeat(depth)}`);
}

describe('rule pack limits', () => {
  it('allows the 5,000-rule benchmark pack', () => {
    expect(compileRuleSet(bigRuleFiles(5000)).ok).toBe(true);
  });

  it(`refuses more than ${RULE_PACK_LIMITS.rules} rules, naming the file that passes the limit, without compiling any`, () => {
    const files = bigRuleFiles(RULE_PACK_LIMITS.rules + 1);
    const started = performance.now();
    const problems = refused(files);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(problems).toEqual([
      {
        file: expect.stringMatching(/^packs\/[a-z-]+\.json$/),
        path: 'rules',
        message: expect.stringMatching(/^the packs hold 20,001 rules in all \(this file [\d,]+\); at most 20,000 are allowed$/),
      },
    ]);
  });

  it(`refuses more than ${RULE_PACK_LIMITS.packFiles} pack files, listed or given`, () => {
    const files = defaultRuleFiles();
    const names = Array.from({ length: 201 }, (_, i) => `extra-${i}.json`);
    for (const n of names) files.packs[n] = { topic: 'extra', rules: [] };
    (files.manifest as { packs: string[] }).packs.push(...names);
    const total = Object.keys(files.packs).length;
    expect(total).toBeGreaterThan(200);
    expect(refused(files)).toEqual([
      { file: 'manifest.json', path: 'packs', message: `lists ${total} pack files; at most 200 are allowed` },
      { file: 'packs', path: '(folder)', message: `holds ${total} pack files; at most 200 are allowed` },
    ]);
  });

  it('refuses a condition nested too deep, naming the rule, and never throws even 100,000 levels down', () => {
    for (const depth of [40, 100_000]) {
      const files = defaultRuleFiles();
      (files.packs['licensing.json'] as Pack).rules[2]!.when = deepCondition(depth);
      expect(refused(files)).toEqual([
        { file: 'packs/licensing.json', path: 'rules[2].when', message: 'nests objects and arrays more than 64 levels deep; simplify it' },
      ]);
    }
  });

  it('allows a condition 29 operators deep, and refuses deep nesting in the other files too', () => {
    const ok = defaultRuleFiles();
    (ok.packs['licensing.json'] as Pack).rules[0]!.when = { and: [{ var: 'organization.monthlyActiveUsers' }, deepCondition(29)] };
    expect(compileRuleSet(ok).ok).toBe(true);
    const files = defaultRuleFiles();
    (files.catalog as Record<string, unknown>).extra = JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`);
    expect(refused(files)).toEqual([
      { file: 'catalog.json', path: 'extra[0][0]', message: 'nests objects and arrays more than 64 levels deep; simplify it' },
    ]);
  });
});
