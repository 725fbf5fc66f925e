import { readFileSync } from 'node:fs';
import type { Answers } from '../../src/domain';
import { recommend } from '../../src/engine';
import { compileRuleTexts } from '../../src/lib/rule-texts';
import { defaultRuleSet, defaultRuleTexts } from '../helpers/rules';

export const basicAnswers = JSON.parse(readFileSync('test/fixtures/answers-basic.json', 'utf8')) as Answers;

/** The option the default pack recommends for the first use case of the basic answers. */
export const firstPick = (() => {
  const id = recommend(defaultRuleSet, basicAnswers).useCases[0]?.recommended?.optionId;
  if (!id) throw new Error('the default pack recommends nothing for the basic answers');
  return id;
})();

/** A new exclusion rule, as JSON, that rules out `optionId` whatever the answers. */
export function exclusionOf(optionId: string, id = 'studio-test-exclusion'): Record<string, unknown> {
  return {
    id,
    text: `Test: rule out ${optionId}`,
    effect: 'exclude',
    when: { '==': [1, 1] },
    appliesTo: { optionIds: [optionId] },
    sources: ['article-2026'],
  };
}

/** The licensing pack's text with `rule` appended to its rules. */
export function licensingWith(rule: Record<string, unknown>, texts = defaultRuleTexts()): string {
  const pack = JSON.parse(texts['packs/licensing.json'] ?? '') as { rules: unknown[] };
  return `${JSON.stringify({ ...pack, rules: [...pack.rules, rule] }, null, 2)}\n`;
}

/** The default pack with `rule` added to the licensing pack, compiled. */
export function packWith(rule: Record<string, unknown>) {
  const texts = { ...defaultRuleTexts(), 'packs/licensing.json': licensingWith(rule) };
  const r = compileRuleTexts(texts);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return { texts, ruleSet: r.ruleSet };
}
