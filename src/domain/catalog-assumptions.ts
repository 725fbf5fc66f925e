import './zod-config';
import { z } from 'zod';
import { QualityKind, TaskKind } from './enums';
import { sourced } from './sources';

/** Where rented GPUs for self-hosting come from. */
export const RentalChannel = z.enum(['gpu-cloud', 'hyperscaler']).meta({
  description:
    'gpu-cloud: a GPU cloud (cheaper, fewer compliance programmes); hyperscaler: AWS, Azure or Google Cloud (their regions, contracts and BAA).',
});

const share = (description: string, examples: number[]) => z.number().min(0).max(1).meta({ description, examples });
const positive = (description: string, examples: number[]) => z.number().positive().meta({ description, examples });

/** The planning figures the cost model and the quality comparison apply to every use case. */
export const CatalogAssumptions = z
  .strictObject({
    inputTokenShare: sourced(
      z
        .number()
        .gt(0)
        .lt(1)
        .meta({ description: 'Fraction between 0 and 1 (exclusive).', examples: [0.75] }),
    ).meta({
      description: 'Share of tokens that are input, for use cases that do not give their own inputShare.',
    }),
    cachedShare: sourced(share('Fraction from 0 to 1.', [0.2])).meta({
      description: 'Share of input tokens read from the prompt cache, for use cases that do not give their own cachedShare.',
    }),
    batchShare: sourced(share('Fraction from 0 to 1.', [0])).meta({
      description: 'Share of work sent as batches, for use cases that do not give their own batchShare.',
    }),
    tokensPerRequest: sourced(positive('Tokens (input and output) in one request.', [3000])).meta({
      description: 'Size of a typical request, to turn tokens a minute into requests a minute for channels that limit requests.',
    }),
    longContextRequestTokens: sourced(positive('Input tokens in one request.', [250000])).meta({
      description:
        "Size of a typical request of a long-context use case that does not give its own requestInputTokens: above a channel's long-context threshold, it pays the long-context prices.",
    }),
    peakToAverage: sourced(
      z
        .number()
        .min(1)
        .meta({ description: 'Ratio, at least 1.', examples: [3] }),
    ).meta({
      description:
        "Load in the busiest hour over the month's average, for interactive work (batch work is spread evenly). Self-hosted replicas are sized for the peak.",
    }),
    targetUtilisation: sourced(
      z
        .number()
        .gt(0)
        .max(1)
        .meta({ description: 'Fraction above 0, at most 1.', examples: [0.7] }),
    ).meta({
      description:
        "Share of a replica's measured capacity the peak may use, leaving room for latency. Replicas are added until the peak fits under it.",
    }),
    minReplicas: sourced(
      z
        .number()
        .int()
        .min(1)
        .meta({ description: 'Replicas.', examples: [2] }),
    ).meta({
      description: 'Fewest replicas of a production deployment, so that one can fail or be upgraded while the other serves.',
    }),
    rentalChannel: sourced(RentalChannel).meta({
      description:
        'Where rented GPUs come from when the team has no GPUs of its own (team.gpuAccess none or cloud). On-premises GPUs (gpuAccess on-prem) are priced as bought.',
    }),
    engineerHourUsd: sourced(positive('US dollars an hour.', [100])).meta({
      description: 'Fully loaded cost of one engineer hour; prices self-hosting operations.',
    }),
    opsHoursPerReplica: sourced(
      z
        .number()
        .min(0)
        .meta({ description: 'Engineer hours a month.', examples: [8] }),
    ).meta({
      description: "Engineer hours a month each replica adds to a deployment's base hours (capacity, patching, incidents).",
    }),
    onCall: sourced(
      z
        .strictObject({
          engineers: z
            .number()
            .int()
            .min(1)
            .meta({ description: 'Engineers a sustainable 24/7 rota needs.', examples: [8] }),
          hoursPerMonth: z
            .number()
            .min(0)
            .meta({ description: 'Engineer hours a month the rota costs (pay for being on call and incidents).', examples: [240] }),
        })
        .meta({ description: 'Engineers and engineer hours a month of the rota.', examples: [{ engineers: 8, hoursPerMonth: 240 }] }),
    ).meta({
      description:
        'What a 24/7 on-call rota for a production deployment takes: its hours are priced into every self-hosted deployment, and rules compare engineers with team.mlEngineers (derived.onCallStaffable).',
    }),
    onPrem: z
      .strictObject({
        amortisationMonths: sourced(
          z
            .number()
            .int()
            .positive()
            .meta({ description: 'Months.', examples: [48] }),
        ).meta({
          description: 'Months over which bought GPUs are written off.',
        }),
        usdPerKwh: sourced(positive('US dollars per kilowatt-hour.', [0.15])).meta({
          description: 'Electricity price for the data centre.',
        }),
        pue: sourced(
          z
            .number()
            .min(1)
            .meta({ description: 'Ratio, at least 1.', examples: [1.4] }),
        ).meta({
          description: 'Power usage effectiveness: total data-centre power over IT power (cooling and losses).',
        }),
      })
      .meta({ description: 'How owned GPUs are costed: purchase written off over the amortisation period, plus power.' }),
    exchangeRates: z
      .strictObject({
        EUR: sourced(positive('Euros per US dollar.', [0.87])).meta({ description: 'Euros per US dollar.' }),
        GBP: sourced(positive('Pounds sterling per US dollar.', [0.75])).meta({ description: 'Pounds sterling per US dollar.' }),
      })
      .optional()
      .meta({
        description:
          'Units of each currency per US dollar, to show amounts in euros or pounds (prices stay in US dollars). Absent: amounts are shown in US dollars only.',
      }),
    taskQuality: z
      .strictObject(
        Object.fromEntries(
          TaskKind.options.map((t) => [t, QualityKind.meta({ description: `Quality family that counts for ${t} use cases.` })]),
        ) as Record<z.infer<typeof TaskKind>, typeof QualityKind>,
      )
      .meta({
        description:
          'Which benchmark family counts for each task kind: the engine compares options on that score (derived.taskQuality, derived.qualityGapPp).',
      }),
  })
  .meta({
    description:
      'Planning defaults the cost model and quality comparison apply to every use case; use cases may give their own token shares.',
  });

export type CatalogAssumptions = z.infer<typeof CatalogAssumptions>;
export type RentalChannel = z.infer<typeof RentalChannel>;
