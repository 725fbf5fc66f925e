import type { Answers, CatalogFile, CatalogOption, Model, UseCase } from '../domain';
import { daysBetween } from './dates';

/** What a rule's `when` sees of one catalog option: flat, plain values, no citations. */
export interface OptionFacts {
  id: string;
  label: string;
  modelId: string;
  model: string;
  vendor: string;
  provider: string;
  weights: 'open' | 'closed';
  deployment: 'self-hosted' | 'managed' | 'api';
  channel: string;
  tier: string;
  released: string;
  /** The model is kept only for comparison. */
  legacy: boolean;
  /** The channel has stopped serving the model by the catalog's date. */
  retired: boolean;
  retiresOn: string | null;
  /** Days from the catalog's date to the retirement (negative once past), or null when none is announced. */
  daysToRetirement: number | null;
  regions: string[];
  baaAvailable: boolean;
  dpaAvailable: boolean;
  zeroRetention: boolean;
  rateLimitTokensPerMinute: number | null;
  rateLimitRequestsPerMinute: number | null;
  /** How the channel raises its quota: 'documented' or 'support-only'; null when the catalog does not say. */
  quotaIncrease: string | null;
  /** Countries the channel keeps the data in, for in-country residency; empty when not stated. */
  countries: string[];
  /** The channel processes only in the EU (its only region is the EU). */
  euOnly: boolean;
  /** The country whose law governs the company running the channel; null for self-hosting. */
  jurisdiction: string | null;
  fineTuningAvailable: boolean;
  /** The vendor says the model was trained mostly on English. */
  mostlyEnglish: boolean;
  contextWindowTokens: number;
  quality: Record<string, number>;
  licence: { kind: string; commercialUse: boolean; monthlyActiveUserLimit: number | null; attributionRequired: boolean };
  opsEffort: 'low' | 'medium' | 'high';
  minMlEngineers: number;
  needsGpu: boolean;
  priceInputPerMillion: number | null;
  priceOutputPerMillion: number | null;
  priceCachedInputPerMillion: number | null;
  batchDiscount: number | null;
}

/** Numbers the engine works out for one use case and option (the cost model's results among them). */
export interface DerivedFacts {
  monthlyCostUsd: number;
  /** What the option would cost this use case alone (a self-hosted pool shared with other use cases costs less). */
  standaloneMonthlyCostUsd: number;
  cheapestMonthlyCostUsd: number;
  proprietaryMonthlyCostUsd: number;
  costRatio: number;
  costIndex: number;
  savingsFactor: number;
  taskQualityKind: string;
  taskQuality: number;
  bestTaskQuality: number;
  qualityGapPp: number;
  /** The option's task quality as a percentage of the best option's (100 for the best). */
  qualityRelative: number;
  /** 100 minus qualityRelative: how far behind the best, in percent of the best. */
  qualityGapPct: number;
  /**
   * The best task quality of any option in the catalog, eligible or not: where the answers rule the strongest models
   * out (an air gap, EU ownership), bestTaskQuality is lower.
   */
  catalogBestTaskQuality: number;
  /** The option's task quality as a percentage of catalogBestTaskQuality (100 for the strongest model in the catalog). */
  qualityVsCatalogBest: number;
  nonEnglish: boolean;
  replicas: number;
  gpus: number;
  gpusPerReplica: number;
  utilisation: number;
  peakUtilisation: number;
  /** The use case's tokens a minute in its busiest hour. */
  peakTokensPerMinute: number;
  /** The same in requests, at the catalog's tokensPerRequest. */
  peakRequestsPerMinute: number;
  /**
   * How many times the busiest minute exceeds the channel's standard quota: the larger of peak tokens over the
   * token limit and peak requests over the request limit; 0 where the catalog records no limit.
   */
  quotaOverrun: number;
  /** Engineers a sustainable 24/7 on-call rota takes (the catalog's assumption). */
  onCallEngineers: number;
}

/** A use case as rules see it: optional answers filled with their documented defaults. */
export interface UseCaseFacts extends Omit<
  UseCase,
  | 'languages'
  | 'longContext'
  | 'fineTuning'
  | 'aiActRisk'
  | 'aiActRole'
  | 'annexIIIArea'
  | 'minors'
  | 'automatedDecisions'
  | 'inputShare'
  | 'cachedShare'
  | 'batchShare'
  | 'requestInputTokens'
> {
  languages: string[];
  longContext: boolean;
  fineTuning: boolean;
  aiActRisk: UseCase['aiActRisk'] | null;
  aiActRole: UseCase['aiActRole'] | null;
  annexIIIArea: UseCase['annexIIIArea'] | null;
  minors: boolean;
  automatedDecisions: boolean;
  /** The use case's own token shares, or null where it gives none (the cost model then uses the catalog's). */
  inputShare: number | null;
  cachedShare: number | null;
  batchShare: number | null;
  /** Input tokens of the use case's typical request, where it gives one. */
  requestInputTokens: number | null;
}

export interface AnswerFacts {
  organization: Omit<Answers['organization'], 'monthlyActiveUsers' | 'country'> & {
    monthlyActiveUsers: number | null;
    country: string | null;
  };
  regulation: Omit<Answers['regulation'], 'euOwnedOnly'> & { euOwnedOnly: boolean };
  team: Answers['team'];
  priorities: Answers['priorities'];
}

/** Flattens a catalog option and its model into the facts rules read, dated at the catalog's date. @example optionFacts(option, model, '2026-12-06').weights // 'open' */
export function optionFacts(option: CatalogOption, model: Model, asOf: string): OptionFacts {
  const retiresOn = option.retires?.value ?? null;
  const daysToRetirement = retiresOn === null ? null : daysBetween(asOf, retiresOn);
  return {
    id: option.id,
    label: optionLabel(option, model),
    modelId: model.id,
    model: model.label,
    vendor: model.vendor,
    provider: option.provider,
    weights: model.weights,
    deployment: option.deployment,
    channel: option.channel,
    tier: model.tier,
    released: model.released,
    legacy: model.legacy !== undefined,
    retired: daysToRetirement !== null && daysToRetirement <= 0,
    retiresOn,
    daysToRetirement,
    regions: option.regions.value,
    baaAvailable: option.baaAvailable.value,
    dpaAvailable: option.dpaAvailable.value,
    zeroRetention: option.zeroRetention.value,
    rateLimitTokensPerMinute: option.rateLimitTokensPerMinute?.value ?? null,
    rateLimitRequestsPerMinute: option.rateLimitRequestsPerMinute?.value ?? null,
    quotaIncrease: option.quotaIncrease?.value ?? null,
    countries: option.countries?.value ?? [],
    euOnly: option.regions.value.length > 0 && option.regions.value.every((r) => r === 'eu'),
    jurisdiction: option.jurisdiction?.value ?? null,
    fineTuningAvailable: option.fineTuningAvailable?.value ?? option.deployment === 'self-hosted',
    mostlyEnglish: model.mostlyEnglish?.value ?? false,
    contextWindowTokens: model.contextWindowTokens.value,
    quality: Object.fromEntries(Object.entries(model.quality).map(([k, v]) => [k, v.value])),
    licence: {
      kind: model.licence.kind,
      commercialUse: model.licence.commercialUse,
      monthlyActiveUserLimit: model.licence.monthlyActiveUserLimit ?? null,
      attributionRequired: model.licence.attributionRequired ?? false,
    },
    opsEffort: option.operations.effort,
    minMlEngineers: option.operations.minMlEngineers,
    needsGpu: option.operations.needsGpu,
    priceInputPerMillion: option.priceUsdPerMillion?.input.value ?? null,
    priceOutputPerMillion: option.priceUsdPerMillion?.output.value ?? null,
    priceCachedInputPerMillion: option.priceUsdPerMillion?.cachedInput?.value ?? null,
    batchDiscount: option.priceUsdPerMillion?.batchDiscount?.value ?? null,
  };
}

/**
 * How people name an option: always with its channel, so that a model excluded through one channel and picked
 * through another ("Claude Opus 5.5 (Anthropic API)" out, "Claude Opus 5.5 (AWS Bedrock)" in) reads as two options.
 * @example optionLabel(o, m) // 'gpt-oss-120b (managed: Together AI)'
 */
export function optionLabel(option: CatalogOption, model: Model): string {
  if (option.deployment === 'api' && option.channel === 'vendor')
    return `${model.label} (${option.provider}${/\bAPI$/.test(option.provider) ? '' : ' API'})`;
  if (option.deployment === 'api') return `${model.label} (${option.provider})`;
  if (option.deployment === 'managed') return `${model.label} (managed: ${option.provider})`;
  return `${model.label} (self-hosted)`;
}

/**
 * Facts made once per answers object: answers are values (a change makes new objects), and sensitivity evaluates
 * hundreds of probes that change one part and leave the use case, organisation and regulation as they were. The
 * facts are only read (rules and the engine never change them), so the same object serves every probe.
 */
const useCaseFactsOf = new WeakMap<UseCase, UseCaseFacts>();
const organizationFactsOf = new WeakMap<Answers['organization'], AnswerFacts['organization']>();
const regulationFactsOf = new WeakMap<Answers['regulation'], AnswerFacts['regulation']>();

/** Fills a use case's optional answers with their defaults. @example useCaseFacts(uc).languages // ['en'] */
export function useCaseFacts(useCase: UseCase): UseCaseFacts {
  const known = useCaseFactsOf.get(useCase);
  if (known) return known;
  const facts = withDefaults(useCase);
  useCaseFactsOf.set(useCase, facts);
  return facts;
}

function withDefaults(useCase: UseCase): UseCaseFacts {
  return {
    ...useCase,
    languages: useCase.languages ?? ['en'],
    longContext: useCase.longContext ?? false,
    fineTuning: useCase.fineTuning ?? false,
    aiActRisk: useCase.aiActRisk ?? null,
    aiActRole: useCase.aiActRole ?? null,
    annexIIIArea: useCase.annexIIIArea ?? null,
    minors: useCase.minors ?? false,
    automatedDecisions: useCase.automatedDecisions ?? false,
    inputShare: useCase.inputShare ?? null,
    cachedShare: useCase.cachedShare ?? null,
    batchShare: useCase.batchShare ?? null,
    requestInputTokens: useCase.requestInputTokens ?? null,
  };
}

/** The answer sections every rule may read. */
export function answerFacts(answers: Answers): AnswerFacts {
  const { organization: o, regulation: r } = answers;
  let organization = organizationFactsOf.get(o);
  if (!organization) {
    organization = { ...o, monthlyActiveUsers: o.monthlyActiveUsers ?? null, country: o.country ?? null };
    organizationFactsOf.set(o, organization);
  }
  let regulation = regulationFactsOf.get(r);
  if (!regulation) {
    regulation = { ...r, euOwnedOnly: r.euOwnedOnly ?? false };
    regulationFactsOf.set(r, regulation);
  }
  return { organization, regulation, team: answers.team, priorities: answers.priorities };
}

/** Portfolio-level facts for rules with `scope: "portfolio"`. */
export interface PortfolioFacts {
  useCaseCount: number;
  providers: string[];
  providerCount: number;
  vendors: string[];
  mixesWeights: boolean;
  openWeightsTokenShare: number;
  monthlyCostUsd: number;
  allProprietaryMonthlyCostUsd: number;
  savingsFactor: number;
  selfHostedModels: string[];
  unservedUseCases: number;
  hasCustomerFacing: boolean;
}

const SAMPLE_DERIVED: DerivedFacts = {
  monthlyCostUsd: 0,
  standaloneMonthlyCostUsd: 0,
  cheapestMonthlyCostUsd: 0,
  proprietaryMonthlyCostUsd: 0,
  costRatio: 1,
  costIndex: 0,
  savingsFactor: 1,
  taskQualityKind: 'knowledge',
  taskQuality: 0,
  bestTaskQuality: 0,
  qualityGapPp: 0,
  qualityRelative: 0,
  qualityGapPct: 0,
  catalogBestTaskQuality: 0,
  qualityVsCatalogBest: 0,
  nonEnglish: false,
  replicas: 0,
  gpus: 0,
  gpusPerReplica: 0,
  utilisation: 0,
  peakUtilisation: 0,
  peakTokensPerMinute: 0,
  peakRequestsPerMinute: 0,
  quotaOverrun: 0,
  onCallEngineers: 0,
};

const SAMPLE_PORTFOLIO: PortfolioFacts = {
  useCaseCount: 0,
  providers: [],
  providerCount: 0,
  vendors: [],
  mixesWeights: false,
  openWeightsTokenShare: 0,
  monthlyCostUsd: 0,
  allProprietaryMonthlyCostUsd: 0,
  savingsFactor: 1,
  selfHostedModels: [],
  unservedUseCases: 0,
  hasCustomerFacing: false,
};

const SAMPLE_ANSWERS: Answers = {
  schemaVersion: 2,
  organization: { name: 'x', industry: 'other', regions: ['eu'], monthlyActiveUsers: 0, country: 'DE' },
  regulation: { gdpr: false, hipaa: false, euAiAct: false, dataResidency: 'none', euOwnedOnly: false },
  team: { mlEngineers: 0, mlopsMaturity: 'none', gpuAccess: 'none' },
  priorities: { cost: 3, quality: 3, control: 3 },
  useCases: [
    {
      id: 'x',
      name: 'x',
      task: 'agent',
      audience: 'internal',
      dataSensitivity: 'public',
      accuracy: 'standard',
      monthlyTokens: 1,
      aiActRisk: 'minimal',
      languages: ['en'],
      longContext: false,
      fineTuning: false,
      aiActRole: 'deployer',
      annexIIIArea: 'employment',
      minors: false,
      automatedDecisions: false,
      inputShare: 0.5,
      cachedShare: 0,
      batchShare: 0,
      requestInputTokens: 1,
    },
  ],
};

function leafPaths(value: unknown, prefix: string, out: Set<string>): void {
  out.add(prefix);
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) leafPaths(v, `${prefix}.${k}`, out);
  }
}

/**
 * Every fact path a rule may read, per scope; `rules:check` and the compiler name any other path as unknown.
 * @example knownFactPaths(catalog, 'use-case').has('option.baaAvailable') // true
 */
export function knownFactPaths(catalog: CatalogFile, scope: 'use-case' | 'portfolio'): Set<string> {
  const out = new Set<string>();
  const facts = answerFacts(SAMPLE_ANSWERS);
  for (const [k, v] of Object.entries(facts)) leafPaths(v, k, out);
  if (scope === 'portfolio') {
    leafPaths(SAMPLE_PORTFOLIO, 'portfolio', out);
    return out;
  }
  const useCase = SAMPLE_ANSWERS.useCases[0];
  if (useCase) leafPaths(useCaseFacts(useCase), 'useCase', out);
  leafPaths(SAMPLE_DERIVED, 'derived', out);
  const option = catalog.options[0];
  const model = catalog.models.find((m) => m.id === option?.modelId);
  if (option && model) leafPaths(optionFacts(option, model, catalog.asOf), 'option', out);
  return out;
}
