import type { Answers, CatalogFile, CatalogOption, Model, UseCase } from '../domain';

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
  regions: string[];
  baaAvailable: boolean;
  contextWindowTokens: number;
  quality: Record<string, number>;
  licence: { kind: string; commercialUse: boolean; monthlyActiveUserLimit: number | null; attributionRequired: boolean };
  opsEffort: 'low' | 'medium' | 'high';
  minMlEngineers: number;
  needsGpu: boolean;
  gpusPerReplica: number;
  priceInputPerMillion: number | null;
  priceOutputPerMillion: number | null;
}

/** Numbers the engine works out for one use case and option (the cost model's results among them). */
export interface DerivedFacts {
  monthlyCostUsd: number;
  cheapestMonthlyCostUsd: number;
  proprietaryMonthlyCostUsd: number;
  costRatio: number;
  costIndex: number;
  savingsFactor: number;
  taskQualityKind: string;
  taskQuality: number;
  bestTaskQuality: number;
  qualityGapPp: number;
  nonEnglish: boolean;
  replicas: number;
  utilisation: number;
}

/** A use case as rules see it: optional answers filled with their documented defaults. */
export interface UseCaseFacts extends Omit<UseCase, 'languages' | 'longContext' | 'fineTuning' | 'aiActRisk'> {
  languages: string[];
  longContext: boolean;
  fineTuning: boolean;
  aiActRisk: UseCase['aiActRisk'] | null;
}

export interface AnswerFacts {
  organization: Omit<Answers['organization'], 'monthlyActiveUsers'> & { monthlyActiveUsers: number | null };
  regulation: Answers['regulation'];
  team: Answers['team'];
  priorities: Answers['priorities'];
}

/** Flattens a catalog option and its model into the facts rules read. @example optionFacts(catalog, option).weights // 'open' */
export function optionFacts(option: CatalogOption, model: Model): OptionFacts {
  return {
    id: option.id,
    label: optionLabel(option, model),
    modelId: model.id,
    model: model.label,
    vendor: model.vendor,
    provider: option.provider,
    weights: model.weights,
    deployment: option.deployment,
    regions: option.regions.value,
    baaAvailable: option.baaAvailable.value,
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
    gpusPerReplica: option.selfHosting?.gpusPerReplica.value ?? 0,
    priceInputPerMillion: option.priceUsdPerMillion?.input.value ?? null,
    priceOutputPerMillion: option.priceUsdPerMillion?.output.value ?? null,
  };
}

/** How people name an option. @example optionLabel(o, m) // 'Llama 3.1 70B Instruct (managed: Together AI)' */
export function optionLabel(option: CatalogOption, model: Model): string {
  if (option.deployment === 'api') return model.label;
  if (option.deployment === 'managed') return `${model.label} (managed: ${option.provider})`;
  return `${model.label} (self-hosted)`;
}

/** Fills a use case's optional answers with their defaults. @example useCaseFacts(uc).languages // ['en'] */
export function useCaseFacts(useCase: UseCase): UseCaseFacts {
  return {
    ...useCase,
    languages: useCase.languages ?? ['en'],
    longContext: useCase.longContext ?? false,
    fineTuning: useCase.fineTuning ?? false,
    aiActRisk: useCase.aiActRisk ?? null,
  };
}

/** The answer sections every rule may read. */
export function answerFacts(answers: Answers): AnswerFacts {
  return {
    organization: { ...answers.organization, monthlyActiveUsers: answers.organization.monthlyActiveUsers ?? null },
    regulation: answers.regulation,
    team: answers.team,
    priorities: answers.priorities,
  };
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
  cheapestMonthlyCostUsd: 0,
  proprietaryMonthlyCostUsd: 0,
  costRatio: 1,
  costIndex: 0,
  savingsFactor: 1,
  taskQualityKind: 'knowledge',
  taskQuality: 0,
  bestTaskQuality: 0,
  qualityGapPp: 0,
  nonEnglish: false,
  replicas: 0,
  utilisation: 0,
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
  organization: { name: 'x', industry: 'other', regions: ['eu'], monthlyActiveUsers: 0 },
  regulation: { gdpr: false, hipaa: false, euAiAct: false, dataResidency: 'none' },
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
  if (option && model) leafPaths(optionFacts(option, model), 'option', out);
  return out;
}
