import './zod-config';
import { z } from 'zod';

const INDUSTRIES_V1 = [
  'financial-services',
  'healthcare',
  'public-sector',
  'retail',
  'technology',
  'manufacturing',
  'legal',
  'education',
  'other',
] as const;

const INDUSTRY_DESCRIPTION =
  "The organisation's sector. The default pack reads it for the EU AI Act: high-risk systems in the public sector, credit or insurance need a fundamental rights impact assessment (Art. 27).";

/** Industries AnswersV1 knew. */
export const IndustryV1 = z.enum(INDUSTRIES_V1).meta({ description: INDUSTRY_DESCRIPTION });

/** Industries the wizard offers (AnswersV2 adds insurance and media). @example Industry.parse('insurance') */
export const Industry = z.enum([...INDUSTRIES_V1.slice(0, -1), 'insurance', 'media', 'other']).meta({ description: INDUSTRY_DESCRIPTION });

/** Regions an organisation operates in or a provider serves. @example Region.parse('eu') */
export const Region = z.enum(['eu', 'uk', 'us', 'apac', 'latam', 'mea']);

/** The kind of work a use case does; it decides which benchmark counts for quality. */
export const TaskKind = z
  .enum([
    'document-analysis',
    'code-generation',
    'customer-support',
    'content-generation',
    'knowledge-assistant',
    'agent',
    'complex-reasoning',
    'data-extraction',
    'translation',
  ])
  .meta({
    description:
      'The kind of work. It picks the benchmark family that stands for quality (the catalog maps each kind to coding, knowledge or reasoning) and the task rules that apply.',
  });

/** Benchmark families the catalog scores each model on (DOMAIN.md: coding, knowledge, reasoning, math, multilingual). */
export const QualityKind = z.enum(['coding', 'knowledge', 'reasoning', 'math', 'multilingual']);

export const Audience = z.enum(['internal', 'customer-facing']).meta({
  description:
    "Who reads the output: the organisation's staff (internal) or its customers. Internal work tolerates part of open models' benchmark gap; customer-facing work costs open models safety points and brings EU AI Act transparency duties.",
});
export const DataSensitivity = z.enum(['public', 'internal', 'confidential', 'personal', 'health']).meta({
  description:
    'The most sensitive data the workload sends to the model. confidential, personal and health cost api and managed options control points; personal and health bring GDPR duties, and health HIPAA duties, where those laws apply.',
});
export const Accuracy = z.enum(['standard', 'high', 'critical']).meta({
  description:
    "How much a wrong answer costs. critical counts every option's benchmark gap against it three more times; high and critical cost open models quality points when customer-facing.",
});
export const AiActRisk = z.enum(['minimal', 'limited', 'high', 'prohibited']);
export const AiActRole = z.enum(['provider', 'deployer']).meta({
  description:
    'Who the organisation is under the EU AI Act for this system: provider when it builds the system, puts its name on it or substantially modifies one; deployer when it uses a system under its authority. Absent: not decided.',
});
export const AnnexIIIArea = z
  .enum([
    'biometrics',
    'critical-infrastructure',
    'education',
    'employment',
    'public-benefits',
    'creditworthiness',
    'life-health-insurance',
    'emergency-calls',
    'law-enforcement',
    'migration',
    'justice-democracy',
  ])
  .meta({
    description:
      'The Annex III area that makes a use case high-risk under the EU AI Act: 1 biometrics, 2 critical infrastructure, 3 education, 4 employment, 5(a) public assistance benefits, 5(b) creditworthiness, 5(c) life and health insurance pricing, 5(d) emergency calls, 6 law enforcement, 7 migration, 8 justice and democratic processes. Decides, among others, whether a fundamental rights impact assessment is due (Art. 27).',
  });
export const DataResidency = z.enum(['none', 'eu', 'us', 'in-country']).meta({
  description:
    'Where data must be processed. eu or us excludes options whose provider does not process data there; in-country excludes every api and managed option, leaving self-hosting; none: no requirement.',
});
export const MlopsMaturity = z.enum(['none', 'basic', 'advanced']).meta({
  description:
    'How well the team runs models in production today. Self-hosted options gain feasibility points with advanced or basic maturity and lose them with none.',
});
export const GpuAccess = z.enum(['none', 'cloud', 'on-prem']).meta({
  description:
    "GPUs the organisation can use: none, rented in a cloud, or its own. With none, self-hosted options lose feasibility points; the cost model prices GPUs at the catalog's rental rate either way.",
});

export const Weights = z.enum(['open', 'closed']).meta({
  description: 'open: the weights are published and anyone the licence allows can run them; closed: only the vendor serves the model.',
});
export const Deployment = z.enum(['self-hosted', 'managed', 'api']).meta({
  description:
    "api: the model vendor's own API; managed: a hosting provider serves an open-weights model per token; self-hosted: the organisation runs it on GPUs it rents or owns.",
});

/** What an obligation is about; the results page groups obligations by it. */
export const ObligationTopic = z.enum(['gdpr', 'hipaa', 'eu-ai-act', 'licence', 'security', 'operations']).meta({
  description: 'What the obligation is about; the results page and the report group obligations by it.',
});

export const ObligationPhase = z.enum(['go-no-go', 'before-go-live', 'ongoing']).meta({
  description:
    'When the duty is done: go-no-go, first of all, since it decides whether the use case may go ahead at all (a prohibited practice to rule out, a qualification the provider must hold); once, before the system goes live (an assessment, a contract, a registration); or for as long as it runs (monitoring, logs, oversight). The checklist marks it, and the brief lists go/no-go duties first.',
});

export const Effect = z.enum(['score', 'exclude', 'obligation', 'note']);
export const Dimension = z.enum(['quality', 'cost', 'control', 'feasibility']).meta({
  description:
    "Score dimension the points go to. Each starts at the manifest's baseline and is clamped to 0..100; the total weights quality, cost and control by the user's priorities and feasibility by the manifest's feasibilityWeight.",
});

export type Industry = z.infer<typeof Industry>;
export type Audience = z.infer<typeof Audience>;
export type DataSensitivity = z.infer<typeof DataSensitivity>;
export type Accuracy = z.infer<typeof Accuracy>;
export type AiActRisk = z.infer<typeof AiActRisk>;
export type AiActRole = z.infer<typeof AiActRole>;
export type AnnexIIIArea = z.infer<typeof AnnexIIIArea>;
export type DataResidency = z.infer<typeof DataResidency>;
export type MlopsMaturity = z.infer<typeof MlopsMaturity>;
export type GpuAccess = z.infer<typeof GpuAccess>;
export type Region = z.infer<typeof Region>;
export type TaskKind = z.infer<typeof TaskKind>;
export type QualityKind = z.infer<typeof QualityKind>;
export type Weights = z.infer<typeof Weights>;
export type Deployment = z.infer<typeof Deployment>;
export type ObligationTopic = z.infer<typeof ObligationTopic>;
export type ObligationPhase = z.infer<typeof ObligationPhase>;
export type Effect = z.infer<typeof Effect>;
export type Dimension = z.infer<typeof Dimension>;
