import type { Obligation } from '../domain';
import { asOfDate } from './format';

const ROLES: Record<string, string> = {
  provider: 'the provider',
  deployer: 'the deployer',
  'provider-and-deployer': 'the provider and the deployer',
};

/** Whole months from one YYYY-MM-DD date to a later one. */
function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/**
 * When a duty applies and whom it falls on, in words; empty when the rule names neither. `today` (YYYY-MM-DD) makes
 * the date relative: "applies since" once past, "applies from …, in N months" before.
 * @example dutyWords({ role: 'deployer', appliesFrom: '2027-12-02', … }, '2026-12-06') // 'Falls on the deployer. Applies from 2 December 2027, in 11 months.'
 */
export function dutyWords(o: Pick<Obligation, 'role' | 'appliesFrom'>, today?: string): string {
  const parts: string[] = [];
  if (o.role) parts.push(`Falls on ${ROLES[o.role] ?? o.role}.`);
  if (o.appliesFrom) {
    if (!today) parts.push(`Applies from ${asOfDate(o.appliesFrom)}.`);
    else if (o.appliesFrom <= today) parts.push(`Applies since ${asOfDate(o.appliesFrom)}.`);
    else {
      const months = monthsBetween(today, o.appliesFrom);
      const when = months < 1 ? 'within a month' : `in ${months} ${months === 1 ? 'month' : 'months'}`;
      parts.push(`Applies from ${asOfDate(o.appliesFrom)}, ${when}.`);
    }
  }
  return parts.join(' ');
}

/** Today's date in the browser's time zone, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
