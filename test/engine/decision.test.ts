import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Choice, RecommendationV1, UseCaseResult } from '../../src/domain';
import {
  CLOSE_CALL_POINTS,
  decisionOf,
  dimensionShares,
  exclusionsByScope,
  pooledDependencyOf,
  premiumOf,
  recommend,
  runnerUpOf,
  sameModelChannels,
} from '../../src/engine';
import { totalScore } from '../../src/engine/evaluate';
import { round } from '../../src/engine/round';
import { channelWords, marginWords, pooledWords, premiumWords, weightWords } from '../../src/lib/decision-words';
import { answersArb } from '../helpers/arbitraries';
import { answers, defaultRuleSet, useCase } from '../helpers/rules';
import { loadPortfolio } from '../helpers/scenarios';

const scoring = { scoring: { baseline: 50, feasibilityWeight: 3, materialMonthlyUsd: 2000 } };

function choice(id: string, over: Partial<Choice> & { b?: Partial<Choice['scoreBreakdown']> } = {}): Choice {
  const { b, ...rest } = over;
  return {
    optionId: id,
    label: id.toUpperCase(),
    model: id,
    weights: 'closed',
    deployment: 'api',
    score: 70,
    monthlyCostUsd: 1000,
    standaloneMonthlyCostUsd: 1000,
    scoreBreakdown: { quality: 70, cost: 70, control: 70, feasibility: 70, ...b },
    ...rest,
  };
}

function result(pick: Choice | null, alternatives: Choice[], over: Partial<UseCaseResult> = {}): UseCaseResult {
  const margin = pick && alternatives[0] ? Math.round((pick.score - alternatives[0].score) * 10) / 10 : null;
  return {
    id: 'u',
    name: 'U',
    recommended: pick,
    alternatives,
    margin,
    closeCall: margin !== null && margin < CLOSE_CALL_POINTS,
    excluded: [],
    reasons: [],
    obligations: [],
    sensitivity: [],
    ...over,
  };
}

describe('margin and close call in the recommendation', { timeout: 30_000 }, () => {
  it('gives every use case the margin to its runner-up, and a close call below the pack threshold', () => {
    fc.assert(
      fc.property(answersArb(3), (a) => {
        const rec = recommend(defaultRuleSet, a);
        for (const u of rec.useCases) {
          const next = runnerUpOf(u);
          if (!u.recommended || !next) {
            expect(u.margin).toBeNull();
            expect(u.closeCall).toBe(false);
            continue;
          }
          // The margin is the weighted difference of the two options' dimensions, not of their rounded totals.
          const w = { ...a.priorities, feasibility: defaultRuleSet.scoring.feasibilityWeight };
          const dims = ['quality', 'cost', 'control', 'feasibility'] as const;
          const gap =
            dims.reduce((sum, k) => sum + (u.recommended!.scoreBreakdown[k] - next.scoreBreakdown[k]) * w[k], 0) /
            dims.reduce((sum, k) => sum + w[k], 0);
          expect(Math.abs((u.margin ?? 0) - Math.max(0, gap))).toBeLessThanOrEqual(0.005 + 1e-9);
          expect(Math.abs((u.margin ?? 0) - (u.recommended.score - next.score))).toBeLessThanOrEqual(0.1 + 1e-9);
          expect(u.margin).toBeGreaterThanOrEqual(0);
          // A pick at least as good on every dimension is separated by the rules, however small the margin.
          const dominates = dims.every((k) => u.recommended!.scoreBreakdown[k] >= next.scoreBreakdown[k]);
          expect(u.closeCall).toBe((u.margin ?? 0) < (defaultRuleSet.scoring.closeCallPoints ?? CLOSE_CALL_POINTS) && !dominates);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("names the duties only the equal choice would bring, in close calls alone, none of them the pick's", () => {
    fc.assert(
      fc.property(answersArb(3), (a) => {
        for (const u of recommend(defaultRuleSet, a).useCases) {
          const extra = u.equalChoiceObligations;
          if (!u.closeCall) {
            expect(extra).toBeUndefined();
            continue;
          }
          if (extra === undefined) continue;
          expect(extra.length).toBeGreaterThan(0);
          const own = new Set(u.obligations.map((o) => o.id));
          for (const o of extra) expect(own.has(o.id)).toBe(false);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('says what taking the equal choice does to the portfolio: the two prices apart when neither is self-hosted', () => {
    fc.assert(
      fc.property(answersArb(3), (a) => {
        const rec = recommend(defaultRuleSet, a);
        for (const u of rec.useCases) {
          const next = runnerUpOf(u);
          if (!u.closeCall || !u.recommended || !next) {
            expect(u.equalChoiceMonthlyChangeUsd).toBeUndefined();
            continue;
          }
          expect(u.equalChoiceMonthlyChangeUsd).toBeDefined();
          // The portfolio never costs less than nothing with the equal choice taken.
          expect(rec.portfolio.monthlyCostUsd + (u.equalChoiceMonthlyChangeUsd ?? 0)).toBeGreaterThanOrEqual(-0.01);
          if (u.recommended.deployment !== 'self-hosted' && next.deployment !== 'self-hosted')
            expect(u.equalChoiceMonthlyChangeUsd).toBeCloseTo(next.monthlyCostUsd - u.recommended.monthlyCostUsd, 1);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('re-forms the deployments: leaving a shared one leaves its cost to the use cases still on it', () => {
    // The air-gapped team: translation shares the gpt-oss-120b deployment with two other use cases, and its equal
    // choice, Qwen3.5, would need a deployment of its own.
    const a = loadPortfolio('defence-air-gapped');
    const rec = recommend(defaultRuleSet, a);
    const u = rec.useCases.find((x) => x.id === 'foreign-source-translation')!;
    const pick = u.recommended!;
    const next = runnerUpOf(u)!;
    expect([u.closeCall, pick.deployment, next.deployment]).toEqual([true, 'self-hosted', 'self-hosted']);
    const sharing = rec.useCases.filter((x) => x !== u && x.recommended?.optionId === pick.optionId);
    expect(sharing.length).toBeGreaterThan(0);
    // The shared deployment without translation, as the engine sizes it for the others on their own.
    const others = recommend(defaultRuleSet, { ...a, useCases: a.useCases.filter((x) => x.id !== u.id) });
    const without = others.useCases.find((x) => x.recommended?.optionId === pick.optionId)!.recommended!.selfHosting!.monthlyCostUsd;
    const expected = next.standaloneMonthlyCostUsd + without - pick.selfHosting!.monthlyCostUsd;
    expect(u.equalChoiceMonthlyChangeUsd).toBeCloseTo(expected, 1);
    // The two prices alone would understate it by translation's share of the deployment it leaves.
    expect(u.equalChoiceMonthlyChangeUsd! - (next.monthlyCostUsd - pick.monthlyCostUsd)).toBeGreaterThan(1000);
  });

  it('gives the margin unrounded (8.6 quality points weighted 3 of 13 is 1.98, not 2.0), and calls no close call where the pick is as good on everything', () => {
    // The APAC store: Claude Haiku 5.5 and GPT-6 Luna cost the same; Haiku leads on quality alone, so the rules do
    // separate them although the margin is under the threshold.
    const rec = recommend(defaultRuleSet, loadPortfolio('apac-multilingual-store'));
    for (const u of rec.useCases) {
      const next = runnerUpOf(u)!;
      expect(round(u.recommended!.score - next.score, 1)).toBe(2);
      expect(u.margin).toBe(1.98);
      expect(u.margin).toBeLessThan(defaultRuleSet.scoring.closeCallPoints ?? CLOSE_CALL_POINTS);
      expect(u.recommended!.scoreBreakdown.quality).toBeGreaterThan(next.scoreBreakdown.quality);
      expect(u.closeCall).toBe(false);
    }
    // Where the runner-up is better on something, a margin under the threshold is a close call: the hospital's notes.
    const notes = recommend(defaultRuleSet, loadPortfolio('us-hospital-hipaa')).useCases[0]!;
    expect(notes.margin).toBeLessThan(defaultRuleSet.scoring.closeCallPoints ?? CLOSE_CALL_POINTS);
    expect(notes.closeCall).toBe(true);
  });

  it('reads the threshold from the manifest', () => {
    const a = answers({ useCases: [useCase()] });
    const base = recommend(defaultRuleSet, a).useCases[0]!;
    expect(base.margin).not.toBeNull();
    const wide = recommend({ ...defaultRuleSet, scoring: { ...defaultRuleSet.scoring, closeCallPoints: 20 } }, a).useCases[0]!;
    const none = recommend({ ...defaultRuleSet, scoring: { ...defaultRuleSet.scoring, closeCallPoints: 0 } }, a).useCases[0]!;
    expect(wide.closeCall).toBe((base.margin ?? 0) < 20);
    expect(none.closeCall).toBe(false);
  });
});

describe('what decided a pick', () => {
  const weights = { quality: 5, cost: 2, control: 3, feasibility: 3 };

  it('weighs each dimension difference by its weight over the sum, and they add up to the gap in total scores', () => {
    const dims = fc.record({
      quality: fc.integer({ min: 0, max: 100 }),
      cost: fc.integer({ min: 0, max: 100 }),
      control: fc.integer({ min: 0, max: 100 }),
      feasibility: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(dims, dims, (da, db) => {
        const p = { quality: 5, cost: 2, control: 3 };
        const a = choice('a', { b: da, score: totalScore(da, p, 3) });
        const b = choice('b', { b: db, score: totalScore(db, p, 3) });
        const shares = dimensionShares(a, b, weights);
        const sum = shares.reduce((s, x) => s + x.weighted, 0);
        expect(Math.abs(sum - (a.score - b.score))).toBeLessThan(0.35);
        for (let i = 1; i < shares.length; i++) expect(shares[i - 1]!.weighted).toBeGreaterThanOrEqual(shares[i]!.weighted);
      }),
    );
  });

  it.each([
    {
      name: 'quality decides, cost favours the runner-up',
      a: { quality: 100, cost: 40 },
      b: { quality: 60, cost: 100 },
      by: 'quality',
      against: 'cost',
    },
    {
      name: 'cost decides, quality favours the runner-up',
      a: { quality: 60, cost: 100 },
      b: { quality: 70, cost: 40 },
      by: 'cost',
      against: 'quality',
    },
    { name: 'a tie on every dimension', a: {}, b: {}, by: null, against: null },
  ])('$name', ({ a, b, by, against }) => {
    const p = { quality: 5, cost: 2, control: 3 };
    const pick = choice('a', { b: a });
    const runner = choice('b', { b: b });
    const d = decisionOf(result(pick, [runner]), p, scoring)!;
    expect(d.ahead[0]?.dimension ?? null).toBe(by);
    expect(d.behind[0]?.dimension ?? null).toBe(against);
    if (d.behind[0]) expect(d.behind[0].points).toBeGreaterThan(0);
  });

  it('has no decision without a pick or without an alternative', () => {
    expect(decisionOf(result(null, []), { quality: 3, cost: 3, control: 3 }, scoring)).toBeNull();
    expect(decisionOf(result(choice('a'), []), { quality: 3, cost: 3, control: 3 }, scoring)).toBeNull();
  });

  it('says "too close to call" with both options as equal choices, or "a clear pick" with what decided it', () => {
    const p = { quality: 3, cost: 3, control: 3 };
    const close = decisionOf(result(choice('a', { score: 70.5, b: { cost: 80 } }), [choice('b', { score: 70 })]), p, scoring)!;
    expect(marginWords(close, 2)).toMatch(
      /^Too close to call: A leads B by 0\.5 points of 100, less than the 2 points that make a clear pick\. Treat the two as equal choices: A is ahead on cost/,
    );
    // The same model on another channel is no runner-up: the comparison is with the next model.
    const viaCloud = choice('a-cloud', { score: 70.4, model: 'a' });
    const other = decisionOf(result(choice('a', { score: 70.5 }), [viaCloud, choice('b', { score: 60 })]), p, scoring)!;
    expect(other.runnerUp.optionId).toBe('b');
    expect(channelWords(sameModelChannels(result(choice('a', { score: 70.5 }), [viaCloud]), 2))).toBe(
      'The same model is also offered as A-CLOUD at about the same score: choose the channel whose cloud, contract and regions you already have.',
    );
    const clear = decisionOf(result(choice('a', { score: 80, b: { quality: 100 } }), [choice('b', { score: 70 })]), p, scoring)!;
    expect(marginWords(clear, 2)).toBe(
      'A clear pick: A leads B by 10 points of 100: ahead on quality (30 points ahead, worth 7.5 points of the total).',
    );
  });

  it('names every dimension that carries the lead and every one against it, so the parts add up to the margin', () => {
    // Feasibility and cost both carry the lead; naming only the larger would leave its share above the whole margin.
    const p = { quality: 3, cost: 3, control: 3 };
    const pick = choice('a', { score: 64.8, b: { quality: 50, cost: 100, control: 70, feasibility: 100 } });
    const runner = choice('b', { score: 60, b: { quality: 80, cost: 70, control: 70, feasibility: 70 } });
    const d = decisionOf(result(pick, [runner]), p, scoring)!;
    expect(d.ahead.map((s) => s.dimension)).toEqual(['cost', 'feasibility']);
    expect(d.behind.map((s) => [s.dimension, s.weighted])).toEqual([['quality', 7.5]]);
    expect(marginWords(d, 2)).toBe(
      'A clear pick: A leads B by 4.8 points of 100: ahead on cost (30 points ahead, worth 7.5 points of the total) and feasibility (30 points ahead, worth 7.5 points of the total), behind on quality (30 points behind, worth 7.5 points of the total).',
    );
    // A share under half a point is not named beside a larger one, but a lead made only of small shares names its largest.
    const small = decisionOf(
      result(choice('a', { score: 70.3, b: { quality: 71, cost: 71 } }), [choice('b', { score: 70, b: { quality: 70, cost: 70 } })]),
      p,
      scoring,
    )!;
    expect(small.ahead.map((s) => s.dimension)).toEqual(['quality']);
  });
});

describe('what a dearer pick buys', () => {
  it('counts an extra as material as the cost score does: less money for a cost-first buyer, more for a quality-first one', () => {
    const u = result(choice('a', { monthlyCostUsd: 1_500, b: { quality: 95 } }), [
      choice('b', { monthlyCostUsd: 500, b: { quality: 65 } }),
    ]);
    expect(premiumOf(u, scoring, 3)).toBe(null);
    expect(premiumOf(u, scoring, 5)?.extraMonthlyUsd).toBe(1_000);
    const big = result(choice('a', { monthlyCostUsd: 9_000, b: { quality: 95 } }), [
      choice('b', { monthlyCostUsd: 3_000, b: { quality: 65 } }),
    ]);
    expect(premiumOf(big, scoring, 3)?.extraMonthlyUsd).toBe(6_000);
    expect(premiumOf(big, scoring, 1)).toBe(null);
  });

  it('compares with the cheapest option that reaches the quality floor, not with a model too weak for the work', () => {
    const weak = choice('weak', { monthlyCostUsd: 100, b: { quality: 0 } });
    const fair = choice('fair', { monthlyCostUsd: 3_000, b: { quality: 65 } });
    const u = result(choice('a', { monthlyCostUsd: 30_000, b: { quality: 95 } }), [fair, weak]);
    expect(premiumOf(u, scoring)?.cheapest.optionId).toBe('fair');
  });

  it.each([
    { name: 'ten times the cheapest, material', pick: 30_000, cheap: 3_000, premium: true },
    { name: 'twice the cheapest but only $500 more', pick: 1_000, cheap: 500, premium: false },
    { name: 'material but under twice', pick: 15_000, cheap: 10_000, premium: false },
    { name: 'the pick is the cheapest', pick: 1_000, cheap: 5_000, premium: false },
  ])('$name', ({ pick, cheap, premium }) => {
    const u = result(choice('a', { monthlyCostUsd: pick, b: { quality: 95, control: 60 } }), [
      choice('b', { monthlyCostUsd: cheap, b: { quality: 65 } }),
    ]);
    const p = premiumOf(u, scoring);
    expect(p !== null).toBe(premium);
    if (p) {
      expect(p.extraMonthlyUsd).toBe(pick - cheap);
      expect(p.buys).toEqual([{ dimension: 'quality', points: 30 }]);
      expect(premiumWords(p)).toBe(
        `Costs $27,000 a month more than B, the cheapest eligible option with a quality score of at least ${scoring.scoring.baseline} (10 times as much). The extra buys 30 points of quality, which your priorities weigh above the saving.`,
      );
    }
  });

  it('says only "the cheapest eligible option" when no alternative reaches the quality floor', () => {
    const u = result(choice('a', { monthlyCostUsd: 30_000, b: { quality: 95 } }), [
      choice('b', { monthlyCostUsd: 3_000, b: { quality: 20 } }),
    ]);
    const p = premiumOf(u, scoring)!;
    expect(p.qualityFloor).toBeNull();
    expect(premiumWords(p)).toMatch(/^Costs \$27,000 a month more than B, the cheapest eligible option \(10 times as much\)\./);
  });
});

describe('pooled self-hosting and exclusions for the whole portfolio', { timeout: 30_000 }, () => {
  const rec = (useCases: UseCaseResult[]): RecommendationV1 => ({
    schemaVersion: 1,
    ruleSet: { id: 'x', version: '1', hash: '0'.repeat(64) },
    useCases,
    portfolio: { monthlyCostUsd: 0, allProprietaryMonthlyCostUsd: 0, openWeightsTokenShare: 0, obligations: [], notes: [] },
  });
  const pooled = choice('oss', { deployment: 'self-hosted', weights: 'open', monthlyCostUsd: 1_592, standaloneMonthlyCostUsd: 11_271 });

  it('names the use cases a pooled cost depends on, and what it would cost alone', () => {
    const r = rec([
      result(pooled, [], { id: 'a', name: 'Translation' }),
      result(choice('api'), [], { id: 'b', name: 'Chat' }),
      result({ ...pooled, monthlyCostUsd: 9_679 }, [], { id: 'c', name: 'Customs documents' }),
    ]);
    const dep = pooledDependencyOf(r, 0)!;
    expect(dep.sharedWith.map((u) => u.name)).toEqual(['Customs documents']);
    expect(pooledWords(dep)).toBe(
      'This cost is a share of one self-hosted deployment that Customs documents also runs on. Run alone it would cost $11,271 a month instead of $1,592: the share holds only while that use case stays on it.',
    );
    expect(pooledDependencyOf(r, 1)).toBeNull();
  });

  it('finds the pooled dependencies of a real recommendation: every pooled pick shares its option with another use case', () => {
    fc.assert(
      fc.property(answersArb(3), (a) => {
        const r = recommend(defaultRuleSet, a);
        r.useCases.forEach((u, i) => {
          const dep = pooledDependencyOf(r, i);
          if (!dep) return;
          expect(u.recommended?.deployment).toBe('self-hosted');
          expect(dep.standaloneMonthlyCostUsd).toBeGreaterThan(dep.monthlyCostUsd);
          for (const other of dep.sharedWith)
            expect(r.useCases.find((x) => x.id === other.id)?.recommended?.optionId).toBe(u.recommended?.optionId);
        });
      }),
      { numRuns: 30 },
    );
  });

  it('splits exclusions into those every use case shares and each one own, losing no excluded option', () => {
    fc.assert(
      fc.property(answersArb(3), (a) => {
        const r = recommend(defaultRuleSet, a);
        const scopes = exclusionsByScope(r);
        const key = (e: { optionId: string; ruleId: string }) => `${e.optionId} ${e.ruleId}`;
        const everywhere = new Set(scopes.portfolio.map((e) => e.optionId));
        r.useCases.forEach((u, i) => {
          const own = scopes.useCases[i] ?? [];
          const all = new Set(u.excluded.map(key));
          // Each shared exclusion holds in this use case; each own one is this use case's, of an option not out everywhere.
          expect(scopes.portfolio.filter((e) => !all.has(key(e)))).toEqual([]);
          expect(own.filter((e) => !all.has(key(e)) || everywhere.has(e.optionId))).toEqual([]);
          // No excluded option is lost: it is listed here or for the whole portfolio.
          const listed = new Set([...own, ...scopes.portfolio].map((e) => e.optionId));
          expect(u.excluded.filter((e) => !listed.has(e.optionId))).toEqual([]);
        });
        if (r.useCases.length < 2) expect(scopes.portfolio).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('does not list again, under a use case, an option ruled out for every use case (the French public body)', () => {
    const r = recommend(defaultRuleSet, loadPortfolio('french-public-body'));
    const scopes = exclusionsByScope(r);
    const everywhere = new Set(scopes.portfolio.map((e) => e.optionId));
    // Llama 4 Maverick on Bedrock is out for every use case, and for one of them by a further rule too.
    expect(everywhere.has('llama-4-maverick-bedrock')).toBe(true);
    expect(r.useCases.some((u) => u.excluded.filter((e) => e.optionId === 'llama-4-maverick-bedrock').length > 1)).toBe(true);
    expect(scopes.useCases.flat().filter((e) => everywhere.has(e.optionId))).toEqual([]);
  });

  it('states the weights of the total with feasibility and its fixed weight', () => {
    expect(weightWords({ quality: 5, cost: 2, control: 3 }, 3)).toBe(
      'The total weighs quality 5, cost 2, control 3 (your priorities) and feasibility 3 (fixed by the rule pack), out of 13 in all.',
    );
  });
});
