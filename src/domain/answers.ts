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

/** A priority from 1 to 5: how much one dimension weighs in each option's total score. */
const priority = (what: string) =>
  z
    .number()
    .int()
    .min(1)
    .max(5)
    .meta({ description: `How much ${what} matters, from 1 (little) to 5 (most): its weight in each option's total score.`, examples: [3] });

/** One workload of the portfolio. @example UseCase.parse({ id: 'support-bot', ... }) */
export const UseCase = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/, 'must be 1-40 lower-case letters, digits or hyphens')
      .meta({
        description: 'Stable id, unique within the answers; results and scenario expectations refer to the use case by it.',
        examples: ['internal-docs', 'client-support'],
      }),
    name: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(120)
      .meta({ description: 'What people call the workload, up to 120 characters; shown in the results and the report.', examples: ['Internal document analysis'] }),
    task: TaskKind,
    audience: Audience,
    dataSensitivity: DataSensitivity,
    accuracy: Accuracy,
    monthlyTokens: z
      .number()
      .positive('must be greater than 0')
      .max(1e15, 'must be at most 1e15')
      .meta({
        description:
          'Input plus output tokens per month, all users together. It sets the per-token bill and the self-hosted replicas needed; the default pack counts 1e9 or more as high volume.',
        examples: [2_000_000_000, 500_000_000],
      }),
    aiActRisk: AiActRisk.optional().meta({
      description:
        'EU AI Act risk tier, read only when regulation.euAiAct is true: prohibited (Art. 5) excludes every option, high (Annex III) brings deployer duties, limited brings transparency duties (Art. 50). Absent: the results note it is unassessed.',
    }),
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code'))
      .min(1)
      .max(50)
      .optional()
      .meta({
        description:
          "ISO 639-1 codes of the languages the workload handles; English when absent. Any language but en costs each option quality points by its multilingual score (except for translation tasks).",
        examples: [['en', 'de']],
      }),
    longContext: z.boolean().optional().meta({
      description:
        'Needs long conversations or long documents in one prompt. Open models lose quality points, and so does any model with a context window under 200,000 tokens. Absent: false.',
    }),
    fineTuning: z.boolean().optional().meta({
      description:
        "Will be fine-tuned on the organisation's own data. Open weights gain quality points and closed weights lose control points; a high-risk use under the EU AI Act adds a provider obligation. Absent: false.",
    }),
  })
  .meta({ description: 'One workload: what it does, for whom, on what data, at what volume.' });

/** Who the organisation is and where it works. */
export const Organization = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(120)
      .meta({ description: "The organisation's name, up to 120 characters; shown on the report.", examples: ['Acme Bank'] }),
    industry: Industry,
    regions: z
      .array(Region)
      .min(1, 'must name at least one region')
      .meta({
        description:
          'Regions the organisation operates in, at least one. Rules may read it; where data must be processed is set by regulation.dataResidency.',
        examples: [['eu', 'us']],
      }),
    monthlyActiveUsers: z
      .number()
      .int()
      .min(0)
      .optional()
      .meta({
        description:
          "Monthly active users of the organisation's products. Some open licences need a separate licence above a threshold (Llama 3.1: 700M, Qwen 2.5: 100M), so those models are excluded above it. Absent: not checked.",
        examples: [2_000_000, 850_000_000],
      }),
  })
  .meta({ description: 'Who the organisation is and where it works.' });

/** The regulations that apply and where data must stay. */
export const Regulation = z
  .strictObject({
    gdpr: z.boolean().meta({
      description:
        'GDPR applies. For personal or health data: a DPIA, a processor contract with api and managed providers, and a transfer basis for providers outside the EU.',
    }),
    hipaa: z.boolean().meta({
      description:
        'HIPAA applies. For health data: options whose vendor signs no Business Associate Agreement are excluded, and a BAA must be signed with the rest.',
    }),
    euAiAct: z.boolean().meta({
      description: "The EU AI Act applies: turns on the rules that read each use case's aiActRisk (prohibited, high-risk and transparency duties).",
    }),
    dataResidency: DataResidency,
  })
  .meta({ description: 'The regulations that apply and where data must stay.' });

/** What the organisation can run itself. */
export const Team = z
  .strictObject({
    mlEngineers: z
      .number()
      .int()
      .min(0)
      .max(100_000)
      .meta({
        description:
          "ML or platform engineers who could run models in production. 0 excludes self-hosted options; fewer than an option's minimum costs it feasibility points.",
        examples: [4, 14],
      }),
    mlopsMaturity: MlopsMaturity,
    gpuAccess: GpuAccess,
  })
  .meta({ description: 'What the organisation can run itself.' });

/** How much cost, quality and control matter, 1 to 5 each. */
export const Priorities = z
  .strictObject({
    cost: priority('a low monthly bill'),
    quality: priority('answer quality'),
    control: priority('control over data, weights and vendor'),
  })
  .meta({
    description:
      "How much cost, quality and control matter, 1 to 5 each. They weight those dimensions in every option's total score; the rule pack weights feasibility.",
  });

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
  })
  .meta({ description: 'The workloads to place, 1 to 50 with unique ids; each gets its own recommendation.' });

/** What the wizard gathers; the CLI's input and the import/export file. */
export const AnswersV1 = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1).meta({ description: 'Version of the answers format; always 1.' }),
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
