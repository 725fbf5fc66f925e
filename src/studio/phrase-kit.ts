/** Small pieces describe-logic builds sentences from. */

/** A JSON Logic operation: an object with exactly one key, its arguments always as a list. */
export interface Operation {
  op: string;
  args: unknown[];
}

/**
 * The operation a node is, or null for a literal (or an object that is not an operation).
 * @example operation({ '!': { var: 'a' } }) // { op: '!', args: [{ var: 'a' }] }
 */
export function operation(node: unknown): Operation | null {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return null;
  const keys = Object.keys(node);
  if (keys.length !== 1) return null;
  const op = keys[0] as string;
  const raw: unknown = (node as Record<string, unknown>)[op];
  return { op, args: Array.isArray(raw) ? (raw as unknown[]) : [raw] };
}

/**
 * The path a `var` node reads, or undefined for anything else.
 * @example varPath({ var: ['useCase.task', 'agent'] }) // 'useCase.task'
 */
export function varPath(node: unknown): string | undefined {
  const o = operation(node);
  if (o?.op !== 'var') return undefined;
  const path = o.args[0];
  if (typeof path === 'string') return path;
  return typeof path === 'number' ? String(path) : undefined;
}

/**
 * Compact JSON for whatever cannot be put in words; never throws and never returns an empty string.
 * @example compact({ cat: ['a', 1] }) // '{"cat":["a",1]}'
 */
export function compact(value: unknown): string {
  let out: string | undefined;
  try {
    out = JSON.stringify(value);
  } catch {
    out = undefined;
  }
  return out || String(value) || '(empty)';
}

/**
 * A number as people read it: digit groups, at most four decimals.
 * @example formatNumber(1000000000) // '1,000,000,000'
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return n.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

/**
 * Joins phrases as English lists do.
 * @example joinWords(['a', 'b', 'c'], 'or') // 'a, b or c'
 */
export function joinWords(items: readonly string[], word: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1] ?? ''}`;
}

/**
 * Upper-cases the first letter of a sentence.
 * @example capitalise('the option has no BAA') // 'The option has no BAA'
 */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
