import './zod-config';
import { z } from 'zod';
import { Deployment, QualityKind, Region, TaskKind, Weights } from './enums';
import { sourced } from './sources';

const Id = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be lower-case letters, digits, dots or hyphens');
const usdPerMillion = z.number().min(0).meta({ description: 'US dollars per million tokens.' });

/** A model's licence terms. The 700M MAU clause of Llama 3.1 lives in `monthlyActiveUserLimit`. */
export const Licence = z.strictObject({
  name: z.string().min(1),
  kind: z.enum(['proprietary-terms', 'open-weights-custom', 'open-weights-commercial', 'osi-approved']),
  commercialUse: z.boolean(),
  monthlyActiveUserLimit: z
    .number()
    .int()
    .positive()
    .optional()
    .meta({ description: 'Above this many monthly active users a separate licence is needed.' }),
  attributionRequired: z.boolean().optional(),
  source: z.string(),
  asOf: z.string(),
});

export const Model = z.strictObject({
  id: Id,
  label: z.string().min(1),
  vendor: z.string().min(1),
  weights: Weights,
  quality: z
    .strictObject(Object.fromEntries(QualityKind.options.map((k) => [k, sourced(z.number().min(0).max(100))])) as Record<
      z.infer<typeof QualityKind>,
      ReturnType<typeof sourced<z.ZodNumber>>
    >)
    .meta({ description: 'Benchmark-style score 0..100 per task kind; gaps between models are what matter.' }),
  contextWindowTokens: sourced(z.number().int().positive()),
  licence: Licence,
});

export const GpuType = z.strictObject({
  id: Id,
  label: z.string().min(1),
  hourlyUsd: sourced(z.number().positive()).meta({ description: 'Rental price per GPU-hour.' }),
});

export const SelfHosting = z.strictObject({
  gpuType: Id,
  gpusPerReplica: sourced(z.number().int().positive()),
  throughputTokensPerSecond: sourced(z.number().positive()).meta({
    description: 'Sustained output tokens per second for one replica.',
  }),
  opsHoursPerMonth: sourced(z.number().min(0)).meta({ description: 'Engineer hours a month to run it.' }),
});

export const Operations = z.strictObject({
  effort: z.enum(['low', 'medium', 'high']),
  minMlEngineers: z.number().int().min(0),
  needsGpu: z.boolean(),
  source: z.string(),
  asOf: z.string(),
});

/** One candidate: a model in one deployment. @example { id: 'llama-3.1-70b-managed', modelId: 'llama-3.1-70b', deployment: 'managed', ... } */
export const CatalogOption = z.strictObject({
  id: Id,
  modelId: Id,
  deployment: Deployment,
  provider: z.string().min(1).meta({ description: 'Who runs it: the API vendor, the inference host, or "you".' }),
  priceUsdPerMillion: z
    .strictObject({ input: sourced(usdPerMillion), output: sourced(usdPerMillion) })
    .optional()
    .meta({ description: 'Per-token price; required unless self-hosted.' }),
  selfHosting: SelfHosting.optional().meta({ description: 'Required when self-hosted.' }),
  regions: sourced(z.array(Region).min(1)).meta({ description: 'Where the provider processes data.' }),
  baaAvailable: sourced(z.boolean()).meta({ description: 'Whether a HIPAA Business Associate Agreement can be signed.' }),
  operations: Operations,
});

export const CatalogFile = z
  .strictObject({
    $schema: z.string().optional(),
    assumptions: z.strictObject({
      inputTokenShare: sourced(z.number().gt(0).lt(1)).meta({ description: 'Share of tokens that are input.' }),
      targetUtilisation: sourced(z.number().gt(0).max(1)),
      engineerHourUsd: sourced(z.number().min(0)),
      taskQuality: z.strictObject(
        Object.fromEntries(TaskKind.options.map((t) => [t, QualityKind])) as Record<
          z.infer<typeof TaskKind>,
          typeof QualityKind
        >,
      ),
    }),
    gpuTypes: z.array(GpuType).min(1),
    models: z.array(Model).min(1),
    options: z.array(CatalogOption).min(1),
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
