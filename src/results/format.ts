export { asOfDate, percent, usd } from '../lib/format';

/** Points with their sign. @example signed(12) // '+12' */
export function signed(points: number): string {
  return points > 0 ? `+${points}` : String(points).replace('-', '−');
}

const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const TWO_DIGITS = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });

/** A ratio as "N×", one decimal. @example times(6.25) // '6.3×' */
export function times(factor: number): string {
  return `${ONE_DECIMAL.format(factor)}×`;
}

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
