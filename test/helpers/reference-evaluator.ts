import type { RuleSet } from '../../src/engine';
import { rank, type UseCaseEvaluation } from '../../src/engine/evaluate';
import type { Evaluator } from '../../src/engine/evaluator';
import { evaluateTraced } from '../../src/engine/trace';

/** The option an evaluation recommends under the given priorities, as `rank` orders them. */
export const pickOf = (rs: RuleSet, e: UseCaseEvaluation, priorities: UseCaseEvaluation['answers']['priorities']) =>
  rank(e, priorities, rs.scoring.feasibilityWeight)[0]?.o.facts.id ?? null;

/**
 * An evaluator without a fast path: every evaluation, re-run and probe is the traced reference run from scratch on
 * its own input. `recommend(rs, answers, referenceEvaluator)` is the recommendation by definition.
 */
export function referenceEvaluator(rs: RuleSet): Evaluator {
  return {
    ruleSet: rs,
    useCase: ({ answers, index, pools }) => evaluateTraced(rs, { answers, index, pools }),
    probe: ({ answers, index, pools }) => evaluateTraced(rs, { answers, index, pools }),
    probePick: ({ answers, index, pools }) => pickOf(rs, evaluateTraced(rs, { answers, index, pools }), answers.priorities),
  };
}
