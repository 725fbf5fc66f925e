import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { Answers } from '../../src/domain';
import type { RuleSet } from '../../src/engine';
import { DIRTY_SETS, type DirtySet } from '../../src/engine/dirty-set';
import { rank, type UseCaseEvaluation, type UseCaseInput } from '../../src/engine/evaluate';
import { createEvaluator } from '../../src/engine/evaluator';
import { evaluateTraced } from '../../src/engine/trace';
import { answersArb } from './arbitraries';
import { poolsArb } from './pools';
import { pickOf } from './reference-evaluator';

/*
 * The traced evaluation (trace.ts) is the definition; the evaluator is the fast path. For any answers, each thing
 * the fast path does (a first evaluation, a re-run from a previous one, a probe and its pick, under every dirty set)
 * must give what the reference gives when run from scratch on the same input.
 */

type Priorities = Answers['priorities'];
type Change = (input: UseCaseInput) => UseCaseInput;

/** What a probe decides, per option: it carries no rule results and its sums are replayed, so only these. */
const decided = (e: UseCaseEvaluation) =>
  e.options.map((o) => ({
    id: o.facts.id,
    excluded: o.excluded,
    exclusions: o.exclusions,
    dimensions: o.dimensions,
    cost: o.derived.monthlyCostUsd,
  }));
/** What a full evaluation decides: the above, the unclamped sums to the bit, and every rule that fired with its points. */
const evaluated = (e: UseCaseEvaluation) =>
  e.options.map((o, i) => ({ ...decided(e)[i], sums: o.sums, fired: o.fired.map((r) => `${r.rule.rule.id}:${r.points ?? ''}`) }));
const ranked = (rs: RuleSet, e: UseCaseEvaluation, p: Priorities) =>
  rank(e, p, rs.scoring.feasibilityWeight).map((r) => `${r.o.facts.id}:${r.score}`);

/** A change of exactly the facts one dirty set names, for the use case at `input.index`. */
const changeArb = (rs: RuleSet, dirty: DirtySet): fc.Arbitrary<Change> => {
  switch (dirty) {
    case 'pools':
      return poolsArb(rs).map((pools) => (input) => ({ ...input, pools }));
    case 'volume':
      return fc.double({ min: 0.01, max: 100, noNaN: true }).map((f) => (input) => {
        const useCases = input.answers.useCases.map((u, i) => (i === input.index ? { ...u, monthlyTokens: u.monthlyTokens * f } : u));
        return { ...input, answers: { ...input.answers, useCases } };
      });
    case 'team':
      return fc
        .record({
          mlEngineers: fc.constantFrom(0, 1, 2, 3, 4, 5, 8, 15, 50),
          mlopsMaturity: fc.constantFrom('none', 'basic', 'advanced'),
          gpuAccess: fc.constantFrom('none', 'cloud', 'on-prem'),
        } as const)
        .map((team) => (input) => ({ ...input, answers: { ...input.answers, team: { ...input.answers.team, ...team } } }));
    case 'priorities':
      return fc
        .record({ cost: fc.integer({ min: 1, max: 5 }), quality: fc.integer({ min: 1, max: 5 }), control: fc.integer({ min: 1, max: 5 }) })
        .map((priorities) => (input) => ({ ...input, answers: { ...input.answers, priorities } }));
    case 'quality-control':
      return fc.record({ quality: fc.integer({ min: 1, max: 5 }), control: fc.integer({ min: 1, max: 5 }) }).map((weights) => (input) => ({
        ...input,
        answers: { ...input.answers, priorities: { ...input.answers.priorities, ...weights } },
      }));
  }
};

/** A few changes under every dirty set, so that each run exercises all of them and probes share a plan. */
const changesArb = (rs: RuleSet) =>
  fc.tuple(...DIRTY_SETS.map((dirty) => fc.array(changeArb(rs, dirty), { minLength: 1, maxLength: 3 }).map((list) => ({ dirty, list }))));

/**
 * The evaluator's properties against the traced reference, for one rule set: a first evaluation, a re-run from a
 * previous one and a probe with its pick, under every dirty set. Called inside a describe block.
 */
export function evaluatorProperties(name: string, rs: RuleSet, runs: number): void {
  it(`${name}: a first evaluation of every use case, under any pools`, () => {
    fc.assert(
      fc.property(answersArb(3), poolsArb(rs), (answers, pools) => {
        const evaluator = createEvaluator(rs);
        answers.useCases.forEach((_, index) => {
          const input = { answers, index, pools };
          const fast = evaluator.useCase(input);
          const reference = evaluateTraced(rs, input);
          expect(evaluated(fast)).toStrictEqual(evaluated(reference));
          expect(ranked(rs, fast, answers.priorities)).toEqual(ranked(rs, reference, answers.priorities));
        });
      }),
      { numRuns: runs },
    );
  });

  it(`${name}: a re-run from a previous evaluation, under every dirty set`, () => {
    fc.assert(
      fc.property(answersArb(2), poolsArb(rs), changesArb(rs), (answers, pools, changes) => {
        const evaluator = createEvaluator(rs);
        answers.useCases.forEach((_, index) => {
          const before = evaluator.useCase({ answers, index, pools });
          for (const { dirty, list } of changes) {
            const after = (list[0] as Change)({ answers, index, pools });
            const again = evaluator.useCase({ ...after, previous: { evaluation: before, dirty } });
            const reference = evaluateTraced(rs, after);
            expect(evaluated(again), dirty).toStrictEqual(evaluated(reference));
            expect(ranked(rs, again, after.answers.priorities)).toEqual(ranked(rs, reference, after.answers.priorities));
          }
        });
      }),
      { numRuns: runs },
    );
  });

  it(`${name}: probes and their picks under every dirty set, of a pooled re-run as recommend makes`, () => {
    fc.assert(
      fc.property(answersArb(2), poolsArb(rs), poolsArb(rs), changesArb(rs), (answers, firstPools, pools, changes) => {
        const evaluator = createEvaluator(rs);
        answers.useCases.forEach((_, index) => {
          const first = evaluator.useCase({ answers, index, pools: firstPools });
          const before = evaluator.useCase({ answers, index, pools, previous: { evaluation: first, dirty: 'pools' } });
          for (const { dirty, list } of changes) {
            for (const change of list) {
              const after = change({ answers, index, pools });
              const p = after.answers.priorities;
              const probe = evaluator.probe({ ...after, before, dirty });
              const reference = evaluateTraced(rs, after);
              expect(decided(probe), dirty).toEqual(decided(reference));
              expect(ranked(rs, probe, p)).toEqual(ranked(rs, reference, p));
              expect(evaluator.probePick({ ...after, before, dirty })).toBe(pickOf(rs, reference, p));
            }
          }
        });
      }),
      { numRuns: runs },
    );
  });
}
