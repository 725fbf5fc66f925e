import type { CatalogFile, PriceSnapshot, SnapshotCost } from '../../domain';

/** A catalog price the snapshot gives differently, or that only one of them has. */
export interface PriceDifference {
  optionId: string;
  /** Which price: input, output, cached input, or a long-context one. */
  field: string;
  /** JSON path in catalog.json of the sourced value ({ value, source, asOf }) to update; null when the catalog has none. */
  path: (string | number)[] | null;
  /** For a long-context price, the key inside the sourced value (its `value` is an object). */
  valueKey?: 'aboveInputTokens' | 'input' | 'output' | 'cachedInput';
  catalog: number | null;
  snapshot: number | null;
  /** Change from the catalog's value to the snapshot's, in percent; null when either is missing or the catalog's is 0. */
  changePercent: number | null;
}

export interface PriceComparison {
  differences: PriceDifference[];
  /** Options whose pricesFrom names a provider or model the snapshot does not have. */
  missing: { optionId: string; provider: string; model: string }[];
  /** Options compared (those with pricesFrom found in the snapshot). */
  compared: number;
}

/** The first context tier of a models.dev price, if it has one. */
function longTier(cost: SnapshotCost) {
  return cost.tiers?.[0];
}

function difference(
  optionId: string,
  field: string,
  path: (string | number)[],
  catalog: number | null,
  snapshot: number | null,
  valueKey?: PriceDifference['valueKey'],
): PriceDifference | null {
  if (catalog === snapshot || snapshot === null) return null;
  const changePercent = catalog === null || catalog === 0 ? null : Math.round(((snapshot - catalog) / catalog) * 1000) / 10;
  return { optionId, field, path: catalog === null ? null : path, ...(valueKey ? { valueKey } : {}), catalog, snapshot, changePercent };
}

/**
 * Every per-token price of the catalog that a models.dev snapshot gives differently, for the options that say where
 * the snapshot lists them (`pricesFrom`). Prices the snapshot lacks are left alone; a price only the snapshot has is
 * reported with a null path (it needs a source, so it is added by hand).
 * @example comparePrices(catalog, snapshot).differences[0] // { optionId: 'gpt-5.5-api', field: 'input', catalog: 5, snapshot: 5.5, changePercent: 10, ... }
 */
export function comparePrices(catalog: CatalogFile, snapshot: PriceSnapshot): PriceComparison {
  const differences: PriceDifference[] = [];
  const missing: PriceComparison['missing'] = [];
  let compared = 0;
  catalog.options.forEach((o, i) => {
    const from = o.pricesFrom;
    const prices = o.priceUsdPerMillion;
    if (!from || !prices) return;
    const cost = snapshot[from.provider]?.models[from.model]?.cost;
    if (!cost) {
      missing.push({ optionId: o.id, provider: from.provider, model: from.model });
      return;
    }
    compared += 1;
    const at = (...rest: string[]) => ['options', i, 'priceUsdPerMillion', ...rest];
    const tier = longTier(cost);
    const long = prices.longContext?.value;
    const found = [
      difference(o.id, 'input', at('input'), prices.input.value, cost.input ?? null),
      difference(o.id, 'output', at('output'), prices.output.value, cost.output ?? null),
      difference(o.id, 'cached input', at('cachedInput'), prices.cachedInput?.value ?? null, cost.cache_read ?? null),
      difference(
        o.id,
        'long-context threshold (tokens)',
        at('longContext'),
        long?.aboveInputTokens ?? null,
        tier?.tier.size ?? null,
        'aboveInputTokens',
      ),
      difference(o.id, 'long-context input', at('longContext'), long?.input ?? null, tier?.input ?? null, 'input'),
      difference(o.id, 'long-context output', at('longContext'), long?.output ?? null, tier?.output ?? null, 'output'),
      difference(o.id, 'long-context cached input', at('longContext'), long?.cachedInput ?? null, tier?.cache_read ?? null, 'cachedInput'),
    ];
    for (const d of found) if (d) differences.push(d);
  });
  return { differences, missing, compared };
}
