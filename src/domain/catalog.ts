import './zod-config';
import { z } from 'zod';
import { CatalogId, GpuType, ServingConfig, TokenPrices, BYTES_PER_PARAMETER } from './catalog-costs';
import { CatalogAssumptions } from './catalog-assumptions';
import { COUNTRY_CODES } from './countries';
import { Deployment, QualityKind, Region, Weights } from './enums';
import { IsoDate, sourced } from './sources';

export { CatalogId, GpuType, Quantisation, ServingConfig, TokenPrices, BYTES_PER_PARAMETER } from './catalog-costs';
export { CatalogAssumptions, RentalChannel } from './catalog-assumptions';

/** What each quality family stands for, for the field descriptions. */
const QUALITY_FAMILY: Record<z.infer<typeof QualityKind>, string> = {
  coding: 'Coding: SWE-bench Verified, % of real GitHub issues resolved.',
  knowledge: 'Knowledge and language understanding: MMLU-Pro, % correct.',
  reasoning: 'Graduate-level reasoning: GPQA Diamond, % correct.',
  math: 'Competition mathematics: AIME 2025 without tools, % correct.',
  multilingual: 'Work in languages other than English: MMMLU (MMLU in 14 languages), % correct.',
};

/** A model's licence terms. */
export const Licence = z.strictObject({
  name: z
    .string()
    .min(1)
    .meta({
      description: 'The licence or terms as their publisher names them; shown in the report next to the model.',
      examples: ['Apache License 2.0', 'Llama 4 Community License', 'OpenAI API terms (proprietary; no weights)'],
    }),
  kind: z.enum(['proprietary-terms', 'open-weights-custom', 'open-weights-commercial', 'osi-approved']).meta({
    description:
      "proprietary-terms: API terms, no weights; open-weights-custom: weights under the vendor's own licence (Llama, Mistral Research); open-weights-commercial: weights under a permissive commercial licence; osi-approved: an OSI-approved open-source licence (Apache 2.0, MIT). Rules read it as option.licence.kind.",
  }),
  commercialUse: z.boolean().meta({
    description:
      'Whether the terms allow commercial use of the weights without a separate agreement; rules read it as option.licence.commercialUse (the default pack excludes running such weights yourself in production).',
  }),
  monthlyActiveUserLimit: z
    .number()
    .int()
    .positive()
    .optional()
    .meta({
      description:
        'Above this many monthly active users a separate licence is needed (Llama: 700 million). Rules compare it with organization.monthlyActiveUsers as option.licence.monthlyActiveUserLimit, which is null when absent (no limit).',
      examples: [700000000],
    }),
  attributionRequired: z.boolean().optional().meta({
    description:
      'Whether the terms require attribution (e.g. "Built with Llama"); rules read it as option.licence.attributionRequired, false when absent.',
  }),
  source: z
    .string()
    .meta({ description: 'Id of the entry in rules/sources.json for the licence text or terms.', examples: ['gpt-oss-licence'] }),
  asOf: IsoDate.meta({ description: 'Date of the licence version described.' }),
});

export const Tier = z.enum(['frontier', 'balanced', 'small']).meta({
  description:
    "The model's size class within its vendor's line: frontier (largest, strongest), balanced (mid-size), small (fast and cheap).",
});

export const Model = z.strictObject({
  id: CatalogId.meta({
    description: 'Unique model id. Options name the model they serve by it (modelId).',
    examples: ['gpt-5.5', 'gpt-oss-120b'],
  }),
  label: z
    .string()
    .min(1)
    .meta({ description: 'Model name shown to people; option labels are built from it.', examples: ['GPT-5.5', 'gpt-oss-120b'] }),
  vendor: z
    .string()
    .min(1)
    .meta({
      description:
        'Who makes the model; rules read it as option.vendor, and portfolio rules see the distinct vendors picked (portfolio.vendors).',
      examples: ['OpenAI', 'Anthropic', 'Alibaba Cloud (Qwen)'],
    }),
  weights: Weights.meta({
    description:
      'open: the weights can be downloaded and run anywhere; closed: served by the vendor and its channels only. Rules read it as option.weights.',
  }),
  tier: Tier,
  released: IsoDate.meta({ description: 'When the vendor released this model version.', examples: ['2026-04-23'] }),
  legacy: z
    .string()
    .min(1)
    .optional()
    .meta({
      description:
        'Present for a model kept only for comparison: why it is legacy and what superseded it. Rules read option.legacy (true or false).',
      examples: ['Superseded by Llama 4 (April 2025).'],
    }),
  mostlyEnglish: sourced(z.boolean().meta({ description: 'true or false.' }))
    .optional()
    .meta({
      description:
        'Set true, with its source, when the vendor says the model was trained mostly on English: work in other languages needs checking language by language. Absent: false. Rules read it as option.mostlyEnglish.',
    }),
  parametersBillions: z
    .strictObject({
      total: z
        .number()
        .positive()
        .meta({ description: 'All parameters, in billions.', examples: [117, 1000] }),
      active: z
        .number()
        .positive()
        .meta({ description: 'Parameters used per token, in billions (mixture-of-experts models use a fraction).', examples: [5.1, 32] }),
      source: z.string().meta({ description: 'Id of the entry in rules/sources.json for the sizes.', examples: ['gpt-oss-repo'] }),
      asOf: IsoDate.meta({ description: 'When the sizes were published.' }),
    })
    .optional()
    .meta({ description: 'Size of an open-weights model, from its card; required for self-hosting (memory sizing).' }),
  quality: z
    .strictObject(
      Object.fromEntries(
        QualityKind.options.map((k) => [
          k,
          sourced(
            z
              .number()
              .min(0)
              .max(100)
              .meta({ description: 'Benchmark score in percent, as the cited leaderboard or card reports it.', examples: [80.9, 62.4] }),
          ).meta({
            description: `${QUALITY_FAMILY[k]} Rules read it as option.quality.${k}.`,
          }),
        ]),
      ) as Record<z.infer<typeof QualityKind>, ReturnType<typeof sourced<z.ZodNumber>>>,
    )
    .meta({
      description:
        'Benchmark scores in percent per task family, each from the cited page. For each use case the engine reads the family that assumptions.taskQuality names for its task (derived.taskQuality) and its gap to the best eligible option (derived.qualityGapPp).',
    }),
  contextWindowTokens: sourced(
    z
      .number()
      .int()
      .positive()
      .meta({ description: 'Tokens.', examples: [1050000, 200000, 131072] }),
  ).meta({
    description: 'Tokens of prompt and output the model accepts in one request; rules read it as option.contextWindowTokens.',
  }),
  licence: Licence.meta({ description: 'The terms the model comes under, with their source; rules read them as option.licence.*.' }),
});

/** How an option is bought. */
export const Channel = z.enum(['vendor', 'azure', 'bedrock', 'vertex', 'inference-host', 'own']).meta({
  description:
    "vendor: the model maker's own API; azure, bedrock, vertex: a hyperscaler sells the model in its cloud (its regions, contracts and BAA); inference-host: a company that serves open weights per token; own: you run the weights yourself. Rules read it as option.channel.",
});

export const SelfHosting = z.strictObject({
  configs: z.array(ServingConfig).min(1).meta({
    description:
      'Ways to serve the model (GPU type, number format, GPUs per replica, measured speeds). The cost model sizes each and takes the cheapest.',
  }),
  opsHoursPerMonth: sourced(
    z
      .number()
      .min(0)
      .meta({ description: 'Engineer hours a month.', examples: [40, 60] }),
  ).meta({
    description:
      "Engineer hours a month to run one deployment of this model (upgrades, evaluation, monitoring), before the catalog's hours per replica and on-call time.",
  }),
});

export const Operations = z.strictObject({
  effort: z.enum(['low', 'medium', 'high']).meta({ description: 'Operating effort for your team; rules read it as option.opsEffort.' }),
  minMlEngineers: z
    .number()
    .int()
    .min(0)
    .meta({ description: 'Fewest ML engineers needed to run it; rules read it as option.minMlEngineers.', examples: [0, 2, 4] }),
  needsGpu: z.boolean().meta({ description: 'Whether you need GPUs of your own or rented to run it; rules read it as option.needsGpu.' }),
  source: z.string().meta({ description: 'Id of the entry in rules/sources.json behind these figures.', examples: ['planning-defaults'] }),
  asOf: IsoDate.meta({ description: 'When these figures were true.' }),
});

const flag = (description: string) => sourced(z.boolean().meta({ description: 'true or false.' })).meta({ description });

/** One candidate: a model bought through one channel. @example { id: 'gpt-5.5-azure', modelId: 'gpt-5.5', deployment: 'api', channel: 'azure', ... } */
export const CatalogOption = z.strictObject({
  id: CatalogId.meta({
    description: 'Unique option id. Results and scenarios name the option by it.',
    examples: ['gpt-5.5-api', 'gpt-oss-120b-self-hosted'],
  }),
  modelId: CatalogId.meta({ description: 'Id of the entry in models this option serves.', examples: ['gpt-5.5'] }),
  deployment: Deployment.meta({
    description:
      'api: a proprietary model through its vendor or a hyperscaler; managed: a host serves open weights per token; self-hosted: you run them on GPUs, costed from selfHosting. Rules read it as option.deployment.',
  }),
  channel: Channel,
  provider: z
    .string()
    .min(1)
    .meta({
      description:
        'Who runs it: the vendor, the cloud, the inference host, or "you". Rules read it as option.provider; portfolio rules see the distinct providers picked.',
      examples: ['OpenAI', 'Microsoft Azure', 'Amazon Bedrock', 'Together AI', 'You'],
    }),
  priceUsdPerMillion: TokenPrices.optional().meta({ description: 'Per-token prices; required unless self-hosted.' }),
  pricesFrom: z
    .strictObject({
      provider: z
        .string()
        .min(1)
        .meta({ description: 'The provider id in api.json (its folder name in models.dev).', examples: ['openai', 'amazon-bedrock'] }),
      model: z
        .string()
        .min(1)
        .meta({ description: 'The model id under that provider.', examples: ['gpt-5.5', 'global.anthropic.claude-sonnet-5'] }),
    })
    .optional()
    .meta({
      description:
        'Where npm run catalog:prices finds this option in a models.dev api.json snapshot: the provider id and the model id under it. Absent: the command skips the option.',
    }),
  selfHosting: SelfHosting.optional().meta({
    description: 'Required when self-hosted: how the model can be served and what running it takes.',
  }),
  regions: sourced(
    z.array(Region).meta({
      description: 'Region codes; empty when the channel cannot keep processing in any one region.',
      examples: [['us', 'eu'], []],
    }),
  ).meta({
    description:
      'Regions where the channel can keep the processing when asked to (a regional endpoint or data zone; self-hosted: wherever you run it). Empty: it may process anywhere and promises no region. Rules read it as option.regions.',
  }),
  baaAvailable: flag(
    'Whether the channel signs a HIPAA Business Associate Agreement for this model. Rules read it as option.baaAvailable.',
  ),
  dpaAvailable: flag('Whether the channel offers a GDPR data processing agreement (Art. 28). Rules read it as option.dpaAvailable.'),
  zeroRetention: flag(
    'Whether prompts and outputs can be kept out of storage (zero data retention) by contract or setting. Rules read it as option.zeroRetention.',
  ),
  countries: sourced(
    z
      .array(z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166-1 country code in capitals'))
      .meta({ description: 'Country codes.', examples: [['FR']] }),
  )
    .optional()
    .meta({
      description:
        'Countries the channel processes in and keeps the data in, for in-country residency (compared with organization.country). Rules read it as option.countries, empty when absent.',
    }),
  jurisdiction: sourced(z.enum(COUNTRY_CODES).meta({ description: 'ISO 3166-1 alpha-2 code, upper case.', examples: ['US', 'FR'] }))
    .optional()
    .meta({
      description:
        'The country whose law governs the company that runs the channel (where it, or the group it belongs to, is established), wherever its data centres are: a US company is subject to the US CLOUD Act in its EU regions too. Absent for self-hosting, where you run it. Rules read it as option.jurisdiction, null when absent.',
    }),
  fineTuningAvailable: sourced(z.boolean().meta({ description: 'true or false.' }))
    .optional()
    .meta({
      description:
        'Whether the channel can serve a model tuned on your data. Absent: true for self-hosted options (you can tune open weights), false otherwise. Rules read it as option.fineTuningAvailable.',
    }),
  rateLimitRequestsPerMinute: sourced(
    z
      .number()
      .int()
      .positive()
      .meta({ description: 'Requests a minute.', examples: [400] }),
  )
    .optional()
    .meta({
      description:
        "The highest standard request rate without a special agreement. Rules compare it with the use case's busiest minute (derived.peakRequestsPerMinute, from the catalog's tokensPerRequest) as option.rateLimitRequestsPerMinute, null when absent.",
    }),
  rateLimitTokensPerMinute: sourced(
    z
      .number()
      .int()
      .positive()
      .meta({ description: 'Tokens a minute.', examples: [40000000] }),
  )
    .optional()
    .meta({
      description:
        "The highest standard rate limit a customer reaches without a special agreement, in tokens a minute, input and output together (as Bedrock's runtime endpoint counts them). The engine compares it with the use case's tokens in its busiest minute (derived.quotaOverrun); rules read it as option.rateLimitTokensPerMinute, null when absent.",
    }),
  quotaIncrease: sourced(z.enum(['documented', 'support-only']).meta({ description: 'documented or support-only.' }))
    .optional()
    .meta({
      description:
        "How a customer gets more than the channel's standard quota: documented where the provider publishes a procedure (a quota request it grants in the normal course, reserved or provisioned capacity); support-only where the only path is to ask its support, with no published procedure or reserved capacity. Rules read it as option.quotaIncrease, null when absent.",
    }),
  retires: sourced(IsoDate.meta({ description: 'Retirement date.', examples: ['2027-01-14'] }))
    .optional()
    .meta({
      description: "When the channel stops serving the model. Compared with the catalog's asOf: a retired option is never recommended.",
    }),
  operations: Operations.meta({ description: 'What running the option asks of your team, with its source.' }),
});

export const CatalogFile = z
  .strictObject({
    $schema: z.string().optional(),
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
      .meta({
        description: 'The day the catalog was last reviewed. Retirement dates are compared with it, so results do not depend on the clock.',
        examples: ['2026-12-06'],
      }),
    assumptions: CatalogAssumptions,
    gpuTypes: z.array(GpuType).min(1).meta({ description: 'GPU types self-hosted options can run on, with their prices.' }),
    models: z.array(Model).min(1).meta({ description: 'The models the options serve: tier, quality, context window, licence and size.' }),
    options: z
      .array(CatalogOption)
      .min(1)
      .meta({ description: 'The candidates, each a model through one channel; the engine scores every option for every use case.' }),
  })
  .superRefine(checkReferences)
  .meta({ title: 'Catalog', description: 'Models and the channels they are sold through, every value with its source.' });

interface CatalogShape {
  gpuTypes: z.infer<typeof GpuType>[];
  models: z.infer<typeof Model>[];
  options: z.infer<typeof CatalogOption>[];
}

/** Share of a replica's GPU memory the weights may take: the rest holds the KV cache of the requests in flight. */
export const WEIGHTS_MEMORY_SHARE = 0.85;

/** Cross-references a schema cannot state: ids exist and are unique, each deployment has what it needs, weights fit the GPUs. */
function checkReferences(cat: CatalogShape, ctx: z.RefinementCtx): void {
  const models = new Map(cat.models.map((m) => [m.id, m]));
  const gpus = new Map(cat.gpuTypes.map((g) => [g.id, g]));
  const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  duplicates(cat.models.map((m) => m.id)).forEach((i) => add(['models', i, 'id'], `duplicate model id "${cat.models[i]?.id}"`));
  duplicates(cat.gpuTypes.map((g) => g.id)).forEach((i) => add(['gpuTypes', i, 'id'], `duplicate GPU type id "${cat.gpuTypes[i]?.id}"`));
  duplicates(cat.options.map((o) => o.id)).forEach((i) => add(['options', i, 'id'], `duplicate option id "${cat.options[i]?.id}"`));
  cat.options.forEach((o, i) => {
    const at = (...rest: (string | number)[]) => ['options', i, ...rest];
    const model = models.get(o.modelId);
    if (!model) add(at('modelId'), `unknown model "${o.modelId}"`);
    if (o.deployment === 'self-hosted' && !o.selfHosting) add(at('selfHosting'), 'is required for a self-hosted option');
    if (o.deployment !== 'self-hosted' && !o.priceUsdPerMillion) add(at('priceUsdPerMillion'), 'is required unless self-hosted');
    if (o.deployment !== 'api' && model?.weights === 'closed') add(at('deployment'), `must be api: ${model.label} has closed weights`);
    if (!o.selfHosting) return;
    if (model && !model.parametersBillions) add(at('modelId'), `model "${model.id}" needs parametersBillions to be self-hosted`);
    o.selfHosting.configs.forEach((c, j) => {
      const gpu = gpus.get(c.gpuType);
      if (!gpu) return add(at('selfHosting', 'configs', j, 'gpuType'), `unknown GPU type "${c.gpuType}"`);
      const weightsGb = (model?.parametersBillions?.total ?? 0) * BYTES_PER_PARAMETER[c.quantisation];
      const memoryGb = gpu.memoryGb.value * c.gpusPerReplica;
      if (weightsGb > memoryGb * WEIGHTS_MEMORY_SHARE)
        add(
          at('selfHosting', 'configs', j, 'gpusPerReplica'),
          `${c.gpusPerReplica} × ${gpu.label} (${memoryGb} GB) cannot hold ${model?.label ?? o.modelId} in ${c.quantisation} (${Math.round(weightsGb)} GB of weights, plus room for the KV cache)`,
        );
    });
  });
}

/** Indexes of values already seen earlier in the list. @example duplicates(['a', 'b', 'a']) // [2] */
function duplicates(ids: string[]): number[] {
  const seen = new Set<string>();
  return ids.flatMap((id, i) => (seen.has(id) ? [i] : (seen.add(id), [])));
}

export type Model = z.infer<typeof Model>;
export type CatalogOption = z.infer<typeof CatalogOption>;
export type CatalogFile = z.infer<typeof CatalogFile>;
export type Channel = z.infer<typeof Channel>;
export type Tier = z.infer<typeof Tier>;
