import type { CatalogFile, CatalogOption } from '../domain';

/** Hours in an average month (8,760 / 12): GPUs are rented around the clock. */
export const HOURS_PER_MONTH = 730;

/** The catalog's cost assumptions, read once per rule set. */
export interface CostAssumptions {
  inputTokenShare: number;
  targetUtilisation: number;
  engineerHourUsd: number;
  gpuHourUsd: ReadonlyMap<string, number>;
}

export function costAssumptions(catalog: CatalogFile): CostAssumptions {
  return {
    inputTokenShare: catalog.assumptions.inputTokenShare.value,
    targetUtilisation: catalog.assumptions.targetUtilisation.value,
    engineerHourUsd: catalog.assumptions.engineerHourUsd.value,
    gpuHourUsd: new Map(catalog.gpuTypes.map((g) => [g.id, g.hourlyUsd.value])),
  };
}

/**
 * Monthly cost of a per-token option: tokens times the price, split into input and output.
 * @example perTokenMonthlyCost({ input: 2.5, output: 2.5 }, 1e9, 0.75) // 2500
 */
export function perTokenMonthlyCost(price: { input: number; output: number }, monthlyTokens: number, inputShare: number): number {
  const millions = monthlyTokens / 1e6;
  return millions * (inputShare * price.input + (1 - inputShare) * price.output);
}

/** A self-hosted deployment sized for a pool of workloads. */
export interface SelfHostedSizing {
  replicas: number;
  gpus: number;
  utilisation: number;
  gpuMonthlyUsd: number;
  opsMonthlyUsd: number;
  monthlyCostUsd: number;
}

/**
 * Sizes one self-hosted deployment for `monthlyTokens`: enough replicas that each runs at or under the target
 * utilisation (at least one, since a deployment runs around the clock), plus the engineers' operating hours.
 * @example sizeSelfHosted(option, 1e9, assumptions).replicas // 1
 */
export function sizeSelfHosted(option: CatalogOption, monthlyTokens: number, a: CostAssumptions): SelfHostedSizing {
  const hosting = option.selfHosting;
  if (!hosting) throw new Error(`option ${option.id} is not self-hosted`);
  const hourly = a.gpuHourUsd.get(hosting.gpuType) ?? 0;
  const fullCapacity = hosting.throughputTokensPerSecond.value * 3600 * HOURS_PER_MONTH;
  const replicas = Math.max(1, Math.ceil(monthlyTokens / (fullCapacity * a.targetUtilisation)));
  const gpus = replicas * hosting.gpusPerReplica.value;
  const gpuMonthlyUsd = gpus * hourly * HOURS_PER_MONTH;
  const opsMonthlyUsd = hosting.opsHoursPerMonth.value * a.engineerHourUsd;
  return {
    replicas,
    gpus,
    utilisation: monthlyTokens / (replicas * fullCapacity),
    gpuMonthlyUsd,
    opsMonthlyUsd,
    monthlyCostUsd: gpuMonthlyUsd + opsMonthlyUsd,
  };
}

/**
 * A workload's share of a pooled self-hosted deployment: the pool is sized for this workload plus
 * `otherTokens` already on the same model, and the cost is split by tokens.
 * @example pooledShare(option, 1e9, 0, a) === sizeSelfHosted(option, 1e9, a).monthlyCostUsd // true
 */
export function pooledShare(option: CatalogOption, monthlyTokens: number, otherTokens: number, a: CostAssumptions) {
  const total = monthlyTokens + otherTokens;
  const sizing = sizeSelfHosted(option, total, a);
  return { sizing, monthlyCostUsd: (sizing.monthlyCostUsd * monthlyTokens) / total };
}

/**
 * Monthly cost of an option for a workload; self-hosted options share a pool with `otherTokens`.
 * @example optionMonthlyCost(apiOption, 1e9, 0, a) // 2500
 */
export function optionMonthlyCost(option: CatalogOption, monthlyTokens: number, otherTokens: number, a: CostAssumptions) {
  if (option.deployment === 'self-hosted') return pooledShare(option, monthlyTokens, otherTokens, a);
  const price = option.priceUsdPerMillion;
  if (!price) throw new Error(`option ${option.id} has no per-token price`);
  const cost = perTokenMonthlyCost({ input: price.input.value, output: price.output.value }, monthlyTokens, a.inputTokenShare);
  return { sizing: null, monthlyCostUsd: cost };
}
