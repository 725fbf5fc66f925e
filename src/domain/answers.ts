import './zod-config';
import { z } from 'zod';
import {
  Accuracy,
  AiActRisk,
  Audience,
  DataResidency,
  DataSensitivity,
  GpuAccess,
  Industry,
  MlopsMaturity,
  Region,
  TaskKind,
} from './enums';

const priority = z.number().int().min(1).max(5).meta({ description: 'Weight from 1 (matters little) to 5 (matters most).' });

/** One workload of the portfolio. @example UseCase.parse({ id: 'support-bot', ... }) */
export const UseCase = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/, 'must be 1-40 lower-case letters, digits or hyphens')
      .meta({ description: 'Stable id, unique within the answers.', examples: ['support-bot'] }),
    name: z.string().trim().min(1, 'must not be empty').max(120),
    task: TaskKind,
    audience: Audience,
    dataSensitivity: DataSensitivity,
    accuracy: Accuracy,
    monthlyTokens: z
      .number()
      .positive('must be greater than 0')
      .max(1e15, 'must be at most 1e15')
      .meta({ description: 'Input plus output tokens per month.', examples: [2_400_000_000] }),
    aiActRisk: AiActRisk.optional(),
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code'))
      .min(1)
      .max(50)
      .optional()
      .meta({ description: 'ISO 639-1 codes; English when absent.', examples: [['en', 'de']] }),
    longContext: z.boolean().optional(),
    fineTuning: z.boolean().optional(),
  })
  .meta({ description: 'One workload: what it does, for whom, on what data, at what volume.' });

/** Who the organisation is and where it works. */
export const Organization = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(120),
  industry: Industry,
  regions: z.array(Region).min(1, 'must name at least one region'),
  monthlyActiveUsers: z
    .number()
    .int()
    .min(0)
    .optional()
    .meta({ description: 'Asked because some model licences change above a user threshold (Llama: 700M).' }),
});

/** The regulations that apply and where data must stay. */
export const Regulation = z.strictObject({
  gdpr: z.boolean(),
  hipaa: z.boolean(),
  euAiAct: z.boolean(),
  dataResidency: DataResidency,
});

/** What the organisation can run itself. */
export const Team = z.strictObject({
  mlEngineers: z.number().int().min(0).max(100_000),
  mlopsMaturity: MlopsMaturity,
  gpuAccess: GpuAccess,
});

/** How much cost, quality and control matter, 1 to 5 each. */
export const Priorities = z.strictObject({ cost: priority, quality: priority, control: priority });

/** The portfolio: 1 to 50 use cases with unique ids. */
export const UseCases = z
  .array(UseCase)
  .min(1, 'must hold at least one use case')
  .max(50, 'must hold at most 50 use cases')
  .superRefine((cases, ctx) => {
    const seen = new Set<string>();
    cases.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${c.id}"` });
      seen.add(c.id);
    });
  });

/** What the wizard gathers; the CLI's input and the import/export file. */
export const AnswersV1 = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1),
    organization: Organization,
    regulation: Regulation,
    team: Team,
    priorities: Priorities,
    useCases: UseCases,
  })
  .meta({ title: 'AnswersV1', description: "A CTO's answers to the interview." });

export type UseCase = z.infer<typeof UseCase>;
export type Organization = z.infer<typeof Organization>;
export type Regulation = z.infer<typeof Regulation>;
export type Team = z.infer<typeof Team>;
export type Priorities = z.infer<typeof Priorities>;
export type AnswersV1 = z.infer<typeof AnswersV1>;
