import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain';
import type { DirtySet } from '../../src/engine/dirty-set';
import type { UseCaseEvaluation } from '../../src/engine/evaluate';
import { createEvaluator } from '../../src/engine/evaluator';
import { prepareLogic, runLogic } from '../../src/engine/logic';
import { answersArb } from '../helpers/arbitraries';
import { bigRuleFiles } from '../helpers/big-pack';
import { compileOrThrow, defaultRuleSet } from '../helpers/rules';

/** What ranking reads of an evaluation: per option, the dimensions and whether it is excluded. */
const scores = (e: UseCaseEvaluation) => e.options.map((o) => ({ id: o.facts.id, dimensions: o.dimensions, excluded: o.excluded }));
const fired = (e: UseCaseEvaluation) => e.options.map((o) => o.fired.map((r) => `${r.rule.rule.id}:${r.points ?? ''}`));

type Change = { dirty: DirtySet; apply: (a: Answers) => Answers };
// The changed facts sensitivity probes declare: a probe must match a full run under exactly these.
const VOLUME: DirtySet = 'volume';
const TEAM: DirtySet = 'team';

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.double({ min: 0.01, max: 100, noNaN: true }).map((f) => ({
    dirty: VOLUME,
    apply: (a: Answers) => ({
      ...a,
      useCases: a.useCases.map((u, i) => (i === 0 ? { ...u, monthlyTokens: Math.max(1, Math.round(u.monthlyTokens * f)) } : u)),
    }),
  })),
  fc
    .record({
      mlEngineers: fc.integer({ min: 0, max: 40 }),
      mlopsMaturity: fc.constantFrom('none', 'basic', 'advanced'),
      gpuAccess: fc.constantFrom('none', 'cloud', 'on-prem'),
    })
    .map((team) => ({ dirty: TEAM, apply: (a: Answers) => ({ ...a, team: { ...a.team, ...team } }) })),
);

describe('incremental re-evaluation gives what a fresh evaluation gives', () => {
  for (const [name, rs] of [
    ['default pack', defaultRuleSet],
    ['generated 1,000-rule pack', compileOrThrow(bigRuleFiles(1000))],
  ] as const) {
    it(`${name}: a re-run of the stale rules, and a sensitivity probe, match a full run`, () => {
      fc.assert(
        fc.property(answersArb(1), changeArb, (a, change) => {
          const pools = new Map();
          const evaluator = createEvaluator(rs);
          const before = evaluator.useCase({ answers: a, index: 0, pools });
          const b = change.apply(a);
          const fresh = createEvaluator(rs).useCase({ answers: b, index: 0, pools });
          const rerun = evaluator.useCase({ answers: b, index: 0, pools, previous: { evaluation: before, dirty: change.dirty } });
          const probe = evaluator.probe({ answers: b, index: 0, pools, before, dirty: change.dirty });
          expect(scores(rerun)).toEqual(scores(fresh));
          expect(fired(rerun)).toEqual(fired(fresh));
          expect(scores(probe)).toEqual(scores(fresh));
        }),
        { numRuns: name === 'default pack' ? 80 : 15 },
      );
    });
  }
});

describe('prepared JSON Logic', () => {
  it.each([
    [{ '>=': [{ var: 'a.b' }, 3] }, { a: { b: 4 } }],
    [{ '>=': [{ var: 'a.b' }, 3] }, { a: {} }],
    [{ and: [{ '==': [{ var: 'x' }, 'y'] }, { in: ['de', { var: 'langs' }] }] }, { x: 'y', langs: ['en', 'de'] }],
    [{ '+': [1, 2] }, {}],
    [{ '*': [{ var: 'n' }, 0.5] }, { n: 9 }],
    [true, {}],
    [{ if: [{ var: 'flag' }, 10, -5] }, { flag: false }],
  ])('%j gives what run gives', (logic, data) => {
    expect(prepareLogic(logic)(data)).toEqual(runLogic(logic, data));
  });

  it('gives what run gives for many distinct expressions with lazily evaluated arguments', () => {
    // Enough first-seen lazily evaluated arguments to trip the library's guard that switches its optimiser off
    // (after 500 in a row): results must not change when it does.
    const cases = Array.from({ length: 1200 }, (_, i) => ({
      logic: { and: [{ '>=': [{ var: 'n' }, i % 7] }, { or: [{ '==': [{ var: 's' }, `v${i}`] }, { if: [{ var: 'f' }, i, -i] }] }] },
      data: { n: i % 11, s: `v${i % 3}`, f: i % 2 === 0 },
    }));
    const prepared = cases.map((c) => prepareLogic(c.logic));
    cases.forEach((c, i) => expect(prepared[i]?.(c.data)).toEqual(runLogic(c.logic, c.data)));
  });

  it('throws a plain error naming the problem, like run', () => {
    const logic = { '+': [{ var: 'x' }, 1] };
    expect(() => runLogic(logic, { x: 'abc' })).toThrow(/^JSON Logic failed/);
    expect(() => prepareLogic(logic)({ x: 'abc' })).toThrow(/^JSON Logic failed/);
  });
});
