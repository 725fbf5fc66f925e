import { slug } from '../lib/file-names';
import { percent as plainPercent } from '../lib/format';

/** Plain-text formatting for the report: the PDF, the Markdown and the tests read the same strings. */

export { dollars, money } from '../lib/format';

/** A share as a percentage; never rounds a part up to all or down to none. @example percent(0.9996) // 'over 99%' */
export function percent(share: number): string {
  if (share < 1 && Math.round(share * 100) === 100) return 'over 99%';
  if (share > 0 && Math.round(share * 100) === 0) return 'under 1%';
  return plainPercent(share);
}

/** Points with their sign. @example signed(12) // '+12' */
export function signed(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}

/** A token count in words a reader can say. @example tokens(2e9) // '2 billion' */
export function tokens(n: number): string {
  const steps: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [size, word] of steps) {
    if (n >= size) return `${Number((n / size).toPrecision(3)).toLocaleString('en-US')} ${word}`;
  }
  return Math.round(n).toLocaleString('en-US');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An ISO date (YYYY-MM-DD or YYYY-MM) in words. @example longDate('2026-03-04') // '4 March 2026' */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = MONTHS[(m ?? 1) - 1] ?? '';
  return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}

/** Sentence case for an enum value. @example words('customer-facing') // 'Customer-facing' */
export function words(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** The report's file name from the client and the date. @example reportFileName('Acme Bank', '2026-03-04', 'pdf') // 'model-portfolio-acme-bank-2026-03-04.pdf' */
export function reportFileName(client: string, date: string, extension: 'pdf' | 'md' | 'json'): string {
  return `model-portfolio-${slug(client) || 'client'}-${date}.${extension}`;
}
