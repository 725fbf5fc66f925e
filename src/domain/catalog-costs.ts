import './zod-config';
import { z } from 'zod';
import { sourced } from './sources';

/** Catalog ids: lower-case letters, digits, dots or hyphens. */
export const CatalogId = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be lower-case letters, digits, dots or hyphens');

const usdPerMillion = z
  .number()
  .min(0)
  .meta({ description: 'US dollars per million tokens.', examples: [5, 0.5, 30] });

/** A fraction from 0 to 1. */
const fraction = (description: string, examples: number[]) => z.number().min(0).max(1).meta({ description, examples });

/** Prices above a long-context threshold: the whole request is billed at them once its input passes the threshold. */
export const LongContextPrices = z
  .strictObject({
    aboveInputTokens: z
      .number()
      .int()
      .positive()
      .meta({
        description: 'Input tokens in one request above which the long-context prices apply to the whole request.',
        examples: [272000, 200000],
      }),
    input: usdPerMillion,
    output: usdPerMillion,
    cachedInput: usdPerMillion.optional(),
  })
  .meta({
    description: 'The threshold and the prices above it.',
    examples: [{ aboveInputTokens: 272000, input: 16, output: 60, cachedInput: 0.8 }],
  });

/** What a per-token channel charges. @example { input: { value: 5, ... }, output: { value: 30, ... } } */
export const TokenPrices = z.strictObject({
  input: sourced(usdPerMillion).meta({ description: 'Price of input (prompt) tokens, in US dollars per million tokens.' }),
  output: sourced(usdPerMillion).meta({ description: 'Price of output (generated) tokens, in US dollars per million tokens.' }),
  cachedInput: sourced(usdPerMillion).optional().meta({
    description:
      "Price of input tokens read from the prompt cache. Absent: the channel offers no prompt caching, so a use case's cached share is billed at the input price.",
  }),
  batchDiscount: sourced(fraction('Share taken off every price for batch work.', [0.5]))
    .optional()
    .meta({
      description:
        "Discount for work sent as a batch (answered within about 24 hours). Absent: no batch service, so a use case's batch share pays full price.",
    }),
  residencyPremium: sourced(fraction('Share added to every price.', [0.1]))
    .optional()
    .meta({
      description:
        'Extra charged for keeping processing in one region or data zone (a regional or data-zone endpoint), e.g. 0.1 for +10 %. Applied when the answers require data residency (regulation.dataResidency other than none). Absent: no extra.',
    }),
  longContext: sourced(LongContextPrices).optional().meta({
    description:
      "Higher prices for long requests. A use case is priced at them when its typical request (its requestInputTokens, or for a long-context use case without one the catalog's longContextRequestTokens) is above the threshold.",
  }),
});

/** Number formats a serving configuration may run the weights in, with the bytes one parameter takes. */
export const Quantisation = z.enum(['bf16', 'fp8', 'fp4', 'mxfp4', 'int4']).meta({
  description:
    'Number format of the weights as served: bf16 (2 bytes a parameter), fp8 (1), fp4 (NVFP4), mxfp4 or int4 (a little over half a byte with their scales).',
});
export const BYTES_PER_PARAMETER: Record<z.infer<typeof Quantisation>, number> = { bf16: 2, fp8: 1, fp4: 0.56, mxfp4: 0.53, int4: 0.53 };

/** One way to serve a model: a GPU type, a number format and the GPUs one replica takes, with its measured speeds. */
export const ServingConfig = z.strictObject({
  gpuType: CatalogId.meta({ description: 'Id of an entry in gpuTypes.', examples: ['h100-80gb'] }),
  quantisation: Quantisation,
  gpusPerReplica: z
    .number()
    .int()
    .positive()
    .meta({ description: 'GPUs one replica (one serving copy of the model) takes.', examples: [1, 4, 8] }),
  prefillTokensPerSecond: sourced(
    z
      .number()
      .positive()
      .meta({ description: 'Input tokens a second.', examples: [20000] }),
  ).meta({
    description:
      'Input (prompt) tokens one replica processes a second at full load. Prefill is far cheaper than decoding, so input and output are counted apart.',
  }),
  decodeTokensPerSecond: sourced(
    z
      .number()
      .positive()
      .meta({ description: 'Output tokens a second.', examples: [3000] }),
  ).meta({
    description: 'Output tokens one replica generates a second at full load, all concurrent requests together.',
  }),
});

/** A GPU type with what it costs to rent or own. */
export const GpuType = z.strictObject({
  id: CatalogId.meta({
    description: 'Unique GPU type id. Serving configurations name it in gpuType.',
    examples: ['h100-80gb', 'h200-141gb'],
  }),
  label: z
    .string()
    .min(1)
    .meta({ description: "GPU name shown in the report's assumptions.", examples: ['NVIDIA H100 80GB (SXM)'] }),
  memoryGb: sourced(
    z
      .number()
      .positive()
      .meta({ description: 'Gigabytes.', examples: [80, 141] }),
  ).meta({
    description: "Memory of one GPU. The catalog is refused when a serving configuration's GPUs cannot hold the model's weights.",
  }),
  rentalUsdPerHour: z
    .strictObject({
      'gpu-cloud': sourced(
        z
          .number()
          .positive()
          .meta({ description: 'US dollars per GPU-hour.', examples: [2.99] }),
      ).meta({
        description: 'On-demand price per GPU-hour at a GPU cloud (Lambda, CoreWeave, Nebius and the like).',
      }),
      hyperscaler: sourced(
        z
          .number()
          .positive()
          .meta({ description: 'US dollars per GPU-hour.', examples: [6.88] }),
      ).meta({
        description: 'On-demand price per GPU-hour at a hyperscaler (AWS, Azure, Google Cloud), the instance price divided by its GPUs.',
      }),
    })
    .meta({
      description: 'Rental prices per GPU-hour by channel. A deployment pays them for every GPU of every replica around the clock.',
    }),
  purchaseUsd: sourced(
    z
      .number()
      .positive()
      .meta({ description: 'US dollars per GPU.', examples: [35000] }),
  ).meta({
    description:
      "Purchase price per GPU including its share of the server, for on-premises GPUs (amortised over the catalog's amortisationMonths).",
  }),
  powerKw: sourced(
    z
      .number()
      .positive()
      .meta({ description: 'Kilowatts per GPU.', examples: [1.275] }),
  ).meta({
    description:
      'Electrical power per GPU including its share of the server, at full load; on-premises GPUs pay it at the catalog electricity price and PUE.',
  }),
});

export type TokenPrices = z.infer<typeof TokenPrices>;
export type ServingConfig = z.infer<typeof ServingConfig>;
export type GpuType = z.infer<typeof GpuType>;
export type Quantisation = z.infer<typeof Quantisation>;
