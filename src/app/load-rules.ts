import { compileRuleSet, type RuleFiles, type RuleSet } from '../engine';
import type { RuleTexts } from '../lib/rule-texts';
import { RuleFileError } from './rule-file-error';

export { RuleFileError };

/** Where the app loads its rule pack from: the `rules/` folder, served as is. */
export const RULES_BASE = '/rules/';

async function fetchText(file: string, signal: AbortSignal): Promise<string> {
  const url = RULES_BASE + file;
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new RuleFileError(url, ['the request failed; check the connection to the server']);
  }
  if (!response.ok) throw new RuleFileError(url, [`the server answered ${response.status} ${response.statusText}`.trim()]);
  return response.text();
}

/** A list of file names in the manifest, read leniently: the compiler reports a malformed manifest in full. */
function listed(manifestText: string, key: 'packs' | 'scenarios'): string[] {
  try {
    const list = (JSON.parse(manifestText) as Record<string, unknown> | null)?.[key];
    return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && /^[a-z0-9-]+\.json$/.test(p)) : [];
  } catch {
    return [];
  }
}

/**
 * Fetches the pack's files as text: the manifest, the catalog, the sources, every pack file the manifest lists
 * and, for the studio, its scenarios.
 * @example const texts = await fetchRuleTexts(signal, { scenarios: true })
 */
export async function fetchRuleTexts(signal: AbortSignal, { scenarios }: { scenarios: boolean }): Promise<RuleTexts> {
  const manifest = await fetchText('manifest.json', signal);
  const names = [
    'catalog.json',
    'sources.json',
    ...listed(manifest, 'packs').map((n) => `packs/${n}`),
    ...(scenarios ? listed(manifest, 'scenarios').map((n) => `scenarios/${n}`) : []),
  ];
  const texts = await Promise.all(names.map((n) => fetchText(n, signal)));
  return Object.fromEntries([['manifest.json', manifest], ...names.map((n, i) => [n, texts[i] ?? ''])]) as RuleTexts;
}

/** The files parsed as JSON, or null when one is not valid JSON. */
export function parseAll(texts: RuleTexts): RuleFiles | null {
  try {
    const packs: Record<string, unknown> = {};
    for (const [name, text] of Object.entries(texts)) if (name.startsWith('packs/')) packs[name.slice('packs/'.length)] = JSON.parse(text);
    const parse = (name: string) => JSON.parse(texts[name] ?? '') as unknown;
    return { manifest: parse('manifest.json'), catalog: parse('catalog.json'), sources: parse('sources.json'), packs };
  } catch {
    return null;
  }
}

/**
 * Fetches, validates and compiles the default pack (without its scenarios, which only the studio needs).
 * Throws a RuleFileError naming the first file with a problem and up to five problems as file:line:column; the
 * app never runs on an invalid pack. The position finder loads only when there is something to point at.
 * @example const ruleSet = await loadRuleSet(new AbortController().signal)
 */
export async function loadRuleSet(signal: AbortSignal): Promise<RuleSet> {
  const texts = await fetchRuleTexts(signal, { scenarios: false });
  const files = parseAll(texts);
  const quick = files ? compileRuleSet(files) : null;
  if (quick?.ok) return quick.ruleSet;
  const { compileRuleTexts, formatLocated } = await import('../lib/rule-texts');
  const compiled = compileRuleTexts(texts, { scenarios: false });
  if (compiled.ok) return compiled.ruleSet;
  const first = compiled.problems[0];
  throw new RuleFileError(RULES_BASE + (first?.file ?? ''), compiled.problems.slice(0, 5).map(formatLocated));
}
