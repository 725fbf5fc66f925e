import type { CatalogFile, ScenarioAssumptions } from '../domain';
import { costAssumptions, type CostAssumptions } from './cost';

/** GPU types the scenario gives a price for that the catalog does not list (the engine ignores them). */
export function unknownGpuTypes(catalog: CatalogFile, changed: ScenarioAssumptions | undefined): string[] {
  const known = new Set(catalog.gpuTypes.map((g) => g.id));
  return Object.keys(changed?.gpuHourUsd ?? {}).filter((id) => !known.has(id));
}

/**
 * The catalog with a scenario's planning figures in place of its own. A changed figure keeps its source and date
 * (the report compares it with the pack's catalog to mark it as changed by the user).
 * @example catalogWith(catalog, { engineerHourUsd: 150 }).assumptions.engineerHourUsd.value // 150
 */
export function catalogWith(catalog: CatalogFile, changed: ScenarioAssumptions | undefined): CatalogFile {
  if (!changed || isEmpty(changed)) return catalog;
  const rates = changed.exchangeRates;
  const fx = catalog.assumptions.exchangeRates;
  const a = catalog.assumptions;
  const set = <T extends { value: number }>(figure: T, value: number | undefined): T =>
    value === undefined ? figure : { ...figure, value };
  return {
    ...catalog,
    assumptions: {
      ...a,
      engineerHourUsd: set(a.engineerHourUsd, changed.engineerHourUsd),
      targetUtilisation: set(a.targetUtilisation, changed.targetUtilisation),
      peakToAverage: set(a.peakToAverage, changed.peakToAverage),
      inputTokenShare: set(a.inputTokenShare, changed.inputTokenShare),
      ...(fx ? { exchangeRates: { EUR: set(fx.EUR, rates?.EUR), GBP: set(fx.GBP, rates?.GBP) } } : {}),
    },
    gpuTypes: catalog.gpuTypes.map((g) => {
      const price = changed.gpuHourUsd?.[g.id];
      if (!price) return g;
      return {
        ...g,
        rentalUsdPerHour: {
          'gpu-cloud': set(g.rentalUsdPerHour['gpu-cloud'], price['gpu-cloud']),
          hyperscaler: set(g.rentalUsdPerHour.hyperscaler, price.hyperscaler),
        },
      };
    }),
  };
}

/** Whether a scenario changes no figure. */
export function isEmpty(changed: ScenarioAssumptions): boolean {
  const { gpuHourUsd, exchangeRates, ...figures } = changed;
  return (
    Object.values(figures).every((v) => v === undefined) &&
    Object.values(gpuHourUsd ?? {}).every((p) => Object.keys(p).length === 0) &&
    Object.values(exchangeRates ?? {}).every((v) => v === undefined)
  );
}

/** Whether a scenario changes a figure a cost rests on (an exchange rate changes only how amounts are shown). */
function changesCosts(changed: ScenarioAssumptions): boolean {
  return !isEmpty({ ...changed, exchangeRates: undefined });
}

/** What a scenario changes in a rule set (or in the data of one the page has). */
type Priced = { catalog: CatalogFile; costs: CostAssumptions };

const scenarios = new WeakMap<Priced, Map<string, Priced>>();
/** Rule sets kept per pack: a scenario's figures usually change a few at a time, and each keeps its compiled tables. */
const KEPT = 8;

/**
 * The rule set with a scenario's planning figures in its catalog and costs; the rule set itself when the scenario
 * changes none. The same pack and figures give the same object back, so the evaluator's per-rule-set tables are
 * built once.
 * @example withAssumptions(rs, { engineerHourUsd: 150 }).costs.engineerHourUsd // 150
 */
export function withAssumptions<T extends Priced>(rs: T, changed: ScenarioAssumptions | undefined): T {
  if (!changed || !changesCosts(changed)) return rs;
  const key = JSON.stringify(changed);
  let kept = scenarios.get(rs);
  if (!kept) scenarios.set(rs, (kept = new Map<string, Priced>()));
  const hit = kept.get(key);
  if (hit) return hit as T;
  const catalog = catalogWith(rs.catalog, changed);
  const scenario: T = { ...rs, catalog, costs: costAssumptions(catalog) };
  if (kept.size >= KEPT) kept.delete(kept.keys().next().value as string);
  kept.set(key, scenario);
  return scenario;
}
