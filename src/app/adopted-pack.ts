import { compileRuleSet, type RuleSet } from '../engine';
import type { RuleTexts } from '../lib/rule-texts';
import { parseAll } from './load-rules';
import { readAdoptedPack, refusedPack } from './pack-storage';

export { ADOPTED_PACK_KEY, STUDIO_DRAFT_KEY, clearAdoptedPack, restoreStudioDraft, saveAdoptedPack, saveStudioDraft } from './pack-storage';

export type RestoredPack =
  { status: 'none' } | { status: 'restored'; texts: RuleTexts; ruleSet: RuleSet } | { status: 'refused'; message: string };

/**
 * The adopted pack, compiled; a stored pack that no longer compiles (or cannot be read) is refused with a message
 * and left where it is, so that nothing the author made is lost. The wizard then uses the default pack. The app
 * loads this module only when a pack is kept (pack-storage.ts reads it without compiling).
 * @example restoreAdoptedPack(localStorage).status // 'none' until a pack is adopted
 */
export function restoreAdoptedPack(storage: Storage | null): RestoredPack {
  const stored = readAdoptedPack(storage);
  return stored.status === 'stored' ? compileAdoptedPack(stored.texts) : stored;
}

/** Compiles a kept pack's files, without the position finder (the studio places problems). */
export function compileAdoptedPack(texts: RuleTexts): RestoredPack {
  const files = parseAll(texts);
  if (!files) return refusedPack('a file in it is not valid JSON');
  const compiled = compileRuleSet(files);
  if (!compiled.ok) {
    const first = compiled.problems[0];
    return refusedPack(
      `${compiled.problems.length} problem(s), the first: ${first ? `${first.file} ${first.path}: ${first.message}` : ''}`,
    );
  }
  return { status: 'restored', texts, ruleSet: compiled.ruleSet };
}
