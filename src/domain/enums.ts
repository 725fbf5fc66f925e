import './zod-config';
import { z } from 'zod';

/** Industries the wizard offers. @example Industry.parse('healthcare') */
export const Industry = z.enum([
  'financial-services',
  'healthcare',
  'public-sector',
  'retail',
  'technology',
  'manufacturing',
  'legal',
  'education',
  'other',
]);

/** Regions an organisation operates in or a provider serves. @example Region.parse('eu') */
export const Region = z.enum(['eu', 'uk', 'us', 'apac', 'latam', 'mea']);

/** The kind of work a use case does; it decides which benchmark counts for quality. */
export const TaskKind = z.enum([
  'document-analysis',
  'code-generation',
  'customer-support',
  'content-generation',
  'knowledge-assistant',
  'agent',
  'complex-reasoning',
  'data-extraction',
  'translation',
]);

/** Benchmark families the catalog scores each model on (DOMAIN.md: coding, knowledge, reasoning, math, multilingual). */
export const QualityKind = z.enum(['coding', 'knowledge', 'reasoning', 'math', 'multilingual']);

export const Audience = z.enum(['internal', 'customer-facing']);
export const DataSensitivity = z.enum(['public', 'internal', 'confidential', 'personal', 'health']);
export const Accuracy = z.enum(['standard', 'high', 'critical']);
export const AiActRisk = z.enum(['minimal', 'limited', 'high', 'prohibited']);
export const DataResidency = z.enum(['none', 'eu', 'us', 'in-country']);
export const MlopsMaturity = z.enum(['none', 'basic', 'advanced']);
export const GpuAccess = z.enum(['none', 'cloud', 'on-prem']);

export const Weights = z.enum(['open', 'closed']);
export const Deployment = z.enum(['self-hosted', 'managed', 'api']);

/** What an obligation is about; the results page groups obligations by it. */
export const ObligationTopic = z.enum(['gdpr', 'hipaa', 'eu-ai-act', 'licence', 'security', 'operations']);

export const Effect = z.enum(['score', 'exclude', 'obligation', 'note']);
export const Dimension = z.enum(['quality', 'cost', 'control', 'feasibility']);

export type Industry = z.infer<typeof Industry>;
export type Audience = z.infer<typeof Audience>;
export type DataSensitivity = z.infer<typeof DataSensitivity>;
export type Accuracy = z.infer<typeof Accuracy>;
export type AiActRisk = z.infer<typeof AiActRisk>;
export type DataResidency = z.infer<typeof DataResidency>;
export type MlopsMaturity = z.infer<typeof MlopsMaturity>;
export type GpuAccess = z.infer<typeof GpuAccess>;
export type Region = z.infer<typeof Region>;
export type TaskKind = z.infer<typeof TaskKind>;
export type QualityKind = z.infer<typeof QualityKind>;
export type Weights = z.infer<typeof Weights>;
export type Deployment = z.infer<typeof Deployment>;
export type ObligationTopic = z.infer<typeof ObligationTopic>;
export type Effect = z.infer<typeof Effect>;
export type Dimension = z.infer<typeof Dimension>;
