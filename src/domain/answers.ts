import './zod-config';
import { z } from 'zod';
import { COUNTRY_CODES } from './countries';
import {
  Accuracy,
  AiActRisk,
  AiActRole,
  AnnexIIIArea,
  Audience,
  DataResidency,
  DataSensitivity,
  GpuAccess,
  Industry,
  IndustryV1,
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
    .meta({
      description: `How much ${what} matters, from 1 (little) to 5 (most): its weight in each option's total score.`,
      examples: [3],
    });

/** One workload of the portfolio, as AnswersV1 has it. @example UseCaseV1.parse({ id: 'support-bot', ... }) */
export const UseCaseV1 = z
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
      .meta({
        description: 'What people call the workload, up to 120 characters; shown in the results and the report.',
        examples: ['Internal document analysis'],
      }),
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
          'ISO 639-1 codes of the languages the workload handles; English when absent. Any language but en costs each option quality points by its multilingual score (except for translation tasks).',
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

/** A share between 0 and 1 of one use case's tokens, for the cost model. */
const share = (what: string, example: number) =>
  z
    .number()
    .min(0, 'must be at least 0')
    .max(1, 'must be at most 1')
    .optional()
    .meta({ description: `${what} Absent: the catalog's planning default.`, examples: [example] });

/** A use case as AnswersV2 has it: the v1 fields plus the role, the people it affects and the shape of its tokens. */
export const UseCase = UseCaseV1.extend({
  aiActRole: AiActRole.optional(),
  annexIIIArea: AnnexIIIArea.optional(),
  minors: z.boolean().optional().meta({
    description: 'The people it serves or decides about include children. Absent: not asked (treated as no).',
  }),
  automatedDecisions: z.boolean().optional().meta({
    description: 'Its output decides about people without meaningful human review. Absent: not asked (treated as no).',
  }),
  inputShare: share(
    'Share of the tokens that are input (prompt, documents, history); the rest is output. Per-token prices weigh input and output by it, and self-hosted sizing counts input at prefill speed and output at decode speed.',
    0.75,
  ),
  cachedShare: share(
    'Share of the input tokens that repeat across requests (a long system prompt, shared documents) and are billed at the cached-input price where the channel offers prompt caching.',
    0.3,
  ),
  batchShare: share(
    'Share of the work that can wait for a batch turnaround (usually up to 24 hours) and is billed at the batch discount where the channel offers one; self-hosting serves it off-peak.',
    0,
  ),
  requestInputTokens: z
    .number()
    .int('must be a whole number')
    .positive('must be greater than 0')
    .max(1e8, 'must be at most 100,000,000')
    .optional()
    .meta({
      description:
        "Input tokens of a typical request (prompt, documents, history). Above a channel's long-context threshold the request is billed at the long-context prices, and a model whose context window is smaller cannot take it in one prompt. Absent: the catalog's longContextRequestTokens for a long-context use case, a short request otherwise.",
      examples: [200000],
    }),
}).meta({ description: 'One workload: what it does, for whom, on what data, at what volume, and the shape of its tokens.' });

/** Who the organisation is and where it works, as AnswersV1 has it. */
export const OrganizationV1 = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(120)
      .meta({ description: "The organisation's name, up to 120 characters; shown on the report.", examples: ['Acme Bank'] }),
    industry: IndustryV1,
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
export const RegulationV1 = z
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
      description:
        "The EU AI Act applies: turns on the rules that read each use case's aiActRisk (prohibited, high-risk and transparency duties).",
    }),
    dataResidency: DataResidency,
  })
  .meta({ description: 'The regulations that apply and where data must stay.' });

/** The regulation section as AnswersV2 has it: a sovereignty requirement besides residency. */
export const Regulation = RegulationV1.extend({
  euOwnedOnly: z.boolean().optional().meta({
    description:
      'Sovereignty: every provider that processes the data must be a company under EU law, so that no non-EU law (such as the US CLOUD Act) reaches the data. Excludes api and managed options run by companies established outside the EU; self-hosting stays, on EU-owned GPUs or your own. Absent: false.',
  }),
}).meta({ description: 'The regulations that apply, where data must stay and whose law may reach it.' });

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

/** Use case ids must be unique within the answers. */
function uniqueIds(cases: { id: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  cases.forEach((c, i) => {
    if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${c.id}"` });
    seen.add(c.id);
  });
}

const USE_CASES = 'The workloads to place, 1 to 50 with unique ids; each gets its own recommendation.';

/** The portfolio: 1 to 50 use cases with unique ids. */
export const UseCasesV1 = z
  .array(UseCaseV1)
  .min(1, 'must hold at least one use case')
  .max(50, 'must hold at most 50 use cases')
  .superRefine(uniqueIds)
  .meta({ description: USE_CASES });
export const UseCases = z
  .array(UseCase)
  .min(1, 'must hold at least one use case')
  .max(50, 'must hold at most 50 use cases')
  .superRefine(uniqueIds)
  .meta({ description: USE_CASES });

/** The first version of the answers: still read (files, share links, drafts) and migrated to v2. */
export const AnswersV1 = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1).meta({ description: 'Version of the answers format; always 1.' }),
    organization: OrganizationV1,
    regulation: RegulationV1,
    team: Team,
    priorities: Priorities,
    useCases: UseCasesV1,
  })
  .meta({ title: 'AnswersV1', description: "A CTO's answers to the interview (version 1, read and migrated to version 2)." });

/** The organisation as AnswersV2 has it: more industries and the country of its main establishment. */
export const Organization = OrganizationV1.extend({
  industry: Industry,
  country: z
    .enum(COUNTRY_CODES, {
      error: (issue) =>
        issue.input === 'UK'
          ? 'UK is not an ISO 3166-1 country code: the United Kingdom is GB'
          : typeof issue.input === 'string' && /^[A-Z]{2}$/.test(issue.input)
            ? `${issue.input} is not an ISO 3166-1 country code; use a two-letter code such as DE or US`
            : 'must be a two-letter ISO 3166-1 country code in capitals, such as DE or US',
    })
    .optional()
    .meta({
      description: 'ISO 3166-1 alpha-2 code of the main establishment; in-country residency and national rules read it. Absent: not asked.',
      examples: ['DE', 'FR', 'US'],
    }),
}).meta({ description: 'Who the organisation is and where it works.' });

/** How far ahead to project the costs. */
export const Planning = z
  .strictObject({
    horizonYears: z
      .number()
      .int()
      .min(1)
      .max(5)
      .meta({ description: 'Years to project, 1 to 5.', examples: [3] }),
    annualGrowth: z
      .number()
      .min(-0.9, 'must be at least -0.9 (a 90 % fall a year)')
      .max(100)
      .meta({ description: "Growth of every use case's volume a year: 0.5 is +50 % a year, -0.2 is -20 %.", examples: [0.5] }),
  })
  .meta({ description: 'How far ahead to project the costs, and how fast the volume grows.' });

const hourlyUsd = z
  .number()
  .positive('must be more than 0')
  .max(1000, 'must be at most 1,000 US dollars an hour')
  .meta({ description: 'US dollars per GPU-hour.', examples: [2.5] });

/**
 * Planning figures changed for this scenario: each one given replaces the catalog's figure in every cost the
 * engine works out, and the results and the report mark it as changed. Absent: the catalog's figures.
 */
export const ScenarioAssumptions = z
  .strictObject({
    engineerHourUsd: z
      .number()
      .positive('must be more than 0')
      .max(10_000, 'must be at most 10,000 US dollars an hour')
      .optional()
      .meta({ description: 'Fully loaded cost of one engineer hour, in US dollars.', examples: [120] }),
    targetUtilisation: z
      .number()
      .min(0.05, 'must be at least 0.05 (5 %)')
      .max(1, 'must be at most 1 (100 %)')
      .optional()
      .meta({ description: "Share of a replica's capacity the busiest hour may use, 0.05 to 1.", examples: [0.6] }),
    peakToAverage: z
      .number()
      .min(1, 'must be at least 1 (no peak)')
      .max(50, 'must be at most 50')
      .optional()
      .meta({ description: "Load in the busiest hour over the month's average, for interactive work; 1 to 50.", examples: [4] }),
    inputTokenShare: z
      .number()
      .min(0.01, 'must be at least 0.01 (1 %)')
      .max(0.99, 'must be at most 0.99 (99 %)')
      .optional()
      .meta({ description: 'Share of tokens that are input, for use cases that do not give their own; 0.01 to 0.99.', examples: [0.6] }),
    gpuHourUsd: z
      .record(
        z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be a GPU type id from the catalog, such as h100-80gb'),
        z
          .strictObject({ 'gpu-cloud': hourlyUsd.optional(), hyperscaler: hourlyUsd.optional() })
          .meta({ description: 'Rental price per GPU-hour at a GPU cloud and at a hyperscaler.' }),
      )
      .optional()
      .meta({ description: 'Rental prices by GPU type id of the catalog.', examples: [{ 'h100-80gb': { 'gpu-cloud': 2.5 } }] }),
    exchangeRates: z
      .strictObject({
        EUR: z
          .number()
          .positive('must be more than 0')
          .max(100, 'must be at most 100')
          .optional()
          .meta({ description: 'Euros per US dollar.', examples: [0.86] }),
        GBP: z
          .number()
          .positive('must be more than 0')
          .max(100, 'must be at most 100')
          .optional()
          .meta({ description: 'Pounds sterling per US dollar.', examples: [0.75] }),
      })
      .optional()
      .meta({ description: 'Units of each currency per US dollar, to show amounts in it.', examples: [{ EUR: 0.86 }] }),
  })
  .meta({
    description:
      "Planning figures changed for this scenario; each replaces the catalog's figure in every cost. Absent: the catalog's figures.",
  });

/** What the wizard gathers and writes; the CLI's input and the import/export file. */
export const AnswersV2 = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(2).meta({ description: 'Version of the answers format: 2 (version 1 files are still read).' }),
    organization: Organization,
    regulation: Regulation,
    team: Team,
    priorities: Priorities,
    useCases: UseCases,
    planning: Planning.optional(),
    assumptions: ScenarioAssumptions.optional(),
    currency: z.enum(['USD', 'EUR', 'GBP']).optional().meta({
      description:
        "Currency the results and reports show amounts in, converted from US dollars at the catalog's exchange rate (or assumptions.exchangeRates). Absent: USD.",
    }),
  })
  .meta({ title: 'AnswersV2', description: "A CTO's answers to the interview." });

/**
 * Version 1 answers as version 2: every v1 answer is a valid v2 answer, so nothing is lost; only the version changes.
 * @example migrateAnswers({ schemaVersion: 1, ... }).schemaVersion // 2
 */
export function migrateAnswers(answers: AnswersV1 | AnswersV2): AnswersV2 {
  if (answers.schemaVersion === 2) return answers;
  return { ...answers, schemaVersion: 2 };
}

/**
 * `{ upgradedFrom: n }` when raw answers (already accepted by AnswersInput) were written in an older format than the
 * current one, else nothing: the notice that says they were migrated reads it.
 * @example upgradedFrom({ schemaVersion: 1 }) // { upgradedFrom: 1 }
 */
export function upgradedFrom(raw: unknown): { upgradedFrom?: number } {
  const version = typeof raw === 'object' && raw !== null ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  return typeof version === 'number' && version < 2 ? { upgradedFrom: version } : {};
}

/**
 * Answers of any version, as files, share links, stored drafts and the CLI bring them: validated by the schema of
 * their own version (so problems name that version's fields), then migrated to the current one.
 * @example AnswersInput.parse(v1File).schemaVersion // 2
 */
export const AnswersInput = z
  .discriminatedUnion('schemaVersion', [AnswersV1, AnswersV2], {
    error: (issue) => (issue.code === 'invalid_union' ? 'must be 1 or 2 (the version of the answers format)' : undefined),
  })
  .transform(migrateAnswers)
  .meta({ title: 'Answers', description: "A CTO's answers to the interview, version 2 or 1." });

/** One use case of the current answers. */
export type UseCase = z.infer<typeof UseCase>;
export type Organization = z.infer<typeof Organization>;
export type Regulation = z.infer<typeof Regulation>;
export type Team = z.infer<typeof Team>;
export type Priorities = z.infer<typeof Priorities>;
export type AnswersV1 = z.infer<typeof AnswersV1>;
export type AnswersV2 = z.infer<typeof AnswersV2>;
/** The answers the engine and the app work with: always the current version. */
export type Answers = AnswersV2;
export type ScenarioAssumptions = z.infer<typeof ScenarioAssumptions>;
export type Planning = z.infer<typeof Planning>;
