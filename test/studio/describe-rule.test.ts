import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/domain';
import { describeAppliesTo, describeEffect, describeRule } from '../../src/studio/describe-rule';
import { filterRules, NO_FILTER, ruleTopics } from '../../src/studio/filter-rules';
import { defaultRuleSet } from '../helpers/rules';

function rule(id: string): Rule {
  const r = defaultRuleSet.rules.find((c) => c.rule.id === id)?.rule;
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

describe('describeRule', () => {
  it.each([
    ['hipaa-no-baa-excluded', "When HIPAA applies and the use case's data sensitivity is health and the option has no BAA: exclude"],
    ['audience-customer-facing-safety', "When the use case's audience is customer-facing: -8 quality"],
    ['fine-tuning-open-weights', 'When the use case needs fine-tuning: +8 quality'],
    ['hipaa-sign-baa', "When HIPAA applies and the use case's data sensitivity is health: obligation (HIPAA)"],
    ['ops-run-serving-stack', 'Always: obligation (operations)'],
    ['quality-benchmark-gap', "Always: quality points: the option's quality as a percentage of the best option's − 50"],
    ['lifecycle-deprecated', 'When the days until the option retires is set and the days until the option retires is above 0: exclude'],
  ])('%s', (id, expected) => {
    expect(describeRule(rule(id))).toBe(expected);
  });

  it('gives the points a score rule gave this time, rounded', () => {
    expect(describeEffect(rule('quality-benchmark-gap'), 37.25)).toBe('+37.3 quality');
    expect(describeEffect(rule('quality-benchmark-gap'), -4)).toBe('-4 quality');
  });
});

describe('describeAppliesTo', () => {
  it.each([
    [undefined, 'every option'],
    [{ weights: ['open'] }, 'open-weights options'],
    [{ deployment: ['api', 'managed'] }, 'API or managed options'],
    [{ deployment: ['self-hosted'], modelIds: ['mistral-large-2'] }, 'self-hosted options of Mistral Large 2 (2407)'],
    [{ optionIds: ['llama-3.3-70b-together'] }, 'options among Llama 3.3 70B Instruct (managed: Together AI)'],
    [{ channels: ['bedrock', 'vertex'] }, 'options bought through Amazon Bedrock or Google Vertex AI'],
    [{ modelIds: ['no-such-model'] }, 'options of no-such-model'],
  ] as const)('%j', (selector, expected) => {
    expect(describeAppliesTo(selector as Parameters<typeof describeAppliesTo>[0], defaultRuleSet)).toBe(expected);
  });
});

describe('filterRules', () => {
  const all = defaultRuleSet.rules;

  it('keeps every rule without a filter, and narrows by topic, effect and search', () => {
    expect(filterRules(all, NO_FILTER)).toHaveLength(all.length);
    const hipaa = filterRules(all, { ...NO_FILTER, topic: 'regulation-hipaa' });
    expect(hipaa.length).toBeGreaterThan(0);
    expect(hipaa.every((r) => r.topic === 'regulation-hipaa')).toBe(true);
    const exclusions = filterRules(hipaa, { ...NO_FILTER, effect: 'exclude' });
    expect(exclusions.map((r) => r.rule.id)).toEqual(['hipaa-no-baa-excluded']);
  });

  it('searches ids, texts and source ids, case-insensitively, every word', () => {
    const source = rule('hipaa-no-baa-excluded').sources[0] ?? '';
    expect(filterRules(all, { ...NO_FILTER, search: source.toUpperCase() }).some((r) => r.rule.id === 'hipaa-no-baa-excluded')).toBe(true);
    expect(filterRules(all, { ...NO_FILTER, search: 'HIPAA baa excluded' }).map((r) => r.rule.id)).toEqual(['hipaa-no-baa-excluded']);
    expect(filterRules(all, { ...NO_FILTER, search: 'no such words anywhere' })).toEqual([]);
  });

  it('lists the topics in pack order', () => {
    const topics = ruleTopics(all);
    expect(new Set(topics).size).toBe(topics.length);
    expect(topics[0]).toBe(all[0]?.topic);
  });
});
