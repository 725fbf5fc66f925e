import './zod-config';
import { z } from 'zod';
import { Deployment, Dimension, ObligationTopic, Weights } from './enums';
import { IsoDate, SourceId } from './sources';

const RuleId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case')
  .max(80)
  .meta({ description: 'Unique across the whole pack.', examples: ['hipaa-no-baa-excluded'] });

/** A JSON Logic expression (https://jsonlogic.com), read against the facts of one use case and option. */
export const JsonLogic = z.json().meta({
  description:
    'JSON Logic over the facts organization, regulation, team, priorities, useCase, option, derived (and portfolio for portfolio rules).',
  examples: [{ and: [{ '==': [{ var: 'useCase.dataSensitivity' }, 'health'] }, { var: 'regulation.hipaa' }] }],
});

/** Which options a rule looks at; absent means every option. Empty lists are not allowed. */
export const OptionSelector = z
  .strictObject({
    weights: z.array(Weights).min(1).optional(),
    deployment: z.array(Deployment).min(1).optional(),
    modelIds: z.array(z.string()).min(1).optional(),
    optionIds: z.array(z.string()).min(1).optional(),
  })
  .meta({ description: 'All given filters must match; within a filter any listed value matches.' });

const ruleBase = {
  id: RuleId,
  text: z.string().min(1).meta({ description: 'What the rule says, in plain language; shown to users verbatim.' }),
  when: JsonLogic,
  appliesTo: OptionSelector.optional(),
  scope: z
    .enum(['use-case', 'portfolio'])
    .optional()
    .meta({ description: 'use-case (default): per use case and option. portfolio: once, over the picks.' }),
  sources: z.array(SourceId).min(1, 'must cite at least one source'),
};

export const ScoreRule = z.strictObject({
  ...ruleBase,
  effect: z.literal('score'),
  dimension: Dimension,
  points: z
    .union([z.number().min(-100).max(100), z.record(z.string(), z.json())], {
      error: 'must be a number from -100 to 100, or a JSON Logic expression that gives one (an object such as {"*": [2, {"var": "derived.qualityGapPp"}]})',
    })
    .meta({ description: 'Points added to the dimension (negative subtracts); a number or a JSON Logic expression.' }),
});
export const ExcludeRule = z.strictObject({
  ...ruleBase,
  effect: z.literal('exclude'),
  topic: z.string().min(1).optional().meta({ description: "Why-group shown with the exclusion; the pack's topic when absent." }),
});
export const ObligationRule = z.strictObject({
  ...ruleBase,
  effect: z.literal('obligation'),
  obligationTopic: ObligationTopic,
});
export const NoteRule = z.strictObject({ ...ruleBase, effect: z.literal('note') });

export const Rule = z.discriminatedUnion('effect', [ScoreRule, ExcludeRule, ObligationRule, NoteRule]);

export const PackFile = z
  .strictObject({
    $schema: z.string().optional(),
    topic: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
    description: z.string().optional(),
    rules: z.array(Rule),
  })
  .meta({ title: 'Rule pack file', description: 'The rules of one concern.' });

export const Manifest = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.2.0'),
    title: z.string().min(1),
    changelog: z.array(z.strictObject({ version: z.string(), date: IsoDate, changes: z.array(z.string()).min(1) })).min(1),
    packs: z.array(z.string().regex(/^[a-z0-9-]+\.json$/, 'must be a file name in packs/')).min(1),
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
    scoring: z.strictObject({
      baseline: z.number().min(0).max(100).meta({ description: 'Where every dimension starts before rules add points.' }),
      feasibilityWeight: z.number().min(0).max(5).meta({ description: 'Weight of feasibility beside the user priorities.' }),
    }),
  })
  .meta({ title: 'Rule pack manifest' });

export type Rule = z.infer<typeof Rule>;
export type ScoreRule = z.infer<typeof ScoreRule>;
export type PackFile = z.infer<typeof PackFile>;
export type Manifest = z.infer<typeof Manifest>;
export type OptionSelector = z.infer<typeof OptionSelector>;
