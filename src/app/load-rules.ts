import { compileRuleSet, type RuleFiles, type RuleProblem, type RuleSet } from '../engine';

/** Where the app loads its rule pack from: the `rules/` folder, served as is. */
export const RULES_BASE = '/rules/';

/** The rule pack could not be fetched, read or compiled; `file` names what failed so the user can check it. */
export class RuleFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'RuleFileError';
  }
}

async function fetchJson(file: string, signal: AbortSignal): Promise<unknown> {
  const url = RULES_BASE + file;
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new RuleFileError(url, ['the request failed; check the connection to the server']);
  }
  if (!response.ok) throw new RuleFileError(url, [`the server answered ${response.status} ${response.statusText}`.trim()]);
  try {
    return await response.json();
  } catch {
    throw new RuleFileError(url, ['the file is not valid JSON']);
  }
}

/** The pack file names the manifest lists, read leniently: the compiler reports a malformed manifest in full. */
function packNames(manifest: unknown): string[] {
  const packs = (manifest as { packs?: unknown } | null)?.packs;
  return Array.isArray(packs) ? packs.filter((p): p is string => typeof p === 'string') : [];
}

function describe(problems: RuleProblem[]): RuleFileError {
  const first = problems[0];
  const file = first ? RULES_BASE + first.file : RULES_BASE;
  return new RuleFileError(
    file,
    problems.slice(0, 5).map((p) => `${p.file} ${p.path}: ${p.message}`),
  );
}

/**
 * Fetches the manifest, catalog, sources and every pack the manifest lists, then validates and compiles them.
 * Throws a RuleFileError naming the file and the problem; the app never runs on an invalid pack.
 * @example const ruleSet = await loadRuleSet(new AbortController().signal)
 */
export async function loadRuleSet(signal: AbortSignal): Promise<RuleSet> {
  const manifest = await fetchJson('manifest.json', signal);
  const names = packNames(manifest);
  const [catalog, sources, ...packs] = await Promise.all([
    fetchJson('catalog.json', signal),
    fetchJson('sources.json', signal),
    ...names.map((n) => fetchJson(`packs/${n}`, signal)),
  ]);
  const files: RuleFiles = { manifest, catalog, sources, packs: Object.fromEntries(names.map((n, i) => [n, packs[i]])) };
  const compiled = compileRuleSet(files);
  if (!compiled.ok) throw describe(compiled.problems);
  return compiled.ruleSet;
}
