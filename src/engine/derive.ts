import { round } from './round';
import type { Answers } from '../domain';
import { gpuChannelFor, loadOf, optionMonthlyCost, workloadOf, type Load, type SelfHostedSizing } from './cost';
import { answerFacts, useCaseFacts, type DerivedFacts, type OptionFacts } from './facts';
import { eligibleOptions } from './eligibility';
import type { RuleSet } from './rule-set';

/**
 * Derived facts that change when a use case's volume or token shape, the team's GPUs or the self-hosted pools
 * change: what a probe of those answers must work out again.
 */
export const COST_PATHS: readonly string[] = [
  'derived.monthlyCostUsd',
  'derived.standaloneMonthlyCostUsd',
  'derived.cheapestMonthlyCostUsd',
  'derived.proprietaryMonthlyCostUsd',
  'derived.costRatio',
  'derived.costIndex',
  'derived.savingsFactor',
  'derived.replicas',
  'derived.gpus',
  'derived.gpusPerReplica',
  'derived.utilisation',
  'derived.peakUtilisation',
  'derived.peakTokensPerMinute',
  'derived.peakRequestsPerMinute',
  'derived.quotaOverrun',
];

/**
 * Derived facts that compare an option with the others the hard constraints leave eligible: they change when the
 * answers those constraints read change (a team with no engineers rules self-hosting out, and the best quality or
 * the cheapest cost moves with it).
 */
export const COMPARISON_PATHS: readonly string[] = [
  'derived.bestTaskQuality',
  'derived.qualityGapPp',
  'derived.qualityRelative',
  'derived.qualityGapPct',
];

/** The loads other use cases already place on each self-hosted option, one per use case; an option absent carries none. */
export type PoolLoads = ReadonlyMap<string, readonly Load[]>;

/**
 * The default monthly amount below which cost differences barely count (manifest scoring.materialMonthlyUsd), at a
 * cost priority of 3; it halves with each step up and doubles with each step down (see `materialFor`).
 */
export const MATERIAL_MONTHLY_USD = 2000;

/** Cost points an option loses each time its (cost + material amount) doubles against the cheapest option's. */
export const COST_POINTS_PER_DOUBLING = 20;

/**
 * The material amount for a cost priority: the pack's amount at priority 3, halved for each step above and doubled for
 * each step below, so a cost-first buyer counts hundreds of dollars and a quality-first one only thousands.
 * @example materialFor(2000, 5) // 500
 * @example materialFor(2000, 1) // 8000
 */
export function materialFor(base: number, costPriority: number): number {
  return base * 2 ** (3 - costPriority);
}

/**
 * The cost score: 100 for the cheapest eligible option, 20 points fewer each time the cost doubles, where both costs
 * have the material amount added first. So a large bill that doubles loses 20 points, while a difference that is
 * small against the material amount loses almost nothing ($373 against $165 is 2.6 points at $2,000).
 * @example costScore(4000, 1000, 2000) // 100 - 20 * log2(6000 / 3000) = 80
 */
export function costScore(cost: number, cheapest: number, material: number): number {
  const ratio = (Math.max(cost, cheapest) + material) / (cheapest + material);
  return Math.max(0, 100 - COST_POINTS_PER_DOUBLING * Math.log2(ratio));
}

/**
 * Per option: the cost model's figures and the quality facts for one use case, as rules read them under `derived`.
 * Cost and quality are compared among the options the hard constraints leave eligible (all options when none is).
 * @example derive(rs, { answers, index: 0, pools: new Map() }, eligible)[0].derived.costIndex // 0..100
 */
export function derive(rs: RuleSet, { answers, index, pools }: UseCaseInput, eligible: readonly boolean[]): Derived {
  const useCase = answers.useCases[index];
  if (!useCase) throw new Error(`no use case at ${index}`);
  const kind = rs.catalog.assumptions.taskQuality[useCase.task];
  const workload = workloadOf(useCase, rs.costs, answers.regulation.dataResidency !== 'none');
  const channel = gpuChannelFor(answers.team.gpuAccess, rs.costs);
  const costs = rs.catalog.options.map((o) => optionMonthlyCost(o, workload, pools.get(o.id) ?? [], channel, rs.costs));
  const anyEligible = eligible.some(Boolean);
  // The cheapest option, the cheapest closed one (else the cheapest) and the best quality, among those that count.
  let cheapest = Infinity;
  let proprietary = Infinity;
  let best = 0;
  rs.options.forEach((f, i) => {
    if (anyEligible && eligible[i] !== true) return;
    const cost = costs[i]?.monthlyCostUsd ?? Infinity;
    cheapest = Math.min(cheapest, cost);
    if (f.weights === 'closed') proprietary = Math.min(proprietary, cost);
    best = Math.max(best, f.quality[kind] ?? 0);
  });
  // The strongest model in the catalog for this kind of task, whatever the answers rule out.
  const catalogBest = rs.options.reduce((m, f) => Math.max(m, f.quality[kind] ?? 0), 0);
  if (cheapest === Infinity) cheapest = 0;
  if (proprietary === Infinity) proprietary = cheapest;
  const material = materialFor(rs.scoring.materialMonthlyUsd ?? MATERIAL_MONTHLY_USD, answers.priorities.cost);
  const nonEnglish = (useCase.languages ?? ['en']).some((l) => l !== 'en');
  const load = loadOf(workload, rs.costs);
  const peakTokensPerMinute = round((load.peakInput + load.peakOutput) * 60, 0);
  const peakRequestsPerMinute = round(peakTokensPerMinute / rs.catalog.assumptions.tokensPerRequest.value, 0);
  return rs.options.map((facts, i) => {
    const cost = costs[i] ?? { monthlyCostUsd: 0, standaloneMonthlyCostUsd: 0, sizing: null };
    const quality = facts.quality[kind] ?? 0;
    const ratio = cheapest > 0 ? cost.monthlyCostUsd / cheapest : 1;
    const derived: DerivedFacts = {
      monthlyCostUsd: round(cost.monthlyCostUsd, 2),
      standaloneMonthlyCostUsd: round(cost.standaloneMonthlyCostUsd, 2),
      cheapestMonthlyCostUsd: round(cheapest, 2),
      proprietaryMonthlyCostUsd: round(proprietary, 2),
      costRatio: round(ratio, 4),
      costIndex: round(costScore(cost.monthlyCostUsd, cheapest, material), 2),
      savingsFactor: cost.monthlyCostUsd > 0 ? round(proprietary / cost.monthlyCostUsd, 4) : 1,
      taskQualityKind: kind,
      taskQuality: quality,
      bestTaskQuality: best,
      qualityGapPp: round(best - quality, 2),
      qualityRelative: best > 0 ? round((100 * quality) / best, 2) : 100,
      qualityGapPct: best > 0 ? round(100 - (100 * quality) / best, 2) : 0,
      catalogBestTaskQuality: catalogBest,
      qualityVsCatalogBest: catalogBest > 0 ? round((100 * quality) / catalogBest, 2) : 100,
      nonEnglish,
      replicas: cost.sizing?.replicas ?? 0,
      gpus: cost.sizing?.gpus ?? 0,
      gpusPerReplica: cost.sizing?.gpusPerReplica ?? 0,
      utilisation: round(cost.sizing?.utilisation ?? 0, 4),
      peakUtilisation: round(cost.sizing?.peakUtilisation ?? 0, 4),
      peakTokensPerMinute,
      peakRequestsPerMinute,
      quotaOverrun: quotaOverrun(facts, peakTokensPerMinute, peakRequestsPerMinute),
      onCallEngineers: rs.costs.onCallEngineers,
    };
    return { derived, sizing: cost.sizing };
  });
}

/**
 * How many times the busiest minute exceeds the option's standard quota, to two decimals; 0 where it records none.
 * A token quota counts input and output tokens together, as Bedrock's runtime endpoint does.
 */
function quotaOverrun(o: OptionFacts, peakTokensPerMinute: number, peakRequestsPerMinute: number): number {
  const tokens = o.rateLimitTokensPerMinute ? peakTokensPerMinute / o.rateLimitTokensPerMinute : 0;
  const requests = o.rateLimitRequestsPerMinute ? peakRequestsPerMinute / o.rateLimitRequestsPerMinute : 0;
  return round(Math.max(tokens, requests), 2);
}

/** Per option, the derived facts and the self-hosted sizing. */
export type Derived = { derived: DerivedFacts; sizing: SelfHostedSizing | null }[];

/** One use case of a set of answers, with the self-hosted pools the other use cases form: what an evaluation is of. */
export interface UseCaseInput {
  answers: Answers;
  /** The use case's index in `answers.useCases`. */
  index: number;
  pools: PoolLoads;
}

/**
 * Per option: the derived facts and sizing (given, when the caller knows they did not change, or worked out), and
 * the context a rule's `when` reads, one object per option shared by every rule.
 * @example prepare(rs, { answers, index: 0, pools: new Map() }).contexts[0].option.id // the first catalog option's id
 */
export function prepare(rs: RuleSet, { answers, index, pools }: UseCaseInput, known?: Derived) {
  const useCase = answers.useCases[index];
  if (!useCase) throw new Error(`no use case at ${index}`);
  const { organization, regulation, team, priorities } = answerFacts(answers);
  const facts = useCaseFacts(useCase);
  // One object per option, with `derived` filled in once it is known: the hard exclusions read no derived fact.
  const contexts = rs.options.map((option): { derived: DerivedFacts | undefined } & Record<string, unknown> => ({
    organization,
    regulation,
    team,
    priorities,
    useCase: facts,
    option,
    derived: undefined,
  }));
  const derived: Derived = known ?? derive(rs, { answers, index, pools }, eligibleOptions(rs, contexts));
  contexts.forEach((context, i) => (context.derived = derived[i]?.derived));
  return { derived, contexts };
}
