const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** @example money(12345.6) // '$12,346' */
export function money(value: number): string {
  return usd.format(value);
}

/** A signed change, or "no change". @example signed(2.5, ' points') // '+2.5 points' */
export function signed(delta: number, unit = ''): string {
  const rounded = Math.round(delta * 10) / 10;
  if (rounded === 0) return 'no change';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded)}${unit}`;
}

export { percent } from '../lib/format';

/** A signed change of money. @example moneyDelta(-1200) // '−$1,200' */
export function moneyDelta(delta: number): string {
  if (Math.round(delta) === 0) return 'no change';
  return `${delta > 0 ? '+' : '−'}${money(Math.abs(delta))}`;
}
