import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine';
import { diffRecommendations } from '../../src/studio/diff';
import { defaultRuleSet } from '../helpers/rules';
import { basicAnswers, exclusionOf, firstPick, packWith } from './studio-fixtures';

describe('diffRecommendations', () => {
  const before = recommend(defaultRuleSet, basicAnswers);

  it('finds no change between a pack and itself', () => {
    const diff = diffRecommendations(before, recommend(defaultRuleSet, basicAnswers));
    expect(diff.changed).toBe(false);
    expect(diff.useCases).toEqual([]);
  });

  it('names the new pick, the excluded option and the rule that did it, first', () => {
    const { ruleSet } = packWith(exclusionOf(firstPick));
    const diff = diffRecommendations(before, recommend(ruleSet, basicAnswers));
    expect(diff.changed).toBe(true);
    const first = diff.useCases.find((u) => u.id === basicAnswers.useCases[0]?.id);
    expect(first?.pickChanged).toBe(true);
    expect(first?.before?.optionId).toBe(firstPick);
    expect(first?.after?.optionId).not.toBe(firstPick);
    expect(first?.options.find((o) => o.optionId === firstPick)).toMatchObject({ after: null });
    expect(first?.rules[0]).toEqual({ ruleId: 'studio-test-exclusion', optionId: firstPick, before: null, after: 'excludes it' });
    // The new pick's obligations are reported as obligations, not as rules that changed.
    expect(first?.rules.filter((r) => [r.before, r.after].every((e) => e === null || e === 'obligation' || e === 'note'))).toEqual([]);
    expect(first?.monthlyCost.before).toBe(first?.before?.monthlyCostUsd);
    expect(first?.monthlyCost.after).toBe(first?.after?.monthlyCostUsd);
  });

  it('reports changed points of a score rule with before and after', () => {
    const { ruleSet } = packWith({
      id: 'studio-test-bonus',
      text: 'Test: a bonus',
      effect: 'score',
      dimension: 'quality',
      points: 7,
      when: { '==': [1, 1] },
      appliesTo: { optionIds: [firstPick] },
      sources: ['article-2026'],
    });
    const diff = diffRecommendations(before, recommend(ruleSet, basicAnswers));
    const first = diff.useCases.find((u) => u.id === basicAnswers.useCases[0]?.id);
    expect(first?.pickChanged).toBe(false);
    expect(first?.rules).toContainEqual({ ruleId: 'studio-test-bonus', optionId: firstPick, before: null, after: '+7 points' });
    const moved = first?.options.find((o) => o.optionId === firstPick);
    expect((moved?.after ?? 0) - (moved?.before ?? 0)).toBeGreaterThan(0);
  });
});
