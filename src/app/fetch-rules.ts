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

/** The default pack in one file, as the build and the dev server make it (vite.config.ts, defaultPackBundle). */
export const DEFAULT_PACK_BUNDLE = 'default-pack.json';

/**
 * The default pack from its bundle: each file's text by its path, every file the manifest lists among them. A bundle
 * that is not one, or lacks a listed file, is reported as the file it should be or the one it lacks.
 */
async function fetchBundle(signal: AbortSignal): Promise<RuleTexts> {
  const url = RULES_BASE + DEFAULT_PACK_BUNDLE;
  const text = await fetchText(DEFAULT_PACK_BUNDLE, signal);
  let texts: unknown;
  try {
    texts = JSON.parse(text);
  } catch {
    throw new RuleFileError(url, ['is not JSON; rebuild the app (npm run build) to make it again from rules/']);
  }
  const isTexts = (v: unknown): v is Record<string, string> =>
    v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((t) => typeof t === 'string');
  const manifest = isTexts(texts) ? texts['manifest.json'] : undefined;
  if (!isTexts(texts) || manifest === undefined)
    throw new RuleFileError(url, ["is not a rule pack bundle (an object of the files' text with manifest.json)"]);
  const missing = ['catalog.json', 'sources.json', ...listed(manifest, 'packs').map((n) => `packs/${n}`)].filter((n) => !(n in texts));
  if (missing.length > 0) throw new RuleFileError(RULES_BASE + (missing[0] ?? ''), ['is listed in the manifest but missing from rules/']);
  return texts;
}

/**
 * Fetches the pack's files as text: the manifest, the catalog, the sources and every pack file the manifest lists,
 * in one request from the default pack's bundle; for the studio, file by file with the scenarios.
 * @example const texts = await fetchRuleTexts(signal, { scenarios: true })
 */
export async function fetchRuleTexts(signal: AbortSignal, { scenarios }: { scenarios: boolean }): Promise<RuleTexts> {
  if (!scenarios) return fetchBundle(signal);
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
