import './zod-config';
import { z } from 'zod';

/** US dollars per million tokens, as models.dev writes them. */
const usd = z.number().min(0, 'must not be negative');

/** One context tier of a models.dev price: above `tier.size` tokens of context, these prices apply. */
const CostTier = z.looseObject({
  tier: z.looseObject({ size: z.number().int().min(0), type: z.string().optional() }),
  input: usd.optional(),
  output: usd.optional(),
  cache_read: usd.optional(),
});

/** A models.dev price (USD per million tokens); other keys (audio, reasoning, ...) are kept but not read. */
const Cost = z.looseObject({
  input: usd.optional(),
  output: usd.optional(),
  cache_read: usd.optional(),
  cache_write: usd.optional(),
  tiers: z.array(CostTier).optional(),
});

const SnapshotModel = z.looseObject({ id: z.string().optional(), name: z.string().optional(), cost: Cost.optional() });
const SnapshotProvider = z.looseObject({
  id: z.string().optional(),
  name: z.string().optional(),
  models: z.record(z.string(), SnapshotModel),
});

/**
 * A price snapshot in the format models.dev serves as api.json: provider id → { models: model id → { cost } }.
 * Read by `npm run catalog:prices`; the app and the CLI never fetch it.
 * @example PriceSnapshot.parse({ openai: { models: { 'gpt-5.5': { cost: { input: 5, output: 30 } } } } })
 */
export const PriceSnapshot = z.record(z.string(), SnapshotProvider).meta({ title: 'models.dev api.json price snapshot' });

export type PriceSnapshot = z.infer<typeof PriceSnapshot>;
export type SnapshotCost = z.infer<typeof Cost>;
