/**
 * Rounds to a number of decimal places; the engine rounds every figure it outputs so that JSON stays stable.
 * @example round(2.345, 1) // 2.3
 */
export function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
