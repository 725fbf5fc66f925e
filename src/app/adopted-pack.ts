import { compileRuleSet, type RuleSet } from '../engine';
import type { RuleTexts } from '../lib/rule-texts';
import { parseAll } from './load-rules';

/** Where a pack adopted in the studio is kept, so that the wizard uses it after a reload too. */
export const ADOPTED_PACK_KEY = 'model-portfolio-advisor:rule-pack';
const VERSION = 1;

/** A pack's files as this module stores them, `{ version, texts }`, or what is wrong with the stored text. */
function readEnvelope(raw: string): RuleTexts | 'damaged' | 'other-format' {
  let stored: { version?: unknown; texts?: unknown } | null;
  try {
    stored = JSON.parse(raw) as typeof stored;
  } catch {
    return 'damaged';
  }
  const texts = stored?.texts;
  if (stored?.version !== VERSION || texts === null || typeof texts !== 'object' || Object.values(texts).some((t) => typeof t !== 'string'))
    return 'other-format';
  return texts as RuleTexts;
}

export type RestoredPack = { status: 'none' } | { status: 'restored'; texts: RuleTexts; ruleSet: RuleSet } | { status: 'refused'; message: string };

/**
 * The adopted pack, compiled; a stored pack that no longer compiles (or cannot be read) is refused with a message
 * and left where it is, so that nothing the author made is lost. The wizard then uses the default pack.
 * @example restoreAdoptedPack(localStorage).status // 'none' until a pack is adopted
 */
export function restoreAdoptedPack(storage: Storage | null): RestoredPack {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(ADOPTED_PACK_KEY) ?? null;
  } catch {
    return { status: 'none' };
  }
  if (raw === null) return { status: 'none' };
  const refused = (why: string): RestoredPack => ({
    status: 'refused',
    message: `The edited rule pack kept in this browser could not be used (${why}), so the default pack is in use. Open the rules studio to load a pack again or reset to the default.`,
  });
  const stored = readEnvelope(raw);
  if (stored === 'damaged') return refused('the stored data is damaged');
  if (stored === 'other-format') return refused('it was stored in another format');
  const texts = stored;
  // Compiled without the position finder, which stays out of the first page load: the studio places problems.
  const files = parseAll(texts);
  if (!files) return refused('a file in it is not valid JSON');
  const compiled = compileRuleSet(files);
  if (!compiled.ok) {
    const first = compiled.problems[0];
    return refused(`${compiled.problems.length} problem(s), the first: ${first ? `${first.file} ${first.path}: ${first.message}` : ''}`);
  }
  return { status: 'restored', texts, ruleSet: compiled.ruleSet };
}

/** Keeps the adopted pack; returns a message when the browser would not store it (it still applies to this visit). */
export function saveAdoptedPack(storage: Storage | null, texts: RuleTexts): string | null {
  const visitOnly = 'The wizard uses the edited pack for this visit only: this browser would not keep it';
  if (!storage) return `${visitOnly} (storage is disabled).`;
  try {
    storage.setItem(ADOPTED_PACK_KEY, JSON.stringify({ version: VERSION, texts }));
    return null;
  } catch {
    return `${visitOnly} (storage is full). Export it as a zip to keep it.`;
  }
}

/** Forgets the adopted pack. */
export function clearAdoptedPack(storage: Storage | null): void {
  try {
    storage?.removeItem(ADOPTED_PACK_KEY);
  } catch {
    // Nothing kept, nothing to clear.
  }
}

/** Where the studio keeps edits not yet adopted, so that leaving the studio or reloading loses none. */
export const STUDIO_DRAFT_KEY = 'model-portfolio-advisor:studio-draft';

/** The studio's kept edits, or null (none, or unreadable: the studio then starts from the pack in use). */
export function restoreStudioDraft(storage: Storage | null): RuleTexts | null {
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(STUDIO_DRAFT_KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  const stored = readEnvelope(raw);
  return typeof stored === 'string' ? null : stored;
}

/**
 * Keeps (or, given null, forgets) the studio's edits. Returns a message when the browser would not keep them:
 * they stay on the page until it is closed.
 */
export function saveStudioDraft(storage: Storage | null, texts: RuleTexts | null): string | null {
  const pageOnly = 'Your edits are kept only while this page is open: this browser would not store them';
  try {
    if (!storage) return texts === null ? null : `${pageOnly} (storage is disabled). Export them as a zip to keep them.`;
    if (texts === null) storage.removeItem(STUDIO_DRAFT_KEY);
    else storage.setItem(STUDIO_DRAFT_KEY, JSON.stringify({ version: VERSION, texts }));
    return null;
  } catch {
    return `${pageOnly} (storage is full). Export them as a zip to keep them.`;
  }
}
