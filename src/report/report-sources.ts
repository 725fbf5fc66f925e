import type { RecommendationV1, Source } from '../domain';
import type { SourceEntry } from './report-model';

/** Numbered references: every source the report cites, numbered in the order of rules/sources.json. */
export interface SourceIndex {
  /** `[3] [7]` for a list of source ids. */
  refs: (ids: readonly string[]) => string;
  /** The numbered entries for some ids, in number order. */
  entries: (ids: Iterable<string>) => SourceEntry[];
  /** Every numbered entry. */
  all: SourceEntry[];
  /** `[3] Publisher` for one source id. */
  short: (id: string) => string;
}

/** Every source id the catalog cites (values, licences, operations). */
export function catalogSourceIds(catalog: object): string[] {
  const ids: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) {
        if (k === 'source' && typeof v === 'string') ids.push(v);
        else walk(v);
      }
  };
  walk(catalog);
  return ids;
}

/** Every source id the recommendation cites. */
export function recommendationSourceIds(rec: RecommendationV1): string[] {
  return [
    ...rec.useCases.flatMap((u) => [...u.reasons.flatMap((r) => r.sources), ...u.obligations.flatMap((o) => o.sources)]),
    ...rec.portfolio.obligations.flatMap((o) => o.sources),
    ...rec.portfolio.notes.flatMap((n) => n.sources),
  ];
}

/**
 * A web address in pieces of at most `max` characters, a space after a slash between them, so that a long one wraps
 * in the PDF instead of running off the page. The PDF breaks lines only at spaces (a hyphen would corrupt the
 * address, and a line break in the text brings in a font that cannot print every letter); shorter addresses are
 * left whole.
 * @example urlLines('https://example.org/a/b', 20) // 'https://example.org/ a/b'
 */
export function urlLines(url: string, max = 80): string {
  const lines: string[] = [];
  let line = '';
  for (const part of url.split(/(?<=\/)/)) {
    if (line !== '' && line.length + part.length > max) {
      lines.push(line);
      line = '';
    }
    line += part;
  }
  return [...lines, line].join(' ');
}

function describe(s: Source, ref: (id: string) => string): string {
  const parts = [`${s.publisher}. ${s.title}. ${s.date}.`];
  if (s.quotedBy) parts.push(`As quoted by ${ref(s.quotedBy)}.`);
  if (s.secondary) parts.push("Secondary: read in another party's copy or report, not on the publisher's page.");
  if (s.url) parts.push(urlLines(s.url));
  return parts.join(' ');
}

/**
 * Numbers the cited sources; an id the rule set does not know stays visible as itself.
 * @example sourceIndex(ruleSet.sources, ['gdpr']).refs(['gdpr']) // '[1]'
 */
export function sourceIndex(sources: ReadonlyMap<string, Source>, cited: Iterable<string>): SourceIndex {
  const wanted = new Set(cited);
  for (const id of [...wanted]) {
    const by = sources.get(id)?.quotedBy;
    if (by) wanted.add(by);
  }
  const numbers = new Map<string, number>();
  for (const id of sources.keys()) if (wanted.has(id)) numbers.set(id, numbers.size + 1);
  const ref = (id: string) => (numbers.has(id) ? `[${numbers.get(id)}]` : `[${id}]`);
  const all: SourceEntry[] = [...numbers].map(([id, n]) => {
    const s = sources.get(id) as Source;
    return { ref: n, id, text: describe(s, ref) };
  });
  const byId = new Map(all.map((e) => [e.id, e]));
  return {
    refs: (ids) =>
      [...new Set(ids)]
        .sort((a, b) => (numbers.get(a) ?? Infinity) - (numbers.get(b) ?? Infinity))
        .map(ref)
        .join(' '),
    entries: (ids) =>
      [...new Set(ids)]
        .map((id) => byId.get(id))
        .filter((e): e is SourceEntry => e !== undefined)
        .sort((a, b) => a.ref - b.ref),
    all,
    short: (id) => `${ref(id)} ${sources.get(id)?.publisher ?? ''}`.trim(),
  };
}
