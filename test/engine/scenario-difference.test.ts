import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScenarioFile, type Answers } from '../../src/domain';
import { checkScenario } from '../../src/engine';
import { defaultRuleSet } from '../helpers/rules';

const basic = JSON.parse(readFileSync('test/fixtures/answers-basic.json', 'utf8')) as Answers;
const clinic = ScenarioFile.parse(JSON.parse(readFileSync('rules/scenarios/hipaa-clinic-without-ml-team.json', 'utf8')));

const scenario = (answers: Answers, useCases: ScenarioFile['expect']['useCases']): ScenarioFile => ({
  title: 't',
  description: 'd',
  answers,
  expect: { useCases },
});

describe('a failing scenario names the rules that made the difference', () => {
  it('between the best option meeting the expectation and the recommended one, weighted as the total score weighs them', () => {
    const [failure, ...rest] = checkScenario(
      defaultRuleSet,
      scenario(basic, { 'internal-docs': { recommended: { weights: 'open', deployment: 'self-hosted' } } }),
    );
    expect(rest).toEqual([]);
    expect(failure).toMatchObject({
      where: 'useCases.internal-docs.recommended',
      expected: '{"weights":"open","deployment":"self-hosted"}',
      actual: expect.stringMatching(/^[\w.-]+-api \(score [\d.]+; runner-up /),
    });
    const d = failure?.difference;
    expect(d?.expectedOptionId).toMatch(/-self-hosted$/);
    expect(d?.actualOptionId).toMatch(/-api$/);
    const scores = d?.rules.filter((r) => r.effect === 'score') ?? [];
    expect(scores.length).toBeGreaterThan(3);
    for (const r of scores) expect(r.expectedPoints).not.toBe(r.actualPoints);
    // Largest first, and together they account for the gap (up to rounding, and clamping to 0..100 when it bites).
    const sizes = scores.map((r) => Math.abs(r.weighted ?? 0));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const sum = scores.reduce((s, r) => s + (r.weighted ?? 0), 0);
    expect(sum).toBeCloseTo((d?.expectedScore ?? 0) - (d?.actualScore ?? 0), 0);
    expect(failure?.rules[0]).toBe(
      `${scores[0]?.ruleId} (${scores[0]?.dimension}): ${scores[0]!.expectedPoints! > 0 ? '+' : ''}${scores[0]?.expectedPoints} for ${d?.expectedOptionId}, ${scores[0]!.actualPoints! > 0 ? '+' : ''}${scores[0]?.actualPoints} for ${d?.actualOptionId}; weighs ${scores[0]!.weighted! > 0 ? '+' : ''}${scores[0]?.weighted}`,
    );
  });

  it('names the exclusions when every option meeting the expectation is excluded', () => {
    const [failure] = checkScenario(defaultRuleSet, {
      ...clinic,
      expect: { useCases: { 'visit-note-summaries': { recommended: { modelId: 'mistral-large-3' } } } },
    });
    expect(failure?.difference).toEqual({
      expectedOptionId: null,
      actualOptionId: expect.stringMatching(/-api$/),
      actualScore: expect.any(Number),
      rules: [
        { ruleId: 'hipaa-no-baa-excluded', effect: 'exclude', optionId: 'mistral-large-3-api' },
        { ruleId: 'ops-self-hosted-no-engineers', effect: 'exclude', optionId: 'mistral-large-3-self-hosted' },
      ],
    });
    expect(failure?.rules).toEqual([
      'hipaa-no-baa-excluded: excluded mistral-large-3-api',
      'ops-self-hosted-no-engineers: excluded mistral-large-3-self-hosted',
    ]);
  });

  it('says no exclusion fired for the winner when every option was expected to be excluded', () => {
    const [failure] = checkScenario(defaultRuleSet, { ...clinic, expect: { useCases: { 'visit-note-summaries': { recommended: null } } } });
    expect(failure?.expected).toBe('nothing (every option excluded)');
    expect(failure?.rules[0]).toMatch(/^no exclusion fired for [\w.-]+-api$/);
    const noBaa = defaultRuleSet.options.filter((o) => !o.baaAvailable).map((o) => o.id);
    const line = failure?.rules.find((r) => r.startsWith('hipaa-no-baa-excluded: excluded '));
    expect(line?.replace('hipaa-no-baa-excluded: excluded ', '').split(', ').sort()).toEqual([...noBaa].sort());
  });

  it('a passing scenario has no failures', () => {
    expect(checkScenario(defaultRuleSet, clinic)).toEqual([]);
  });
});
