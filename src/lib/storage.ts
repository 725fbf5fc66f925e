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

/** Who last saved the answers, and when: a tab compares it with the one it last saw before it overwrites them. */
export interface Stamp {
  savedAt: string;
  /** The tab that saved them; null for answers saved before tabs were told apart. */
  writer: string | null;
}

export type Saved = { ok: true; stamp: Stamp } | { ok: false; message: string } | { ok: false; conflict: Stamp; message: string };

/** Whether two stamps name the same save. */
export const sameStamp = (a: Stamp | null, b: Stamp | null): boolean => a?.savedAt === b?.savedAt && a?.writer === b?.writer;

/**
 * The stamp and the (unchecked) draft of a saved envelope's text, as a storage event carries it; null when the
 * text is not one.
 * @example savedEnvelope('{"version":1,"savedAt":"2026-12-06T10:00:00.000Z","writer":"a","draft":{}}')?.stamp.writer // 'a'
 */
export function savedEnvelope(raw: string | null): { stamp: Stamp; draft: unknown } | null {
  if (raw === null) return null;
  try {
    const e = JSON.parse(raw) as { savedAt?: unknown; writer?: unknown; draft?: unknown } | null;
    if (e === null || typeof e !== 'object' || typeof e.savedAt !== 'string') return null;
    return { stamp: { savedAt: e.savedAt, writer: typeof e.writer === 'string' ? e.writer : null }, draft: e.draft };
  } catch {
    return null;
  }
}

/** The stamp of the answers saved now, or null (none, unreadable, or storage unavailable). */
export function savedStamp(storage: Storage | null): Stamp | null {
  try {
    return savedEnvelope(storage?.getItem(STORAGE_KEY) ?? null)?.stamp ?? null;
  } catch {
    return null;
  }
}

/** Whether a write failed because storage is full (the name differs between browsers; 22 is the legacy code). */
export function isQuotaError(error: unknown): boolean {
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

const UNAVAILABLE =
  'This browser does not let the page keep data, so answers are not saved between visits. Export them as a file before you leave.';

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
  return {
    status: 'unreadable',
    message: `Your saved answers could not be restored: ${reason}. The wizard starts empty; the unreadable data was kept aside in this browser.`,
  };
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
  if (envelope.version !== VERSION)
    return `they were saved by a different version of this app (format ${JSON.stringify(envelope.version ?? null)})`;
  const draft = schema.safeParse(envelope.draft);
  if (!draft.success) return `the saved data is damaged (${draft.error.issues[0]?.path.join('.') || 'answers'} is not as expected)`;
  return { draft: draft.data, savedAt: typeof envelope.savedAt === 'string' ? envelope.savedAt : '' };
}

/**
 * Saves the answers; says why when it cannot (storage full or disabled) instead of throwing. Given `expected` (the
 * stamp of the save the tab last saw), it does not overwrite answers another tab saved since: it returns the
 * conflict, and the tab asks the user. Without `expected` it writes whatever is there.
 * @example saveDraft(browserStorage(), draft, new Date(), { writer: 'tab-1', expected: null }) // { ok: true, stamp: ... }
 */
export function saveDraft(
  storage: Storage | null,
  draft: unknown,
  now: Date,
  options: { writer?: string; expected?: Stamp | null } = {},
): Saved {
  if (!storage) return { ok: false, message: UNAVAILABLE };
  const { writer, expected } = options;
  if (expected !== undefined) {
    const current = savedStamp(storage);
    if (current !== null && current.writer !== (writer ?? null) && !sameStamp(current, expected))
      return { ok: false, conflict: current, message: 'These answers were changed in another tab; this tab has not saved over them.' };
  }
  try {
    const stamp: Stamp = { savedAt: now.toISOString(), writer: writer ?? null };
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: VERSION, savedAt: stamp.savedAt, ...(writer ? { writer } : {}), draft }));
    return { ok: true, stamp };
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
