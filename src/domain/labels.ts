import type {
  Accuracy,
  AiActRisk,
  AnnexIIIArea,
  Audience,
  DataResidency,
  DataSensitivity,
  Deployment,
  Dimension,
  GpuAccess,
  Industry,
  MlopsMaturity,
  ObligationTopic,
  Region,
  TaskKind,
} from './enums';
import type { Channel } from './catalog';

/**
 * The words for each answer and catalog value, one place for the wizard, the results, the report and the studio,
 * so that a value reads the same wherever it shows. Keys follow the enums' order, which is the order choices are
 * offered in. Presentation only: nothing is decided from these.
 */
/** How an option is bought, in words that follow "bought through". */
export const CHANNEL_LABELS: Record<Channel, string> = {
  vendor: "the model maker's own API",
  azure: 'Microsoft Azure',
  bedrock: 'Amazon Bedrock',
  vertex: 'Google Vertex AI',
  'inference-host': 'an inference host',
  own: 'your own infrastructure',
};

export const INDUSTRY_LABELS: Record<Industry, string> = {
  'financial-services': 'Financial services',
  healthcare: 'Healthcare',
  'public-sector': 'Public sector',
  retail: 'Retail',
  technology: 'Technology',
  manufacturing: 'Manufacturing',
  legal: 'Legal',
  education: 'Education',
  insurance: 'Insurance',
  media: 'Media and publishing',
  other: 'Other',
};

export const REGION_LABELS: Record<Region, string> = {
  eu: 'European Union',
  uk: 'United Kingdom',
  us: 'United States',
  apac: 'Asia-Pacific',
  latam: 'Latin America',
  mea: 'Middle East and Africa',
};

export const TASK_LABELS: Record<TaskKind, string> = {
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

export const AUDIENCE_LABELS: Record<Audience, string> = { internal: 'Internal', 'customer-facing': 'Customer-facing' };

export const SENSITIVITY_LABELS: Record<DataSensitivity, string> = {
  public: 'Public',
  internal: 'Internal',
  confidential: 'Confidential',
  personal: 'Personal data',
  health: 'Health data',
};

export const ACCURACY_LABELS: Record<Accuracy, string> = { standard: 'Standard', high: 'High', critical: 'Critical' };

export const AI_ACT_RISK_LABELS: Record<AiActRisk, string> = {
  minimal: 'Minimal risk',
  limited: 'Limited risk (transparency duty)',
  high: 'High risk (Annex III area)',
  prohibited: 'Prohibited practice',
};

export const ANNEX_III_AREA_LABELS: Record<AnnexIIIArea, string> = {
  biometrics: 'Biometric identification or categorisation (point 1)',
  'critical-infrastructure': 'Critical infrastructure (point 2)',
  education: 'Education: admission, grading, steering learning, proctoring (point 3)',
  employment: 'Employment: recruiting, promotion, dismissal, monitoring staff (point 4)',
  'public-benefits': 'Eligibility for public benefits and services (point 5(a))',
  creditworthiness: 'Creditworthiness or credit scoring of people (point 5(b))',
  'life-health-insurance': 'Risk and pricing in life and health insurance (point 5(c))',
  'emergency-calls': 'Emergency calls and dispatch (point 5(d))',
  'law-enforcement': 'Law enforcement (point 6)',
  migration: 'Migration, asylum and border control (point 7)',
  'justice-democracy': 'Justice and democratic processes (point 8)',
};

export const RESIDENCY_LABELS: Record<DataResidency, string> = {
  none: 'No requirement',
  eu: 'Data stays in the EU',
  us: 'Data stays in the US',
  'in-country': "Data stays in the organisation's own country",
};

export const MATURITY_LABELS: Record<MlopsMaturity, string> = { none: 'None', basic: 'Basic', advanced: 'Advanced' };

export const GPU_ACCESS_LABELS: Record<GpuAccess, string> = { none: 'None', cloud: 'Cloud GPUs', 'on-prem': 'Own GPUs (on premises)' };

export const DEPLOYMENT_LABELS: Record<Deployment, string> = {
  api: 'Proprietary API',
  managed: 'Managed open weights',
  'self-hosted': 'Self-hosted open weights',
};

export const DIMENSION_LABELS: Record<Dimension, string> = {
  quality: 'Quality',
  cost: 'Cost',
  control: 'Control',
  feasibility: 'Feasibility',
};

/** Obligation topics, in the order summaries list them. */
export const OBLIGATION_TOPIC_LABELS: Record<ObligationTopic, string> = {
  gdpr: 'GDPR',
  hipaa: 'HIPAA',
  'eu-ai-act': 'EU AI Act',
  licence: 'Licences',
  security: 'Security and quality',
  operations: 'Operations',
};

/** What each priority weight from 1 to 5 reads as, for the priorities step and the results' sliders. */
export const PRIORITY_WEIGHT_WORDS = ['matters little', 'matters somewhat', 'matters', 'matters a lot', 'matters most'] as const;

/** The words for a priority weight. @example priorityWords(5) // 'matters most' */
export function priorityWords(weight: number): string {
  return PRIORITY_WEIGHT_WORDS[weight - 1] ?? '';
}
