/** Number formatting shared by the results, the report and the studio, so that a figure reads the same in each. */

// Made once: toLocaleString with options builds a new formatter on every call, which the results page (hundreds of
// figures, a phone) felt.
const CENTS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 2 });
const DOLLARS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** Money as a person reads it: cents below $100, whole dollars above. @example usd(12345.6) // '$12,346' */
export function usd(n: number): string {
  return (n < 100 ? CENTS : DOLLARS).format(n);
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
