import './zod-config';
import { z } from 'zod';
import { Channel } from './catalog';
import { Deployment, Dimension, ObligationPhase, ObligationTopic, Weights } from './enums';
import { IsoDate, SourceId, SourceKind } from './sources';

const RuleId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case')
  .max(80)
  .meta({
    description:
      'Unique across the whole pack, kebab-case, up to 80 characters; results, obligations and scenarios refer to the rule by it.',
    examples: ['hipaa-no-baa-excluded', 'gdpr-dpia'],
  });

/** A JSON Logic expression (https://jsonlogic.com), read against the facts of one use case and option. */
export const JsonLogic = z.json().meta({
  description:
    'JSON Logic over the facts organization, regulation, team, priorities, useCase, option, derived (and portfolio for portfolio rules).',
  examples: [{ and: [{ '==': [{ var: 'useCase.dataSensitivity' }, 'health'] }, { var: 'regulation.hipaa' }] }],
});

/** Which options a rule looks at; absent means every option. Empty lists are not allowed. */
export const OptionSelector = z
  .strictObject({
    weights: z
      .array(Weights)
      .min(1)
      .optional()
      .meta({ description: 'Only options whose model has these weights.', examples: [['open']] }),
    deployment: z
      .array(Deployment)
      .min(1)
      .optional()
      .meta({ description: 'Only options deployed these ways.', examples: [['api', 'managed']] }),
    channels: z
      .array(Channel)
      .min(1)
      .optional()
      .meta({ description: 'Only options bought through these channels.', examples: [['inference-host'], ['bedrock', 'vertex', 'azure']] }),
    modelIds: z
      .array(z.string())
      .min(1)
      .optional()
      .meta({
        description: 'Only options of these catalog models (model ids).',
        examples: [['llama-4-maverick'], ['gpt-oss-120b', 'gpt-oss-20b']],
      }),
    optionIds: z
      .array(z.string())
      .min(1)
      .optional()
      .meta({ description: 'Only these catalog options (option ids).', examples: [['gpt-oss-120b-self-hosted']] }),
  })
  .meta({ description: 'All given filters must match; within a filter any listed value matches.' });

const ruleBase = {
  id: RuleId,
  text: z
    .string()
    .min(1)
    .meta({
      description: 'What the rule says, in plain language; shown to users verbatim.',
      examples: ['Sign a Business Associate Agreement with the vendor before any protected health information is sent.'],
    }),
  when: JsonLogic,
  appliesTo: OptionSelector.optional(),
  scope: z
    .enum(['use-case', 'portfolio'])
    .optional()
    .meta({ description: 'use-case (default): per use case and option. portfolio: once, over the picks.' }),
  sources: z
    .array(SourceId)
    .min(1, 'must cite at least one source')
    .meta({
      description: 'Ids of the entries in sources.json the rule rests on; at least one.',
      examples: [['hipaa-privacy-rule', 'openai-baa']],
    }),
};

export const ScoreRule = z.strictObject({
  ...ruleBase,
  effect: z.literal('score').meta({ description: 'score: adds points to one dimension of each option the rule fires for.' }),
  dimension: Dimension,
  points: z
    .union([z.number().min(-100).max(100), z.record(z.string(), z.json())], {
      error:
        'must be a number from -100 to 100, or a JSON Logic expression that gives one (an object such as {"*": [2, {"var": "derived.qualityGapPp"}]})',
    })
    .meta({ description: 'Points added to the dimension (negative subtracts); a number or a JSON Logic expression.' }),
});
export const ExcludeRule = z.strictObject({
  ...ruleBase,
  effect: z.literal('exclude').meta({ description: 'exclude: rules the option out for the use case, whatever its score.' }),
  topic: z
    .string()
    .min(1)
    .optional()
    .meta({ description: "Why-group shown with the exclusion; the pack's topic when absent.", examples: ['hipaa', 'data-residency'] }),
});
export const ObligationRule = z.strictObject({
  ...ruleBase,
  effect: z.literal('obligation').meta({
    description: 'obligation: a duty the organisation takes on if it picks the option; listed once, under the rule id.',
  }),
  obligationTopic: ObligationTopic,
  role: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case words joined by hyphens')
    .optional()
    .meta({
      description:
        'Who the duty falls on, where the law names a role: the EU AI Act\'s "provider" (builds the system or puts its name on it) or "deployer" (uses it), or "provider-and-deployer". Shown with the duty.',
      examples: ['provider', 'deployer'],
    }),
  appliesFrom: IsoDate.optional().meta({
    description: 'The date the duty applies from, where the law sets one (YYYY-MM-DD); the results say whether it already applies.',
    examples: ['2025-02-02', '2027-12-02'],
  }),
  law: z
    .string()
    .min(1)
    .max(60)
    .optional()
    .meta({
      description: 'The law the duty comes from, as the obligations checklist groups it (e.g. "DORA"); the topic\'s label when absent.',
      examples: ['EU AI Act', 'GDPR', 'DORA'],
    }),
  phase: ObligationPhase.optional(),
  rerunWith: z
    .strictObject({
      euOwnedOnly: z.literal(true).meta({ description: 'Run it with only EU-owned providers allowed (regulation.euOwnedOnly).' }),
    })
    .optional()
    .meta({
      description:
        "A stricter answer (under regulation) the duty asks the recommendation to be run under, where the answers do not give it: the engine runs it and the results show the portfolio it gives beside the one recommended (e.g. France's SREN: EU-owned providers only).",
    }),
});
export const NoteRule = z.strictObject({
  ...ruleBase,
  effect: z.literal('note').meta({ description: 'note: a remark shown with the results; it changes no score and excludes nothing.' }),
});

export const Rule = z.discriminatedUnion('effect', [ScoreRule, ExcludeRule, ObligationRule, NoteRule]);

export const PackFile = z
  .strictObject({
    $schema: z.string().optional(),
    topic: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'must be kebab-case')
      .meta({
        description:
          "The concern this file's rules cover, kebab-case; the rules studio filters by it and exclusions without their own topic show it.",
        examples: ['regulation-hipaa'],
      }),
    description: z
      .string()
      .optional()
      .meta({
        description: 'One line on what the file covers, for rule authors.',
        examples: ['HIPAA duties for protected health information.'],
      }),
    rules: z.array(Rule).meta({ description: 'The rules of this concern; results list the rules that fired in pack order.' }),
  })
  .meta({ title: 'Rule pack file', description: 'The rules of one concern.' });

export const Manifest = z
  .strictObject({
    $schema: z.string().optional(),
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'must be kebab-case')
      .meta({ description: 'Id of the rule pack, kebab-case; every recommendation records it with the version.', examples: ['default'] }),
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.2.0')
      .meta({
        description:
          'Semantic version of the pack, recorded in every recommendation; raise it whenever a rule or catalog value changes, with a changelog entry.',
        examples: ['1.0.1'],
      }),
    title: z
      .string()
      .min(1)
      .meta({
        description: 'Name of the pack, in plain language.',
        examples: ['Default rule pack: open versus proprietary models, per use case'],
      }),
    changelog: z
      .array(
        z.strictObject({
          version: z.string().meta({ description: 'The pack version this entry describes.', examples: ['1.0.1'] }),
          date: IsoDate.meta({ description: 'When the version was released; the report shows it beside the version.' }),
          changes: z
            .array(z.string())
            .min(1)
            .meta({
              description: 'What changed, one item per change, in plain language.',
              examples: [['The manifest lists the scenarios that rules:test runs and the rules studio loads.']],
            }),
        }),
      )
      .min(1)
      .meta({ description: 'One entry per released version, newest first; at least one.' }),
    packs: z
      .array(z.string().regex(/^[a-z0-9-]+\.json$/, 'must be a file name in packs/'))
      .min(1)
      .meta({
        description: 'The rule files in packs/ to load, in the order results list their rules; every file in packs/ must be listed.',
        examples: [['quality.json', 'regulation-hipaa.json']],
      }),
    scenarios: z
      .array(z.string().regex(/^[a-z0-9-]+\.json$/, 'must be a file name in scenarios/'))
      .optional()
      .meta({
        description:
          'The scenario files in scenarios/ that rules:test runs and the rules studio loads, in order. rules:check reports a file in scenarios/ that is not listed and a listed file that is missing. Absent: every .json file in scenarios/.',
        examples: [['gdpr-personal-data-insurer.json']],
      }),
    maxSourceAgeDays: z
      .number()
      .int()
      .min(1)
      .max(36_500)
      .optional()
      .meta({
        description:
          "rules:check reports every source in sources.json whose date is more than this many days before today (default 730); sources of kind law, licence and release do not age. A command-line --max-source-age-days overrides it. A source's date is when it was published or last checked: re-check an old source and update its date, rather than raising the limit.",
        examples: [730],
      }),
    maxSourceAgeDaysByKind: z
      .partialRecord(SourceKind, z.number().int().min(1).max(36_500))
      .optional()
      .meta({
        description:
          'Age limits for some kinds of source, in days, tighter or looser than maxSourceAgeDays: prices change faster than surveys. Default: pricing 180, benchmark 365. Kinds left out use maxSourceAgeDays.',
        examples: [{ pricing: 180, benchmark: 365 }],
      }),
    scoring: z
      .strictObject({
        baseline: z
          .number()
          .min(0)
          .max(100)
          .meta({
            description: 'Points (0-100) every dimension starts at before rules add theirs; each dimension is then clamped to 0..100.',
            examples: [50],
          }),
        feasibilityWeight: z
          .number()
          .min(0)
          .max(5)
          .meta({
            description:
              "Weight (0-5) of feasibility in the total score, beside the user's cost, quality and control priorities (1-5 each).",
            examples: [3],
          }),
        materialMonthlyUsd: z
          .number()
          .positive()
          .optional()
          .meta({
            description:
              "A monthly amount added to every option's cost before the cost score compares it with the cheapest eligible option's (20 points fewer per doubling): differences that are small against it barely count, so a few dollars cannot decide a pick, while large bills compare by their ratio. It is the amount at a cost priority of 3, halved for each step above and doubled for each step below (500 at 5, 8,000 at 1). Default 2,000.",
            examples: [2000],
          }),
        closeCallPoints: z
          .number()
          .min(0)
          .max(20)
          .optional()
          .meta({
            description:
              'A pick that leads the runner-up by fewer total-score points than this is shown as too close to call, with the runner-up as an equal choice. Default 2.',
            examples: [2],
          }),
      })
      .meta({ description: 'How rule points become scores.' }),
  })
  .meta({ title: 'Rule pack manifest' });

export type Rule = z.infer<typeof Rule>;
export type ScoreRule = z.infer<typeof ScoreRule>;
export type PackFile = z.infer<typeof PackFile>;
export type Manifest = z.infer<typeof Manifest>;
export type OptionSelector = z.infer<typeof OptionSelector>;
