import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine';
import { evaluatorProperties } from '../helpers/evaluator-properties';
import { answersArb } from '../helpers/arbitraries';
import { referenceEvaluator } from '../helpers/reference-evaluator';
import { defaultRuleSet } from '../helpers/rules';

/*
 * The traced evaluation (trace.ts) is the definition; the evaluator is the fast path. For any answers, each thing
 * the fast path does (a first evaluation, a re-run from a previous one, a probe and its pick, under every dirty set)
 * must give what the reference gives when run from scratch on the same input. The same properties on a generated
 * 1,000-rule pack run in the slow project (evaluator-big-pack.slow.test.ts).
 */
describe('the evaluator gives what the traced reference gives from scratch', { timeout: 30_000 }, () => {
  evaluatorProperties('default pack', defaultRuleSet, 40);

  it('default pack: the recommendation, sensitivity included, is byte-identical to the reference evaluator’s', () => {
    const rs = defaultRuleSet;
    fc.assert(
      fc.property(answersArb(2), (answers) => {
        expect(JSON.stringify(recommend(rs, answers))).toBe(JSON.stringify(recommend(rs, answers, referenceEvaluator)));
      }),
      { numRuns: 25 },
    );
  });
});
