import type { Answers, Deployment, UseCaseResult } from '../domain';
import { withAssumptions } from './assumptions';
import { gpuChannelFor, optionMonthlyCost, workloadOf } from './cost';
import { round } from './round';
import type { RuleSetData } from './rule-set';

/** One sample of a cost curve: the monthly cost at a monthly volume (and, self-hosted, the replicas it needs). */
export interface CostPoint {
  tokens: number;
  monthlyCostUsd: number;
  replicas?: number;
}

/** How one option's monthly cost grows with the volume of one use case. */
export interface CostCurve {
  deployment: Deployment;
  optionId: string;
  label: string;
  points: CostPoint[];
}

/** Deployment kinds in the order the curves come out: the order people read them in (buy, rent, run). */
const KINDS: readonly Deployment[] = ['api', 'managed', 'self-hosted'];

/** How far the curves reach either side of the use case's volume: a factor of 100 each way. */
const SPAN_DECADES = 2;

/** The option ids in rank order, from a use case's result or as given. */
function rankedIds(ranked: readonly string[] | Pick<UseCaseResult, 'recommended' | 'alternatives'>): string[] {
  if (Array.isArray(ranked)) return [...(ranked as readonly string[])];
  const result = ranked as Pick<UseCaseResult, 'recommended' | 'alternatives'>;
  return [...(result.recommended ? [result.recommended] : []), ...result.alternatives].map((c) => c.optionId);
}

/**
 * Log-spaced volumes from `volume / 100` to `volume * 100`; with an odd count the middle one is `volume` itself.
 * @example logVolumes(1e9, 5) // [1e7, 1e8, 1e9, 1e10, 1e11]
 */
export function logVolumes(volume: number, samples: number): number[] {
  const n = Math.max(2, Math.round(samples));
  return Array.from({ length: n }, (_, i) => volume * 10 ** (-SPAN_DECADES + (2 * SPAN_DECADES * i) / (n - 1)));
}

/**
 * The cost curves a results chart draws for one use case: for each deployment kind among the use case's eligible
 * options, the best-ranked option of that kind, costed with the engine's own cost model (`optionMonthlyCost` and
 * the rule set's cost assumptions) at log-spaced volumes from a hundredth of the use case's volume to a hundred
 * times it.
 *
 * Choices, so that a chart and its caption say what they show:
 * - "Eligible" and "best-ranked" are the engine's: `ranked` is the use case's recommended option and alternatives,
 *   best first (pass the `UseCaseResult` from `recommend`, or its option ids). Excluded options get no curve.
 * - Each option is costed standalone: a self-hosted option carries only this use case's tokens, with no
 *   capacity pooled from other use cases. At the use case's own volume a curve can therefore sit above the
 *   recommendation's `monthlyCostUsd` when the recommendation shares a self-hosted pool.
 * - Self-hosted curves are step functions of the replicas: flat until a replica fills, then a step up.
 *
 * @example costCurves(ruleSet, answers, 0, recommend(ruleSet, answers).useCases[0]).map((c) => c.deployment) // ['api', 'managed', 'self-hosted']
 */
export function costCurves(
  pack: RuleSetData,
  answers: Answers,
  useCaseIndex: number,
  ranked: readonly string[] | Pick<UseCaseResult, 'recommended' | 'alternatives'>,
  samples = 25,
): CostCurve[] {
  const useCase = answers.useCases[useCaseIndex];
  if (!useCase) throw new Error(`no use case at ${useCaseIndex}`);
  const rs = withAssumptions(pack, answers.assumptions);
  const ids = rankedIds(ranked);
  const volumes = logVolumes(useCase.monthlyTokens, samples);
  const workload = workloadOf(useCase, rs.costs, answers.regulation.dataResidency !== 'none');
  const channel = gpuChannelFor(answers.team.gpuAccess, rs.costs);
  return KINDS.flatMap((kind) => {
    const best = ids.find((id) => rs.catalog.options.some((o) => o.id === id && o.deployment === kind));
    const index = rs.catalog.options.findIndex((o) => o.id === best);
    const option = rs.catalog.options[index];
    const facts = rs.options[index];
    if (!option || !facts) return [];
    const points = volumes.map((tokens): CostPoint => {
      const cost = optionMonthlyCost(option, { ...workload, monthlyTokens: tokens }, [], channel, rs.costs);
      const point: CostPoint = { tokens, monthlyCostUsd: round(cost.monthlyCostUsd, 2) };
      return cost.sizing ? { ...point, replicas: cost.sizing.replicas } : point;
    });
    return [{ deployment: kind, optionId: option.id, label: facts.label, points }];
  });
}
