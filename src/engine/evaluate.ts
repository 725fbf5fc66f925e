import type { AnswersV1, CatalogOption, Dimension } from '../domain';
import { optionMonthlyCost, type SelfHostedSizing } from './cost';
import { answerFacts, useCaseFacts, type DerivedFacts, type OptionFacts } from './facts';
import { evaluateRule, type RuleResult } from './evaluate-rule';
import type { RuleSet } from './rule-set';

export type Dimensions = Record<Dimension, number>;

/** Everything the engine worked out for one use case and one option. */
export interface OptionEvaluation {
  index: number;
  option: CatalogOption;
  facts: OptionFacts;
  derived: DerivedFacts;
  sizing: SelfHostedSizing | null;
  /** Results of the rules that apply to this option (its `appliesTo` selects it), in pack order. */
  results: RuleResult[];
  excluded: boolean;
  dimensions: Dimensions;
}

export interface UseCaseEvaluation {
  answers: AnswersV1;
  useCaseIndex: number;
  options: OptionEvaluation[];
}

/** Tokens already placed on each self-hosted option by other use cases; empty means none. */
export type PoolTokens = ReadonlyMap<string, number>;

const round = (n: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

function derive(rs: RuleSet, answers: AnswersV1, ucIndex: number, pools: PoolTokens) {
  const useCase = answers.useCases[ucIndex];
  if (!useCase) throw new Error(`no use case at ${ucIndex}`);
  const kind = rs.catalog.assumptions.taskQuality[useCase.task];
  const costs = rs.catalog.options.map((o) => optionMonthlyCost(o, useCase.monthlyTokens, pools.get(o.id) ?? 0, rs.costs));
  const cheapest = Math.min(...costs.map((c) => c.monthlyCostUsd));
  const closed = rs.options.flatMap((f, i) => (f.weights === 'closed' ? [costs[i]?.monthlyCostUsd ?? Infinity] : []));
  const proprietary = closed.length > 0 ? Math.min(...closed) : cheapest;
  const best = Math.max(...rs.options.map((f) => f.quality[kind] ?? 0));
  const nonEnglish = (useCase.languages ?? ['en']).some((l) => l !== 'en');
  return rs.options.map((facts, i) => {
    const cost = costs[i] ?? { monthlyCostUsd: 0, sizing: null };
    const quality = facts.quality[kind] ?? 0;
    const ratio = cheapest > 0 ? cost.monthlyCostUsd / cheapest : 1;
    const derived: DerivedFacts = {
      monthlyCostUsd: round(cost.monthlyCostUsd, 2),
      cheapestMonthlyCostUsd: round(cheapest, 2),
      proprietaryMonthlyCostUsd: round(proprietary, 2),
      costRatio: round(ratio, 4),
      costIndex: round(Math.min(100, Math.max(0, 100 - 50 * Math.log10(ratio))), 2),
      savingsFactor: cost.monthlyCostUsd > 0 ? round(proprietary / cost.monthlyCostUsd, 4) : 1,
      taskQualityKind: kind,
      taskQuality: quality,
      bestTaskQuality: best,
      qualityGapPp: round(best - quality, 2),
      nonEnglish,
      replicas: cost.sizing?.replicas ?? 0,
      utilisation: round(cost.sizing?.utilisation ?? 0, 4),
    };
    return { derived, sizing: cost.sizing };
  });
}

/**
 * Evaluates every use-case rule for one use case and every option. A rule that reads no option or derived
 * fact runs once and its result is shared; with `previous` and `dirty`, a rule reading none of the dirty fact
 * roots keeps its previous result (sensitivity re-runs change one answer at a time).
 */
export function evaluateUseCase(
  rs: RuleSet,
  answers: AnswersV1,
  ucIndex: number,
  pools: PoolTokens,
  previous?: { evaluation: UseCaseEvaluation; dirty: ReadonlySet<string> },
): UseCaseEvaluation {
  const useCase = answers.useCases[ucIndex];
  if (!useCase) throw new Error(`no use case at ${ucIndex}`);
  const base = { ...answerFacts(answers), useCase: useCaseFacts(useCase) };
  const derived = derive(rs, answers, ucIndex, pools);
  const perOption: RuleResult[][] = rs.options.map(() => []);
  for (const rule of rs.rules) {
    if (rule.scope !== 'use-case') continue;
    const reuse = previous && ![...rule.roots].some((r) => previous.dirty.has(r));
    let shared: RuleResult | undefined;
    rule.selects.forEach((selected, i) => {
      if (!selected) return;
      const bucket = perOption[i] as RuleResult[];
      if (reuse) {
        const old = previous.evaluation.options[i]?.results.find((r) => r.rule === rule);
        if (old) {
          bucket.push(old);
          return;
        }
      }
      if (!rule.perOption && shared) {
        bucket.push(shared);
        return;
      }
      const result = evaluateRule(rule, { ...base, option: rs.options[i], derived: derived[i]?.derived });
      if (!rule.perOption) shared = result;
      bucket.push(result);
    });
  }
  const options = rs.options.map((facts, i): OptionEvaluation => {
    const results = perOption[i] ?? [];
    const d = derived[i] ?? { derived: {} as DerivedFacts, sizing: null };
    return {
      index: i,
      option: rs.catalog.options[i] as CatalogOption,
      facts,
      derived: d.derived,
      sizing: d.sizing,
      results,
      excluded: results.some((r) => r.fired && r.rule.rule.effect === 'exclude'),
      dimensions: dimensions(results, rs.scoring.baseline),
    };
  });
  return { answers, useCaseIndex: ucIndex, options };
}

function dimensions(results: RuleResult[], baseline: number): Dimensions {
  const dims: Dimensions = { quality: baseline, cost: baseline, control: baseline, feasibility: baseline };
  for (const r of results) {
    if (r.fired && r.rule.rule.effect === 'score' && r.points !== undefined) dims[r.rule.rule.dimension] += r.points;
  }
  for (const key of Object.keys(dims) as Dimension[]) dims[key] = round(Math.min(100, Math.max(0, dims[key])), 1);
  return dims;
}

/**
 * The total score: dimensions weighted by the user's priorities, feasibility by the pack's fixed weight.
 * @example totalScore({ quality: 80, cost: 60, control: 50, feasibility: 90 }, { cost: 3, quality: 3, control: 3 }, 3) // 70
 */
export function totalScore(d: Dimensions, p: AnswersV1['priorities'], feasibilityWeight: number): number {
  const weight = p.quality + p.cost + p.control + feasibilityWeight;
  const sum = d.quality * p.quality + d.cost * p.cost + d.control * p.control + d.feasibility * feasibilityWeight;
  return round(sum / weight, 1);
}

/**
 * Eligible options, best first: higher score, then lower cost, then catalog order (so ties are stable).
 * @example rank(evaluation, priorities, 3)[0] // the recommended option's evaluation
 */
export function rank(e: UseCaseEvaluation, p: AnswersV1['priorities'], feasibilityWeight: number) {
  return e.options
    .filter((o) => !o.excluded)
    .map((o) => ({ o, score: totalScore(o.dimensions, p, feasibilityWeight) }))
    .sort((a, b) => b.score - a.score || a.o.derived.monthlyCostUsd - b.o.derived.monthlyCostUsd || a.o.index - b.o.index);
}
