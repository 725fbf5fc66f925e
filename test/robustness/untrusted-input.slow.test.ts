import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, type RuleFiles } from '../../src/engine';
import { ADOPTED_PACK_KEY, STUDIO_DRAFT_KEY, restoreAdoptedPack, restoreStudioDraft } from '../../src/app/adopted-pack';
import { compileRuleTexts } from '../../src/lib/rule-texts';
import { readAnswersText } from '../../src/lib/answers-file';
import { defaultRuleFiles, defaultRuleTexts } from '../helpers/rules';

/**
 * Fuzzing of the untrusted inputs a user or rule author hands the app: each either loads or is refused with
 * messages; none throws. (Share links and stored state have their own properties in test/lib.)
 */
const runs = { numRuns: 300 };

/** Replaces the value at a random path of a JSON value with another JSON value. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [step, ...rest] = path as [number, ...number[]];
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const i = step % value.length;
    return (value as unknown[]).map((v, j) => (j === i ? mutate(v, rest, replacement) : v));
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[step % keys.length] as string;
  return { ...(value as Record<string, unknown>), [key]: mutate((value as Record<string, unknown>)[key], rest, replacement) };
}

const pathArb = fc.array(fc.nat(40), { maxLength: 8 });

describe('answers files', () => {
  it('any text is read or refused with at least one message, never thrown', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const read = readAnswersText(text, 'answers.json');
          if (!read.ok) expect(read.messages.length).toBeGreaterThan(0);
        },
      ),
      runs,
    );
  });

  it('a valid file with one value anywhere replaced is read or refused naming a field', () => {
    const valid = JSON.parse(
      JSON.stringify({
        schemaVersion: 1,
        organization: { name: 'A', industry: 'retail', regions: ['eu'] },
        regulation: { gdpr: true, hipaa: false, euAiAct: false, dataResidency: 'none' },
        team: { mlEngineers: 1, mlopsMaturity: 'basic', gpuAccess: 'cloud' },
        priorities: { cost: 3, quality: 3, control: 3 },
        useCases: [
          { id: 'a', name: 'A', task: 'agent', audience: 'internal', dataSensitivity: 'public', accuracy: 'high', monthlyTokens: 1e6 },
        ],
      }),
    ) as unknown;
    fc.assert(
      fc.property(pathArb, fc.jsonValue(), (path, replacement) => {
        const read = readAnswersText(JSON.stringify(mutate(valid, path, replacement)), 'answers.json');
        if (!read.ok) for (const m of read.messages) expect(m).toMatch(/^[\w$[\]().]+.*: /);
      }),
      runs,
    );
  });
});

describe('rule packs', () => {
  const files = defaultRuleFiles();
  const names = Object.keys(files.packs);

  it('a pack file with one value anywhere replaced compiles or is refused naming file and path, never thrown', () => {
    fc.assert(
      fc.property(fc.nat(names.length - 1), pathArb, fc.jsonValue(), (which, path, replacement) => {
        const name = names[which] as string;
        const changed: RuleFiles = { ...files, packs: { ...files.packs, [name]: mutate(files.packs[name], path, replacement) } };
        const result = compileRuleSet(changed);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(p.file.length * p.path.length * p.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a catalog, manifest or sources file with one value anywhere replaced compiles or is refused, never thrown', () => {
    const keys = ['catalog', 'manifest', 'sources'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...keys), pathArb, fc.jsonValue(), (key, path, replacement) => {
        const result = compileRuleSet({ ...files, [key]: mutate(files[key], path, replacement) });
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary JSON in place of every file is refused with problems', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (manifest, catalog, sources) => {
        const result = compileRuleSet({ manifest, catalog, sources, packs: {} });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

describe('rule packs as text (the studio and the app load packs this way)', () => {
  const texts = defaultRuleTexts();
  const names = Object.keys(texts);

  it('any text in place of any file compiles or is refused with positioned problems, never thrown', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v, null, 2)),
        ),
        (file, text) => {
          const r = compileRuleTexts({ ...texts, [file]: text });
          if (!r.ok) {
            expect(r.problems.length).toBeGreaterThan(0);
            for (const p of r.problems) expect(p.line >= 1 && p.column >= 1).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
    // Two hundred compilations of the whole pack: about 3 s alone, more on a busy machine.
  }, 30_000);

  it('a pack file cut short anywhere is refused at a line and column inside the text', () => {
    const file = 'packs/regulation-hipaa.json';
    const full = texts[file] ?? '';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: full.length - 2 }), (cut) => {
        const text = full.slice(0, cut);
        const r = compileRuleTexts({ ...texts, [file]: text });
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.problems[0]?.line ?? 0).toBeLessThanOrEqual(text.split('\n').length);
      }),
      { numRuns: 200 },
    );
  });

  it('stored packs and studio edits, tampered with, are refused or ignored, never thrown', () => {
    const storage = new Map<string, string>();
    const fake = {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
      removeItem: (k: string) => void storage.delete(k),
    } as unknown as Storage;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.record({ version: fc.jsonValue(), texts: fc.dictionary(fc.string(), fc.jsonValue()) }).map((v) => JSON.stringify(v)),
        ),
        (raw) => {
          storage.set(ADOPTED_PACK_KEY, raw);
          storage.set(STUDIO_DRAFT_KEY, raw);
          const adopted = restoreAdoptedPack(fake);
          expect(['none', 'restored', 'refused']).toContain(adopted.status);
          if (adopted.status === 'refused') expect(adopted.message).toMatch(/could not be used/);
          const draft = restoreStudioDraft(fake);
          if (draft !== null) expect(Object.values(draft).every((t) => typeof t === 'string')).toBe(true);
        },
      ),
      runs,
    );
  });
});
