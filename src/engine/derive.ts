import { round } from './round';
import type { Answers } from '../domain';
import { optionMonthlyCost, type SelfHostedSizing } from './cost';
import { answerFacts, useCaseFacts, type DerivedFacts } from './facts';
import type { RuleSet } from './rule-set';

/** Derived facts that change when a use case's volume or its self-hosted pools change. */
export const COST_PATHS: readonly string[] = [
  'derived.monthlyCostUsd',
  'derived.cheapestMonthlyCostUsd',
  'derived.proprietaryMonthlyCostUsd',
  'derived.costRatio',
  'derived.costIndex',
  'derived.savingsFactor',
  'derived.replicas',
  'derived.utilisation',
];

/** Tokens already placed on each self-hosted option by other use cases; empty means none. */
export type PoolTokens = ReadonlyMap<string, number>;

/**
 * Per option: the cost model's figures and the quality facts for one use case, as rules read them under `derived`.
 * @example derive(rs, answers, 0, new Map())[0].derived.costIndex // 0..100
 */
export function derive(rs: RuleSet, answers: Answers, ucIndex: number, pools: PoolTokens): Derived {
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

/** Per option, the derived facts and the self-hosted sizing. */
export type Derived = { derived: DerivedFacts; sizing: SelfHostedSizing | null }[];

/**
 * Per option: the derived facts and sizing (given, when the caller knows they did not change, or worked out), and
 * the context a rule's `when` reads, one object per option shared by every rule.
 * @example prepare(rs, answers, 0, new Map()).contexts[0].option.id // the first catalog option's id
 */
export function prepare(rs: RuleSet, answers: Answers, ucIndex: number, pools: PoolTokens, known?: Derived) {
  const useCase = answers.useCases[ucIndex];
  if (!useCase) throw new Error(`no use case at ${ucIndex}`);
  const { organization, regulation, team, priorities } = answerFacts(answers);
  const facts = useCaseFacts(useCase);
  const derived: Derived = known ?? derive(rs, answers, ucIndex, pools);
  const contexts = rs.options.map((option, i) => ({ organization, regulation, team, priorities, useCase: facts, option, derived: derived[i]?.derived }));
  return { derived, contexts };
}

