import type { AnswersV1, Deployment, ObligationTopic } from '../domain';

/** Plain-language labels for the answer values the report prints. Presentation only: nothing is decided here. */
export const INDUSTRY: Record<AnswersV1['organization']['industry'], string> = {
  'financial-services': 'Financial services',
  healthcare: 'Healthcare',
  'public-sector': 'Public sector',
  retail: 'Retail',
  technology: 'Technology',
  manufacturing: 'Manufacturing',
  legal: 'Legal',
  education: 'Education',
  other: 'Other',
};

export const REGION: Record<AnswersV1['organization']['regions'][number], string> = {
  eu: 'European Union',
  uk: 'United Kingdom',
  us: 'United States',
  apac: 'Asia-Pacific',
  latam: 'Latin America',
  mea: 'Middle East and Africa',
};

type UseCase = AnswersV1['useCases'][number];

export const TASK: Record<UseCase['task'], string> = {
  'document-analysis': 'Document analysis',
  'code-generation': 'Code generation',
  'customer-support': 'Customer support',
  'content-generation': 'Content generation',
  'knowledge-assistant': 'Knowledge assistant',
  agent: 'Agent (multi-step, uses tools)',
  'complex-reasoning': 'Complex reasoning',
  'data-extraction': 'Data extraction',
  translation: 'Translation',
};

export const SENSITIVITY: Record<UseCase['dataSensitivity'], string> = {
  public: 'Public',
  internal: 'Internal',
  confidential: 'Confidential',
  personal: 'Personal data',
  health: 'Health data',
};

export const AI_ACT_RISK: Record<NonNullable<UseCase['aiActRisk']>, string> = {
  minimal: 'Minimal risk',
  limited: 'Limited risk (transparency duty)',
  high: 'High risk',
  prohibited: 'Prohibited practice',
};

export const RESIDENCY: Record<AnswersV1['regulation']['dataResidency'], string> = {
  none: 'No requirement',
  eu: 'Data stays in the EU',
  us: 'Data stays in the US',
  'in-country': 'Data stays in the country',
};

export const TOPIC: Record<ObligationTopic, string> = {
  gdpr: 'GDPR',
  hipaa: 'HIPAA',
  'eu-ai-act': 'EU AI Act',
  licence: 'Licences',
  security: 'Security and quality',
  operations: 'Operations',
};

export const DEPLOYMENT: Record<Deployment, string> = {
  api: 'Proprietary API',
  managed: 'Managed open weights',
  'self-hosted': 'Self-hosted open weights',
};

/** How an option runs, in a table cell. */
export const RUNS_AS: Record<Deployment, string> = { api: 'API', managed: 'Managed', 'self-hosted': 'Self-hosted' };

const INPUTS: Record<string, string> = {
  'team.mlEngineers': 'ML engineers',
  'team.mlopsMaturity': 'MLOps maturity',
  'team.gpuAccess': 'GPU access',
  'priorities.cost': 'Priority of cost',
  'priorities.quality': 'Priority of quality',
  'priorities.control': 'Priority of control',
  'regulation.dataResidency': 'Data residency',
  'organization.monthlyActiveUsers': 'Monthly active users',
};

const USE_CASE_INPUTS: Record<string, string> = {
  monthlyTokens: 'Monthly tokens',
  accuracy: 'Accuracy needed',
  audience: 'Audience',
  dataSensitivity: 'Data sensitivity',
  aiActRisk: 'EU AI Act risk',
  longContext: 'Long context',
  fineTuning: 'Fine-tuning',
};

/** The answer a sensitivity entry names, in words. @example inputLabel('useCases[1].monthlyTokens') // 'Monthly tokens' */
export function inputLabel(path: string): string {
  const own = /^useCases\[\d+\]\.(.+)$/.exec(path)?.[1];
  if (own !== undefined) return USE_CASE_INPUTS[own] ?? own;
  return INPUTS[path] ?? path;
}
