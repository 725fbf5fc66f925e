import './zod-config';
import { z } from 'zod';
import { AnswersV1 } from './answers';
import { Deployment, Weights } from './enums';

const ExpectedChoice = z.strictObject({
  optionId: z.string().optional(),
  modelId: z.string().optional(),
  weights: Weights.optional(),
  deployment: Deployment.optional(),
});

export const UseCaseExpectation = z.strictObject({
  recommended: ExpectedChoice.nullable().optional().meta({ description: 'null: every option must be excluded.' }),
  excluded: z.array(z.string()).optional().meta({ description: 'Option ids that must be excluded.' }),
  obligations: z.array(z.string()).optional().meta({ description: 'Obligation ids that must appear.' }),
  reasons: z.array(z.string()).optional().meta({ description: 'Rule ids that must fire.' }),
});

/** A worked example: answers plus what the default pack must make of them. Run by `npm run rules:test`. */
export const ScenarioFile = z
  .strictObject({
    $schema: z.string().optional(),
    title: z.string().min(1),
    description: z.string().min(1),
    answers: AnswersV1,
    expect: z.strictObject({
      useCases: z.record(z.string(), UseCaseExpectation),
      portfolio: z
        .strictObject({
          notes: z.array(z.string()).optional(),
          obligations: z.array(z.string()).optional(),
          minOpenWeightsTokenShare: z.number().min(0).max(1).optional(),
          maxOpenWeightsTokenShare: z.number().min(0).max(1).optional(),
          cheaperThanAllProprietary: z.boolean().optional(),
        })
        .optional(),
    }),
  })
  .meta({ title: 'Scenario' });

export type ScenarioFile = z.infer<typeof ScenarioFile>;
export type UseCaseExpectation = z.infer<typeof UseCaseExpectation>;
