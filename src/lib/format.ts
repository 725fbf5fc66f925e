/** Number formatting shared by the results, the report and the studio, so that a figure reads the same in each. */

/** The currencies amounts can be shown in; prices and the engine's figures are in US dollars. */
export type Currency = 'USD' | 'EUR' | 'GBP';

/** How amounts are shown: the currency, and its units per US dollar. */
export interface MoneyShown {
  currency: Currency;
  perUsd: number;
}

export const US_DOLLARS: MoneyShown = { currency: 'USD', perUsd: 1 };

// Made once per currency: toLocaleString with options builds a new formatter on every call, which the results page
// (hundreds of figures, a phone) felt. English with the currency's symbol: $1,234, €1,234, £1,234.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(currency: Currency, cents: boolean): Intl.NumberFormat {
  const key = `${currency}${cents ? '.' : ''}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: cents ? 2 : 0 })));
  return f;
}

let shown: MoneyShown = US_DOLLARS;

/**
 * Sets the currency `money` shows amounts in, for what is rendered from now on: the results page sets the answers'
 * currency as it renders, the PDF worker and the CLI for the report they make.
 */
export function showMoneyIn(m: MoneyShown): void {
  shown = m;
}

/** `fn` run with amounts shown in `m`, then the previous currency back. @example withMoney(euros, () => money(100)) // '€87' */
export function withMoney<T>(m: MoneyShown, fn: () => T): T {
  const before = shown;
  shown = m;
  try {
    return fn();
  } finally {
    shown = before;
  }
}

/**
 * `make` run with amounts shown in `m` until its promise settles: a PDF, whose charts are drawn as it is laid out.
 * Only for work that runs one at a time (the PDF worker, the CLI), since other code sees `m` meanwhile.
 */
export async function withMoneyWhile<T>(m: MoneyShown, make: () => Promise<T>): Promise<T> {
  const before = shown;
  shown = m;
  try {
    return await make();
  } finally {
    shown = before;
  }
}

/** The currency amounts are shown in now. */
export function moneyShown(): MoneyShown {
  return shown;
}

/**
 * An amount of US dollars as a person reads it, in the currency shown: cents below 100, whole units above.
 * @example money(12345.6) // '$12,346'
 */
export function money(usdAmount: number): string {
  const n = usdAmount * shown.perUsd;
  return formatter(shown.currency, n < 100).format(n);
}

/** US dollars, whatever the currency shown: for prices and planning figures as their sources give them. @example dollars(3.99) // '$3.99' */
export function dollars(n: number): string {
  return formatter('USD', n < 100).format(n);
}

/** A share as a whole percentage. @example percent(0.345) // '35%' */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * An "as of" date (YYYY-MM-DD or YYYY-MM) in words, without reading the clock or the time zone.
 * @example asOfDate('2026-12-06') // '6 December 2026'
 * @example asOfDate('2026-07') // 'July 2026'
 */
export function asOfDate(date: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return date;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

const TWO_DIGITS = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });

const UNITS = [
  { size: 1e12, word: 'trillion' },
  { size: 1e9, word: 'billion' },
  { size: 1e6, word: 'million' },
  { size: 1e3, word: 'thousand' },
] as const;

/**
 * A token count in words, to two significant digits (the precision the engine's sensitivity rounds to).
 * @example tokenWords(5_100_000_000) // '5.1 billion'
 */
export function tokenWords(n: number): string {
  const rounded = Number(n.toPrecision(2));
  const unit = UNITS.find((u) => rounded >= u.size);
  const digits = (v: number) => TWO_DIGITS.format(v);
  return unit ? `${digits(rounded / unit.size)} ${unit.word}` : digits(rounded);
}
