import type { Answers } from '../domain';
import type { Derived } from './derive';
import { checkVia, evaluateVia, type RuleResult } from './evaluate-rule';
import { dimensionsOf, optionEvaluation, tally, type OptionEvaluation, type UseCaseEvaluation } from './evaluate';
import { EXCLUDES } from './expressions';
import type { Memo } from './memo';
import type { CompiledRule, RuleSet } from './rule-set';
import { keeps, type StaleRule } from './stale';

/*
 * The untraced evaluation behind the evaluator: conditions stop at the first that fails and every distinct JSON
 * Logic expression runs once per context (see memo.ts). It must give what the traced reference (trace.ts) gives.
 */

/** A use case with its derived facts worked out: what the fast path scores. */
export interface Prepared {
  answers: Answers;
  index: number;
  derived: Derived;
}

/**
 * A first untraced evaluation. Rules that read no option fact run once, and so do the option-independent conditions
 * of the others; then each option takes its results in rule order, keeping what fired and the totals as it goes.
 * @example evaluateFresh(rs, prepared, memo).options[0].dimensions.quality // 0..100
 */
export function evaluateFresh(rs: RuleSet, { answers, index, derived }: Prepared, memo: Memo): UseCaseEvaluation {
  const { selected, selecting, effects } = memo.x;
  // Per rule: its result for every option it selects, or null when a per-option rule's shared conditions held.
  const shared = new Array<RuleResult | null>(rs.rules.length).fill(null);
  for (const rule of rs.rules) {
    const first = selected[rule.order]?.[0];
    if (first === undefined) continue;
    shared[rule.order] = rule.perOption ? checkVia(rule, memo, first, 0, rule.sharedConditions) : evaluateVia(rule, memo, first, 0);
  }
  const options = rs.options.map((_, i) => {
    const byRule = new Array<RuleResult | undefined>(rs.rules.length);
    const fired: RuleResult[] = [];
    const sums = new Float64Array(4).fill(rs.scoring.baseline);
    let exclusions = 0;
    const orders = selecting[i] as Int32Array;
    for (let j = 0; j < orders.length; j += 1) {
      const k = orders[j] as number;
      const rule = rs.rules[k] as CompiledRule;
      const r = shared[k] ?? evaluateVia(rule, memo, i, rule.sharedConditions);
      byRule[k] = r;
      if (!r.fired) continue;
      fired.push(r);
      const effect = effects[k] as number;
      if (effect === EXCLUDES) exclusions += 1;
      else if (effect >= 0 && r.points !== undefined) sums[effect] = (sums[effect] as number) + 1 * r.points;
    }
    return optionEvaluation(rs, derived, { index: i, byRule, fired, sums: dimensionsOf(sums, 0), exclusions });
  });
  return { answers, useCaseIndex: index, options };
}

/** What a re-run starts from: the evaluation before, the options whose facts changed, and the rules to run again. */
export interface Rerun {
  before: UseCaseEvaluation;
  /** Per option: whether any fact under the dirty paths changed. */
  changed: readonly boolean[];
  stale: readonly StaleRule[];
  /** The memo carried over from `before`'s, for the new contexts. */
  memo: Memo;
}

/**
 * An untraced re-run: an option whose facts under the dirty paths kept their values keeps its whole evaluation;
 * for the others, the rules that read a dirty path run again (unless their previous result failed on a condition
 * that reads none: it fails again), with the previous memo's values of every other expression.
 * @example evaluateAgain(rs, prepared, { before, changed, stale, memo }).options[0].dimensions.cost // 0..100
 */
export function evaluateAgain(rs: RuleSet, { answers, index, derived }: Prepared, r: Rerun): UseCaseEvaluation {
  const { memo, changed } = r;
  const old = r.before.options;
  const byRule = old.map((o, i) => (changed[i] ? o.byRule.slice() : o.byRule));
  for (const { rule, conditionDirty } of r.stale) {
    if (rule.scope !== 'use-case') continue;
    let shared: RuleResult | undefined;
    let gate: RuleResult | null | undefined;
    for (let i = 0; i < rs.options.length; i += 1) {
      if (!rule.selects[i] || !changed[i]) continue;
      const own = byRule[i] as (RuleResult | undefined)[];
      if (keeps(own[rule.order], conditionDirty)) continue;
      if (!rule.perOption) shared ??= evaluateVia(rule, memo, i, 0);
      else gate = gate === undefined ? checkVia(rule, memo, i, 0, rule.sharedConditions) : gate;
      own[rule.order] = shared ?? gate ?? evaluateVia(rule, memo, i, rule.sharedConditions);
    }
  }
  const options = old.map((o, i): OptionEvaluation => {
    if (changed[i]) return tally(rs, derived, { index: i, byRule: byRule[i] ?? [] });
    return optionEvaluation(rs, derived, o);
  });
  return { answers, useCaseIndex: index, options };
}
