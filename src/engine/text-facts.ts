/**
 * Figures in a duty's text. An obligation or note of a use-case rule may name a fact of the option it comes with, in
 * braces: `{derived.peakRequestsPerMinute}` or `{option.rateLimitRequestsPerMinute}`. The engine puts in the value
 * for the option the duty comes with (the pick, or the equal choice in a close call), so a duty can say "about 571
 * requests a minute against 400" instead of sending the reader to look the figures up. Other rules' texts are the
 * same for every option and take no figures: the compiler says so.
 */

const PLACEHOLDER = /\{((?:derived|option)\.[A-Za-z]+)\}/g;

/** The fact paths a text names in braces, in order, without duplicates. @example placeholders('{derived.gpus} GPUs') // ['derived.gpus'] */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/** Whether a text holds anything in braces that looks like a fact path, known or not (for the compiler's message). */
export function bracedPaths(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([a-zA-Z]+\.[A-Za-z.]+)\}/g)].map((m) => m[1] as string))];
}

/** A number as a person reads it: thousands grouped with commas, at most two decimals. @example figure(571.426) // '571.43' */
function figure(n: number): string {
  const [whole = '0', decimals] = String(Math.round(n * 100) / 100).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return decimals ? `${grouped}.${decimals}` : grouped;
}

function valueWords(v: unknown): string {
  if (typeof v === 'number') return Number.isFinite(v) ? figure(v) : 'unknown';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (Array.isArray(v)) return v.map(valueWords).join(', ');
  return 'unknown';
}

/**
 * The text with each `{derived.x}` or `{option.x}` replaced by that fact of the option; a text without braces comes
 * back as it is.
 * @example fillText('about {derived.peakRequestsPerMinute} requests', { derived: { peakRequestsPerMinute: 571 }, option: {} }) // 'about 571 requests'
 */
export function fillText(text: string, facts: { derived: object; option: object }): string {
  if (!text.includes('{')) return text;
  return text.replace(PLACEHOLDER, (_, path: string) => {
    const [root, key] = path.split('.') as ['derived' | 'option', string];
    return valueWords((facts[root] as Record<string, unknown>)[key]);
  });
}
