import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnswersInput, type Answers } from '../../src/domain';
import {
  MAX_NAME_LENGTH,
  MAX_SCENARIOS,
  SCENARIOS_BACKUP_KEY,
  SCENARIOS_KEY,
  addScenario,
  addScenarios,
  checkName,
  deleteScenario,
  duplicateScenario,
  readLibrary,
  renameScenario,
  restoreScenario,
} from '../../src/scenarios/library';
import { readLibraryForVisit } from '../../src/scenarios/use-scenario-library';
import { BlockedStorage, FullStorage, MapStorage } from '../helpers/storage';

const raw = JSON.parse(readFileSync('test/fixtures/portfolios/startup-5-person-chatbot.json', 'utf8')) as Record<string, unknown>;
const answers: Answers = AnswersInput.parse(raw);
const now = new Date('2026-12-07T09:00:00Z');

const names = (s: Storage) => readLibrary(s).scenarios.map((x) => x.name);

describe('the scenario library', () => {
  it('saves, lists, renames, duplicates and deletes scenarios, and keeps them across reads', () => {
    const s = new MapStorage();
    const a = addScenario(s, 'All-API', answers, now);
    expect(a.ok && a.scenario?.name).toBe('All-API');
    addScenario(s, 'Hybrid', answers, now);
    expect(names(s)).toEqual(['All-API', 'Hybrid']);
    const id = readLibrary(s).scenarios[0]!.id;
    expect(renameScenario(s, id, '  All   API  ', now).ok).toBe(true);
    expect(duplicateScenario(s, id, now).ok).toBe(true);
    expect(names(s)).toEqual(['All API', 'All API (copy)', 'Hybrid']);
    expect(deleteScenario(s, id).ok).toBe(true);
    expect(names(s)).toEqual(['All API (copy)', 'Hybrid']);
    // Kept without the `$schema` path the fixture file has.
    const { $schema: _schema, ...plain } = answers;
    expect(readLibrary(s).scenarios[1]!.answers).toEqual(plain);
  });

  it('gives a new scenario with a taken name a number, and refuses to rename one to a taken name', () => {
    const s = new MapStorage();
    addScenario(s, 'Hybrid', answers, now);
    addScenario(s, 'Hybrid', answers, now);
    addScenario(s, 'Hybrid', answers, now);
    expect(names(s)).toEqual(['Hybrid', 'Hybrid (2)', 'Hybrid (3)']);
    const [first, second] = readLibrary(s).scenarios;
    // Renamed to a name another scenario has, it is refused, and nothing changes.
    const renamed = renameScenario(s, second!.id, first!.name, now);
    expect(renamed).toEqual({ ok: false, message: 'Another scenario is already called “Hybrid”: choose another name.' });
    expect(names(s)).toEqual(['Hybrid', 'Hybrid (2)', 'Hybrid (3)']);
  });

  it('refuses an empty or overlong name with a message, and changes nothing', () => {
    const s = new MapStorage();
    expect(checkName('   ')).toEqual({ ok: false, message: 'Give the scenario a name.' });
    expect(addScenario(s, '', answers, now)).toEqual({ ok: false, message: 'Give the scenario a name.' });
    const long = addScenario(s, 'x'.repeat(MAX_NAME_LENGTH + 1), answers, now);
    expect(long.ok ? '' : long.message).toMatch(/at most 120 characters \(this one has 121\)/);
    expect(s.getItem(SCENARIOS_KEY)).toBeNull();
  });

  it('puts a deleted scenario back where it was (Undo)', () => {
    const s = new MapStorage();
    for (const n of ['A', 'B', 'C']) addScenario(s, n, answers, now);
    const b = readLibrary(s).scenarios[1]!;
    deleteScenario(s, b.id);
    expect(restoreScenario(s, b, 1).ok).toBe(true);
    expect(readLibrary(s).scenarios).toEqual(expect.arrayContaining([expect.objectContaining({ id: b.id, name: 'B' })]));
    expect(names(s)).toEqual(['A', 'B', 'C']);
  });

  it('sets a damaged scenario aside (kept, not deleted) and keeps the readable ones', () => {
    const s = new MapStorage();
    addScenario(s, 'Good', answers, now);
    const stored = JSON.parse(s.getItem(SCENARIOS_KEY)!) as { scenarios: unknown[] };
    const damaged = { id: 'x', name: 'Broken one', savedAt: now.toISOString(), answers: { ...raw, useCases: [] } };
    stored.scenarios.push(damaged);
    s.setItem(SCENARIOS_KEY, JSON.stringify(stored));
    const read = readLibrary(s);
    expect(read.scenarios.map((x) => x.name)).toEqual(['Good']);
    expect(read.problems).toEqual([
      expect.stringMatching(
        /^“Broken one” has answers this version cannot read \(useCases: .+\): it was kept aside in this browser \(not deleted\)/,
      ),
    ]);
    expect(JSON.parse(s.getItem(SCENARIOS_BACKUP_KEY)!)).toEqual({ version: 1, scenarios: [damaged] });
    // Read again: the damaged entry is no longer in the list, and nothing more is reported.
    expect(readLibrary(s).problems).toEqual([]);
  });

  it('keeps naming a damaged scenario for the rest of the visit, when a render read the library and was thrown away', () => {
    const s = new MapStorage();
    addScenario(s, 'Good', answers, now);
    const stored = JSON.parse(s.getItem(SCENARIOS_KEY)!) as { scenarios: unknown[] };
    stored.scenarios.push({ id: 'x', name: 'Broken one', savedAt: now.toISOString(), answers: { ...raw, useCases: [] } });
    s.setItem(SCENARIOS_KEY, JSON.stringify(stored));
    // React ran the first render's state initialiser, discarded that render (a lazy child suspended) and ran it again.
    const first = readLibraryForVisit(s);
    const again = readLibraryForVisit(s);
    expect(first.problems).toHaveLength(1);
    expect(again.problems).toEqual(first.problems);
    expect(again.scenarios.map((x) => x.name)).toEqual(['Good']);
    // Another storage's visit is its own.
    expect(readLibraryForVisit(new MapStorage()).problems).toEqual([]);
  });

  it('sets a damaged list aside whole, and says so', () => {
    const s = new MapStorage();
    s.setItem(SCENARIOS_KEY, '{"version":1,"scenarios":[');
    s.setItem(SCENARIOS_BACKUP_KEY, 'earlier damage');
    const read = readLibrary(s);
    expect(read.scenarios).toEqual([]);
    expect(read.problems[0]).toMatch(/could not be read .* kept aside in this browser, not deleted/);
    expect(s.getItem(`${SCENARIOS_BACKUP_KEY}:2`)).toBe('{"version":1,"scenarios":[');
    expect(s.getItem(SCENARIOS_BACKUP_KEY)).toBe('earlier damage');
  });

  it('reads a scenario saved with answers of an older format (version 1), migrated', () => {
    const s = new MapStorage();
    const v1 = JSON.parse(readFileSync('test/fixtures/answers-v1.json', 'utf8')) as unknown;
    s.setItem(
      SCENARIOS_KEY,
      JSON.stringify({ version: 1, scenarios: [{ id: 'old', name: 'Old', savedAt: '2026-01-01T00:00:00Z', answers: v1 }] }),
    );
    const read = readLibrary(s);
    expect(read.problems).toEqual([]);
    expect(read.scenarios[0]!.answers.schemaVersion).toBe(2);
  });

  it('says when storage is full or disabled, and loses nothing already saved', () => {
    const full = new FullStorage();
    full.items.set(SCENARIOS_KEY, JSON.stringify({ version: 1, scenarios: [] }));
    const r = addScenario(full, 'A', answers, now);
    expect(r.ok ? '' : r.message).toMatch(/storage is full, so the scenario was not saved/);
    expect(JSON.parse(full.items.get(SCENARIOS_KEY)!)).toEqual({ version: 1, scenarios: [] });
    for (const blocked of [null, new BlockedStorage()]) {
      expect(readLibrary(blocked)).toMatchObject({
        status: 'unavailable',
        problems: [expect.stringMatching(/does not let the page keep data/)],
      });
      expect(addScenario(blocked, 'A', answers, now)).toMatchObject({ ok: false });
    }
  });

  it('does not rewrite the list while damaged data could not be set aside (storage full), so nothing is lost', () => {
    const full = new FullStorage();
    const list = JSON.stringify({ version: 1, scenarios: [{ id: 'x', name: 'Broken' }] });
    full.items.set(SCENARIOS_KEY, list);
    expect(readLibrary(full).problems[0]).toMatch(/storage is too full to move it aside, so it is left as it was/);
    expect(deleteScenario(full, 'x')).toMatchObject({ ok: false });
    expect(full.items.get(SCENARIOS_KEY)).toBe(list);
  });

  it('keeps both tabs’ scenarios when two tabs save one each (every change reads the stored list first)', () => {
    const s = new MapStorage();
    addScenario(s, 'From tab A', answers, now);
    addScenario(s, 'From tab B', answers, now);
    expect(names(s)).toEqual(['From tab A', 'From tab B']);
  });

  it(`holds at most ${MAX_SCENARIOS} scenarios and says so`, () => {
    const s = new MapStorage();
    expect(
      addScenarios(
        s,
        Array.from({ length: MAX_SCENARIOS }, (_, i) => ({ name: `S${i}`, answers })),
        now,
      ).ok,
    ).toBe(true);
    const r = addScenario(s, 'One more', answers, now);
    expect(r.ok ? '' : r.message).toMatch(/at most 100 scenarios/);
    expect(readLibrary(s).scenarios).toHaveLength(MAX_SCENARIOS);
  });

  it('imports a set keeping its dates, and skips a scenario already there (same name and answers) instead of copying it', () => {
    const s = new MapStorage();
    addScenario(s, 'All-API', answers, now);
    const r = addScenarios(
      s,
      [
        { name: 'All-API', answers },
        { name: 'Hybrid', answers, savedAt: '2026-11-01T08:00:00.000Z' },
      ],
      now,
    );
    expect(r).toMatchObject({ ok: true, added: 1, skipped: 1 });
    expect(readLibrary(s).scenarios.map((x) => [x.name, x.savedAt])).toEqual([
      ['All-API', now.toISOString()],
      ['Hybrid', '2026-11-01T08:00:00.000Z'],
    ]);
  });

  it('recognises answers saved from a file (with a `$schema` path) when its export is imported again', () => {
    const s = new MapStorage();
    addScenario(s, 'From a file', { ...answers, $schema: '../rules/schema/answers.schema.json' }, now);
    const again = addScenarios(s, [{ name: 'From a file', answers }], now);
    expect(again).toMatchObject({ ok: true, added: 0, skipped: 1 });
  });
});
