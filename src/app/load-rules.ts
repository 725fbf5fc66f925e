import { compileRuleSet, type RuleFiles, type RuleSet } from '../engine';
import type { RuleTexts } from '../lib/rule-texts';
import { RULES_BASE, fetchRuleTexts } from './fetch-rules';
import { RuleFileError } from './rule-file-error';

export { RULES_BASE, RuleFileError, fetchRuleTexts };

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
 * Validates and compiles a pack's files as fetched. Throws a RuleFileError naming the first file with a problem and
 * up to five problems as file:line:column; the app never runs on an invalid pack. The position finder loads only
 * when there is something to point at. Runs in the engine's worker as well as in the studio.
 * @example const ruleSet = await compileFetched(await fetchRuleTexts(signal, { scenarios: false }))
 */
export async function compileFetched(texts: RuleTexts): Promise<RuleSet> {
  const files = parseAll(texts);
  const quick = files ? compileRuleSet(files) : null;
  if (quick?.ok) return quick.ruleSet;
  const { compileRuleTexts, formatLocated } = await import('../lib/rule-texts');
  const compiled = compileRuleTexts(texts, { scenarios: false });
  if (compiled.ok) return compiled.ruleSet;
  const first = compiled.problems[0];
  throw new RuleFileError(RULES_BASE + (first?.file ?? ''), compiled.problems.slice(0, 5).map(formatLocated));
}

/**
 * Fetches, validates and compiles the default pack (without its scenarios, which only the studio needs), on this
 * thread: the studio edits the compiled pack. The wizard has the engine's worker compile it (engine-client.ts).
 * @example const ruleSet = await loadRuleSet(new AbortController().signal)
 */
export async function loadRuleSet(signal: AbortSignal): Promise<RuleSet> {
  return compileFetched(await fetchRuleTexts(signal, { scenarios: false }));
}
