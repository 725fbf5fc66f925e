/**
 * A YYYY-MM-DD or YYYY-MM date as a day number (days since 1970-01-01); a month alone counts from its first day.
 * Null for anything else, including days that do not exist (2026-02-30). Pure: it reads no clock.
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(date: string): number | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3] ?? '1')];
  const time = Date.UTC(y, mo - 1, d);
  const back = new Date(time);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return time / 86_400_000;
}

/**
 * Whole days from one date to another (YYYY-MM-DD or YYYY-MM); 0 when either is not a date.
 * @example daysBetween('2026-12-06', '2027-01-05') // 30
 */
export function daysBetween(from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? 0 : b - a;
}
