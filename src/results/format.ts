/** Money as a person reads it. @example usd(12345.6) // '$12,346' */
export function usd(n: number): string {
  return n.toLocaleString('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: n < 100 ? 2 : 0 });
}

/** A share as a percentage. @example percent(0.345) // '35%' */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Points with their sign. @example signed(12) // '+12' */
export function signed(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}
