import { round } from './round';
import type { Answers, Choice, Obligation, RecommendationV1, UseCaseResult } from '../domain';
import { dayNumber } from './dates';
import { evaluateRule } from './evaluate-rule';
import { obligationOf } from './explain';
import { answerFacts, type PortfolioFacts } from './facts';
import { rank, type UseCaseEvaluation } from './evaluate';
import type { RuleSet } from './rule-set';

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

/** The "as of" dates of every price a pick's cost rests on: its token prices, or its GPUs' price and the engineer hour. */
function priceDates(rs: RuleSet, answers: Answers, choice: Choice): string[] {
  const option = rs.catalog.options.find((o) => o.id === choice.optionId);
  const p = option?.priceUsdPerMillion;
  if (p) return [p.input, p.output, p.cachedInput, p.batchDiscount, p.longContext].flatMap((v) => (v ? [v.asOf] : []));
  const gpu = rs.catalog.gpuTypes.find((g) => g.id === choice.selfHosting?.gpuType);
  if (!gpu) return [];
  const a = rs.catalog.assumptions;
  const gpuPrices =
    answers.team.gpuAccess === 'on-prem'
      ? [gpu.purchaseUsd, gpu.powerKw, a.onPrem.usdPerKwh]
      : [gpu.rentalUsdPerHour[a.rentalChannel.value]];
  return [...gpuPrices, a.engineerHourUsd].map((v) => v.asOf);
}

/** `{ pricesAsOf }`: the oldest date among the prices the picks rest on; nothing when no use case has a pick. */
function pricesAsOf(rs: RuleSet, answers: Answers, useCases: UseCaseResult[]): { pricesAsOf?: string } {
  const dates = useCases.flatMap((u) => (u.recommended ? priceDates(rs, answers, u.recommended) : []));
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
      obligations.set(rule.id, obligationOf(rule));
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
