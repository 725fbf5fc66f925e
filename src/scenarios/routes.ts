/** The compare view's URL fragment. */
export const COMPARE_HASH = '#/compare';

/** @example isCompareHash('#/compare') // true */
export function isCompareHash(hash: string): boolean {
  return hash === COMPARE_HASH;
}
