import type { CatalogFile, CatalogOption, Model } from '../domain';
import { REGION } from './labels';
import { CURRENCY_NAMES } from '../lib/currency';
import type { Currency } from '../lib/format';
import { dollars, percent } from './format';
import type { Row, Table } from './report-model';
import type { SourceIndex } from './report-sources';

interface Sourced<T> {
  value: T;
  source: string;
  asOf: string;
  note?: string | undefined;
}

const COLUMNS: Table['columns'] = [
  { header: 'Figure', width: 0.3 },
  { header: 'Value', width: 0.38 },
  { header: 'Source', width: 0.22 },
  { header: 'As of', width: 0.1 },
];

type FigureRow = {
  item: string;
  value: string;
  from: Pick<Sourced<unknown>, 'source' | 'asOf' | 'note'>;
  /** The catalog's own figure, where the scenario changed it. */
  catalogValue?: string;
};

/** Marks the rows whose value differs from the pack's catalog: the scenario changed them. */
function marked(rows: FigureRow[], base: FigureRow[]): FigureRow[] {
  const catalog = new Map(base.map((r) => [r.item, r.value]));
  return rows.map((r) => {
    const was = catalog.get(r.item);
    return was !== undefined && was !== r.value ? { ...r, catalogValue: was } : r;
  });
}

/** Words for a changed figure: said in the report's assumptions appendix. */
export const changedWords = (catalogValue: string) => `changed by the user for this scenario; the catalog has ${catalogValue}`;

/** "Claude Opus 5.5: input" → ["Claude Opus 5.5", "input"]; an item without a colon has no subject. */
function split(item: string): [string, string] | null {
  const at = item.lastIndexOf(': ');
  return at > 0 ? [item.slice(0, at), item.slice(at + 2)] : null;
}

/**
 * Rows of one group. Figures of one subject from the same source and date, none with a note, share a row ("Claude
 * Opus 5.5 | input $4.00 per million tokens · output $20.00 …"): the appendix listed a line for each before. A note
 * repeated from the row before is not printed again.
 */
function table(rows: FigureRow[], refs: Pick<SourceIndex, 'short'>): Table {
  const merged: (FigureRow & { subject: string | null })[] = [];
  for (const row of rows) {
    const last = merged.at(-1);
    const parts = split(row.item);
    const joins =
      last?.subject !== null &&
      last?.subject !== undefined &&
      parts?.[0] === last.subject &&
      last.from.source === row.from.source &&
      last.from.asOf === row.from.asOf &&
      !last.from.note &&
      !row.from.note &&
      !last.catalogValue &&
      !row.catalogValue;
    if (joins && last && parts) {
      const first = split(last.item);
      // The first figure keeps its name once a second joins it: "input $4.00 … · output $20.00 …".
      const head = first ? `${first[1]} ${last.value}` : last.value;
      merged[merged.length - 1] = {
        item: last.subject ?? '',
        value: `${head} · ${parts[1]} ${row.value}`,
        from: last.from,
        subject: last.subject,
      };
    } else merged.push({ ...row, subject: parts?.[0] ?? null });
  }
  let previous: string | undefined;
  return {
    columns: COLUMNS,
    dense: true,
    rows: merged.map(({ item, value, from, catalogValue }): Row => {
      if (catalogValue !== undefined) {
        previous = undefined;
        return {
          cells: [item, `${value} (changed)`, 'This scenario', ''],
          note: `${item}: ${changedWords(catalogValue)} (${refs.short(from.source)}, ${from.asOf}).`,
        };
      }
      const note = from.note && from.note !== previous ? from.note : undefined;
      previous = from.note;
      return { cells: [item, value, refs.short(from.source), from.asOf], ...(note ? { note } : {}) };
    }),
  };
}

const perMillion = (n: number) => `${dollars(n)} per million tokens`;
const yesNo = (b: boolean) => (b ? 'yes' : 'no');
const tokens = (n: number) => `${n.toLocaleString('en-US')} tokens`;

/** The planning assumptions a per-token cost rests on; the others size and run a self-hosted deployment. */
const TOKEN_ASSUMPTIONS = ['inputTokenShare', 'cachedShare', 'batchShare', 'tokensPerRequest', 'longContextRequestTokens'] as const;

/**
 * The planning assumptions a report cites: all of them when it uses a self-hosted option, else those per-token costs
 * rest on; the exchange rate only of the currency its amounts are in.
 */
function citedAssumptions(c: CatalogFile, selfHosted: boolean, currency: Currency): Partial<CatalogFile['assumptions']> {
  const { exchangeRates, ...all } = c.assumptions;
  const cited: Partial<CatalogFile['assumptions']> = selfHosted ? all : Object.fromEntries(TOKEN_ASSUMPTIONS.map((k) => [k, all[k]]));
  const rate = currency === 'USD' ? undefined : exchangeRates?.[currency];
  return rate ? { ...cited, exchangeRates: { ...exchangeRates!, [currency]: rate } } : cited;
}

/** The planning rows a report shows: all with a self-hosted option, else the token ones and any the user changed. */
function planning(c: CatalogFile, base: CatalogFile, selfHosted: boolean) {
  const rows = marked(allPlanning(c), allPlanning(base));
  return selfHosted ? rows : rows.filter((r, i) => i < TOKEN_ASSUMPTIONS.length || r.catalogValue !== undefined);
}

/** The exchange rate a report's amounts were converted at, as a row; none for US dollars or without a rate. */
function exchangeRows(c: CatalogFile, base: CatalogFile, currency: Currency): FigureRow[] {
  if (currency === 'USD') return [];
  const rate = (k: CatalogFile) => k.assumptions.exchangeRates?.[currency];
  const row = (k: CatalogFile) => {
    const r = rate(k);
    return r
      ? [{ item: `${CURRENCY_NAMES[currency].replace(/^./, (x) => x.toUpperCase())} per US dollar`, value: String(r.value), from: r }]
      : [];
  };
  return marked(row(c), row(base));
}

function allPlanning(c: CatalogFile) {
  const a = c.assumptions;
  const onCall = a.onCall.value;
  return [
    {
      item: 'Share of tokens that are input, where a use case gives none',
      value: percent(a.inputTokenShare.value),
      from: a.inputTokenShare,
    },
    {
      item: 'Share of input read from the prompt cache, where a use case gives none',
      value: percent(a.cachedShare.value),
      from: a.cachedShare,
    },
    { item: 'Share of work sent as batches, where a use case gives none', value: percent(a.batchShare.value), from: a.batchShare },
    { item: 'Typical request', value: tokens(a.tokensPerRequest.value), from: a.tokensPerRequest },
    {
      item: 'Typical long-context request, where a use case gives none',
      value: tokens(a.longContextRequestTokens.value),
      from: a.longContextRequestTokens,
    },
    { item: 'Busiest hour over the average (interactive work)', value: `${a.peakToAverage.value}×`, from: a.peakToAverage },
    { item: 'Utilisation a replica may reach in the busiest hour', value: percent(a.targetUtilisation.value), from: a.targetUtilisation },
    { item: 'Fewest replicas in production', value: String(a.minReplicas.value), from: a.minReplicas },
    {
      item: 'Rented GPUs come from',
      value: a.rentalChannel.value === 'gpu-cloud' ? 'a GPU cloud' : 'a hyperscaler',
      from: a.rentalChannel,
    },
    { item: 'Engineer hour (fully loaded)', value: `${dollars(a.engineerHourUsd.value)} an hour`, from: a.engineerHourUsd },
    { item: 'Engineer hours per replica', value: `${a.opsHoursPerReplica.value} a month`, from: a.opsHoursPerReplica },
    { item: '24/7 on-call rota', value: `${onCall.engineers} engineers; ${onCall.hoursPerMonth} hours a month`, from: a.onCall },
    { item: 'On-premises GPUs written off over', value: `${a.onPrem.amortisationMonths.value} months`, from: a.onPrem.amortisationMonths },
    { item: 'Electricity', value: `${dollars(a.onPrem.usdPerKwh.value)} per kWh`, from: a.onPrem.usdPerKwh },
    { item: 'Data-centre PUE', value: String(a.onPrem.pue.value), from: a.onPrem.pue },
  ];
}

function gpus(c: CatalogFile, gpuIds: ReadonlySet<string>) {
  return c.gpuTypes
    .filter((g) => gpuIds.has(g.id))
    .flatMap((g) => [
      { item: `${g.label}: memory`, value: `${g.memoryGb.value} GB`, from: g.memoryGb },
      {
        item: `${g.label}: GPU cloud`,
        value: `${dollars(g.rentalUsdPerHour['gpu-cloud'].value)} per GPU-hour`,
        from: g.rentalUsdPerHour['gpu-cloud'],
      },
      {
        item: `${g.label}: hyperscaler`,
        value: `${dollars(g.rentalUsdPerHour.hyperscaler.value)} per GPU-hour`,
        from: g.rentalUsdPerHour.hyperscaler,
      },
      { item: `${g.label}: purchase`, value: `${dollars(g.purchaseUsd.value)} per GPU`, from: g.purchaseUsd },
      { item: `${g.label}: power`, value: `${g.powerKw.value} kW per GPU`, from: g.powerKw },
    ]);
}

type Labels = ReadonlyMap<string, string>;

function prices(options: CatalogOption[], labels: Labels) {
  return options.flatMap((o) => {
    const p = o.priceUsdPerMillion;
    if (!p) return [];
    const label = labels.get(o.id) ?? o.id;
    const long = p.longContext;
    return [
      { item: `${label}: input`, value: perMillion(p.input.value), from: p.input },
      ...(p.cachedInput ? [{ item: `${label}: cached input`, value: perMillion(p.cachedInput.value), from: p.cachedInput }] : []),
      { item: `${label}: output`, value: perMillion(p.output.value), from: p.output },
      ...(p.batchDiscount ? [{ item: `${label}: batch discount`, value: percent(p.batchDiscount.value), from: p.batchDiscount }] : []),
      ...(long
        ? [
            {
              item: `${label}: above ${tokens(long.value.aboveInputTokens)} of input`,
              value: `${dollars(long.value.input)} in, ${dollars(long.value.output)} out per million`,
              from: long,
            },
          ]
        : []),
      ...(p.residencyPremium
        ? [
            {
              item: `${label}: in-region processing`,
              value: `+${percent(p.residencyPremium.value)} on every price`,
              from: p.residencyPremium,
            },
          ]
        : []),
    ];
  });
}

function selfHosting(options: CatalogOption[], c: CatalogFile, gpuIds: ReadonlySet<string>) {
  const gpuLabel = (id: string) => c.gpuTypes.find((g) => g.id === id)?.label ?? id;
  return options.flatMap((o) => {
    const h = o.selfHosting;
    if (!h) return [];
    const label = c.models.find((m) => m.id === o.modelId)?.label ?? o.modelId;
    return [
      ...h.configs
        .filter((k) => gpuIds.has(k.gpuType))
        .flatMap((k) => {
          const setup = `${k.gpusPerReplica} × ${gpuLabel(k.gpuType)}, ${k.quantisation.toUpperCase()}`;
          return [
            {
              item: `${label} on ${setup}: prefill`,
              value: `${k.prefillTokensPerSecond.value.toLocaleString('en-US')} input tokens/s per replica`,
              from: k.prefillTokensPerSecond,
            },
            {
              item: `${label} on ${setup}: decode`,
              value: `${k.decodeTokensPerSecond.value.toLocaleString('en-US')} output tokens/s per replica`,
              from: k.decodeTokensPerSecond,
            },
          ];
        }),
      { item: `${label}: operating effort`, value: `${h.opsHoursPerMonth.value} engineer hours a month`, from: h.opsHoursPerMonth },
    ];
  });
}

/** One row when every task kind has the same figure from the same source (one index for all), else a row per kind. */
function quality(m: Model) {
  const kinds = Object.entries(m.quality);
  const [first] = kinds;
  const index = (v: number) => `${v} on the capability index`;
  if (first && kinds.every(([, q]) => q.value === first[1].value && q.source === first[1].source && q.asOf === first[1].asOf))
    return [{ item: `${m.label}: quality (every task kind)`, value: index(first[1].value), from: first[1] }];
  return kinds.map(([kind, q]) => ({ item: `${m.label}: quality for ${kind}`, value: index(q.value), from: q }));
}

function models(options: CatalogOption[], c: CatalogFile) {
  const used = new Set(options.map((o) => o.modelId));
  return c.models
    .filter((m) => used.has(m.id))
    .flatMap((m) => [
      ...quality(m),
      { item: `${m.label}: context window`, value: tokens(m.contextWindowTokens.value), from: m.contextWindowTokens },
      ...(m.parametersBillions
        ? [
            {
              item: `${m.label}: parameters`,
              value: `${m.parametersBillions.total.toLocaleString('en-US')} billion (${m.parametersBillions.active.toLocaleString('en-US')} billion active)`,
              from: m.parametersBillions,
            },
          ]
        : []),
      ...(m.mostlyEnglish
        ? [{ item: `${m.label}: training languages`, value: m.mostlyEnglish.value ? 'mostly English' : 'many', from: m.mostlyEnglish }]
        : []),
      { item: `${m.label}: licence`, value: m.licence.name, from: m.licence },
    ]);
}

function availability(options: CatalogOption[], labels: Labels) {
  return options.flatMap((o) => {
    const label = labels.get(o.id) ?? o.id;
    return [
      { item: `${label}: regions`, value: o.regions.value.map((r) => REGION[r]).join(', '), from: o.regions },
      { item: `${label}: HIPAA BAA`, value: yesNo(o.baaAvailable.value), from: o.baaAvailable },
      { item: `${label}: GDPR processing agreement`, value: yesNo(o.dpaAvailable.value), from: o.dpaAvailable },
      { item: `${label}: zero data retention`, value: yesNo(o.zeroRetention.value), from: o.zeroRetention },
      ...(o.countries ? [{ item: `${label}: processing in`, value: o.countries.value.join(', '), from: o.countries }] : []),
      ...(o.jurisdiction ? [{ item: `${label}: company under the law of`, value: o.jurisdiction.value, from: o.jurisdiction }] : []),
      ...(o.rateLimitRequestsPerMinute
        ? [
            {
              item: `${label}: rate limit`,
              value: `${o.rateLimitRequestsPerMinute.value.toLocaleString('en-US')} requests a minute`,
              from: o.rateLimitRequestsPerMinute,
            },
          ]
        : []),
      ...(o.rateLimitTokensPerMinute
        ? [
            {
              item: `${label}: rate limit`,
              value: `${o.rateLimitTokensPerMinute.value.toLocaleString('en-US')} tokens a minute, input and output`,
              from: o.rateLimitTokensPerMinute,
            },
          ]
        : []),
      ...(o.quotaIncrease
        ? [
            {
              item: `${label}: higher quota`,
              value: o.quotaIncrease.value === 'documented' ? 'by a published procedure' : 'only through support',
              from: o.quotaIncrease,
            },
          ]
        : []),
      ...(o.retires ? [{ item: `${label}: retires`, value: o.retires.value, from: o.retires }] : []),
      {
        item: `${label}: operations`,
        value: `${o.operations.effort} effort; ${o.operations.minMlEngineers === 0 ? 'no ML engineers needed' : `at least ${o.operations.minMlEngineers} ML engineers`}${o.operations.needsGpu ? '; needs GPUs' : ''}`,
        from: o.operations,
      },
    ];
  });
}

/**
 * The part of the catalog a report cites: the options it uses, their models, and the planning assumptions and GPU
 * types their costs rest on (those of self-hosting only when one of them is self-hosted).
 * @example usedCatalog(catalog, new Set(['gpt-5.5-api'])).options.length // 1
 */
export function usedCatalog(
  c: CatalogFile,
  optionIds: ReadonlySet<string>,
  gpuIds: ReadonlySet<string> = new Set(),
  currency: Currency = 'USD',
): Pick<CatalogFile, 'gpuTypes' | 'models' | 'options'> & { assumptions: Partial<CatalogFile['assumptions']> } {
  const options = c.options
    .filter((o) => optionIds.has(o.id))
    .map((o) =>
      o.selfHosting ? { ...o, selfHosting: { ...o.selfHosting, configs: o.selfHosting.configs.filter((k) => gpuIds.has(k.gpuType)) } } : o,
    );
  const models = new Set(options.map((o) => o.modelId));
  const selfHosted = options.some((o) => o.selfHosting);
  return {
    assumptions: citedAssumptions(c, selfHosted, currency),
    gpuTypes: c.gpuTypes.filter((g) => gpuIds.has(g.id)),
    models: c.models.filter((m) => models.has(m.id)),
    options,
  };
}

/**
 * The catalog's planning figures and every figure of the options the recommendation shows, grouped, each with its
 * source and "as of" date: the assumptions appendix. `c` is the catalog with the scenario's changes in it; a figure
 * that differs from `base` (the pack's catalog) is marked as changed by the user, with the catalog's figure.
 * @example buildAssumptions(ruleSet.catalog, labels, refs, new Set(['gpt-5.5-api']))[0].title // 'Planning assumptions'
 */
export function buildAssumptions(
  c: CatalogFile,
  labels: Labels,
  refs: Pick<SourceIndex, 'short'>,
  optionIds: ReadonlySet<string>,
  gpuIds: ReadonlySet<string> = new Set(),
  base: CatalogFile = c,
  currency: Currency = 'USD',
): { title: string; table: Table }[] {
  const used = c.options.filter((o) => optionIds.has(o.id));
  const selfHosted = used.some((o) => o.deployment === 'self-hosted');
  return [
    { title: 'Planning assumptions', table: table([...planning(c, base, selfHosted), ...exchangeRows(c, base, currency)], refs) },
    ...(selfHosted ? [{ title: 'GPU prices', table: table(marked(gpus(c, gpuIds), gpus(base, gpuIds)), refs) }] : []),
    { title: 'Per-token prices', table: table(prices(used, labels), refs) },
    { title: 'Self-hosting', table: table(selfHosting(used, c, gpuIds), refs) },
    { title: 'Model quality, context and licences', table: table(models(used, c), refs) },
    { title: 'Regions, contracts and operations', table: table(availability(used, labels), refs) },
  ].filter((g) => g.table.rows.length > 0);
}
