import './zod-config';
import { z } from 'zod';
import { Deployment, QualityKind, Region, TaskKind, Weights } from './enums';
import { sourced } from './sources';

const Id = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be lower-case letters, digits, dots or hyphens');
const usdPerMillion = z
  .number()
  .min(0)
  .meta({ description: 'US dollars per million tokens.', examples: [2.5, 0.4, 6] });

/** What each quality family stands for, for the field descriptions. */
const QUALITY_FAMILY: Record<z.infer<typeof QualityKind>, string> = {
  coding: 'Coding (HumanEval-style benchmarks).',
  knowledge: 'General knowledge and language understanding (MMLU-style benchmarks).',
  reasoning: 'Complex multi-step reasoning.',
  math: 'Mathematical reasoning (GSM8K-style benchmarks).',
  multilingual: 'Work in languages other than English.',
};

/** A model's licence terms. The 700M MAU clause of Llama 3.1 lives in `monthlyActiveUserLimit`. */
export const Licence = z.strictObject({
  name: z.string().min(1).meta({
    description: 'The licence or terms as their publisher names them; shown in the report next to the model.',
    examples: ['Llama 3.1 Community License', 'OpenAI API terms (proprietary; no weights)'],
  }),
  kind: z.enum(['proprietary-terms', 'open-weights-custom', 'open-weights-commercial', 'osi-approved']).meta({
    description:
      "proprietary-terms: API terms, no weights; open-weights-custom: weights under the vendor's own licence (Llama, Qwen, Mistral Research); open-weights-commercial: weights under a permissive commercial licence; osi-approved: an OSI-approved open-source licence. Rules read it as option.licence.kind.",
  }),
  commercialUse: z.boolean().meta({ description: 'Whether the terms allow commercial use; rules read it as option.licence.commercialUse.' }),
  monthlyActiveUserLimit: z
    .number()
    .int()
    .positive()
    .optional()
    .meta({
      description:
        'Above this many monthly active users a separate licence is needed (Llama 3.1: 700 million; Qwen 2.5: 100 million). Rules compare it with organization.monthlyActiveUsers as option.licence.monthlyActiveUserLimit, which is null when absent (no limit).',
      examples: [700000000, 100000000],
    }),
  attributionRequired: z.boolean().optional().meta({
    description: 'Whether the terms require attribution (e.g. "Built with Llama"); rules read it as option.licence.attributionRequired, false when absent.',
  }),
  source: z.string().meta({
    description: 'Id of the entry in rules/sources.json for the licence text or terms.',
    examples: ['llama-3-1-licence', 'qwen-licence'],
  }),
  asOf: z.string().meta({ description: 'Date of the licence version described, as YYYY-MM or YYYY-MM-DD.', examples: ['2024-07-23', '2026-02'] }),
});

export const Model = z.strictObject({
  id: Id.meta({
    description: 'Unique model id: lower-case letters, digits, dots or hyphens. Options name the model they serve by it (modelId).',
    examples: ['llama-3.1-70b', 'openai-frontier'],
  }),
  label: z.string().min(1).meta({
    description: 'Model name shown to people; option labels are built from it, e.g. "Llama 3.1 70B Instruct (managed: Together AI)".',
    examples: ['Llama 3.1 70B Instruct', 'Mistral Large 2 (2407)'],
  }),
  vendor: z.string().min(1).meta({
    description: 'Who makes the model; rules read it as option.vendor, and portfolio rules see the distinct vendors picked (portfolio.vendors).',
    examples: ['Meta', 'OpenAI', 'Alibaba Cloud (Qwen)'],
  }),
  weights: Weights.meta({
    description:
      'open: the weights can be downloaded and run anywhere; closed: API only. The cheapest closed option for a use case is the proprietary baseline behind derived.proprietaryMonthlyCostUsd and derived.savingsFactor; rules read it as option.weights.',
  }),
  quality: z
    .strictObject(
      Object.fromEntries(
        QualityKind.options.map((k) => [
          k,
          sourced(
            z.number().min(0).max(100).meta({
              description: 'Quality index from 0 to 100: the frontier proprietary class is 100, an open model 100 minus its gap in percentage points.',
              examples: [100, 94.3, 89.4],
            }),
          ).meta({ description: `${QUALITY_FAMILY[k]} Rules read it as option.quality.${k}.` }),
        ]),
      ) as Record<z.infer<typeof QualityKind>, ReturnType<typeof sourced<z.ZodNumber>>>,
    )
    .meta({
      description:
        'Benchmark-style score 0..100 per task kind; gaps between models are what matter. For each use case the engine reads the family that assumptions.taskQuality names for its task (derived.taskQuality) and its gap to the best option (derived.qualityGapPp).',
    }),
  contextWindowTokens: sourced(
    z.number().int().positive().meta({ description: 'Tokens of prompt and output the model accepts in one request.', examples: [128000, 131072, 200000] }),
  ).meta({
    description: 'Context window in tokens; rules read it as option.contextWindowTokens (the default pack marks down models under 200,000 tokens for long-context work).',
  }),
  licence: Licence.meta({ description: 'The terms the model comes under, with their source; rules read them as option.licence.*.' }),
});

export const GpuType = z.strictObject({
  id: Id.meta({
    description: 'Unique GPU type id: lower-case letters, digits, dots or hyphens. Self-hosted options name it in selfHosting.gpuType.',
    examples: ['h100-80gb', 'a100-80gb'],
  }),
  label: z.string().min(1).meta({
    description: "GPU name shown in the report's assumptions appendix.",
    examples: ['NVIDIA H100 80GB (SXM)', 'NVIDIA A100 80GB (SXM)'],
  }),
  hourlyUsd: sourced(z.number().positive().meta({ description: 'US dollars per GPU-hour.', examples: [2.49, 1.49] })).meta({
    description:
      'Rental price per GPU-hour. A self-hosted deployment pays it for every GPU of every replica around the clock (730 hours a month), busy or idle.',
  }),
});

export const SelfHosting = z.strictObject({
  gpuType: Id.meta({
    description: 'Id of an entry in gpuTypes; its hourlyUsd prices the GPUs.',
    examples: ['h100-80gb'],
  }),
  gpusPerReplica: sourced(z.number().int().positive().meta({ description: 'GPUs.', examples: [4, 8] })).meta({
    description: 'GPUs one replica (one serving copy of the model) needs; rules read it as option.gpusPerReplica.',
  }),
  throughputTokensPerSecond: sourced(
    z.number().positive().meta({ description: 'Tokens per second per replica.', examples: [3543, 1714, 1301] }),
  ).meta({
    description:
      "Sustained output tokens per second for one replica. The engine takes it as a replica's capacity (times 3,600 s and 730 h a month) and adds replicas until each runs at or under assumptions.targetUtilisation.",
  }),
  opsHoursPerMonth: sourced(z.number().min(0).meta({ description: 'Engineer hours a month.', examples: [40, 80] })).meta({
    description:
      'Engineer hours a month to run it, priced at assumptions.engineerHourUsd and counted once per deployment whatever its number of replicas.',
  }),
});

export const Operations = z.strictObject({
  effort: z.enum(['low', 'medium', 'high']).meta({ description: 'Operating effort for your team; rules read it as option.opsEffort.' }),
  minMlEngineers: z.number().int().min(0).meta({
    description: 'Fewest ML engineers needed to run it; rules compare it with team.mlEngineers as option.minMlEngineers.',
    examples: [0, 2, 4],
  }),
  needsGpu: z.boolean().meta({ description: 'Whether you need GPUs of your own or rented to run it; rules read it as option.needsGpu.' }),
  source: z.string().meta({ description: 'Id of the entry in rules/sources.json behind these figures.', examples: ['article-2026', 'planning-defaults'] }),
  asOf: z.string().meta({ description: 'When these figures were true, as YYYY-MM or YYYY-MM-DD.', examples: ['2026-02', '2026-11'] }),
});

/** One candidate: a model in one deployment. @example { id: 'llama-3.1-70b-managed', modelId: 'llama-3.1-70b', deployment: 'managed', ... } */
export const CatalogOption = z.strictObject({
  id: Id.meta({
    description: 'Unique option id: lower-case letters, digits, dots or hyphens. Results and scenarios name the option by it.',
    examples: ['llama-3.1-70b-managed', 'openai-frontier-api', 'llama-3.1-70b-self-hosted'],
  }),
  modelId: Id.meta({ description: 'Id of the entry in models this option serves.', examples: ['llama-3.1-70b', 'openai-frontier'] }),
  deployment: Deployment.meta({
    description:
      "api: the model vendor's own API; managed: a host runs the model for you, priced per token; self-hosted: you run it on GPUs, costed from selfHosting. Rules read it as option.deployment.",
  }),
  provider: z
    .string()
    .min(1)
    .meta({
      description:
        'Who runs it: the API vendor, the inference host, or "you". Rules read it as option.provider, and portfolio rules see the distinct providers picked (portfolio.providers).',
      examples: ['OpenAI', 'Together AI', 'You (cloud GPUs or on-prem)'],
    }),
  priceUsdPerMillion: z
    .strictObject({
      input: sourced(usdPerMillion).meta({ description: 'Price of input (prompt) tokens, in US dollars per million tokens.' }),
      output: sourced(usdPerMillion).meta({ description: 'Price of output (generated) tokens, in US dollars per million tokens.' }),
    })
    .optional()
    .meta({
      description:
        'Per-token price; required unless self-hosted. Monthly cost = monthly tokens / 1,000,000 × (inputTokenShare × input + (1 − inputTokenShare) × output).',
    }),
  selfHosting: SelfHosting.optional().meta({
    description: 'Required when self-hosted: the GPUs, throughput and engineer hours the cost model sizes the deployment from.',
  }),
  regions: sourced(z.array(Region).min(1).meta({ description: 'Region codes.', examples: [['us', 'eu']] })).meta({
    description:
      'Where the provider processes data (self-hosted: wherever you run it). Rules read it as option.regions, e.g. for data residency and GDPR transfers.',
  }),
  baaAvailable: sourced(z.boolean().meta({ description: 'true when a BAA can be signed.' })).meta({
    description:
      'Whether a HIPAA Business Associate Agreement can be signed. Rules read it as option.baaAvailable; the default pack excludes options without one for health data under HIPAA.',
  }),
  operations: Operations.meta({ description: 'What running the option asks of your team, with its source.' }),
});

export const CatalogFile = z
  .strictObject({
    $schema: z.string().optional(),
    assumptions: z
      .strictObject({
        inputTokenShare: sourced(
          z.number().gt(0).lt(1).meta({ description: 'Fraction between 0 and 1 (exclusive).', examples: [0.75, 0.5] }),
        ).meta({
          description: 'Share of tokens that are input. Per-token prices weigh the input and output price of every use case by it.',
        }),
        targetUtilisation: sourced(
          z.number().gt(0).max(1).meta({ description: 'Fraction above 0, at most 1.', examples: [0.6, 0.3] }),
        ).meta({
          description:
            "Share of a self-hosted replica's benchmark throughput that real traffic uses on average. The engine adds replicas until each runs at or under it, so a lower value means more GPUs and a higher cost per token.",
        }),
        engineerHourUsd: sourced(z.number().min(0).meta({ description: 'US dollars an hour.', examples: [100] })).meta({
          description: 'Fully loaded cost of one engineer hour; prices each self-hosted option\'s opsHoursPerMonth.',
        }),
        taskQuality: z
          .strictObject(
            Object.fromEntries(
              TaskKind.options.map((t) => [t, QualityKind.meta({ description: `Quality family that counts for ${t} use cases.` })]),
            ) as Record<z.infer<typeof TaskKind>, typeof QualityKind>,
          )
          .meta({
            description:
              'Which quality family counts for each task kind: the engine compares options on that score (derived.taskQuality, derived.qualityGapPp).',
          }),
      })
      .meta({ description: 'Planning defaults the cost model and quality comparison apply to every use case.' }),
    gpuTypes: z.array(GpuType).min(1).meta({ description: 'GPU types self-hosted options run on, with their rental prices.' }),
    models: z.array(Model).min(1).meta({ description: 'The models the options serve: quality, context window and licence.' }),
    options: z
      .array(CatalogOption)
      .min(1)
      .meta({ description: 'The candidates, each a model in one deployment; the engine scores every option for every use case.' }),
  })
  .superRefine((cat, ctx) => {
    const models = new Set(cat.models.map((m) => m.id));
    const gpus = new Set(cat.gpuTypes.map((g) => g.id));
    const ids = new Set<string>();
    cat.options.forEach((o, i) => {
      const at = (key: string) => ['options', i, key];
      if (ids.has(o.id)) ctx.addIssue({ code: 'custom', path: at('id'), message: `duplicate option id "${o.id}"` });
      ids.add(o.id);
      if (!models.has(o.modelId)) ctx.addIssue({ code: 'custom', path: at('modelId'), message: `unknown model "${o.modelId}"` });
      if (o.deployment === 'self-hosted' && !o.selfHosting)
        ctx.addIssue({ code: 'custom', path: at('selfHosting'), message: 'is required for a self-hosted option' });
      if (o.deployment !== 'self-hosted' && !o.priceUsdPerMillion)
        ctx.addIssue({ code: 'custom', path: at('priceUsdPerMillion'), message: 'is required unless self-hosted' });
      if (o.selfHosting && !gpus.has(o.selfHosting.gpuType))
        ctx.addIssue({ code: 'custom', path: [...at('selfHosting'), 'gpuType'], message: `unknown GPU type "${o.selfHosting.gpuType}"` });
    });
  })
  .meta({ title: 'Catalog', description: 'Models and the deployments they come in, every value with its source.' });

export type Model = z.infer<typeof Model>;
export type CatalogOption = z.infer<typeof CatalogOption>;
export type CatalogFile = z.infer<typeof CatalogFile>;
