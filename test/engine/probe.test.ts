import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain';
import type { RuleResult, RuleSet } from '../../src/engine';
import { DIRTY_PATHS, type DirtySet } from '../../src/engine/dirty-set';
import { rank, type UseCaseEvaluation } from '../../src/engine/evaluate';
import { createEvaluator, type ProbeInput } from '../../src/engine/evaluator';
import { readsDirty } from '../../src/engine/stale';
import { evaluateTraced } from '../../src/engine/trace';
import { answersArb } from '../helpers/arbitraries';
import { poolsArb } from '../helpers/pools';
import { bigRuleFiles } from '../helpers/big-pack';
import { compileOrThrow, defaultRuleSet } from '../helpers/rules';

// The changed facts sensitivity probes declare.
const VOLUME: DirtySet = 'volume';
const TEAM: DirtySet = 'team';

/** The engine's probe before it memoised expressions and replayed sums, written out plainly as the reference. */
function referenceProbe(rs: RuleSet, { before, dirty: set, ...input }: ProbeInput) {
  const dirty = DIRTY_PATHS[set];
  const fresh = evaluateTraced(rs, input);
  const sums = before.options.map((o) => ({ ...o.sums }));
  const exclusions = before.options.map((o) => o.exclusions);
  const stale: [RuleSet['rules'][number], number][] = [];
  const effect = (r: RuleResult | undefined) => (r?.fired ? (r.rule.rule.effect === 'score' ? (r.points ?? 0) : 1) : 0);
  for (const rule of rs.rules) {
    if (rule.scope !== 'use-case' || !readsDirty(rule.paths, dirty)) continue;
    const conditionDirty = rule.conditions.map((c) => readsDirty(c.paths, dirty));
    rule.selects.forEach((selected, i) => {
      if (!selected) return;
      const old = before.options[i]?.byRule[rule.order];
      // A result that failed on a condition reading no changed fact stands (the engine's `keeps`).
      if (old && !old.fired && old.error === undefined && old.failedAt !== undefined && !conditionDirty[old.failedAt]) return;
      stale.push([rule, i]);
      const r = rule.rule;
      const sum = sums[i] as Record<string, number>;
      if (old?.fired && r.effect === 'score') sum[r.dimension] = (sum[r.dimension] as number) + -1 * (old.points ?? 0);
      if (old?.fired && r.effect === 'exclude') exclusions[i] = (exclusions[i] as number) - 1;
    });
  }
  for (const [rule, i] of stale) {
    const r = rule.rule;
    const now = effect(fresh.options[i]?.byRule[rule.order]);
    if (r.effect === 'exclude' && now === 1) exclusions[i] = (exclusions[i] as number) + 1;
    else if (r.effect === 'score' && now !== 0) {
      const sum = sums[i] as Record<string, number>;
      sum[r.dimension] = (sum[r.dimension] as number) + now;
    }
  }
  return before.options.map((_, i) => ({ sums: sums[i], exclusions: exclusions[i] }));
}

const changeArb = fc.oneof(
  fc.double({ min: 0.01, max: 100, noNaN: true }).map((f) => ({
    dirty: VOLUME,
    apply: (a: Answers): Answers => ({
      ...a,
      useCases: a.useCases.map((u, i) => (i === 0 ? { ...u, monthlyTokens: u.monthlyTokens * f } : u)),
    }),
  })),
  fc
    .record({
      mlEngineers: fc.constantFrom(0, 1, 2, 3, 4, 5, 8, 15, 50),
      mlopsMaturity: fc.constantFrom('none', 'basic', 'advanced'),
      gpuAccess: fc.constantFrom('none', 'cloud', 'on-prem'),
    } as const)
    .map((team) => ({ dirty: TEAM, apply: (a: Answers): Answers => ({ ...a, team: { ...a.team, ...team } }) })),
);

const ranking = (e: UseCaseEvaluation) =>
  e.options.map((o) => ({ dimensions: o.dimensions, excluded: o.excluded, cost: o.derived.monthlyCostUsd }));
const firedIds = (e: UseCaseEvaluation) => e.options.map((o) => o.fired.map((r) => `${r.rule.rule.id}:${r.points ?? ''}`));

describe('sensitivity probes add up to the same bits as the plain re-run they replace', () => {
  for (const [name, rs, runs] of [
    ['default pack', defaultRuleSet, 60],
    ['generated 1,000-rule pack', compileOrThrow(bigRuleFiles(1000)), 12],
  ] as const) {
    it(`${name}: a probe of a pooled re-run equals the reference probe, unrounded`, () => {
      fc.assert(
        fc.property(answersArb(1), poolsArb(rs), poolsArb(rs), changeArb, (a, firstPools, pools, change) => {
          const evaluator = createEvaluator(rs);
          const first = evaluator.useCase({ answers: a, index: 0, pools: firstPools });
          // A pooled re-run, as recommend's second pass makes: options whose costs did not move keep their evaluation.
          const before = evaluator.useCase({ answers: a, index: 0, pools, previous: { evaluation: first, dirty: 'pools' } });
          const fresh = createEvaluator(rs).useCase({ answers: a, index: 0, pools });
          expect(ranking(before)).toEqual(ranking(fresh));
          expect(firedIds(before)).toEqual(firedIds(fresh));
          const b = change.apply(a);
          const input: ProbeInput = { answers: b, index: 0, pools, before, dirty: change.dirty };
          const probe = evaluator.probe(input);
          const reference = referenceProbe(rs, input);
          expect(probe.options.map((o) => ({ sums: o.sums, exclusions: o.exclusions }))).toStrictEqual(reference);
          const picked = rank(probe, b.priorities, rs.scoring.feasibilityWeight)[0]?.o.facts.id ?? null;
          expect(evaluator.probePick(input)).toBe(picked);
        }),
        { numRuns: runs },
      );
    });
  }

  it('sharing answer-level values between use cases and their probes changes no score', () => {
    const rs = defaultRuleSet;
    const totals = (e: UseCaseEvaluation) => e.options.map((o) => ({ sums: o.sums, exclusions: o.exclusions }));
    fc.assert(
      fc.property(answersArb(3), changeArb, (a, change) => {
        // One evaluator for every use case shares their answer-level values; one per use case shares nothing.
        const shared = createEvaluator(rs);
        const b = change.apply(a);
        a.useCases.forEach((_, i) => {
          const own = createEvaluator(rs);
          const alone = own.useCase({ answers: a, index: i, pools: new Map() });
          const together = shared.useCase({ answers: a, index: i, pools: new Map() });
          expect(ranking(together)).toEqual(ranking(alone));
          expect(firedIds(together)).toEqual(firedIds(alone));
          const probe = { answers: b, index: i, pools: new Map(), dirty: change.dirty };
          expect(totals(shared.probe({ ...probe, before: together }))).toStrictEqual(totals(own.probe({ ...probe, before: alone })));
        });
      }),
      { numRuns: 40 },
    );
  });
});
