import { round } from './round';
import type { Answers, CatalogOption, Dimension } from '../domain';
import type { SelfHostedSizing } from './cost';
import { prepare, type Derived, type PoolLoads } from './derive';
import type { DerivedFacts, OptionFacts } from './facts';
import { checkVia, evaluateRule, evaluateVia, type RuleResult } from './evaluate-rule';
import { EXCLUDES, expressions } from './expressions';
import { Memo, overlayFor, type SharedValues } from './memo';
import { allRules, changedOptions, dirtyRules, keeps } from './stale';
import type { CompiledRule, RuleSet } from './rule-set';

export { COMPARISON_PATHS, COST_PATHS, type PoolLoads } from './derive';

export type Dimensions = Record<Dimension, number>;

/** Everything the engine worked out for one use case and one option. */
export interface OptionEvaluation {
  index: number;
  option: CatalogOption;
  facts: OptionFacts;
  derived: DerivedFacts;
  sizing: SelfHostedSizing | null;
  /** Results of the rules that fired for this option, in pack order. */
  fired: RuleResult[];
  /** The result of every rule that applies to this option (its `appliesTo` selects it), indexed by rule order. */
  byRule: (RuleResult | undefined)[];
  excluded: boolean;
  /** Unclamped dimension totals and the number of exclusions, kept so that a probe can update them in place. */
  sums: Dimensions;
  exclusions: number;
  dimensions: Dimensions;
}

export interface UseCaseEvaluation {
  answers: Answers;
  useCaseIndex: number;
  options: OptionEvaluation[];
}

/** A previous evaluation of the same use case, and the fact paths whose values may have changed since. */
export interface Previous {
  evaluation: UseCaseEvaluation;
  dirty: ReadonlySet<string>;
}

/**
 * Evaluates every use-case rule for one use case and every option. Without `trace`, conditions stop at the first
 * that fails and every distinct JSON Logic expression runs once per context (see memo.ts). With `previous`, only
 * what the changed facts can reach runs again: the options whose facts under the dirty paths changed, and of their
 * rules those that read a dirty path (pooling re-runs change a few facts at a time). With `trace`, every condition
 * is evaluated and its values kept. `shared` lets the evaluations of one recommendation share the values of
 * expressions that read nothing of the use case (a re-run and its probes keep the first evaluation's).
 * @example evaluateUseCase(rs, answers, 0, new Map()).options[0].dimensions.quality // 0..100
 */
export function evaluateUseCase(
  rs: RuleSet,
  answers: Answers,
  ucIndex: number,
  pools: PoolLoads,
  previous?: Previous,
  trace = false,
  shared?: SharedValues,
): UseCaseEvaluation {
  const { derived, contexts } = prepare(rs, answers, ucIndex, pools);
  if (trace) return traced(rs, answers, ucIndex, derived, contexts, previous);
  if (previous && memos.has(previous.evaluation)) return rerun(rs, answers, ucIndex, derived, contexts, previous);
  return fresh(rs, answers, ucIndex, derived, new Memo(expressions(rs), contexts, shared));
}

/** Each untraced evaluation's memo of expression values, which re-runs and probes of it start from. */
const memos = new WeakMap<UseCaseEvaluation, Memo>();

/** The memo of an untraced evaluation (undefined for a traced one or a probe's). @example memoOf(evaluateUseCase(rs, a, 0, pools))?.value(id, 0) */
export function memoOf(evaluation: UseCaseEvaluation): Memo | undefined {
  return memos.get(evaluation);
}

function optionEvaluation(
  rs: RuleSet,
  i: number,
  derived: Derived,
  byRule: (RuleResult | undefined)[],
  fired: RuleResult[],
  sums: Dimensions,
  exclusions: number,
  dimensions = clampAll(sums),
): OptionEvaluation {
  const d = derived[i] ?? { derived: {} as DerivedFacts, sizing: null };
  return {
    index: i,
    option: rs.catalog.options[i] as CatalogOption,
    facts: rs.options[i] as OptionFacts,
    derived: d.derived,
    sizing: d.sizing,
    fired,
    byRule,
    excluded: exclusions > 0,
    sums,
    exclusions,
    dimensions,
  };
}

/** An option's evaluation from its rule results: what fired, in rule order, and the totals they add up to. */
function tally(rs: RuleSet, i: number, derived: Derived, byRule: (RuleResult | undefined)[]): OptionEvaluation {
  const { effects } = expressions(rs);
  const fired: RuleResult[] = [];
  const sums = new Float64Array(4).fill(rs.scoring.baseline);
  let exclusions = 0;
  for (let k = 0; k < byRule.length; k += 1) {
    const r = byRule[k];
    if (r === undefined || !r.fired) continue;
    fired.push(r);
    const effect = effects[r.rule.order] as number;
    if (effect === EXCLUDES) exclusions += 1;
    else if (effect >= 0 && r.points !== undefined) sums[effect] = (sums[effect] as number) + 1 * r.points;
  }
  return optionEvaluation(rs, i, derived, byRule, fired, dimensionsOf(sums, 0), exclusions);
}

/** The four sums from `at` on, as dimensions. @example dimensionsOf(Float64Array.of(1, 2, 3, 4), 0).control // 3 */
export function dimensionsOf(sums: Float64Array, at: number): Dimensions {
  return {
    quality: sums[at] as number,
    cost: sums[at + 1] as number,
    control: sums[at + 2] as number,
    feasibility: sums[at + 3] as number,
  };
}

/**
 * A first untraced evaluation. Rules that read no option fact run once, and so do the option-independent conditions
 * of the others; then each option takes its results in rule order, keeping what fired and the totals as it goes.
 */
function fresh(rs: RuleSet, answers: Answers, ucIndex: number, derived: Derived, memo: Memo): UseCaseEvaluation {
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
    return optionEvaluation(rs, i, derived, byRule, fired, dimensionsOf(sums, 0), exclusions);
  });
  const evaluation: UseCaseEvaluation = { answers, useCaseIndex: ucIndex, options };
  memos.set(evaluation, memo);
  return evaluation;
}

/**
 * An untraced re-run: an option whose facts under the dirty paths kept their values keeps its whole evaluation;
 * for the others, the rules that read a dirty path run again (unless their previous result failed on a condition
 * that reads none: it fails again), with the previous memo's values of every other expression.
 */
function rerun(
  rs: RuleSet,
  answers: Answers,
  ucIndex: number,
  derived: Derived,
  contexts: readonly object[],
  previous: Previous,
): UseCaseEvaluation {
  const before = memos.get(previous.evaluation) as Memo;
  const dirtyOptions = changedOptions(before.contexts, contexts, previous.dirty);
  const memo = before.carriedTo(contexts, overlayFor(before.x, rs.options.length, previous.dirty), dirtyOptions);
  const old = previous.evaluation.options;
  const byRule = old.map((o, i) => (dirtyOptions[i] ? o.byRule.slice() : o.byRule));
  for (const { rule, conditionDirty } of dirtyRules(rs, previous.dirty)) {
    if (rule.scope !== 'use-case') continue;
    let shared: RuleResult | undefined;
    let gate: RuleResult | null | undefined;
    for (let i = 0; i < rs.options.length; i += 1) {
      if (!rule.selects[i] || !dirtyOptions[i]) continue;
      const own = byRule[i] as (RuleResult | undefined)[];
      if (keeps(own[rule.order], conditionDirty)) continue;
      if (!rule.perOption) shared ??= evaluateVia(rule, memo, i, 0);
      else gate = gate === undefined ? checkVia(rule, memo, i, 0, rule.sharedConditions) : gate;
      own[rule.order] = shared ?? gate ?? evaluateVia(rule, memo, i, rule.sharedConditions);
    }
  }
  const options = old.map((o, i): OptionEvaluation => {
    if (dirtyOptions[i]) return tally(rs, i, derived, byRule[i] ?? []);
    return optionEvaluation(rs, i, derived, o.byRule, o.fired, o.sums, o.exclusions, o.dimensions);
  });
  const evaluation: UseCaseEvaluation = { answers, useCaseIndex: ucIndex, options };
  memos.set(evaluation, memo);
  return evaluation;
}

/** A traced evaluation: every condition of every stale rule, with the values it read. */
function traced(
  rs: RuleSet,
  answers: Answers,
  ucIndex: number,
  derived: Derived,
  contexts: readonly object[],
  previous?: Previous,
): UseCaseEvaluation {
  const byRule = rs.options.map(
    (_, i) => previous?.evaluation.options[i]?.byRule.slice() ?? new Array<RuleResult | undefined>(rs.rules.length),
  );
  for (const { rule, conditionDirty } of previous ? dirtyRules(rs, previous.dirty) : allRules(rs)) {
    if (rule.scope !== 'use-case') continue;
    let shared: RuleResult | undefined;
    for (let i = 0; i < rs.options.length; i += 1) {
      if (!rule.selects[i]) continue;
      const own = byRule[i] as (RuleResult | undefined)[];
      if (conditionDirty && keeps(own[rule.order], conditionDirty)) continue;
      const context = contexts[i];
      own[rule.order] = rule.perOption ? evaluateRule(rule, context) : (shared ??= evaluateRule(rule, context));
    }
  }
  return { answers, useCaseIndex: ucIndex, options: rs.options.map((_, i) => tally(rs, i, derived, byRule[i] ?? [])) };
}

/** Each dimension clamped to 0..100 and rounded to 0.1, as the output shows it. @example clampAll({ quality: 104, cost: -2, control: 50.04, feasibility: 70 }).quality // 100 */
export function clampAll(sums: Dimensions): Dimensions {
  const out = { ...sums };
  // Snapped to nine decimals first: a sum of decimal points carries float noise that depends on the order of the
  // additions (89.65 comes out as 89.64999999999999 one way and 89.65000000000001 another), and a probe that takes
  // points out and puts others back must round to what a fresh run rounds to.
  for (const key of Object.keys(out) as Dimension[]) out[key] = round(Math.min(100, Math.max(0, round(out[key], 9))), 1);
  return out;
}

/**
 * The total score: dimensions weighted by the user's priorities, feasibility by the pack's fixed weight.
 * @example totalScore({ quality: 80, cost: 60, control: 50, feasibility: 90 }, { cost: 3, quality: 3, control: 3 }, 3) // 70
 */
export function totalScore(d: Dimensions, p: Answers['priorities'], feasibilityWeight: number): number {
  const weight = p.quality + p.cost + p.control + feasibilityWeight;
  const sum = d.quality * p.quality + d.cost * p.cost + d.control * p.control + d.feasibility * feasibilityWeight;
  return round(sum / weight, 1);
}

/**
 * Eligible options, best first: higher score, then lower cost, then catalog order (so ties are stable).
 * @example rank(evaluation, priorities, 3)[0] // the recommended option's evaluation
 */
export function rank(e: UseCaseEvaluation, p: Answers['priorities'], feasibilityWeight: number) {
  return e.options
    .filter((o) => !o.excluded)
    .map((o) => ({ o, score: totalScore(o.dimensions, p, feasibilityWeight) }))
    .sort((a, b) => b.score - a.score || a.o.derived.monthlyCostUsd - b.o.derived.monthlyCostUsd || a.o.index - b.o.index);
}
