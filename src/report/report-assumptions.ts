import type { CatalogFile } from '../domain';
import { REGION } from './labels';
import { percent, usd } from './format';
import type { Row, Table } from './report-model';
import type { SourceIndex } from './report-sources';

interface Sourced<T> {
  value: T;
  source: string;
  asOf: string;
  note?: string | undefined;
}

const COLUMNS: Table['columns'] = [
  { header: 'Figure', width: 0.36 },
  { header: 'Value', width: 0.22 },
  { header: 'Source', width: 0.3 },
  { header: 'As of', width: 0.12 },
];

/** Rows of one group; a note repeated from the row before is not printed again. */
function table(rows: { item: string; value: string; from: Pick<Sourced<unknown>, 'source' | 'asOf' | 'note'> }[], refs: SourceIndex): Table {
  let previous: string | undefined;
  return {
    columns: COLUMNS,
    rows: rows.map(({ item, value, from }): Row => {
      const note = from.note && from.note !== previous ? from.note : undefined;
      previous = from.note;
      return { cells: [item, value, refs.short(from.source), from.asOf], ...(note ? { note } : {}) };
    }),
  };
}

const perMillion = (n: number) => `${usd(n)} per million tokens`;
const yesNo = (b: boolean) => (b ? 'yes' : 'no');

function planning(c: CatalogFile) {
  const a = c.assumptions;
  return [
    { item: 'Share of tokens that are input', value: percent(a.inputTokenShare.value), from: a.inputTokenShare },
    { item: 'Target utilisation of a self-hosted replica', value: percent(a.targetUtilisation.value), from: a.targetUtilisation },
    { item: 'Engineer hour (fully loaded)', value: `${usd(a.engineerHourUsd.value)} an hour`, from: a.engineerHourUsd },
    ...c.gpuTypes.map((g) => ({ item: `${g.label}, rental`, value: `${usd(g.hourlyUsd.value)} per GPU-hour`, from: g.hourlyUsd })),
  ];
}

type Labels = ReadonlyMap<string, string>;

function prices(c: CatalogFile, labels: Labels) {
  return c.options.flatMap((o) => {
    const p = o.priceUsdPerMillion;
    if (!p) return [];
    const label = labels.get(o.id) ?? o.id;
    return [
      { item: `${label}: input`, value: perMillion(p.input.value), from: p.input },
      { item: `${label}: output`, value: perMillion(p.output.value), from: p.output },
    ];
  });
}

function selfHosting(c: CatalogFile) {
  return c.options.flatMap((o) => {
    const h = o.selfHosting;
    if (!h) return [];
    const label = c.models.find((m) => m.id === o.modelId)?.label ?? o.modelId;
    return [
      { item: `${label}: GPUs per replica`, value: `${h.gpusPerReplica.value} × ${h.gpuType}`, from: h.gpusPerReplica },
      { item: `${label}: throughput`, value: `${h.throughputTokensPerSecond.value.toLocaleString('en-US')} tokens/s per replica`, from: h.throughputTokensPerSecond },
      { item: `${label}: operating effort`, value: `${h.opsHoursPerMonth.value} engineer hours a month`, from: h.opsHoursPerMonth },
    ];
  });
}

function models(c: CatalogFile) {
  return c.models.flatMap((m) => [
    ...Object.entries(m.quality).map(([kind, q]) => ({ item: `${m.label}: ${kind} quality`, value: `${q.value} of 100`, from: q })),
    { item: `${m.label}: context window`, value: `${m.contextWindowTokens.value.toLocaleString('en-US')} tokens`, from: m.contextWindowTokens },
    { item: `${m.label}: licence`, value: m.licence.name, from: m.licence },
  ]);
}

function availability(c: CatalogFile, labels: Labels) {
  return c.options.flatMap((o) => {
    const label = labels.get(o.id) ?? o.id;
    return [
      { item: `${label}: regions`, value: o.regions.value.map((r) => REGION[r]).join(', '), from: o.regions },
      { item: `${label}: HIPAA BAA available`, value: yesNo(o.baaAvailable.value), from: o.baaAvailable },
      {
        item: `${label}: operations`,
        value: `${o.operations.effort} effort; at least ${o.operations.minMlEngineers} ML engineers${o.operations.needsGpu ? '; needs GPUs' : ''}`,
        from: o.operations,
      },
    ];
  });
}

/**
 * Every figure the catalog holds, grouped, each with its source and "as of" date: the assumptions appendix.
 * @example buildAssumptions(ruleSet.catalog, new Map(ruleSet.options.map((o) => [o.id, o.label])), refs)[0].title // 'Planning assumptions and GPU prices'
 */
export function buildAssumptions(c: CatalogFile, labels: Labels, refs: SourceIndex): { title: string; table: Table }[] {
  return [
    { title: 'Planning assumptions and GPU prices', table: table(planning(c), refs) },
    { title: 'Per-token prices', table: table(prices(c, labels), refs) },
    { title: 'Self-hosting', table: table(selfHosting(c), refs) },
    { title: 'Model quality, context and licences', table: table(models(c), refs) },
    { title: 'Regions, HIPAA and operations', table: table(availability(c, labels), refs) },
  ].filter((g) => g.table.rows.length > 0);
}
