export { asOfDate, money, percent, tokenWords } from '../lib/format';

/** Points with their sign. @example signed(12) // '+12' */
export function signed(points: number): string {
  return points > 0 ? `+${points}` : String(points).replace('-', '−');
}

const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A ratio as "N×", one decimal. @example times(6.25) // '6.3×' */
export function times(factor: number): string {
  return `${ONE_DECIMAL.format(factor)}×`;
}
