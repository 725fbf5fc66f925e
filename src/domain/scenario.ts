import './zod-config';
import { z } from 'zod';
import { AnswersInput } from './answers';
import { Deployment, Weights } from './enums';

/** What the recommended option must be: every given field must match; leave out what may vary. */
const ExpectedChoice = z.strictObject({
  optionId: z
    .string()
    .optional()
    .meta({ description: 'The recommended option must be this catalog option.', examples: ['llama-3.1-70b-self-hosted'] }),
  modelId: z
    .string()
    .optional()
    .meta({ description: 'The recommended option must run this catalog model.', examples: ['mistral-large-2'] }),
  weights: Weights.optional().meta({ description: 'The recommended option must have these weights: open or closed.' }),
  deployment: Deployment.optional().meta({ description: 'The recommended option must be deployed this way: api, managed or self-hosted.' }),
});

export const UseCaseExpectation = z.strictObject({
  recommended: ExpectedChoice.nullable()
    .optional()
    .meta({ description: 'What the recommended option must be; every given field must match. null: every option must be excluded.' }),
  excluded: z
    .array(z.string())
    .optional()
    .meta({
      description: 'Option ids that must be excluded (others may be too).',
      examples: [['llama-3.1-70b-managed', 'qwen-2.5-72b-managed']],
    }),
  obligations: z
    .array(z.string())
    .optional()
    .meta({
      description: 'Obligation ids (the ids of the rules behind them) that must appear.',
      examples: [['gdpr-dpia', 'gdpr-processor-contract']],
    }),
  notObligations: z
    .array(z.string())
    .optional()
    .meta({
      description: 'Obligation ids that must not appear: duties a lawyer would strike for this use case.',
      examples: [['ai-act-transparency-interaction', 'ai-act-high-risk-provider']],
    }),
  reasons: z
    .array(z.string())
    .optional()
    .meta({
      description: 'Rule ids that must fire for the use case.',
      examples: [['audience-internal-gap-tolerated', 'task-rag-colocation']],
    }),
  closeCall: z
    .boolean()
    .optional()
    .meta({
      description:
        'true: the pick must lead its runner-up by less than the close-call threshold (too close to call); false: by at least that much.',
      examples: [true],
    }),
});

/** A worked example: answers plus what the default pack must make of them. Run by `npm run rules:test`. */
export const ScenarioFile = z
  .strictObject({
    $schema: z.string().optional(),
    title: z
      .string()
      .min(1)
      .meta({
        description: 'What the scenario shows, in one line; rules:test and the rules studio list it.',
        examples: ['Above 700 million monthly active users the Llama 3.1 licence rules Llama out'],
      }),
    description: z
      .string()
      .min(1)
      .meta({
        description:
          'The organisation, its workloads, and why the pack should decide as expected, naming the rules and sources that matter.',
        examples: [
          'A consumer social network with 850 million monthly active users triages trust-and-safety reports (1e10 tokens/month, personal data).',
        ],
      }),
    answers: AnswersInput,
    expect: z
      .strictObject({
        useCases: z
          .record(z.string(), UseCaseExpectation)
          .meta({ description: 'Expectations per use case, keyed by use case id; use cases left out are not checked.' }),
        portfolio: z
          .strictObject({
            notes: z
              .array(z.string())
              .optional()
              .meta({
                description: 'Ids of portfolio note rules that must fire.',
                examples: [['portfolio-hybrid-pattern', 'portfolio-gateway-fallback']],
              }),
            obligations: z
              .array(z.string())
              .optional()
              .meta({
                description: 'Obligation ids that must appear in the portfolio, from any use case or portfolio rule.',
                examples: [['portfolio-eval-infrastructure']],
              }),
            minOpenWeightsTokenShare: z
              .number()
              .min(0)
              .max(1)
              .optional()
              .meta({ description: 'Lowest allowed share (0 to 1) of monthly tokens placed on open-weights options.', examples: [0.85] }),
            maxOpenWeightsTokenShare: z
              .number()
              .min(0)
              .max(1)
              .optional()
              .meta({ description: 'Highest allowed share (0 to 1) of monthly tokens placed on open-weights options.', examples: [0.95] }),
            cheaperThanAllProprietary: z.boolean().optional().meta({
              description:
                "true: the portfolio's monthly cost must be below the all-proprietary baseline (every use case on the best-ranked eligible proprietary option); false: it must not be.",
            }),
            maxCostRatioToAllProprietary: z
              .number()
              .positive()
              .optional()
              .meta({
                description:
                  "Highest allowed ratio of the portfolio's monthly cost to the all-proprietary baseline, e.g. 0.35 for 'costs about a third'.",
                examples: [0.35],
              }),
          })
          .optional()
          .meta({ description: 'Expectations on the whole portfolio; absent: not checked.' }),
      })
      .meta({ description: 'What the default pack must make of the answers; rules:test reports every expectation it misses.' }),
  })
  .meta({ title: 'Scenario' });

export type ScenarioFile = z.infer<typeof ScenarioFile>;
export type UseCaseExpectation = z.infer<typeof UseCaseExpectation>;
