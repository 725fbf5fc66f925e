import type { Answers, Choice, RecommendationV1, UseCaseResult } from '../domain';
import type { Dimension } from '../domain/enums';
import { materialFor } from './derive';
import { atLeastAsGoodEverywhere, marginBetween } from './margin';
import { round } from './round';
import type { RuleSetData } from './rule-set-data';

/*
 * Readings of a recommendation that the results page, the PDF and the Markdown all state the same way: what decided
 * a pick over its runner-up, what a dearer pick buys, which pooled deployment a cost depends on, and which exclusions
 * hold for the whole portfolio. Pure functions of the engine's output and the answers.
 */

/** The default close-call threshold in total-score points (manifest scoring.closeCallPoints). */
export const CLOSE_CALL_POINTS = 2;

/**
 * The runner-up a pick is compared with: the best alternative that runs a different model. The same model on another
 * channel (the vendor's API against a hyperscaler's) is a choice of contract and cloud, not of model; it is listed as
 * such (`sameModelChannels`). Undefined when no other model is eligible.
 * @example runnerUpOf(u)?.label // 'GPT-6.2 Sol'
 */
export function runnerUpOf(u: Pick<UseCaseResult, 'recommended' | 'alternatives'>): Choice | undefined {
  const pick = u.recommended;
  return pick ? u.alternatives.find((c) => c.model !== pick.model) : undefined;
}

/** The pick's model on other channels, scoring within `within` points of it, best first. */
export function sameModelChannels(u: Pick<UseCaseResult, 'recommended' | 'alternatives'>, within: number): Choice[] {
  const pick = u.recommended;
  return pick ? u.alternatives.filter((c) => c.model === pick.model && pick.score - c.score < within) : [];
}

/**
 * In a close call, the other models besides the runner-up that are as close: the best option of each model whose
 * margin to the pick (as the engine works out the runner-up's) is under the threshold and which is better than the
 * pick on some dimension (the engine's test for a close call), with that margin. Best first; empty when the call is not close.
 * @example alsoClose(u, answers.priorities, ruleSet).map((c) => c.choice.model) // ['Claude Haiku 5.5', 'GPT-6.2 Sol']
 */
export function alsoClose(
  u: Pick<UseCaseResult, 'recommended' | 'alternatives' | 'closeCall'>,
  priorities: Answers['priorities'],
  rs: Pick<RuleSetData, 'scoring'>,
): { choice: Choice; margin: number }[] {
  const pick = u.recommended;
  const runnerUp = runnerUpOf(u);
  if (!u.closeCall || !pick || !runnerUp) return [];
  const threshold = rs.scoring.closeCallPoints ?? CLOSE_CALL_POINTS;
  const seen = new Set([pick.model, runnerUp.model]);
  const out: { choice: Choice; margin: number }[] = [];
  for (const c of u.alternatives) {
    if (seen.has(c.model)) continue;
    seen.add(c.model);
    const margin = marginBetween(pick.scoreBreakdown, c.scoreBreakdown, priorities, rs.scoring.feasibilityWeight);
    if (margin < threshold && !atLeastAsGoodEverywhere(pick.scoreBreakdown, c.scoreBreakdown)) out.push({ choice: c, margin });
  }
  return out;
}

/** The weight each dimension carries in the total score: the user's priorities, and feasibility's fixed weight. */
export function dimensionWeights(priorities: Answers['priorities'], rs: Pick<RuleSetData, 'scoring'>): Record<Dimension, number> {
  return { quality: priorities.quality, cost: priorities.cost, control: priorities.control, feasibility: rs.scoring.feasibilityWeight };
}

/** One dimension's part in the gap between two options' total scores, in total-score points. */
export interface DimensionShare {
  dimension: Dimension;
  /** The first option's points minus the second's on this dimension (0-100 scale). */
  points: number;
  /** What that difference weighs in the total score: points x weight / sum of weights. */
  weighted: number;
}

/**
 * How each dimension contributes to the gap between `a` and `b`, largest part in a's favour first.
 * @example dimensionShares(pick, runnerUp, weights)[0].dimension // 'cost': what most decided the pick
 */
export function dimensionShares(a: Choice, b: Choice, weights: Record<Dimension, number>): DimensionShare[] {
  const total = weights.quality + weights.cost + weights.control + weights.feasibility;
  const dims: Dimension[] = ['quality', 'cost', 'control', 'feasibility'];
  return dims
    .map((dimension) => {
      const points = round(a.scoreBreakdown[dimension] - b.scoreBreakdown[dimension], 1);
      // To two decimals, as the margin: 8.6 quality points weighted 3 of 13 are worth 1.98, not 2.0, of a 1.98 lead.
      return { dimension, points, weighted: total > 0 ? round(round((points * weights[dimension]) / total, 9), 2) : 0 };
    })
    .sort((x, y) => y.weighted - x.weighted || dims.indexOf(x.dimension) - dims.indexOf(y.dimension));
}

/** What separates a pick from its runner-up: the margin, whether it is a close call, and the dimensions behind it. */
export interface Decision {
  pick: Choice;
  runnerUp: Choice;
  margin: number;
  closeCall: boolean;
  /**
   * Every dimension that favours the pick by at least SHARE_WORTH_NAMING total-score points, largest first (the
   * largest alone when none does; empty when nothing favours it, a tie): the lead is their sum less `behind`'s, and
   * naming one would misstate it when two carry it. The first is the one that gave the pick most of its lead.
   */
  ahead: DimensionShare[];
  /** The same for the runner-up, with its points and weight as positive numbers: the first is where it is furthest ahead. */
  behind: DimensionShare[];
}

/** A dimension's part in a lead is named from this many total-score points on. */
export const SHARE_WORTH_NAMING = 0.5;

/** The shares worth naming, largest first; the largest alone when none reaches SHARE_WORTH_NAMING. */
function named(shares: DimensionShare[]): DimensionShare[] {
  const worth = shares.filter((s) => s.weighted >= SHARE_WORTH_NAMING);
  return worth.length > 0 ? worth : shares.slice(0, 1);
}

/**
 * The decision between a use case's pick and its runner-up; null when it has no pick or no alternative.
 * @example decisionOf(u, answers.priorities, ruleSet)?.ahead[0]?.dimension // 'quality': what gave the pick most of its lead
 */
export function decisionOf(u: UseCaseResult, priorities: Answers['priorities'], rs: Pick<RuleSetData, 'scoring'>): Decision | null {
  const pick = u.recommended;
  const runnerUp = runnerUpOf(u);
  if (!pick || !runnerUp) return null;
  const shares = dimensionShares(pick, runnerUp, dimensionWeights(priorities, rs));
  return {
    pick,
    runnerUp,
    margin: u.margin ?? round(pick.score - runnerUp.score, 2),
    closeCall: u.closeCall,
    ahead: named(shares.filter((s) => s.weighted > 0)),
    behind: named(
      shares
        .filter((s) => s.weighted < 0)
        .map((s) => ({ ...s, points: -s.points, weighted: -s.weighted }))
        .reverse(),
    ),
  };
}

/** A pick that costs a multiple of the cheapest eligible option: how much more, and what the extra money buys. */
export interface Premium {
  cheapest: Choice;
  extraMonthlyUsd: number;
  /** The pick's monthly cost over the cheapest's. */
  ratio: number;
  /** Dimensions on which the pick scores higher than the cheapest option, largest first (cost never). */
  buys: { dimension: Exclude<Dimension, 'cost'>; points: number }[];
  /** The quality score the cheapest option was held to (the pack's baseline); null when no alternative reaches it. */
  qualityFloor: number | null;
}

/** A pick costs "many times" the cheapest eligible option from this ratio on. */
export const PREMIUM_RATIO = 2;

/**
 * When the pick costs at least twice the cheapest credible option and the difference is material (at least the
 * pack's material amount a month): that option, the extra and what it buys; otherwise null. Credible: an eligible
 * option whose quality the rules left at or above the baseline (50), so the comparison is not with a model too weak
 * to do the work (any eligible option when none is).
 * @example premiumOf(u, ruleSet)?.buys[0] // { dimension: 'quality', points: 34.5 }
 */
export function premiumOf(u: UseCaseResult, rs: Pick<RuleSetData, 'scoring'>, costPriority = 3): Premium | null {
  const pick = u.recommended;
  if (!pick) return null;
  const credible = u.alternatives.filter((c) => c.scoreBreakdown.quality >= rs.scoring.baseline);
  const pool = credible.length > 0 ? credible : u.alternatives;
  const cheapest = pool.reduce<Choice>((min, c) => (c.monthlyCostUsd < min.monthlyCostUsd ? c : min), pick);
  const extra = pick.monthlyCostUsd - cheapest.monthlyCostUsd;
  // Material as the cost score weighs it: the manifest's amount at cost priority 3, halved per step up.
  const material = materialFor(rs.scoring.materialMonthlyUsd ?? 2000, costPriority);
  if (cheapest === pick || extra < material || pick.monthlyCostUsd < PREMIUM_RATIO * cheapest.monthlyCostUsd) return null;
  const buys = (['quality', 'control', 'feasibility'] as const)
    .map((dimension) => ({ dimension, points: round(pick.scoreBreakdown[dimension] - cheapest.scoreBreakdown[dimension], 1) }))
    .filter((b) => b.points > 0)
    .sort((a, b) => b.points - a.points);
  return {
    cheapest,
    extraMonthlyUsd: round(extra, 2),
    ratio: cheapest.monthlyCostUsd > 0 ? round(pick.monthlyCostUsd / cheapest.monthlyCostUsd, 1) : Infinity,
    buys,
    qualityFloor: credible.length > 0 ? rs.scoring.baseline : null,
  };
}

/** A self-hosted pick whose cost is a share of a deployment other use cases also run on. */
export interface PooledDependency {
  /** The other use cases on the same deployment, by name, in portfolio order. */
  sharedWith: { id: string; name: string }[];
  monthlyCostUsd: number;
  standaloneMonthlyCostUsd: number;
}

/**
 * Whether use case `index`'s pick is cheaper only because it shares a self-hosted deployment: with whom, and what
 * it would cost alone. null when the pick is not pooled or pooling saves nothing.
 * @example pooledDependencyOf(rec, 1)?.sharedWith.map((u) => u.name) // ['Customs documents']
 */
export function pooledDependencyOf(rec: RecommendationV1, index: number): PooledDependency | null {
  const u = rec.useCases[index];
  const pick = u?.recommended;
  if (!pick || pick.deployment !== 'self-hosted' || pick.standaloneMonthlyCostUsd <= pick.monthlyCostUsd + 0.5) return null;
  const sharedWith = rec.useCases
    .filter((o, j) => j !== index && o.recommended?.optionId === pick.optionId)
    .map((o) => ({ id: o.id, name: o.name }));
  if (sharedWith.length === 0) return null;
  return { sharedWith, monthlyCostUsd: pick.monthlyCostUsd, standaloneMonthlyCostUsd: pick.standaloneMonthlyCostUsd };
}

type Exclusion = UseCaseResult['excluded'][number];

/** Exclusions split into those that hit every use case (shown once, for the portfolio) and each use case's own. */
export interface ExclusionsByScope {
  /** The same option excluded by the same rule in every use case (only when there are two use cases or more). */
  portfolio: Exclusion[];
  /** Per use case, in portfolio order, the exclusions of options not in `portfolio`. */
  useCases: Exclusion[][];
}

const exclusionKey = (e: Exclusion) => `${e.optionId}\u0000${e.ruleId}`;

/**
 * Exclusions grouped by the option they rule out, in the order the options first appear, each with every rule that
 * ruled it out: how the results page and the Markdown list them.
 * @example exclusionsByOption(u.excluded)[0].items.map((e) => e.ruleId) // ['control-data-in-china', 'residency-eu-required']
 */
export function exclusionsByOption(excluded: readonly Exclusion[]): { optionId: string; label: string; items: Exclusion[] }[] {
  const groups = new Map<string, { optionId: string; label: string; items: Exclusion[] }>();
  for (const e of excluded) {
    const g = groups.get(e.optionId) ?? { optionId: e.optionId, label: e.label, items: [] };
    g.items.push(e);
    groups.set(e.optionId, g);
  }
  return [...groups.values()];
}

/**
 * Splits the exclusions so that one that holds for every use case is stated once, and an option it rules out is not
 * listed again under a use case.
 * @example exclusionsByScope(rec).portfolio.map((e) => e.ruleId) // ['lifecycle-retired', ...]
 */
export function exclusionsByScope(rec: RecommendationV1): ExclusionsByScope {
  const [first, ...rest] = rec.useCases;
  if (!first || rest.length === 0) return { portfolio: [], useCases: rec.useCases.map((u) => u.excluded) };
  const inAll = new Set(first.excluded.map(exclusionKey));
  for (const u of rest) {
    const here = new Set(u.excluded.map(exclusionKey));
    for (const k of inAll) if (!here.has(k)) inAll.delete(k);
  }
  const portfolio = first.excluded.filter((e) => inAll.has(exclusionKey(e)));
  // An option out for every use case is not listed again under a use case for a further reason of its own: the
  // reader knows it is out, and "N more options are ruled out for every use case" would count it twice.
  const outEverywhere = new Set(portfolio.map((e) => e.optionId));
  return { portfolio, useCases: rec.useCases.map((u) => u.excluded.filter((e) => !outEverywhere.has(e.optionId))) };
}
