import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { AnswersInput } from '../../src/domain';
import {
  BACKUP_KEY,
  STORAGE_KEY,
  browserStorage,
  clearDraft,
  restoreDraft,
  saveDraft,
  savedEnvelope,
  savedStamp,
} from '../../src/lib/storage';
import { Draft, emptyDraft, fromAnswers } from '../../src/wizard/draft';
import { BlockedStorage, FullStorage, MapStorage } from '../helpers/storage';

const fixture = AnswersInput.parse(JSON.parse(readFileSync('test/fixtures/answers-basic.json', 'utf8')));
const draft = fromAnswers(fixture);
const when = new Date('2024-05-01T10:00:00Z');

const holding = (raw: string, S: new () => MapStorage = MapStorage) => {
  const s = new S();
  s.items.set(STORAGE_KEY, raw);
  return s;
};
const envelope = (fields: Record<string, unknown>) => JSON.stringify(fields);

describe('restoreDraft', () => {
  it('reports empty on a first visit', () => {
    expect(restoreDraft(new MapStorage(), Draft)).toEqual({ status: 'empty' });
  });

  it.each([
    ['the fixture draft', draft],
    ['an empty draft', emptyDraft()],
    ['a half-typed draft', { ...emptyDraft(), organization: { ...emptyDraft().organization, name: 'Acme' } }],
  ])('restores what saveDraft saved: %s', (_name, saved) => {
    const s = new MapStorage();
    expect(saveDraft(s, saved, when)).toEqual({ ok: true, stamp: { savedAt: '2024-05-01T10:00:00.000Z', writer: null } });
    expect(restoreDraft(s, Draft)).toEqual({ status: 'restored', draft: saved, savedAt: '2024-05-01T10:00:00.000Z' });
  });

  it('gives an empty savedAt when the envelope has none', () => {
    const s = holding(envelope({ version: 1, draft }));
    expect(restoreDraft(s, Draft)).toEqual({ status: 'restored', draft, savedAt: '' });
  });

  it('moves corrupted JSON aside and says so', () => {
    const raw = '{"version":1,"draft":{"organ';
    const s = holding(raw);
    const restored = restoreDraft(s, Draft);
    expect(restored).toEqual({ status: 'unreadable', message: expect.stringContaining('the saved data is damaged (not valid JSON)') });
    expect(s.getItem(BACKUP_KEY)).toBe(raw);
    expect(s.getItem(STORAGE_KEY)).toBeNull();
    expect(restoreDraft(s, Draft)).toEqual({ status: 'empty' });
    expect(s.getItem(BACKUP_KEY)).toBe(raw);
  });

  it('keeps an earlier backup when more unreadable data is set aside', () => {
    const s = holding('first broken');
    restoreDraft(s, Draft);
    s.setItem(STORAGE_KEY, 'second broken');
    expect(restoreDraft(s, Draft).status).toBe('unreadable');
    expect(s.getItem(BACKUP_KEY)).toBe('first broken');
    expect(s.getItem(`${BACKUP_KEY}:2`)).toBe('second broken');
  });

  it('tells the user what happened and that the data was kept', () => {
    const restored = restoreDraft(holding('not json'), Draft);
    expect(restored.status === 'unreadable' && restored.message).toBe(
      'Your saved answers could not be restored: the saved data is damaged (not valid JSON). The wizard starts empty; the unreadable data was kept aside in this browser.',
    );
  });

  it.each(['42', 'null', '"text"', 'true'])('refuses JSON that is not an envelope: %s', (raw) => {
    const s = holding(raw);
    expect(restoreDraft(s, Draft)).toEqual({ status: 'unreadable', message: expect.stringContaining('the saved data is damaged.') });
    expect(s.getItem(BACKUP_KEY)).toBe(raw);
  });

  it.each([
    [2, 'format 2'],
    ['1', 'format "1"'],
    [undefined, 'format null'],
  ])('refuses version %j, naming it', (version, named) => {
    const raw = envelope({ version, savedAt: when.toISOString(), draft });
    const s = holding(raw);
    expect(restoreDraft(s, Draft)).toEqual({
      status: 'unreadable',
      message: expect.stringContaining(`they were saved by a different version of this app (${named})`),
    });
    expect(s.getItem(BACKUP_KEY)).toBe(raw);
  });

  it('names the part of a damaged draft that does not fit', () => {
    const raw = envelope({ version: 1, savedAt: '', draft: { ...draft, organization: { ...draft.organization, name: 7 } } });
    expect(restoreDraft(holding(raw), Draft)).toEqual({
      status: 'unreadable',
      message: expect.stringContaining('the saved data is damaged (organization.name is not as expected)'),
    });
  });

  it('keeps unreadable data where it was when it cannot be moved (storage full)', () => {
    const s = holding('not json', FullStorage);
    expect(restoreDraft(s, Draft).status).toBe('unreadable');
    expect(s.getItem(STORAGE_KEY)).toBe('not json');
  });

  it('reports unavailable storage', () => {
    expect(restoreDraft(null, Draft)).toEqual({
      status: 'unavailable',
      message: expect.stringContaining('does not let the page keep data'),
    });
    expect(restoreDraft(new BlockedStorage(), Draft)).toEqual({
      status: 'unavailable',
      message: expect.stringContaining('does not let the page keep data'),
    });
  });

  it('never throws, whatever string is stored, and never loses it', () => {
    const raw = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.json(),
      fc.constant(envelope({ version: 1, savedAt: 'x', draft })),
      fc.jsonValue().map((draft) => envelope({ version: 1, savedAt: 'x', draft })),
      fc.record({ version: fc.jsonValue(), draft: fc.jsonValue() }).map(envelope),
    );
    fc.assert(
      fc.property(raw, (text) => {
        const s = holding(text);
        const restored = restoreDraft(s, Draft);
        expect(['restored', 'unreadable']).toContain(restored.status);
        if (restored.status === 'unreadable') {
          expect(restored.message).toMatch(/^Your saved answers could not be restored: .+\. The wizard starts empty/);
          expect(s.getItem(BACKUP_KEY)).toBe(text);
        } else expect(s.getItem(STORAGE_KEY)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('saveDraft', () => {
  it('writes a versioned envelope under STORAGE_KEY', () => {
    const s = new MapStorage();
    saveDraft(s, draft, when);
    expect(JSON.parse(s.getItem(STORAGE_KEY) ?? '')).toEqual({ version: 1, savedAt: '2024-05-01T10:00:00.000Z', draft });
  });

  it('says the storage is full instead of throwing', () => {
    const saved = saveDraft(new FullStorage(), draft, when);
    expect(saved).toEqual({ ok: false, message: expect.stringMatching(/storage is full/) });
  });

  it('says storage is unavailable when writes are blocked or storage is missing', () => {
    const blocked = saveDraft(new BlockedStorage(), draft, when);
    expect(blocked).toEqual({ ok: false, message: expect.stringContaining('does not let the page keep data') });
    if (!blocked.ok) expect(blocked.message).not.toMatch(/full/);
    expect(saveDraft(null, draft, when)).toEqual({ ok: false, message: expect.stringContaining('does not let the page keep data') });
  });
});

describe('saveDraft across tabs', () => {
  const later = new Date('2024-05-01T10:05:00.000Z');

  it("does not overwrite another tab's newer save, and says whose and when", () => {
    const s = new MapStorage();
    const first = saveDraft(s, draft, when, { writer: 'tab-a', expected: null });
    if (!first.ok) throw new Error('first save failed');
    // Tab B saves after tab A last looked.
    saveDraft(s, emptyDraft(), later, { writer: 'tab-b', expected: first.stamp });
    const refused = saveDraft(s, draft, later, { writer: 'tab-a', expected: first.stamp });
    expect(refused).toEqual({
      ok: false,
      conflict: { savedAt: '2024-05-01T10:05:00.000Z', writer: 'tab-b' },
      message: expect.stringMatching(/another tab/),
    });
    expect(restoreDraft(s, Draft)).toMatchObject({ draft: emptyDraft() });
  });

  it('saves over its own earlier save, over answers it has seen, and over anything when told to', () => {
    const s = new MapStorage();
    const a1 = saveDraft(s, draft, when, { writer: 'tab-a', expected: null });
    expect(saveDraft(s, emptyDraft(), later, { writer: 'tab-a', expected: null }).ok).toBe(true);
    if (!a1.ok) throw new Error('first save failed');
    const b = saveDraft(s, draft, later, { writer: 'tab-b', expected: savedStamp(s) });
    expect(b.ok).toBe(true);
    expect(saveDraft(s, emptyDraft(), later, { writer: 'tab-a', expected: a1.stamp }).ok).toBe(false);
    expect(saveDraft(s, emptyDraft(), later, { writer: 'tab-a' })).toEqual({
      ok: true,
      stamp: { savedAt: '2024-05-01T10:05:00.000Z', writer: 'tab-a' },
    });
  });

  it('reads the stamp and the draft a storage event carries, and nothing from other text', () => {
    const s = new MapStorage();
    saveDraft(s, draft, when, { writer: 'tab-a' });
    expect(savedEnvelope(s.getItem(STORAGE_KEY))).toEqual({ stamp: { savedAt: '2024-05-01T10:00:00.000Z', writer: 'tab-a' }, draft });
    for (const raw of [null, '', 'not json', 'null', '{"draft":{}}', '[]']) expect(savedEnvelope(raw)).toBeNull();
  });
});

describe('clearDraft and browserStorage', () => {
  it('forgets the saved answers but not the backup', () => {
    const s = new MapStorage();
    saveDraft(s, draft, when);
    s.setItem(BACKUP_KEY, 'old');
    clearDraft(s);
    expect(restoreDraft(s, Draft)).toEqual({ status: 'empty' });
    expect(s.getItem(BACKUP_KEY)).toBe('old');
  });

  it('does not throw on blocked or missing storage', () => {
    expect(() => clearDraft(new BlockedStorage())).not.toThrow();
    expect(() => clearDraft(null)).not.toThrow();
  });

  it('is null where there is no window (Node)', () => {
    expect(browserStorage()).toBeNull();
  });

  it('is null when storage is blocked, but returns full storage, which still reads', () => {
    try {
      vi.stubGlobal('window', { localStorage: new BlockedStorage() });
      expect(browserStorage()).toBeNull();
      const full = new FullStorage();
      full.items.set(STORAGE_KEY, 'saved');
      vi.stubGlobal('window', { localStorage: full });
      expect(browserStorage()?.getItem(STORAGE_KEY)).toBe('saved');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
