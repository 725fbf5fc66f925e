import type { Choice } from '../domain';
import type { RuleSetData } from '../engine';
import { Disclosure } from './disclosure';
import { percent, money } from './format';

/** One catalog figure behind a cost: what it is, its value, and where and when it comes from. */
interface Figure {
  item: string;
  value: string;
  source: string;
  asOf: string;
}

const perMillion = (n: number) => `${money(n)} per million tokens`;
const GPU_CHANNEL = { 'gpu-cloud': 'a GPU cloud', hyperscaler: 'a hyperscaler', 'on-prem': 'your own GPUs' } as const;

/**
 * The catalog figures a pick's monthly cost rests on: the per-token prices of an API or managed option, or the
 * GPU, throughput and effort figures of the self-hosted deployment the cost model sized. Each with its date.
 */
export function pickFigures(ruleSet: RuleSetData, pick: Choice): Figure[] {
  const c = ruleSet.catalog;
  const option = c.options.find((o) => o.id === pick.optionId);
  if (!option) return [];
  const from = (v: { source: string; asOf: string }) => ({ source: v.source, asOf: v.asOf });
  const p = option.priceUsdPerMillion;
  if (p) {
    const long = p.longContext;
    return [
      { item: 'Input', value: perMillion(p.input.value), ...from(p.input) },
      ...(p.cachedInput ? [{ item: 'Cached input', value: perMillion(p.cachedInput.value), ...from(p.cachedInput) }] : []),
      { item: 'Output', value: perMillion(p.output.value), ...from(p.output) },
      ...(p.batchDiscount ? [{ item: 'Batch discount', value: percent(p.batchDiscount.value), ...from(p.batchDiscount) }] : []),
      ...(long
        ? [
            {
              item: `Above ${long.value.aboveInputTokens.toLocaleString('en-US')} input tokens`,
              value: `${money(long.value.input)} in, ${money(long.value.output)} out per million`,
              ...from(long),
            },
          ]
        : []),
      ...(p.residencyPremium
        ? [{ item: 'In-region processing', value: `+${percent(p.residencyPremium.value)}`, ...from(p.residencyPremium) }]
        : []),
    ];
  }
  const sized = pick.selfHosting;
  const gpu = c.gpuTypes.find((g) => g.id === sized?.gpuType);
  const config = option.selfHosting?.configs.find((k) => k.gpuType === sized?.gpuType && k.quantisation === sized?.quantisation);
  if (!sized || !gpu || !config) return [];
  const price =
    sized.gpuChannel === 'on-prem'
      ? { item: `${gpu.label}, bought`, value: `${money(gpu.purchaseUsd.value)} per GPU`, ...from(gpu.purchaseUsd) }
      : {
          item: `${gpu.label}, rented from ${GPU_CHANNEL[sized.gpuChannel]}`,
          value: `${money(gpu.rentalUsdPerHour[sized.gpuChannel].value)} per GPU-hour`,
          ...from(gpu.rentalUsdPerHour[sized.gpuChannel]),
        };
  const tps = (n: number) => `${n.toLocaleString('en-US')} tokens/s per replica`;
  return [
    price,
    {
      item: `Prefill, ${config.gpusPerReplica} × ${gpu.label} in ${config.quantisation.toUpperCase()}`,
      value: tps(config.prefillTokensPerSecond.value),
      ...from(config.prefillTokensPerSecond),
    },
    {
      item: `Decode, ${config.gpusPerReplica} × ${gpu.label} in ${config.quantisation.toUpperCase()}`,
      value: tps(config.decodeTokensPerSecond.value),
      ...from(config.decodeTokensPerSecond),
    },
    {
      item: 'Operating effort',
      value: `${option.selfHosting?.opsHoursPerMonth.value ?? 0} engineer hours a month`,
      ...(option.selfHosting ? from(option.selfHosting.opsHoursPerMonth) : { source: '', asOf: '' }),
    },
  ];
}

/**
 * The figures behind the pick's cost, each with its source and "as of" date, and the use case's token mix they apply
 * to (`mix`, tokenMixWords), in a panel that opens on demand.
 */
export function PickFigures({ pick, ruleSet, mix }: { pick: Choice | null; ruleSet: RuleSetData; mix: string | null }) {
  const figures = pick ? pickFigures(ruleSet, pick) : [];
  if (!pick || figures.length === 0) return null;
  return (
    <Disclosure className="panel pick-figures" summary="Prices and figures behind this cost">
      <p className="panel-intro">
        From the rule pack's catalog, each with its source and the date it was true. Check them with the provider before you commit.
        {mix ? ` The cost applies them to this use case's token mix: ${mix}.` : ''}
      </p>
      <table className="data-table figures-table">
        <caption className="visually-hidden">Catalog figures behind the cost of {pick.label}, with their sources and dates</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Value</th>
            <th scope="col">Source</th>
            <th scope="col">As of</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => {
            const s = ruleSet.sources.get(f.source);
            return (
              <tr key={f.item}>
                <th scope="row">{f.item}</th>
                <td>{f.value}</td>
                <td>{s ? `${s.publisher}, ${s.title}` : f.source}</td>
                <td>{f.asOf}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Disclosure>
  );
}
