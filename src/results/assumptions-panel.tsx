import { useCallback, useEffect, useId, useState } from 'react';
import { ScenarioAssumptions, type CatalogFile, type GpuAccess, type RentalChannel } from '../domain';
import { CURRENCY_NAMES, rateOf } from '../lib/currency';
import { dollars, percent, type Currency } from '../lib/format';
import { changesNothing, unknownGpuTypes, type RuleSetData } from '../engine';
import { Disclosure } from './disclosure';

type Figure = CatalogFile['assumptions']['engineerHourUsd'];
type PlanningKey = 'engineerHourUsd' | 'targetUtilisation' | 'peakToAverage' | 'inputTokenShare';

/** One editable planning figure: where the catalog has it, how it reads, and how to set it in the scenario. */
interface Field {
  id: string;
  label: string;
  /** Words after the number ("US dollars an hour"). */
  unit: string;
  /** A value as the catalog line reads it ("$100 an hour", "70%"). */
  format: (value: number) => string;
  /** Shown and typed as a percentage, kept as a fraction. */
  percent: boolean;
  catalog: Figure;
  current: number | undefined;
  /** The scenario's figures with this one set (undefined: the catalog's). */
  set: (a: ScenarioAssumptions, value: number | undefined) => ScenarioAssumptions;
  /** The schema that checks a value of this figure. */
  check: (value: number) => string | null;
}

const CHANNEL_WORDS: Record<RentalChannel, string> = {
  'gpu-cloud': 'a GPU cloud',
  hyperscaler: 'a hyperscaler (AWS, Azure or Google Cloud)',
};

/** The schema's own message for a value, or null when it is valid. */
function checkWith(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string }[] } } }) {
  return (value: number) => {
    const result = schema.safeParse(value);
    return result.success ? null : (result.error?.issues[0]?.message ?? 'is not valid');
  };
}

/**
 * The schema's bounds said in the field's unit: a share typed as a percentage is checked as the fraction the answers
 * keep, but "must be at most 1 (100 %)" would read as a contradiction beside a field that says %.
 */
function percentCheck(schema: { minValue: number | null; maxValue: number | null; safeParse: (v: unknown) => { success: boolean } }) {
  const bound = (v: number | null) => `${Number(((v ?? 0) * 100).toPrecision(6))}%`;
  return (value: number) =>
    schema.safeParse(value).success ? null : `must be a percentage from ${bound(schema.minValue)} to ${bound(schema.maxValue)}`;
}

const without = <T extends object>(o: T, key: keyof T): T => {
  const copy = { ...o };
  delete copy[key];
  return copy;
};

function planningField(
  key: PlanningKey,
  label: string,
  unit: string,
  format: (value: number) => string,
  catalog: CatalogFile,
  changed: ScenarioAssumptions,
): Field {
  return {
    id: key,
    label,
    unit,
    format,
    percent: unit === '%',
    catalog: catalog.assumptions[key],
    current: changed[key],
    set: (a, value) => (value === undefined ? without(a, key) : { ...a, [key]: value }),
    check: unit === '%' ? percentCheck(ScenarioAssumptions.shape[key].unwrap()) : checkWith(ScenarioAssumptions.shape[key].unwrap()),
  };
}

/** The GPU types' rental prices at the channel the catalog rents from: the only ones a cost can use. */
function gpuFields(catalog: CatalogFile, changed: ScenarioAssumptions, channel: RentalChannel): Field[] {
  const hourly = ScenarioAssumptions.shape.gpuHourUsd.unwrap().valueType.shape['gpu-cloud'].unwrap();
  return catalog.gpuTypes.map((g) => ({
    id: `gpu-${g.id}-${channel}`,
    label: g.label,
    unit: 'US dollars per GPU-hour',
    format: (v: number) => `${dollars(v)} per GPU-hour`,
    percent: false,
    catalog: g.rentalUsdPerHour[channel],
    current: changed.gpuHourUsd?.[g.id]?.[channel],
    set: (a, value) => {
      const prices = { ...(a.gpuHourUsd?.[g.id] ?? {}) };
      if (value === undefined) delete prices[channel];
      else prices[channel] = value;
      const gpuHourUsd = { ...(a.gpuHourUsd ?? {}), [g.id]: prices };
      if (Object.keys(prices).length === 0) delete gpuHourUsd[g.id];
      return Object.keys(gpuHourUsd).length === 0 ? without(a, 'gpuHourUsd') : { ...a, gpuHourUsd };
    },
    check: checkWith(hourly),
  }));
}

/** The catalog's exchange rates, each editable for the scenario. */
function rateFields(catalog: CatalogFile, changed: ScenarioAssumptions): Field[] {
  const rates = catalog.assumptions.exchangeRates;
  if (!rates) return [];
  const check = ScenarioAssumptions.shape.exchangeRates.unwrap().shape;
  return (['EUR', 'GBP'] as const).map((currency) => ({
    id: `rate-${currency}`,
    label: `${CURRENCY_NAMES[currency].charAt(0).toUpperCase()}${CURRENCY_NAMES[currency].slice(1)} per US dollar`,
    unit: `${currency} per USD`,
    format: (v: number) => `${v} ${currency} per USD`,
    percent: false,
    catalog: rates[currency],
    current: changed.exchangeRates?.[currency],
    set: (a, value) => {
      const next = { ...(a.exchangeRates ?? {}) };
      if (value === undefined) delete next[currency];
      else next[currency] = value;
      return Object.keys(next).length === 0 ? without(a, 'exchangeRates') : { ...a, exchangeRates: next };
    },
    check: checkWith(check[currency].unwrap()),
  }));
}

/** Figures rounded as typed: a share of 0.7 reads 70 (per cent); floating noise (70.00000000000001) is dropped. */
const shown = (f: Field, value: number) => String(Number((f.percent ? value * 100 : value).toPrecision(10)));

interface FieldProps {
  field: Field;
  ruleSet: RuleSetData;
  changed: ScenarioAssumptions;
  onAssumptions: (a: ScenarioAssumptions | null) => void;
  /** Told whether the field holds text that is not a valid figure (the results then use the last valid one). */
  onInvalid: (id: string, invalid: boolean) => void;
}

function FigureField({ field: f, ruleSet, changed, onAssumptions, onInvalid }: FieldProps) {
  const id = useId();
  const value = f.current ?? f.catalog.value;
  const [text, setText] = useState(shown(f, value));
  const [error, setError] = useState<string | null>(null);
  // The figure changed elsewhere (a reset, another tab, loaded answers): show it, unless the text already says it.
  const [synced, setSynced] = useState(value);
  if (synced !== value) {
    setSynced(value);
    if (Number(text) !== Number(shown(f, value))) setText(shown(f, value));
    setError(null);
  }
  useEffect(() => onInvalid(f.id, error !== null), [f.id, error, onInvalid]);
  const apply = (next: number | undefined) => {
    const a = f.set(changed, next);
    onAssumptions(changesNothing(a) ? null : a);
  };
  const change = (raw: string) => {
    setText(raw);
    const typed = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(typed)) {
      setError('Enter a number, or use the catalog figure');
      return;
    }
    const next = f.percent ? typed / 100 : typed;
    const problem = f.check(next);
    setError(problem);
    if (problem === null) apply(next === f.catalog.value ? undefined : next);
  };
  const source = ruleSet.sources.get(f.catalog.source);
  const isChanged = f.current !== undefined && f.current !== f.catalog.value;
  return (
    <div className={`figure-field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{f.label}</label>
      <div className="figure-input">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          step="any"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-catalog${error ? ` ${id}-error` : ''}`}
          onChange={(e) => change(e.currentTarget.value)}
        />
        <span className="figure-unit">{f.percent ? '%' : f.unit}</span>
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {f.label}: {error}.
        </p>
      ) : null}
      <p id={`${id}-catalog`} className="field-hint">
        {isChanged ? <strong className="changed-mark">Changed for this scenario. </strong> : null}
        Catalog: {f.format(f.catalog.value)} ({source ? `${source.publisher}, ${source.title}` : f.catalog.source}, as of {f.catalog.asOf})
        {isChanged ? (
          <>
            {' '}
            <button
              type="button"
              className="button-secondary button-small"
              aria-label={`Use the catalog figure for ${f.label}`}
              onClick={() => apply(undefined)}
            >
              Use the catalog figure
            </button>
          </>
        ) : null}
      </p>
    </div>
  );
}

interface PanelProps {
  ruleSet: RuleSetData;
  /** Where the team's GPUs come from: its own are priced as bought, not at these rental prices. */
  gpuAccess: GpuAccess;
  /** The currency amounts are shown in. */
  currency: Currency;
  /** Called when another currency is chosen (null: US dollars). Without it, no choice of currency. */
  onCurrency?: (c: Currency | null) => void;
  assumptions: ScenarioAssumptions | undefined;
  onAssumptions: (a: ScenarioAssumptions | null) => void;
}

/** How many figures a scenario changes (a GPU price counts once per channel). */
export function changedCount(a: ScenarioAssumptions | undefined): number {
  if (!a) return 0;
  const planning = (['engineerHourUsd', 'targetUtilisation', 'peakToAverage', 'inputTokenShare'] as const).filter(
    (k) => a[k] !== undefined,
  );
  const gpus = Object.values(a.gpuHourUsd ?? {}).reduce((n, p) => n + Object.keys(p).length, 0);
  const rates = Object.values(a.exchangeRates ?? {}).filter((v) => v !== undefined).length;
  return planning.length + gpus + rates;
}

/**
 * The planning figures every cost rests on, each with the catalog's value and source, editable for this scenario:
 * a valid change re-works the recommendation at once and is kept in the answers (saved draft, share link, export,
 * report); "Use the catalog figure" undoes one, "Use every catalog figure" all.
 */
export function AssumptionsPanel({ ruleSet, gpuAccess, currency, onCurrency, assumptions, onAssumptions }: PanelProps) {
  const currencyId = useId();
  const changed = assumptions ?? {};
  const count = changedCount(assumptions);
  const unknown = unknownGpuTypes(ruleSet.catalog, assumptions);
  const planning = [
    planningField(
      'engineerHourUsd',
      'Engineer hour, fully loaded',
      'US dollars an hour',
      (v) => `${dollars(v)} an hour`,
      ruleSet.catalog,
      changed,
    ),
    planningField('targetUtilisation', 'Utilisation a replica may reach in the busiest hour', '%', percent, ruleSet.catalog, changed),
    planningField('peakToAverage', 'Busiest hour over the average (interactive work)', 'times', (v) => `${v}×`, ruleSet.catalog, changed),
    planningField(
      'inputTokenShare',
      'Share of tokens that are input (where a use case gives none)',
      '%',
      percent,
      ruleSet.catalog,
      changed,
    ),
  ];
  const channel = ruleSet.catalog.assumptions.rentalChannel.value;
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const onInvalid = useCallback(
    (id: string, bad: boolean) =>
      setInvalid((was) => {
        if (was.has(id) === bad) return was;
        const next = new Set(was);
        if (bad) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  const field = (f: Field) => (
    <FigureField key={f.id} field={f} ruleSet={ruleSet} changed={changed} onAssumptions={onAssumptions} onInvalid={onInvalid} />
  );
  return (
    <section aria-labelledby="assumptions-heading" className="assumptions-panel">
      <h2 id="assumptions-heading">Planning assumptions</h2>
      <p className="field-hint">
        Every cost rests on these figures from the rule pack&apos;s catalog. Change one to see what it does to the recommendation: the page
        re-works it at once, and the change is kept with your answers, in the share link, the exported answers and the report.
      </p>
      <p role="status" className="assumptions-status">
        {count === 0
          ? 'All figures are the catalog’s.'
          : `${count} ${count === 1 ? 'figure is' : 'figures are'} changed for this scenario.`}
        {invalid.size > 0
          ? ` ${invalid.size === 1 ? 'One entry is' : `${invalid.size} entries are`} not a valid figure and not used: the results use the last valid one.`
          : ''}
        {count > 0 ? (
          <>
            {' '}
            <button type="button" className="button-secondary button-small" onClick={() => onAssumptions(null)}>
              Use every catalog figure
            </button>
          </>
        ) : null}
      </p>
      {onCurrency ? (
        <div className="currency-field">
          <label htmlFor={currencyId}>Show amounts in</label>
          <select
            id={currencyId}
            value={currency}
            onChange={(e) => {
              const next = e.currentTarget.value as Currency;
              onCurrency(next === 'USD' ? null : next);
            }}
          >
            {(['USD', 'EUR', 'GBP'] as const).map((c) => (
              <option key={c} value={c} disabled={c !== 'USD' && rateOf(c, { assumptions }, ruleSet.catalog) === null}>
                {CURRENCY_NAMES[c]} ({c})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {unknown.length > 0 ? (
        <p className="notice notice-error">
          The answers give a GPU price for {unknown.map((id) => `“${id}”`).join(', ')}, which this rule pack&apos;s catalog does not list,
          so no cost uses {unknown.length === 1 ? 'it' : 'them'}.
        </p>
      ) : null}
      <Disclosure className="assumptions-details" summary={`Planning figures and GPU prices${count > 0 ? ` (${count} changed)` : ''}`}>
        <fieldset className="figure-group">
          <legend>Planning</legend>
          {planning.map(field)}
        </fieldset>
        <fieldset className="figure-group">
          <legend>GPU rental prices</legend>
          <p className="field-hint figure-group-note">
            {gpuAccess === 'on-prem'
              ? `Your team runs its own GPUs, which the costs price as bought and written off, not at these prices; they would count if the team rented GPUs. `
              : ''}
            Rented GPUs are priced at {CHANNEL_WORDS[channel]}, as the catalog says.
          </p>
          {gpuFields(ruleSet.catalog, changed, channel).map(field)}
        </fieldset>
        {ruleSet.catalog.assumptions.exchangeRates ? (
          <fieldset className="figure-group">
            <legend>Exchange rates</legend>
            <p className="field-hint figure-group-note">
              Used only to show amounts in euros or pounds; prices and the figures above stay in US dollars.
            </p>
            {rateFields(ruleSet.catalog, changed).map(field)}
          </fieldset>
        ) : null}
      </Disclosure>
    </section>
  );
}
