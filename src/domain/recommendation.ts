import './zod-config';
import { z } from 'zod';
import { Deployment, Effect, ObligationPhase, ObligationTopic, Weights } from './enums';

const score = z.number().min(0).max(100);

export const Choice = z.strictObject({
  optionId: z.string(),
  label: z.string(),
  model: z.string(),
  weights: Weights,
  deployment: Deployment,
  score,
  monthlyCostUsd: z.number().min(0),
  standaloneMonthlyCostUsd: z.number().min(0).meta({
    description:
      "The option's monthly cost if this use case ran alone. A self-hosted pick shares its deployment with the other use cases on the same model, and monthlyCostUsd is only its share: that holds only while they stay on it.",
  }),
  selfHosting: z
    .strictObject({
      gpuType: z.string(),
      quantisation: z.string(),
      gpuChannel: z.enum(['gpu-cloud', 'hyperscaler', 'on-prem']),
      replicas: z.number().int().min(1),
      gpus: z.number().int().min(1),
      peakUtilisation: z.number().min(0),
      utilisation: z.number().min(0),
      monthlyCostUsd: z.number().min(0).meta({ description: 'What the whole deployment costs a month, every use case on it together.' }),
    })
    .optional()
    .meta({
      description:
        'For a self-hosted option: the deployment the cost model sized (for this use case alone for an alternative, for every use case on it for the pick).',
    }),
  scoreBreakdown: z.strictObject({ quality: score, cost: score, control: score, feasibility: score }),
});

export const Obligation = z.strictObject({
  id: z.string().meta({
    description:
      "The rule's id; where the duty's text carries figures of the option it comes with, the rule's id, '~' and a short hash of the text, so that the same rule's duties with other figures (another use case's volume) are listed apart.",
  }),
  topic: ObligationTopic,
  text: z.string(),
  ruleId: z.string(),
  sources: z.array(z.string()),
  role: z.string().optional().meta({ description: 'Who the duty falls on, where the law names a role (e.g. "provider", "deployer").' }),
  appliesFrom: z.string().optional().meta({ description: 'YYYY-MM-DD: the date the duty applies from, where the law sets one.' }),
  law: z.string().optional().meta({ description: 'The law the duty comes from, as the checklist groups it (e.g. "DORA").' }),
  phase: ObligationPhase.optional().meta({
    description:
      'go-no-go: decides whether the use case may go ahead at all, settled first; before-go-live: done once before the system goes live; ongoing: for as long as it runs.',
  }),
});

/** The portfolio a stricter answer gives, which a duty of the picks asks for. */
export const Rerun = z.strictObject({
  ruleIds: z.array(z.string()).meta({ description: 'The duties that ask for it.' }),
  with: z
    .strictObject({ euOwnedOnly: z.literal(true).meta({ description: 'Only EU-owned providers allowed (regulation.euOwnedOnly).' }) })
    .meta({ description: 'The answer changed (under regulation).' }),
  monthlyCostUsd: z.number().min(0),
  picks: z.array(
    z.strictObject({
      useCaseId: z.string(),
      optionId: z.string().nullable().meta({ description: 'Null when that answer leaves the use case no option.' }),
      label: z.string().nullable(),
      monthlyCostUsd: z.number().nullable(),
      ruledOutBy: z.array(z.string()).optional().meta({
        description:
          'The rules that rule this option out for the use case in the recommendation itself (with the answers as given): a stricter answer can leave a weaker model as the best of what remains.',
      }),
    }),
  ),
});

export const Reason = z.strictObject({
  ruleId: z.string(),
  text: z.string(),
  effect: Effect,
  optionIds: z.array(z.string()),
  points: z.number().optional(),
  sources: z.array(z.string()),
});

/** An option's standing for a use case after a change in the answers. */
const Standing = z.strictObject({
  score,
  monthlyCostUsd: z.number().min(0),
  scoreBreakdown: z.strictObject({ quality: score, cost: score, control: score, feasibility: score }),
});

export const Sensitivity = z.strictObject({
  input: z.string().meta({ description: 'Path of the answer that would change, e.g. team.mlEngineers.' }),
  from: z.union([z.number(), z.string()]),
  to: z.union([z.number(), z.string()]),
  flipsTo: z.string().nullable().meta({ description: 'Option id recommended after the change; null if none is left.' }),
  againstPick: z.array(z.string()).optional().meta({
    description:
      'Ids of the rules that would newly count against the current pick after the change: an exclusion, or points lost (a team too small to run a self-hosted pick, no GPUs for it). Absent: no rule newly acts on it, and the scores move (costs grow at different rates, the weights change).',
  }),
  after: z.strictObject({ pick: Standing, flipsTo: Standing }).optional().meta({
    description:
      "The current pick's and the new pick's scores and monthly costs after the change, where both remain eligible: what the new pick would gain and what it would give up (it would cost less, or score higher on quality). Absent where the pick would be ruled out or no option would be left.",
  }),
});

export const UseCaseResult = z.strictObject({
  id: z.string(),
  name: z.string(),
  recommended: Choice.nullable(),
  alternatives: z.array(Choice),
  margin: z.number().min(0).max(100).nullable().meta({
    description:
      'Score points (0-100 scale, two decimals) between the recommended option and the best alternative of another model, worked out from their dimension scores without rounding the totals first (so it can differ from the difference of the two rounded scores by up to 0.1); null when there is no pick or no alternative.',
  }),
  closeCall: z.boolean().meta({
    description:
      "True when the margin is below the pack's close-call threshold (manifest scoring.closeCallPoints) and the runner-up is better than the pick on at least one dimension: the runner-up is an equal choice, and a small change in the answers or the facts could reverse the order. A pick at least as good on every dimension is no close call, however small its margin.",
  }),
  equalChoiceMonthlyChangeUsd: z.number().optional().meta({
    description:
      "In a close call: how much the portfolio's monthly cost changes if this use case takes the runner-up instead (negative: it falls), every other pick kept and the self-hosted deployments formed again. A deployment the use case leaves is then paid in full by those still on it, and one it joins is shared, so this can differ from the difference of the two options' own costs.",
  }),
  equalChoiceObligations: z.array(Obligation).optional().meta({
    description:
      "In a close call: the duties the runner-up would bring that the pick does not (a clearance of the model's origin, a regional endpoint to arrange), to settle before it is tried on real data. Absent when it brings none.",
  }),
  excluded: z.array(z.strictObject({ optionId: z.string(), label: z.string(), ruleId: z.string(), reason: z.string(), topic: z.string() })),
  reasons: z.array(Reason),
  obligations: z.array(Obligation),
  sensitivity: z.array(Sensitivity),
});

/** One year of the multi-year projection. */
export const ProjectionYear = z.strictObject({
  year: z.number().int().min(1).meta({ description: 'Year 1 is today: the same figures as the portfolio.' }),
  monthlyCostUsd: z.number().min(0).meta({ description: "The portfolio's monthly cost at that year's volume, picks re-made for it." }),
  allProprietaryMonthlyCostUsd: z.number().min(0).meta({ description: 'The all-proprietary baseline at that volume.' }),
  cumulativeCostUsd: z.number().min(0).meta({ description: 'Twelve times each monthly cost, summed from year 1 to this year.' }),
  cumulativeAllProprietaryCostUsd: z
    .number()
    .min(0)
    .meta({ description: 'The same sum for the all-proprietary baseline, so the two can be charted against each other.' }),
  changedPicks: z
    .array(z.strictObject({ useCaseId: z.string(), optionId: z.string().nullable(), label: z.string() }))
    .meta({ description: "The use cases whose pick at that year's volume differs from year 1's, with the pick then (null: none)." }),
});

export const PortfolioNote = z.strictObject({ ruleId: z.string(), text: z.string(), sources: z.array(z.string()) });

/** The engine's output; `recommend --format json` prints exactly this. */
export const RecommendationV1 = z
  .strictObject({
    schemaVersion: z.literal(1),
    ruleSet: z.strictObject({ id: z.string(), version: z.string(), hash: z.string().regex(/^[0-9a-f]{64}$/) }),
    useCases: z.array(UseCaseResult),
    portfolio: z.strictObject({
      monthlyCostUsd: z.number().min(0),
      allProprietaryMonthlyCostUsd: z.number().min(0),
      openWeightsTokenShare: z.number().min(0).max(1),
      pricesAsOf: z.string().optional().meta({
        description:
          'The oldest "as of" date among the prices the picks rest on (token prices; GPU prices and the engineer hour for self-hosting). Absent when nothing is recommended.',
      }),
      obligations: z.array(Obligation),
      notes: z.array(PortfolioNote),
      projection: z.array(ProjectionYear).optional().meta({
        description:
          "Present when the answers give a planning horizon: one entry per year, each re-running the recommendation at that year's volume (every use case's tokens grown by annualGrowth a year).",
      }),
      reruns: z.array(Rerun).optional().meta({
        description:
          'Present when a duty of the picks asks for the recommendation under a stricter answer (a rule with rerunWith, such as EU-owned providers only) that the answers do not give: the portfolio that answer gives, beside the one recommended.',
      }),
    }),
  })
  .meta({ title: 'RecommendationV1' });

export type Choice = z.infer<typeof Choice>;
export type ProjectionYear = z.infer<typeof ProjectionYear>;
export type Obligation = z.infer<typeof Obligation>;
export type Reason = z.infer<typeof Reason>;
export type Rerun = z.infer<typeof Rerun>;
export type Sensitivity = z.infer<typeof Sensitivity>;
export type UseCaseResult = z.infer<typeof UseCaseResult>;
export type RecommendationV1 = z.infer<typeof RecommendationV1>;
