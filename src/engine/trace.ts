import type { Answers } from '../domain';
import { evaluateUseCase } from './evaluate';
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
 * The full "why" and "why not" for the answers: every use-case rule against every option it applies to, each
 * self-hosted option costed on its own (no pooling), for the rules studio and for tests.
 * @example explain(ruleSet, answers)[0].rules.filter((r) => !r.fired) // the rules that did not fire, and why
 */
export function explain(rs: RuleSet, answers: Answers): UseCaseTrace[] {
  return answers.useCases.map((u, i) => {
    const e = evaluateUseCase(rs, answers, i, new Map(), undefined, true);
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
