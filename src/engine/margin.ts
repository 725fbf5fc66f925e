import type { Answers, Dimension } from '../domain';
import { round } from './round';

/*
 * In a module of its own, free of the rule machinery: the engine decides close calls with it, and the decision words
 * the results page and the reports use name the other close options with the same arithmetic.
 */

type Scores = Readonly<Record<Dimension, number>>;

const DIMENSION_KEYS: readonly Dimension[] = ['quality', 'cost', 'control', 'feasibility'];

/** The total score before rounding: dimensions weighted by the priorities, feasibility by the pack's fixed weight. */
export function weightedScore(d: Scores, p: Answers['priorities'], feasibilityWeight: number): number {
  const weight = p.quality + p.cost + p.control + feasibilityWeight;
  return (d.quality * p.quality + d.cost * p.cost + d.control * p.control + d.feasibility * feasibilityWeight) / weight;
}

/**
 * How far `a` leads `b`, in total-score points to two decimals, from the dimensions as shown (0.1 steps) without
 * rounding the two totals first: Claude Haiku 5.5 at 80.9 and GPT-6 Luna at 78.9 are 1.98 apart (8.6 quality points
 * weighted 3 of 13), where the rounded totals said 2.0. Never below 0: totals that round alike are ranked by cost, and
 * the pick is then level with its runner-up, not behind it.
 * @example marginBetween(haiku, luna, { cost: 3, quality: 3, control: 3 }, 4) // 1.98
 */
export function marginBetween(a: Scores, b: Scores, p: Answers['priorities'], feasibilityWeight: number): number {
  const gap = weightedScore(a, p, feasibilityWeight) - weightedScore(b, p, feasibilityWeight);
  // Snapped first: the dimensions are tenths, and 8.6 * 3 / 13 must not come out a hair either side of its value.
  return Math.max(0, round(round(gap, 9), 2));
}

/**
 * Whether `a` is at least as good as `b` on every dimension (as shown, in tenths): then the rules do separate them,
 * however small the margin, and it is no close call.
 * @example atLeastAsGoodEverywhere(haiku, luna) // true: the same price and 8.6 quality points more
 */
export function atLeastAsGoodEverywhere(a: Scores, b: Scores): boolean {
  return DIMENSION_KEYS.every((d) => a[d] >= b[d]);
}
