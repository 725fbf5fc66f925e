import type { z } from 'zod';

/** Where the wizard keeps its answers between visits (this browser only). */
export const STORAGE_KEY = 'model-portfolio-advisor:answers';
/** Where unreadable saved data is moved, so that nothing is silently thrown away. */
export const BACKUP_KEY = 'model-portfolio-advisor:unreadable-answers';
const VERSION = 1;

export type Restored<T> =
  | { status: 'empty' }
  | { status: 'restored'; draft: T; savedAt: string }
  | { status: 'unavailable'; message: string }
  | { status: 'unreadable'; message: string };

export type Saved = { ok: true } | { ok: false; message: string };

/** Whether a write failed because storage is full (the name differs between browsers; 22 is the legacy code). */
function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

/**
 * The browser's local storage, or null when it is disabled (private mode, blocked by policy). Full storage is
 * returned: it still reads, so saved answers can be resumed, and saveDraft says when a change cannot be kept.
 */
export function browserStorage(): Storage | null {
  try {
    const s = window.localStorage;
    const probe = `${STORAGE_KEY}:probe`;
    try {
      s.setItem(probe, '1');
      s.removeItem(probe);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
    }
    return s;
  } catch {
    return null;
  }
}

const UNAVAILABLE = 'This browser does not let the page keep data, so answers are not saved between visits. Export them as a file before you leave.';

/**
 * Reads the saved answers. Data that cannot be read (damaged, or from an incompatible version) is moved aside
 * under BACKUP_KEY and reported, never thrown.
 * @example restoreDraft(browserStorage(), Draft) // { status: 'empty' } on a first visit
 */
export function restoreDraft<T>(storage: Storage | null, schema: z.ZodType<T>): Restored<T> {
  if (!storage) return { status: 'unavailable', message: UNAVAILABLE };
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { status: 'unavailable', message: UNAVAILABLE };
  }
  if (raw === null) return { status: 'empty' };
  const reason = unreadable(raw, schema);
  if (typeof reason !== 'string') return { status: 'restored', draft: reason.draft, savedAt: reason.savedAt };
  try {
    storage.setItem(freeBackupKey(storage), raw);
    storage.removeItem(STORAGE_KEY);
  } catch {
    // Keeping the backup failed (storage full); the original stays where it was.
  }
  return { status: 'unreadable', message: `Your saved answers could not be restored: ${reason}. The wizard starts empty; the unreadable data was kept aside in this browser.` };
}

/** BACKUP_KEY, or BACKUP_KEY:2, :3 ... when earlier unreadable data is already set aside (up to ten kept). */
function freeBackupKey(storage: Storage): string {
  for (let n = 1; n < 10; n += 1) {
    const key = n === 1 ? BACKUP_KEY : `${BACKUP_KEY}:${n}`;
    if (storage.getItem(key) === null) return key;
  }
  return `${BACKUP_KEY}:10`;
}

function unreadable<T>(raw: string, schema: z.ZodType<T>): string | { draft: T; savedAt: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return 'the saved data is damaged (not valid JSON)';
  }
  if (parsed === null || typeof parsed !== 'object') return 'the saved data is damaged';
  const envelope = parsed as { version?: unknown; savedAt?: unknown; draft?: unknown };
  if (envelope.version !== VERSION) return `they were saved by a different version of this app (format ${JSON.stringify(envelope.version ?? null)})`;
  const draft = schema.safeParse(envelope.draft);
  if (!draft.success) return `the saved data is damaged (${draft.error.issues[0]?.path.join('.') || 'answers'} is not as expected)`;
  return { draft: draft.data, savedAt: typeof envelope.savedAt === 'string' ? envelope.savedAt : '' };
}

/**
 * Saves the answers; says why when it cannot (storage full or disabled) instead of throwing.
 * @example saveDraft(browserStorage(), draft, new Date()) // { ok: true }
 */
export function saveDraft(storage: Storage | null, draft: unknown, now: Date): Saved {
  if (!storage) return { ok: false, message: UNAVAILABLE };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: VERSION, savedAt: now.toISOString(), draft }));
    return { ok: true };
  } catch (error) {
    return {
      ok: false,
      message: isQuotaError(error)
        ? 'Browser storage is full, so your latest changes are not saved between visits. They are still on this page: export them as a file.'
        : UNAVAILABLE,
    };
  }
}

/** Forgets the saved answers (on "Start new"). */
export function clearDraft(storage: Storage | null): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to do: storage that cannot be written holds nothing of ours.
  }
}
