import type { RuleTexts } from '../lib/rule-texts';

/*
 * What the app keeps of the rules studio in browser storage: the adopted pack and the studio's draft, as text.
 * Nothing here compiles a pack, so the first page load does not carry the rule compiler (adopted-pack.ts does that,
 * loaded only when a pack is kept).
 */

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

/** The adopted pack as stored: none, its files (not yet compiled), or why it cannot be read. */
export type StoredPack = { status: 'none' } | { status: 'stored'; texts: RuleTexts } | { status: 'refused'; message: string };

/** Says why a kept pack is not used, and what to do. */
export const refusedPack = (why: string): { status: 'refused'; message: string } => ({
  status: 'refused',
  message: `The edited rule pack kept in this browser could not be used (${why}), so the default pack is in use. Open the rules studio to load a pack again or reset to the default.`,
});

/**
 * Reads the adopted pack from storage without compiling it: cheap enough for the first render.
 * @example readAdoptedPack(localStorage).status // 'none' until a pack is adopted
 */
export function readAdoptedPack(storage: Storage | null): StoredPack {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(ADOPTED_PACK_KEY) ?? null;
  } catch {
    return { status: 'none' };
  }
  if (raw === null) return { status: 'none' };
  const stored = readEnvelope(raw);
  if (stored === 'damaged') return refusedPack('the stored data is damaged');
  if (stored === 'other-format') return refusedPack('it was stored in another format');
  return { status: 'stored', texts: stored };
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
