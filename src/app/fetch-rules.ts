import type { RuleTexts } from '../lib/rule-texts';
import { RuleFileError } from './rule-file-error';

/*
 * Fetching the rule pack's files, apart from compiling them: the wizard fetches here and has the engine's worker
 * compile, so the page never loads the compiler for it.
 */

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
