import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswersInput, type Answers } from '../../src/domain';
import { recommend } from '../../src/engine';
import { answers, defaultRuleSet, useCase } from '../helpers/rules';

/** The hospital of the scenario at an eighth of its volume, doubling every year for five years. */
function growingHospital(): Answers {
  const scenario = JSON.parse(readFileSync('rules/scenarios/hipaa-hospital-self-hosts-gpu-host.json', 'utf8')) as { answers: unknown };
  const a = AnswersInput.parse(scenario.answers);
  return {
    ...a,
    useCases: a.useCases.map((u) => ({ ...u, monthlyTokens: Math.round(u.monthlyTokens / 8) })),
    planning: { horizonYears: 5, annualGrowth: 1 },
  };
}

describe('the multi-year projection', () => {
  it('is absent without a planning horizon', () => {
    expect(recommend(defaultRuleSet, answers()).portfolio).not.toHaveProperty('projection');
  });

  it("has one entry per year, year 1 being today's portfolio, the cumulative cost the running sum of twelve months a year", () => {
    const rec = recommend(defaultRuleSet, { ...answers(), planning: { horizonYears: 3, annualGrowth: 0.5 } });
    const p = rec.portfolio.projection!;
    expect(p.map((y) => y.year)).toEqual([1, 2, 3]);
    expect(p[0]).toMatchObject({
      monthlyCostUsd: rec.portfolio.monthlyCostUsd,
      allProprietaryMonthlyCostUsd: rec.portfolio.allProprietaryMonthlyCostUsd,
    });
    let sum = 0;
    let base = 0;
    for (const y of p) {
      sum += 12 * y.monthlyCostUsd;
      base += 12 * y.allProprietaryMonthlyCostUsd;
      expect(y.cumulativeCostUsd).toBeCloseTo(sum, 1);
      expect(y.cumulativeAllProprietaryCostUsd).toBeCloseTo(base, 1);
    }
    // Per-token picks scale with the volume: 1.5 times a year.
    expect(p[1]!.monthlyCostUsd).toBeGreaterThan(p[0]!.monthlyCostUsd);
  });

  it('shows the year self-hosting takes over as the volume grows, and names the pick then', () => {
    const p = recommend(defaultRuleSet, growingHospital()).portfolio.projection!;
    const first = p.findIndex((y) => y.changedPicks.length > 0);
    expect(first).toBeGreaterThan(0);
    expect(p.slice(0, first).every((y) => y.changedPicks.length === 0)).toBe(true);
    const change = p[first]!.changedPicks[0]!;
    expect(change.useCaseId).toBe('note-coding');
    expect(change.optionId).toMatch(/-self-hosted$/);
    expect(change.label).toMatch(/self-hosted/i);
  });

  it('is deterministic: the same answers give the same projection, byte for byte', () => {
    const a = growingHospital();
    expect(JSON.stringify(recommend(defaultRuleSet, a))).toBe(JSON.stringify(recommend(defaultRuleSet, a)));
  });

  it('with no growth every year costs the same; cumulative costs never fall', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.double({ min: -0.9, max: 3, noNaN: true }), (horizonYears, annualGrowth) => {
        const p = recommend(defaultRuleSet, { ...answers({ useCases: [useCase()] }), planning: { horizonYears, annualGrowth } }).portfolio
          .projection!;
        expect(p).toHaveLength(horizonYears);
        for (let i = 1; i < p.length; i += 1) expect(p[i]!.cumulativeCostUsd).toBeGreaterThanOrEqual(p[i - 1]!.cumulativeCostUsd);
        if (annualGrowth === 0) for (const y of p) expect(y.monthlyCostUsd).toBe(p[0]!.monthlyCostUsd);
      }),
      { numRuns: 12 },
    );
    const flat = recommend(defaultRuleSet, { ...answers(), planning: { horizonYears: 4, annualGrowth: 0 } }).portfolio.projection!;
    expect(new Set(flat.map((y) => y.monthlyCostUsd)).size).toBe(1);
  });
});
