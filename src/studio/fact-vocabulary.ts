import { CHANNEL_LABELS } from '../domain';
/**
 * How the studio names the facts a rule reads (see knownFactPaths in src/engine/facts.ts). The wording follows
 * the wizard's labels, copied here because features do not import each other.
 */
export interface Fact {
  /** The fact as a noun phrase: "the use case's data sensitivity". */
  noun: string;
  kind: 'bool' | 'enum' | 'number' | 'list' | 'text';
  /** For a yes/no fact: the clause when it is true and when it is not. */
  yes?: string;
  no?: string;
  /** Plain words for some of its values; other values are shown as they are. */
  values?: Readonly<Record<string, string>>;
}

const REGIONS = {
  eu: 'the EU',
  uk: 'the UK',
  us: 'the US',
  apac: 'Asia-Pacific',
  latam: 'Latin America',
  mea: 'the Middle East and Africa',
};
const TASKS = {
  'document-analysis': 'document analysis',
  'code-generation': 'code generation',
  'customer-support': 'customer support',
  'content-generation': 'content generation',
  'knowledge-assistant': 'knowledge assistant',
  'complex-reasoning': 'complex reasoning',
  'data-extraction': 'data extraction',
};
const INDUSTRIES = { 'financial-services': 'financial services', 'public-sector': 'public sector' };

const bool = (noun: string, yes: string, no: string): Fact => ({ noun, kind: 'bool', yes, no });
const num = (noun: string): Fact => ({ noun, kind: 'number' });
const enm = (noun: string, values?: Record<string, string>): Fact => ({ noun, kind: 'enum', ...(values ? { values } : {}) });
const list = (noun: string, values?: Record<string, string>): Fact => ({ noun, kind: 'list', ...(values ? { values } : {}) });
const text = (noun: string): Fact => ({ noun, kind: 'text' });

const FACTS: Readonly<Record<string, Fact>> = {
  'organization.name': text("the organisation's name"),
  'organization.industry': enm("the organisation's industry", INDUSTRIES),
  'organization.regions': list("the organisation's regions", REGIONS),
  'organization.monthlyActiveUsers': num("the organisation's monthly active user count"),
  'organization.country': text("the organisation's country (ISO code)"),
  'regulation.gdpr': bool('whether GDPR applies', 'GDPR applies', 'GDPR does not apply'),
  'regulation.hipaa': bool('whether HIPAA applies', 'HIPAA applies', 'HIPAA does not apply'),
  'regulation.euAiAct': bool('whether the EU AI Act applies', 'the EU AI Act applies', 'the EU AI Act does not apply'),
  'regulation.euOwnedOnly': bool(
    'whether only EU-owned providers may process the data',
    'only EU-owned providers may process the data',
    'providers need not be EU-owned',
  ),
  'regulation.dataResidency': enm('the data residency requirement', { eu: 'EU', us: 'US', 'in-country': 'in-country' }),
  'team.mlEngineers': num("the team's number of ML engineers"),
  'team.mlopsMaturity': enm("the team's MLOps maturity"),
  'team.gpuAccess': enm("the team's GPU access", { cloud: 'cloud GPUs', 'on-prem': 'on-premises GPUs' }),
  'priorities.cost': num('the cost priority'),
  'priorities.quality': num('the quality priority'),
  'priorities.control': num('the control priority'),
  'useCase.id': text("the use case's id"),
  'useCase.name': text("the use case's name"),
  'useCase.task': enm("the use case's task", TASKS),
  'useCase.audience': enm("the use case's audience"),
  'useCase.dataSensitivity': enm("the use case's data sensitivity"),
  'useCase.accuracy': enm("the use case's accuracy need"),
  'useCase.monthlyTokens': num("the use case's monthly token volume"),
  'useCase.aiActRisk': enm("the use case's EU AI Act risk tier"),
  'useCase.languages': list("the use case's languages"),
  'useCase.longContext': bool(
    'whether the use case needs long context',
    'the use case needs long context',
    'the use case does not need long context',
  ),
  'useCase.fineTuning': bool(
    'whether the use case needs fine-tuning',
    'the use case needs fine-tuning',
    'the use case does not need fine-tuning',
  ),
  'useCase.aiActRole': enm("the organisation's EU AI Act role for the use case"),
  'useCase.annexIIIArea': enm('the Annex III area of a high-risk use case'),
  'useCase.minors': bool('whether the use case involves children', 'the use case involves children', 'the use case involves no children'),
  'useCase.automatedDecisions': bool(
    'whether the use case decides about people without human review',
    'the use case decides about people without human review',
    'the use case has human review of decisions',
  ),
  'useCase.inputShare': num("the use case's share of input tokens"),
  'useCase.cachedShare': num("the use case's share of cached input tokens"),
  'useCase.batchShare': num("the use case's share of batch work"),
  'useCase.requestInputTokens': num("the input tokens of the use case's typical request"),
  'option.id': text("the option's id"),
  'option.label': text("the option's name"),
  'option.modelId': text("the option's model id"),
  'option.model': text("the option's model"),
  'option.vendor': text("the option's vendor"),
  'option.provider': text("the option's provider"),
  'option.weights': enm("the option's weights"),
  'option.deployment': enm("the option's deployment", { api: 'API' }),
  'option.channel': enm("the option's channel", CHANNEL_LABELS),
  'option.tier': enm("the option's model tier"),
  'option.released': text("the model's release date"),
  'option.legacy': bool('whether the model is legacy', 'the model is legacy', 'the model is current'),
  'option.retired': bool('whether the option is retired', 'the option is retired', 'the option is not retired'),
  'option.retiresOn': text("the option's retirement date"),
  'option.daysToRetirement': num('the days until the option retires'),
  'option.regions': list("the option's regions", REGIONS),
  'option.baaAvailable': bool('whether the option offers a BAA', 'the option offers a BAA', 'the option has no BAA'),
  'option.dpaAvailable': bool(
    'whether the option offers a data processing agreement',
    'the option offers a data processing agreement',
    'the option has no data processing agreement',
  ),
  'option.zeroRetention': bool(
    'whether the option offers zero data retention',
    'the option offers zero data retention',
    'the option keeps data',
  ),
  'option.rateLimitTokensPerMinute': num("the option's rate limit (tokens a minute, input and output)"),
  'option.rateLimitRequestsPerMinute': num("the option's rate limit (requests a minute)"),
  'option.quotaIncrease': enm("how the option's quota is raised", {
    documented: 'by a published procedure',
    'support-only': 'only through support',
  }),
  'option.countries': list('the countries the option keeps data in'),
  'option.jurisdiction': text('the country whose law governs the company running the option (ISO code)'),
  'option.euOnly': bool(
    'whether the option processes only in the EU',
    'the option processes only in the EU',
    'the option may process outside the EU',
  ),
  'option.fineTuningAvailable': bool(
    'whether the option can serve a tuned model',
    'the option can serve a tuned model',
    'the option cannot serve a tuned model',
  ),
  'option.mostlyEnglish': bool(
    'whether the model was trained mostly on English',
    'the model was trained mostly on English',
    'the model was not trained mostly on English',
  ),
  'option.contextWindowTokens': num("the option's context window (tokens)"),
  'option.licence.kind': enm("the option's licence kind"),
  'option.licence.commercialUse': bool(
    "whether the option's licence allows commercial use",
    "the option's licence allows commercial use",
    "the option's licence does not allow commercial use",
  ),
  'option.licence.monthlyActiveUserLimit': num("the option's licence limit on monthly active users"),
  'option.licence.attributionRequired': bool(
    "whether the option's licence requires attribution",
    "the option's licence requires attribution",
    "the option's licence does not require attribution",
  ),
  'option.opsEffort': enm("the option's operating effort"),
  'option.minMlEngineers': num('the number of ML engineers the option needs'),
  'option.needsGpu': bool('whether the option needs GPUs', 'the option needs GPUs', 'the option needs no GPUs'),
  'option.priceInputPerMillion': num("the option's input price per million tokens (USD)"),
  'option.priceOutputPerMillion': num("the option's output price per million tokens (USD)"),
  'option.priceCachedInputPerMillion': num("the option's cached-input price per million tokens (USD)"),
  'option.batchDiscount': num("the option's batch discount (0 to 1)"),
  'derived.monthlyCostUsd': num("the option's monthly cost (USD)"),
  'derived.standaloneMonthlyCostUsd': num("the option's monthly cost if this use case ran alone (USD)"),
  'derived.cheapestMonthlyCostUsd': num("the cheapest option's monthly cost (USD)"),
  'derived.proprietaryMonthlyCostUsd': num("the cheapest proprietary option's monthly cost (USD)"),
  'derived.costRatio': num("the option's cost relative to the cheapest"),
  'derived.costIndex': num("the option's cost index"),
  'derived.savingsFactor': num("the option's saving factor against proprietary"),
  'derived.taskQualityKind': enm('the benchmark the task is scored on'),
  'derived.taskQuality': num("the option's quality for the task"),
  'derived.bestTaskQuality': num('the best quality any option has for the task'),
  'derived.qualityGapPp': num("the option's quality gap to the best option"),
  'derived.qualityRelative': num("the option's quality as a percentage of the best option's"),
  'derived.qualityGapPct': num("how far the option's quality is behind the best, in percent"),
  'derived.catalogBestTaskQuality': num('the best quality any model in the catalog has for the task, eligible or not'),
  'derived.qualityVsCatalogBest': num("the option's quality as a percentage of the catalog's best for the task"),
  'derived.nonEnglish': bool(
    'whether the use case works in languages other than English',
    'the use case works in languages other than English',
    'the use case works only in English',
  ),
  'derived.replicas': num('the number of replicas the option needs'),
  'derived.gpus': num('the number of GPUs the option needs'),
  'derived.gpusPerReplica': num('the GPUs one replica of the option takes'),
  'derived.utilisation': num("the option's average GPU utilisation (0 to 1)"),
  'derived.peakUtilisation': num("the option's GPU utilisation in the busiest hour (0 to 1)"),
  'derived.peakTokensPerMinute': num("the use case's tokens a minute in its busiest hour"),
  'derived.peakRequestsPerMinute': num("the use case's requests a minute in its busiest hour"),
  'derived.quotaOverrun': num("how many times the busiest minute exceeds the option's standard quota (0: none recorded)"),
  'derived.onCallEngineers': num('the engineers a 24/7 on-call rota takes'),
  'portfolio.useCaseCount': num('the number of use cases'),
  'portfolio.providers': list("the portfolio's providers"),
  'portfolio.providerCount': num('the number of providers in the portfolio'),
  'portfolio.vendors': list("the portfolio's model vendors"),
  'portfolio.mixesWeights': bool(
    'whether the portfolio mixes open and closed weights',
    'the portfolio mixes open and closed weights',
    'the portfolio does not mix open and closed weights',
  ),
  'portfolio.openWeightsTokenShare': num("the portfolio's share of tokens on open weights (0 to 1)"),
  'portfolio.monthlyCostUsd': num("the portfolio's monthly cost (USD)"),
  'portfolio.allProprietaryMonthlyCostUsd': num("the portfolio's monthly cost if all proprietary (USD)"),
  'portfolio.savingsFactor': num("the portfolio's saving factor against proprietary"),
  'portfolio.selfHostedModels': list("the portfolio's self-hosted models"),
  'portfolio.unservedUseCases': num('the number of use cases with no option left'),
  'portfolio.hasCustomerFacing': bool(
    'whether the portfolio has a customer-facing use case',
    'the portfolio has a customer-facing use case',
    'the portfolio has no customer-facing use case',
  ),
};

/**
 * What the studio knows about a fact path, or undefined for a path it has no words for.
 * @example factInfo('option.baaAvailable')?.no // 'the option has no BAA'
 */
export function factInfo(path: string): Fact | undefined {
  if (Object.hasOwn(FACTS, path)) return FACTS[path];
  const quality = /^option\.quality\.([a-z]+)$/.exec(path);
  if (quality) return num(`the option's ${quality[1] ?? ''} score`);
  return undefined;
}

/**
 * A value in the words used for a fact's values: "the EU" for "eu" in a region list; the value itself for other
 * values of a list or an enumeration; undefined for free text, numbers and yes/no facts (the caller quotes it).
 * @example valueWord('option.regions', 'eu') // 'the EU'
 */
export function valueWord(path: string | undefined, value: string): string | undefined {
  if (path === undefined) return undefined;
  const fact = factInfo(path);
  if (!fact || fact.kind === 'number' || fact.kind === 'bool' || fact.kind === 'text') return undefined;
  return fact.values && Object.hasOwn(fact.values, value) ? fact.values[value] : value;
}
