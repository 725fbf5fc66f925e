/** Number formatting shared by the results, the report and the studio, so that a figure reads the same in each. */

/** Money as a person reads it: cents below $100, whole dollars above. @example usd(12345.6) // '$12,346' */
export function usd(n: number): string {
  return n.toLocaleString('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: n < 100 ? 2 : 0 });
}

/** A share as a whole percentage. @example percent(0.345) // '35%' */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
