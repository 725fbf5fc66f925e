import type { CatalogFile, CatalogOption, GpuAccess, RentalChannel, ServingConfig, TokenPrices, UseCase } from '../domain';

/** Hours in an average month (8,760 / 12): GPUs are rented around the clock. */
export const HOURS_PER_MONTH = 730;
const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

/** Where the GPUs of a self-hosted deployment come from. */
export type GpuChannel = RentalChannel | 'on-prem';

/** The catalog's cost assumptions, read once per rule set. */
export interface CostAssumptions {
  inputShare: number;
  cachedShare: number;
  batchShare: number;
  longContextRequestTokens: number;
  peakToAverage: number;
  targetUtilisation: number;
  minReplicas: number;
  rentalChannel: RentalChannel;
  engineerHourUsd: number;
  opsHoursPerReplica: number;
  onCallHoursPerMonth: number;
  onCallEngineers: number;
  /** US dollars per GPU-hour by GPU type id and channel; on-premises is the purchase written off plus power. */
  gpuHourUsd: ReadonlyMap<string, Readonly<Record<GpuChannel, number>>>;
}

/** @example costAssumptions(catalog).minReplicas // 2 */
export function costAssumptions(catalog: CatalogFile): CostAssumptions {
  const a = catalog.assumptions;
  const onPrem = a.onPrem;
  return {
    inputShare: a.inputTokenShare.value,
    cachedShare: a.cachedShare.value,
    batchShare: a.batchShare.value,
    longContextRequestTokens: a.longContextRequestTokens.value,
    peakToAverage: a.peakToAverage.value,
    targetUtilisation: a.targetUtilisation.value,
    minReplicas: a.minReplicas.value,
    rentalChannel: a.rentalChannel.value,
    engineerHourUsd: a.engineerHourUsd.value,
    opsHoursPerReplica: a.opsHoursPerReplica.value,
    onCallHoursPerMonth: a.onCall.value.hoursPerMonth,
    onCallEngineers: a.onCall.value.engineers,
    gpuHourUsd: new Map(
      catalog.gpuTypes.map((g) => [
        g.id,
        {
          'gpu-cloud': g.rentalUsdPerHour['gpu-cloud'].value,
          hyperscaler: g.rentalUsdPerHour.hyperscaler.value,
          'on-prem':
            g.purchaseUsd.value / onPrem.amortisationMonths.value / HOURS_PER_MONTH +
            g.powerKw.value * onPrem.pue.value * onPrem.usdPerKwh.value,
        },
      ]),
    ),
  };
}

/** One use case's tokens and their shape, the catalog's defaults filled in. */
export interface Workload {
  monthlyTokens: number;
  inputShare: number;
  cachedShare: number;
  batchShare: number;
  /**
   * Input tokens of a typical request, where it matters for price: the use case's own figure, or for a long-context
   * use case the catalog's; null for short requests (no long-context price applies).
   */
  requestInputTokens: number | null;
  /** The data must stay in a region: channels with a residency premium charge it. */
  residency: boolean;
  /** Customers or critical decisions depend on it: a self-hosted deployment needs a 24/7 on-call rota. */
  onCall: boolean;
}

/**
 * Whether a use case needs a 24/7 on-call rota when self-hosted: customers or critical decisions depend on it in real
 * time, that is it is customer-facing or critical and less than half of it is sent as batches (its own batchShare;
 * absent, none), whose turnaround of up to a day lets an outage wait for working hours. A deployment's cost includes
 * the rota when any use case on it needs one; the pack's on-call rules read the same three answers.
 * @example needsOnCall({ ...useCase, audience: 'customer-facing' }) // true
 * @example needsOnCall({ ...useCase, audience: 'customer-facing', batchShare: 1 }) // false
 */
export function needsOnCall(useCase: Pick<UseCase, 'audience' | 'accuracy' | 'batchShare'>): boolean {
  return (useCase.audience === 'customer-facing' || useCase.accuracy === 'critical') && (useCase.batchShare ?? 0) < 0.5;
}

/**
 * The typical request size a use case is priced at: its own figure, else the catalog's long-context request for a
 * long-context use case, else null (a short request).
 * @example requestInputTokensOf({ ...useCase, longContext: true }, a) // 300000, the catalog's figure
 */
export function requestInputTokensOf(
  useCase: Pick<UseCase, 'requestInputTokens' | 'longContext'>,
  a: Pick<CostAssumptions, 'longContextRequestTokens'>,
): number | null {
  return useCase.requestInputTokens ?? (useCase.longContext ? a.longContextRequestTokens : null);
}

/** @example workloadOf(useCase, a).inputShare // the use case's own share, else the catalog's 0.75 */
export function workloadOf(useCase: UseCase, a: CostAssumptions, residency = false): Workload {
  return {
    monthlyTokens: useCase.monthlyTokens,
    inputShare: useCase.inputShare ?? a.inputShare,
    cachedShare: useCase.cachedShare ?? a.cachedShare,
    batchShare: useCase.batchShare ?? a.batchShare,
    requestInputTokens: requestInputTokensOf(useCase, a),
    residency,
    onCall: needsOnCall(useCase),
  };
}

/**
 * Monthly cost of a per-token channel: input at the input price except the cached share at the cached price (where
 * the channel caches), output at the output price, long requests at the long-context prices, the batch share at the
 * batch discount (where the channel has one), and the residency premium when the data must stay in a region.
 * @example perTokenMonthlyCost(gpt55Prices, { monthlyTokens: 1e9, inputShare: 0.75, cachedShare: 0, batchShare: 0, requestInputTokens: null }) // 11250 at $5 in, $30 out
 */
export function perTokenMonthlyCost(prices: TokenPrices, w: Workload): number {
  const tier = prices.longContext?.value;
  const long = tier !== undefined && w.requestInputTokens !== null && w.requestInputTokens > tier.aboveInputTokens;
  const input = long ? tier.input : prices.input.value;
  const cached = (long ? tier.cachedInput : prices.cachedInput?.value) ?? input;
  const output = long ? tier.output : prices.output.value;
  const millions = w.monthlyTokens / 1e6;
  const full = millions * (w.inputShare * ((1 - w.cachedShare) * input + w.cachedShare * cached) + (1 - w.inputShare) * output);
  const premium = w.residency ? 1 + (prices.residencyPremium?.value ?? 0) : 1;
  return full * (1 - w.batchShare * (prices.batchDiscount?.value ?? 0)) * premium;
}

/** Tokens a second a workload puts on a deployment: in its busiest hour (what replicas are sized for) and on average. */
export interface Load {
  peakInput: number;
  peakOutput: number;
  averageInput: number;
  averageOutput: number;
  /** Some work on it needs a 24/7 on-call rota. */
  onCall: boolean;
}

export const NO_LOAD: Load = { peakInput: 0, peakOutput: 0, averageInput: 0, averageOutput: 0, onCall: false };

/**
 * Interactive work peaks at the catalog's peak-to-average factor; batch work is spread over the month.
 * @example loadOf({ monthlyTokens: 2.628e9, inputShare: 0.5, cachedShare: 0, batchShare: 0, requestInputTokens: null }, a).averageInput // 500
 */
export function loadOf(w: Workload, a: CostAssumptions): Load {
  const averageInput = (w.monthlyTokens * w.inputShare) / SECONDS_PER_MONTH;
  const averageOutput = (w.monthlyTokens * (1 - w.inputShare)) / SECONDS_PER_MONTH;
  const peak = (1 - w.batchShare) * a.peakToAverage + w.batchShare;
  return { peakInput: averageInput * peak, peakOutput: averageOutput * peak, averageInput, averageOutput, onCall: w.onCall };
}

/** @example addLoads(l, NO_LOAD) // equal to l */
export function addLoads(x: Load, y: Load): Load {
  return {
    peakInput: x.peakInput + y.peakInput,
    peakOutput: x.peakOutput + y.peakOutput,
    averageInput: x.averageInput + y.averageInput,
    averageOutput: x.averageOutput + y.averageOutput,
    onCall: x.onCall || y.onCall,
  };
}

/** Replicas' worth of work a load is for one serving configuration, running flat out. */
function busy(config: ServingConfig, peak: boolean, l: Load): number {
  const input = peak ? l.peakInput : l.averageInput;
  const output = peak ? l.peakOutput : l.averageOutput;
  return input / config.prefillTokensPerSecond.value + output / config.decodeTokensPerSecond.value;
}

/** Where the GPUs come from: owned when the team has its own, else rented where the catalog says. */
export function gpuChannelFor(gpuAccess: GpuAccess, a: CostAssumptions): GpuChannel {
  return gpuAccess === 'on-prem' ? 'on-prem' : a.rentalChannel;
}

/** A self-hosted deployment sized for a pool of workloads. */
export interface SelfHostedSizing {
  gpuType: string;
  quantisation: string;
  gpuChannel: GpuChannel;
  gpusPerReplica: number;
  replicas: number;
  gpus: number;
  /** Share of the replicas' capacity used in the busiest hour and on average. */
  peakUtilisation: number;
  utilisation: number;
  gpuMonthlyUsd: number;
  opsHoursPerMonth: number;
  opsMonthlyUsd: number;
  monthlyCostUsd: number;
}

function sizeWith(option: CatalogOption, config: ServingConfig, load: Load, channel: GpuChannel, a: CostAssumptions): SelfHostedSizing {
  const peakBusy = busy(config, true, load);
  const replicas = Math.max(a.minReplicas, Math.ceil(peakBusy / a.targetUtilisation - 1e-9));
  const gpus = replicas * config.gpusPerReplica;
  const hourly = a.gpuHourUsd.get(config.gpuType)?.[channel] ?? 0;
  const gpuMonthlyUsd = gpus * hourly * HOURS_PER_MONTH;
  const onCall = load.onCall ? a.onCallHoursPerMonth : 0;
  const opsHoursPerMonth = (option.selfHosting?.opsHoursPerMonth.value ?? 0) + a.opsHoursPerReplica * replicas + onCall;
  const opsMonthlyUsd = opsHoursPerMonth * a.engineerHourUsd;
  return {
    gpuType: config.gpuType,
    quantisation: config.quantisation,
    gpuChannel: channel,
    gpusPerReplica: config.gpusPerReplica,
    replicas,
    gpus,
    peakUtilisation: peakBusy / replicas,
    utilisation: busy(config, false, load) / replicas,
    gpuMonthlyUsd,
    opsHoursPerMonth,
    opsMonthlyUsd,
    monthlyCostUsd: gpuMonthlyUsd + opsMonthlyUsd,
  };
}

/**
 * Sizes one self-hosted deployment for a load: for each serving configuration, replicas enough that the busiest hour
 * runs at or under the target utilisation (never fewer than the production minimum), its GPUs at the channel's
 * price around the clock, and engineer hours that grow with the replicas, plus a 24/7 on-call rota when customers or
 * critical decisions depend on the work. The cheapest
 * configuration wins (then the one with fewer GPUs, then catalog order).
 * @example sizeSelfHosted(option, loadOf(w, a), 'gpu-cloud', a).replicas // 2 at least
 */
export function sizeSelfHosted(option: CatalogOption, load: Load, channel: GpuChannel, a: CostAssumptions): SelfHostedSizing {
  const configs = option.selfHosting?.configs ?? [];
  let best: SelfHostedSizing | undefined;
  for (const config of configs) {
    const s = sizeWith(option, config, load, channel, a);
    if (!best || s.monthlyCostUsd < best.monthlyCostUsd || (s.monthlyCostUsd === best.monthlyCostUsd && s.gpus < best.gpus)) best = s;
  }
  if (!best) throw new Error(`option ${option.id} is not self-hosted`);
  return best;
}

/** An option's cost for one workload: its share of the deployment it lands in, and what it would cost alone. */
export interface OptionCost {
  sizing: SelfHostedSizing | null;
  monthlyCostUsd: number;
  standaloneMonthlyCostUsd: number;
}

/**
 * Monthly cost of an option for a workload. A self-hosted option shares one deployment with `others` (the loads other
 * use cases already put on it, one per use case). The deployment is sized for them all, and pooling's saving is
 * shared alike: each use case pays its standalone cost less the same percentage, so the shares add up to the whole
 * deployment and none pays more than it would alone (one that needs no on-call rota does not carry another's).
 * When pooling saves nothing (serving configurations so unlike that one deployment costs more than separate ones),
 * each pays its standalone cost.
 * @example optionMonthlyCost(apiOption, w, [], 'gpu-cloud', a).monthlyCostUsd // tokens times prices
 */
export function optionMonthlyCost(
  option: CatalogOption,
  w: Workload,
  others: readonly Load[],
  channel: GpuChannel,
  a: CostAssumptions,
): OptionCost {
  if (option.deployment !== 'self-hosted') {
    const prices = option.priceUsdPerMillion;
    if (!prices) throw new Error(`option ${option.id} has no per-token price`);
    const cost = perTokenMonthlyCost(prices, w);
    return { sizing: null, monthlyCostUsd: cost, standaloneMonthlyCostUsd: cost };
  }
  const own = loadOf(w, a);
  const alone = sizeSelfHosted(option, own, channel, a);
  if (others.length === 0) return { sizing: alone, monthlyCostUsd: alone.monthlyCostUsd, standaloneMonthlyCostUsd: alone.monthlyCostUsd };
  const pooled = sizeSelfHosted(option, others.reduce(addLoads, own), channel, a);
  const standalones = others.reduce((sum, l) => sum + sizeSelfHosted(option, l, channel, a).monthlyCostUsd, alone.monthlyCostUsd);
  const paid = standalones > 0 ? Math.min(1, pooled.monthlyCostUsd / standalones) : 1;
  return { sizing: pooled, monthlyCostUsd: alone.monthlyCostUsd * paid, standaloneMonthlyCostUsd: alone.monthlyCostUsd };
}
