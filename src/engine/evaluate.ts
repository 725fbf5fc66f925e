import { round } from './round';
import { weightedScore } from './margin';
import type { Answers, CatalogOption, Dimension } from '../domain';
import type { SelfHostedSizing } from './cost';
import type { Derived } from './derive';
import type { DerivedFacts, OptionFacts } from './facts';
import type { RuleResult } from './evaluate-rule';
import { EXCLUDES, expressions } from './expressions';
import type { RuleSet } from './rule-set';

export type { PoolLoads, UseCaseInput } from './derive';

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

/** An option's rule results, those that fired (in rule order), its unclamped sums and its exclusion count. */
export interface Totals {
  index: number;
  byRule: (RuleResult | undefined)[];
  fired: RuleResult[];
  sums: Dimensions;
  exclusions: number;
  /** The clamped sums, when already known. */
  dimensions?: Dimensions;
}

/**
 * An option's evaluation from its totals and the use case's derived facts.
 * @example optionEvaluation(rs, derived, { index: 0, byRule, fired: [], sums, exclusions: 0 }).excluded // false
 */
export function optionEvaluation(rs: RuleSet, derived: Derived, t: Totals): OptionEvaluation {
  const i = t.index;
  const d = derived[i] ?? { derived: {} as DerivedFacts, sizing: null };
  return {
    index: i,
    option: rs.catalog.options[i] as CatalogOption,
    facts: rs.options[i] as OptionFacts,
    derived: d.derived,
    sizing: d.sizing,
    fired: t.fired,
    byRule: t.byRule,
    excluded: t.exclusions > 0,
    sums: t.sums,
    exclusions: t.exclusions,
    dimensions: t.dimensions ?? clampAll(t.sums),
  };
}

/**
 * An option's evaluation from its rule results: what fired, in rule order, and the totals they add up to.
 * @example tally(rs, derived, { index: 0, byRule }).dimensions.quality // 0..100
 */
export function tally(rs: RuleSet, derived: Derived, at: Pick<Totals, 'index' | 'byRule'>): OptionEvaluation {
  const { effects } = expressions(rs);
  const { byRule } = at;
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
  return optionEvaluation(rs, derived, { index: at.index, byRule, fired, sums: dimensionsOf(sums, 0), exclusions });
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
  return round(weightedScore(d, p, feasibilityWeight), 1);
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
