import { z } from 'zod';
import { AnswersInput, parseWithProblems, formatProblem, type Answers } from '../domain';
import { isQuotaError } from '../lib/storage';

/*
 * The scenario library: named sets of answers kept in this browser, with the same care as the wizard's draft. A
 * scenario that cannot be read is moved aside (never deleted) and the others stay usable; a write that fails
 * (storage full or disabled) says so and changes nothing. Every change reads the stored list afresh first, so two
 * tabs adding scenarios do not drop each other's.
 */

export const SCENARIOS_KEY = 'model-portfolio-advisor:scenarios';
/** Where unreadable scenarios are moved: this key, then :2, :3 … */
export const SCENARIOS_BACKUP_KEY = 'model-portfolio-advisor:unreadable-scenarios';
const VERSION = 1;
const MAX_BACKUPS = 50;
/** More than a consultant keeps per client; it also bounds what a page lists and what storage holds. */
export const MAX_SCENARIOS = 100;
export const MAX_NAME_LENGTH = 120;

export interface Scenario {
  id: string;
  name: string;
  /** ISO time of the last save or rename. */
  savedAt: string;
  answers: Answers;
}

export type Library =
  /** `stuck`: damaged data could not be moved aside, so the list must not be rewritten (that would lose it). */
  { status: 'ok'; scenarios: Scenario[]; problems: string[]; stuck?: true } | { status: 'unavailable'; scenarios: []; problems: string[] };

export type Changed =
  { ok: true; scenarios: Scenario[]; scenario?: Scenario; added?: number; skipped?: number } | { ok: false; message: string };

const UNAVAILABLE = 'This browser does not let the page keep data, so scenarios cannot be saved here. Export the answers as files instead.';
const FULL = "This browser's storage is full, so the scenario was not saved. Export your scenarios as a file, then delete some.";

const Envelope = z.object({ version: z.literal(VERSION), scenarios: z.array(z.unknown()) });
const Entry = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  savedAt: z.string(),
  answers: z.unknown(),
});

/**
 * A scenario name as typed, tidied, or why it cannot be one.
 * @example checkName('  Hybrid  ') // { ok: true, name: 'Hybrid' }
 */
export function checkName(raw: string): { ok: true; name: string } | { ok: false; message: string } {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (name === '') return { ok: false, message: 'Give the scenario a name.' };
  if (name.length > MAX_NAME_LENGTH)
    return { ok: false, message: `A scenario name has at most ${MAX_NAME_LENGTH} characters (this one has ${name.length}).` };
  return { ok: true, name };
}

/**
 * A name from a file, tidied as a typed one is (spaces and line breaks collapsed) and cut to the longest a name may
 * be, so that every path into the library treats names alike.
 * @example tidyName('Hybrid\n# v2') // 'Hybrid # v2'
 */
export function tidyName(raw: string): string {
  const name = raw.replace(/\s+/g, ' ').trim();
  return name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH - 1)}…` : name;
}

/** Answers as the library keeps them: without `$schema` (a path that only made sense next to the file they came from). */
export function withoutSchema(answers: Answers): Answers {
  const { $schema: _schema, ...rest } = answers;
  return rest;
}

/** Whether two sets of answers are the same (the `$schema` path aside). */
export const sameAnswers = (a: Answers, b: Answers): boolean => JSON.stringify(withoutSchema(a)) === JSON.stringify(withoutSchema(b));

/** A name not yet used in the list: the name itself, or "name (2)", "name (3)" … */
export function freeName(name: string, taken: readonly Scenario[]): string {
  const names = new Set(taken.map((s) => s.name));
  if (!names.has(name)) return name;
  for (let n = 2; ; n += 1) {
    const candidate = `${name.slice(0, MAX_NAME_LENGTH - 6)} (${n})`;
    if (!names.has(candidate)) return candidate;
  }
}

/** The n-th place for unreadable scenario data: SCENARIOS_BACKUP_KEY, then :2, :3 … */
const backupKey = (n: number) => (n === 1 ? SCENARIOS_BACKUP_KEY : `${SCENARIOS_BACKUP_KEY}:${n}`);

/** Keeps unreadable text under the first free backup key; false when there is none or storage refuses. */
function setAside(storage: Storage, raw: string): boolean {
  try {
    for (let n = 1; n <= MAX_BACKUPS; n += 1) {
      const key = backupKey(n);
      if (storage.getItem(key) === null) {
        storage.setItem(key, raw);
        return true;
      }
    }
  } catch {
    // Storage full: the caller leaves the original where it was.
  }
  return false;
}

const entryName = (raw: unknown, index: number) => {
  const name = typeof raw === 'object' && raw !== null ? (raw as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? `“${name.trim().slice(0, MAX_NAME_LENGTH)}”` : `Scenario ${index + 1}`;
};

/** The scenario data set aside as unreadable, as it was stored (for the user to download and keep). */
export function readSetAside(storage: Storage | null): string[] {
  const out: string[] = [];
  try {
    for (let n = 1; n <= MAX_BACKUPS; n += 1) {
      const raw = storage?.getItem(backupKey(n));
      if (raw !== null && raw !== undefined) out.push(raw);
    }
  } catch {
    // Storage that cannot be read holds nothing we can show.
  }
  return out;
}

/** One stored entry as a scenario (answers of an older format migrated), or what is wrong with it. */
function readEntry(raw: unknown, index: number): { ok: true; scenario: Scenario } | { ok: false; message: string } {
  const entry = Entry.safeParse(raw);
  if (!entry.success) return { ok: false, message: `${entryName(raw, index)} is damaged (its name, id or date is missing)` };
  const answers = parseWithProblems(AnswersInput, entry.data.answers);
  if (!answers.ok) {
    const first = answers.problems[0];
    return {
      ok: false,
      message: `${entryName(raw, index)} has answers this version cannot read (${first ? formatProblem(first) : 'unknown problem'})`,
    };
  }
  const name = checkName(entry.data.name);
  return {
    ok: true,
    scenario: { ...entry.data, name: name.ok ? name.name : `Scenario ${index + 1}`, answers: withoutSchema(answers.data) },
  };
}

function write(storage: Storage, scenarios: readonly Scenario[]): { ok: true } | { ok: false; message: string } {
  try {
    storage.setItem(SCENARIOS_KEY, JSON.stringify({ version: VERSION, scenarios }));
    return { ok: true };
  } catch (error) {
    return { ok: false, message: isQuotaError(error) ? FULL : UNAVAILABLE };
  }
}

/**
 * Reads the library. Damaged entries (or a damaged list) are moved aside under SCENARIOS_BACKUP_KEY and reported
 * by name; the readable ones are kept and returned.
 * @example readLibrary(browserStorage()) // { status: 'ok', scenarios: [], problems: [] } on a first visit
 */
export function readLibrary(storage: Storage | null): Library {
  if (!storage) return { status: 'unavailable', scenarios: [], problems: [UNAVAILABLE] };
  let raw: string | null;
  try {
    raw = storage.getItem(SCENARIOS_KEY);
  } catch {
    return { status: 'unavailable', scenarios: [], problems: [UNAVAILABLE] };
  }
  if (raw === null) return { status: 'ok', scenarios: [], problems: [] };
  let envelope: z.infer<typeof Envelope> | null = null;
  try {
    const parsed = Envelope.safeParse(JSON.parse(raw));
    if (parsed.success) envelope = parsed.data;
  } catch {
    envelope = null;
  }
  if (!envelope) {
    const kept = setAside(storage, raw);
    if (kept) storage.removeItem(SCENARIOS_KEY);
    return {
      status: 'ok',
      scenarios: [],
      problems: [
        kept
          ? 'The saved scenarios could not be read (the stored list is damaged or from another version of this app). They were kept aside in this browser, not deleted.'
          : 'The saved scenarios could not be read, and storage is too full to move them aside: they are left as they were.',
      ],
      ...(kept ? {} : { stuck: true as const }),
    };
  }
  const scenarios: Scenario[] = [];
  const problems: string[] = [];
  const damaged: unknown[] = [];
  envelope.scenarios.forEach((entry, i) => {
    const read = readEntry(entry, i);
    if (read.ok) scenarios.push(read.scenario);
    else {
      problems.push(read.message);
      damaged.push(entry);
    }
  });
  if (damaged.length === 0) return { status: 'ok', scenarios, problems };
  // The damaged entries go aside first; only then is the list rewritten without them.
  const kept = setAside(storage, JSON.stringify({ version: VERSION, scenarios: damaged }));
  if (kept) write(storage, scenarios);
  const after = kept
    ? ': it was kept aside in this browser (not deleted); the other scenarios are fine.'
    : ': storage is too full to move it aside, so it is left as it was.';
  return { status: 'ok', scenarios, problems: problems.map((p) => `${p}${after}`), ...(kept ? {} : { stuck: true as const }) };
}

/** A fresh id: random where the browser offers it, else from the time and a counter. */
let counter = 0;
function newId(now: Date): string {
  counter += 1;
  return globalThis.crypto?.randomUUID?.() ?? `s-${now.getTime().toString(36)}-${counter}`;
}

/** Applies a change to the list as stored now (not as this tab last saw it) and writes it back. */
function change(storage: Storage | null, edit: (list: Scenario[]) => { list: Scenario[]; scenario?: Scenario } | string): Changed {
  const library = readLibrary(storage);
  if (library.status === 'unavailable' || !storage) return { ok: false, message: UNAVAILABLE };
  if (library.stuck)
    return {
      ok: false,
      message:
        'Browser storage is full and holds scenarios that could not be read, so nothing is changed. Export what you need, then free some space.',
    };
  const edited = edit([...library.scenarios]);
  if (typeof edited === 'string') return { ok: false, message: edited };
  const written = write(storage, edited.list);
  return written.ok ? { ok: true, scenarios: edited.list, ...(edited.scenario ? { scenario: edited.scenario } : {}) } : written;
}

const missing = 'That scenario is no longer in the library (it was deleted, perhaps in another tab).';
const full = `The library holds at most ${MAX_SCENARIOS} scenarios: delete some first, or export them as a file.`;

/**
 * Saves answers as a new scenario under the name given (made unique by a number when it is taken).
 * @example addScenario(storage, 'All-API', answers, new Date()) // { ok: true, scenario: { name: 'All-API', ... } }
 */
export function addScenario(storage: Storage | null, rawName: string, answers: Answers, now: Date): Changed {
  const name = checkName(rawName);
  if (!name.ok) return name;
  return change(storage, (list) => {
    if (list.length >= MAX_SCENARIOS) return full;
    const scenario = { id: newId(now), name: freeName(name.name, list), savedAt: now.toISOString(), answers: withoutSchema(answers) };
    return { list: [...list, scenario], scenario };
  });
}

/**
 * Several scenarios at once (an import), all or none: names made unique, their dates kept when the file has them, and
 * a scenario already in the library (the same name and answers) skipped rather than copied.
 */
export function addScenarios(
  storage: Storage | null,
  entries: readonly { name: string; answers: Answers; savedAt?: string }[],
  now: Date,
): Changed {
  let skipped = 0;
  let added = 0;
  const result = change(storage, (list) => {
    const out = [...list];
    const known = new Set(list.map((s) => `${s.name}\n${JSON.stringify(withoutSchema(s.answers))}`));
    for (const e of entries) {
      const name = checkName(tidyName(e.name));
      const answers = withoutSchema(e.answers);
      const key = `${name.ok ? name.name : ''}\n${JSON.stringify(answers)}`;
      if (known.has(key)) {
        skipped += 1;
        continue;
      }
      known.add(key);
      const savedAt = e.savedAt && !Number.isNaN(Date.parse(e.savedAt)) ? e.savedAt : now.toISOString();
      out.push({ id: newId(now), name: freeName(name.ok ? name.name : 'Imported scenario', out), savedAt, answers });
      added += 1;
    }
    if (out.length > MAX_SCENARIOS)
      return `The library holds at most ${MAX_SCENARIOS} scenarios; it has ${list.length} and the file brings ${added} new ones. Delete some first.`;
    return { list: out };
  });
  return result.ok ? { ...result, added, skipped } : result;
}

export function renameScenario(storage: Storage | null, id: string, rawName: string, now: Date): Changed {
  const name = checkName(rawName);
  if (!name.ok) return name;
  return change(storage, (list) => {
    const i = list.findIndex((s) => s.id === id);
    const current = list[i];
    if (!current) return missing;
    if (current.name === name.name) return { list, scenario: current };
    if (list.some((s) => s.id !== id && s.name === name.name))
      return `Another scenario is already called “${name.name}”: choose another name.`;
    const scenario = { ...current, name: name.name, savedAt: now.toISOString() };
    list[i] = scenario;
    return { list, scenario };
  });
}

export function duplicateScenario(storage: Storage | null, id: string, now: Date): Changed {
  return change(storage, (list) => {
    const i = list.findIndex((s) => s.id === id);
    const source = list[i];
    if (!source) return missing;
    if (list.length >= MAX_SCENARIOS) return full;
    const scenario = {
      ...source,
      id: newId(now),
      name: freeName(`${source.name.slice(0, MAX_NAME_LENGTH - 14)} (copy)`, list),
      savedAt: now.toISOString(),
    };
    list.splice(i + 1, 0, scenario);
    return { list, scenario };
  });
}

export function deleteScenario(storage: Storage | null, id: string): Changed {
  return change(storage, (list) => {
    if (!list.some((s) => s.id === id)) return missing;
    return { list: list.filter((s) => s.id !== id) };
  });
}

/** Puts a deleted scenario back where it was (Undo), unless one with its id is there again. */
export function restoreScenario(storage: Storage | null, scenario: Scenario, index: number): Changed {
  return change(storage, (list) => {
    if (list.some((s) => s.id === scenario.id)) return { list, scenario };
    if (list.length >= MAX_SCENARIOS) return full;
    const restored = { ...scenario, name: freeName(scenario.name, list) };
    list.splice(Math.min(index, list.length), 0, restored);
    return { list, scenario: restored };
  });
}
