import {
  ACCURACY_LABELS,
  AI_ACT_RISK_LABELS,
  ANNEX_III_AREA_LABELS,
  AUDIENCE_LABELS,
  COUNTRY_CODES,
  GPU_ACCESS_LABELS,
  INDUSTRY_LABELS,
  MATURITY_LABELS,
  REGION_LABELS,
  RESIDENCY_LABELS,
  SENSITIVITY_LABELS,
  TASK_LABELS,
} from '../domain';
import type { Choice } from './fields';

/** A choice per value, in the domain's order and words, with an optional hint beside some. */
function choices<K extends string>(labels: Record<K, string>, hints: Partial<Record<K, string>> = {}): readonly Choice[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value], ...(hints[value] ? { hint: hints[value] } : {}) }));
}

/** The answer values as choices for the forms and the review page; the words come from src/domain/labels.ts. */
export const INDUSTRIES = choices(INDUSTRY_LABELS);
export const REGIONS = choices(REGION_LABELS);
export const TASKS = choices(TASK_LABELS);
export const ANNEX_III_AREAS = choices(ANNEX_III_AREA_LABELS);
export const AUDIENCES = choices(AUDIENCE_LABELS, { internal: 'used by staff', 'customer-facing': 'customers see the output' });
export const SENSITIVITIES = choices(SENSITIVITY_LABELS);
export const ACCURACIES = choices(ACCURACY_LABELS, {
  standard: 'occasional mistakes are caught and cheap',
  high: 'mistakes are costly',
  critical: 'mistakes cause harm',
});
export const AI_ACT_RISKS = choices(AI_ACT_RISK_LABELS);
export const RESIDENCIES = choices(RESIDENCY_LABELS);
export const MATURITIES = choices(MATURITY_LABELS, {
  none: 'no models in production yet',
  basic: 'we deploy and monitor some models',
  advanced: 'we run GPU serving, evaluation and on-call',
});
export const GPU_ACCESS = choices(GPU_ACCESS_LABELS);

/** The label of a value in a list of choices, or the value itself. @example labelOf(REGIONS, 'eu') // 'European Union' */
export function labelOf(choices: readonly Choice[], value: string | null | undefined): string {
  return choices.find((c) => c.value === value)?.label ?? value ?? '';
}

const countryLists = new Map<string, readonly Choice[]>();

/**
 * Every ISO 3166-1 country as a choice, named in `locale` by the browser (Intl.DisplayNames) and sorted by name;
 * a code the browser cannot name is shown as the code. Worked out on first use and kept per locale: naming and
 * sorting 249 countries took 28 ms on the page's thread, which the results page (it loads the steps' code ahead)
 * does not need to spend.
 * @example countryChoices('en').find((c) => c.value === 'DE')?.label // 'Germany'
 */
export function countryChoices(locale = 'en'): readonly Choice[] {
  const known = countryLists.get(locale);
  if (known) return known;
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(locale);
  const list = COUNTRY_CODES.map((value) => ({ value, label: names.of(value) ?? value })).sort((a, b) =>
    collator.compare(a.label, b.label),
  );
  countryLists.set(locale, list);
  return list;
}

/** A country's name as the browser gives it, or the code. @example countryName('DE') // 'Germany' */
export function countryName(code: string, locale = 'en'): string {
  return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
}
