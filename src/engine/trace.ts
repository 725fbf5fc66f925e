import type { Answers } from '../domain';
import { prepare, type UseCaseInput } from './derive';
import { evaluateRule, type RuleResult } from './evaluate-rule';
import { tally, type UseCaseEvaluation } from './evaluate';
import type { RuleSet } from './rule-set';

/** One rule's outcome for one option, fired or not, with each condition's result and the values it read. */
export interface RuleTrace {
  ruleId: string;
  optionId: string;
  fired: boolean;
  conditions: { held: boolean; values: Record<string, unknown> }[];
  points?: number;
  error?: string;
}

export interface UseCaseTrace {
  useCaseId: string;
  rules: RuleTrace[];
}

/**
 * The reference definition of an evaluation: every use-case rule against every option it applies to, every condition
 * run in pack order with the values it read. The evaluator's fast path (evaluator.ts) must give exactly what this
 * gives; this one stays plain.
 * @example evaluateTraced(rs, { answers, index: 0, pools: new Map() }).options[0].byRule // every rule's result, fired or not
 */
export function evaluateTraced(rs: RuleSet, input: UseCaseInput): UseCaseEvaluation {
  const { derived, contexts } = prepare(rs, input);
  const byRule = rs.options.map(() => new Array<RuleResult | undefined>(rs.rules.length));
  for (const rule of rs.rules) {
    if (rule.scope !== 'use-case') continue;
    // A rule that reads no option or derived fact gives every option the same result: it runs once.
    let shared: RuleResult | undefined;
    rule.selects.forEach((selected, i) => {
      if (!selected) return;
      const result = rule.perOption ? evaluateRule(rule, contexts[i]) : (shared ??= evaluateRule(rule, contexts[i]));
      (byRule[i] as (RuleResult | undefined)[])[rule.order] = result;
    });
  }
  const options = byRule.map((results, i) => tally(rs, derived, { index: i, byRule: results }));
  return { answers: input.answers, useCaseIndex: input.index, options };
}

/**
 * The full "why" and "why not" for the answers: every use-case rule against every option it applies to, each
 * self-hosted option costed on its own (no pooling), for the rules studio and for tests.
 * @example explain(ruleSet, answers)[0].rules.filter((r) => !r.fired) // the rules that did not fire, and why
 */
export function explain(rs: RuleSet, answers: Answers): UseCaseTrace[] {
  return answers.useCases.map((u, i) => {
    const e = evaluateTraced(rs, { answers, index: i, pools: new Map() });
    return {
      useCaseId: u.id,
      rules: e.options.flatMap((o) =>
        o.byRule.flatMap((r): RuleTrace[] =>
          r === undefined
            ? []
            : [
                {
                  ruleId: r.rule.rule.id,
                  optionId: o.facts.id,
                  fired: r.fired,
                  conditions: r.conditions,
                  ...(r.points === undefined ? {} : { points: r.points }),
                  ...(r.error === undefined ? {} : { error: r.error }),
                },
              ],
        ),
      ),
    };
  });
}
