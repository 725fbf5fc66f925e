import { round } from './round';
import type { Answers, Choice, Obligation, RecommendationV1, UseCase, UseCaseResult } from '../domain';
import { workloadOf } from './cost';
import { dayNumber } from './dates';
import { evaluateRule } from './evaluate-rule';
import { obligationOf } from './explain';
import { answerFacts, type PortfolioFacts } from './facts';
import { rank, type UseCaseEvaluation } from './evaluate';
import type { RuleSet } from './rule-set';
import type { RuleSetData } from './rule-set-data';

/**
 * What the use case would cost if the same rules and priorities chose among proprietary options only: the best-ranked
 * eligible closed option's monthly cost (the cheapest closed option's when every closed option is excluded).
 */
function proprietaryPick(rs: RuleSet, answers: Answers, evaluation: UseCaseEvaluation | undefined): number {
  if (!evaluation) return 0;
  const best = rank(evaluation, answers.priorities, rs.scoring.feasibilityWeight).find((r) => r.o.facts.weights === 'closed');
  return best ? best.o.derived.monthlyCostUsd : (evaluation.options[0]?.derived.proprietaryMonthlyCostUsd ?? 0);
}

/** Portfolio facts from the picks: what portfolio rules read. */
export function portfolioFacts(rs: RuleSet, answers: Answers, useCases: UseCaseResult[], evals: UseCaseEvaluation[]): PortfolioFacts {
  let cost = 0;
  let baseline = 0;
  let tokens = 0;
  let openTokens = 0;
  const providers = new Set<string>();
  const vendors = new Set<string>();
  const weights = new Set<string>();
  const selfHosted = new Set<string>();
  useCases.forEach((u, i) => {
    const choice = u.recommended;
    if (!choice) return;
    const facts = rs.options.find((o) => o.id === choice.optionId);
    const t = answers.useCases[i]?.monthlyTokens ?? 0;
    cost += choice.monthlyCostUsd;
    baseline += proprietaryPick(rs, answers, evals[i]);
    tokens += t;
    if (choice.weights === 'open') openTokens += t;
    weights.add(choice.weights);
    if (facts) {
      providers.add(facts.provider);
      vendors.add(facts.vendor);
      if (facts.deployment === 'self-hosted') selfHosted.add(facts.modelId);
    }
  });
  return {
    useCaseCount: useCases.length,
    providers: [...providers].sort(),
    providerCount: providers.size,
    vendors: [...vendors].sort(),
    mixesWeights: weights.size > 1,
    openWeightsTokenShare: tokens > 0 ? round(openTokens / tokens, 4) : 0,
    monthlyCostUsd: round(cost, 2),
    allProprietaryMonthlyCostUsd: round(baseline, 2),
    savingsFactor: cost > 0 ? round(baseline / cost, 2) : 1,
    selfHostedModels: [...selfHosted].sort(),
    unservedUseCases: useCases.filter((u) => !u.recommended).length,
    hasCustomerFacing: answers.useCases.some((u) => u.audience === 'customer-facing'),
  };
}

/** What the figures of a pick depend on: its option, and for a self-hosted one the GPU it runs on. */
type PricedChoice = Pick<Choice, 'optionId'> & { selfHosting?: Pick<NonNullable<Choice['selfHosting']>, 'gpuType'> };

/** One figure a pick's cost rests on, as the catalog cites it. */
export interface PriceFigure {
  /** What it is, in words: "input price", "batch discount", "GPU hour". */
  name: string;
  asOf: string;
  source: string;
  unconfirmed?: true;
  /** Whether the use case's cost uses it (a batch discount without batch work, say, does not). */
  used: boolean;
}

/**
 * Every figure a pick's cost rests on: its token prices, or its GPUs' price and the engineer hour. `useCase` decides
 * which of them its cost uses.
 * @example priceFigures(rs, answers, useCase, choice).map((f) => f.name) // ['input price', 'output price', …]
 */
export function priceFigures(
  rs: Pick<RuleSetData, 'catalog' | 'costs'>,
  answers: Answers,
  useCase: UseCase,
  choice: PricedChoice,
): PriceFigure[] {
  const figure = (name: string, v: { asOf: string; source: string; unconfirmed?: true }, used = true): PriceFigure => ({
    name,
    asOf: v.asOf,
    source: v.source,
    ...(v.unconfirmed ? { unconfirmed: v.unconfirmed } : {}),
    used,
  });
  const option = rs.catalog.options.find((o) => o.id === choice.optionId);
  const p = option?.priceUsdPerMillion;
  if (p) {
    const w = workloadOf(useCase, rs.costs);
    const long = p.longContext;
    const longUsed = long !== undefined && w.requestInputTokens !== null && w.requestInputTokens > long.value.aboveInputTokens;
    return [
      figure('input price', p.input, !longUsed),
      figure('output price', p.output, !longUsed),
      ...(p.cachedInput ? [figure('cached-input price', p.cachedInput, w.cachedShare > 0 && !longUsed)] : []),
      ...(p.batchDiscount ? [figure('batch discount', p.batchDiscount, w.batchShare > 0)] : []),
      ...(long ? [figure('long-context prices', long, longUsed)] : []),
    ];
  }
  const gpu = rs.catalog.gpuTypes.find((g) => g.id === choice.selfHosting?.gpuType);
  if (!gpu) return [];
  const a = rs.catalog.assumptions;
  const gpuPrices =
    answers.team.gpuAccess === 'on-prem'
      ? [
          figure('GPU purchase price', gpu.purchaseUsd),
          figure('GPU power draw', gpu.powerKw),
          figure('electricity price', a.onPrem.usdPerKwh),
        ]
      : [figure('GPU hour', gpu.rentalUsdPerHour[a.rentalChannel.value])];
  return [...gpuPrices, figure('engineer hour', a.engineerHourUsd)];
}

/**
 * Whether the quality score an option is compared on for this use case's task is the pack's estimate (its source is
 * of kind "estimate": carried over from a predecessor, or placed between measured models) rather than a measured one.
 * @example qualityEstimated(rs, useCase, 'gpt-6.2-sol-api') // true: carried over from GPT-6.1 Sol
 */
export function qualityEstimated(rs: Pick<RuleSetData, 'catalog' | 'sources'>, useCase: Pick<UseCase, 'task'>, optionId: string): boolean {
  const option = rs.catalog.options.find((o) => o.id === optionId);
  const model = rs.catalog.models.find((m) => m.id === option?.modelId);
  const kind = rs.catalog.assumptions.taskQuality[useCase.task];
  const score = model && kind ? model.quality[kind] : undefined;
  return score !== undefined && rs.sources.get(score.source)?.kind === 'estimate';
}

/** The "as of" dates of every price a pick's cost rests on. */
function priceDates(rs: RuleSet, answers: Answers, useCase: UseCase, choice: Choice): string[] {
  return priceFigures(rs, answers, useCase, choice).map((f) => f.asOf);
}

/**
 * The figures a pick's cost uses that were not read on the publisher's own page: the figure is marked unconfirmed,
 * or its source is a secondary one (another party's copy or report). The reports ask the reader to confirm them.
 * @example unconfirmedFigures(rs, answers, useCase, haikuChoice) // ['cached-input price', 'batch discount']
 */
export function unconfirmedFigures(
  rs: Pick<RuleSetData, 'catalog' | 'costs' | 'sources'>,
  answers: Answers,
  useCase: UseCase,
  choice: PricedChoice,
): string[] {
  return priceFigures(rs, answers, useCase, choice)
    .filter((f) => f.used && (f.unconfirmed === true || rs.sources.get(f.source)?.secondary === true))
    .map((f) => f.name);
}

/** `{ pricesAsOf }`: the oldest date among the prices the picks rest on; nothing when no use case has a pick. */
function pricesAsOf(rs: RuleSet, answers: Answers, useCases: UseCaseResult[]): { pricesAsOf?: string } {
  const dates = useCases.flatMap((u, i) => {
    const useCase = answers.useCases[i];
    return u.recommended && useCase ? priceDates(rs, answers, useCase, u.recommended) : [];
  });
  const oldest = dates.reduce<string | null>((min, d) => (min === null || (dayNumber(d) ?? 0) < (dayNumber(min) ?? 0) ? d : min), null);
  return oldest === null ? {} : { pricesAsOf: oldest };
}

/** Totals, deduplicated obligations and the portfolio rules' notes and obligations. */
export function portfolioOf(
  rs: RuleSet,
  answers: Answers,
  useCases: UseCaseResult[],
  evals: UseCaseEvaluation[],
): RecommendationV1['portfolio'] {
  const facts = portfolioFacts(rs, answers, useCases, evals);
  const context = { ...answerFacts(answers), portfolio: facts };
  const obligations = new Map<string, Obligation>();
  for (const u of useCases) for (const o of u.obligations) if (!obligations.has(o.id)) obligations.set(o.id, o);
  const notes: RecommendationV1['portfolio']['notes'] = [];
  for (const c of rs.rules) {
    if (c.scope !== 'portfolio' || !evaluateRule(c, context).fired) continue;
    const rule = c.rule;
    if (rule.effect === 'obligation' && !obligations.has(rule.id)) {
      obligations.set(rule.id, obligationOf(rule, answers));
    } else if (rule.effect === 'note') notes.push({ ruleId: rule.id, text: rule.text, sources: [...rule.sources] });
  }
  return {
    monthlyCostUsd: facts.monthlyCostUsd,
    allProprietaryMonthlyCostUsd: facts.allProprietaryMonthlyCostUsd,
    openWeightsTokenShare: facts.openWeightsTokenShare,
    ...pricesAsOf(rs, answers, useCases),
    obligations: [...obligations.values()],
    notes,
  };
}
