import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import lz from 'lz-string';
import { describe, expect, it } from 'vitest';
import { text } from '../../src/report/markdown';
import { MAX_SHARE_TEXT_CHARS, SHARE_PREFIX, decodeShareFragment } from '../../src/lib/share-link';
import { RULE_TEXT_LIMITS } from '../../src/lib/rule-texts';
import { MAX_UNPACKED_BYTES, readZip } from '../../src/studio/zip-entries';
import { MAX_ANSWERS_CHARS, readAnswersText } from '../../src/lib/answers-file';

/**
 * Fuzzing of the limits issue 14 added: each untrusted input is read or refused with a message, never thrown, and
 * never unpacked past its limit. (test/robustness/untrusted-input.slow.test.ts fuzzes the contents.)
 */

/** Sets the uncompressed size every header of a zip declares (local and central), as a crafted zip would. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i += 1) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('share links', () => {
  it('any fragment is opened or refused with a message, never thrown', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.base64String()), (payload) => {
        const decoded = decodeShareFragment(SHARE_PREFIX + payload);
        if (!decoded.ok) expect(decoded.messages.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  // Each run packs over a million characters: a few runs, each a different text.
  it('a link that unpacks past the limit is refused for its size, whatever it holds', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 400 }), (unit, extra) => {
        const big = unit.repeat(Math.ceil(MAX_SHARE_TEXT_CHARS / unit.length) + extra);
        const decoded = decodeShareFragment(SHARE_PREFIX + lz.compressToEncodedURIComponent(big));
        expect(decoded.ok).toBe(false);
        if (!decoded.ok) expect(decoded.messages.join(' ')).toMatch(/too large|limit|unpack/i);
      }),
      { numRuns: 6 },
    );
  });
});

// 3,000 random inputs take 2-8 s depending on how busy the machine is (CI once ran out of the default 5 s).
describe('studio zips', { timeout: 60_000 }, () => {
  it('any bytes are read or refused with a message naming the file, never thrown', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const r = readZip(bytes, 'pack.zip');
        if (!r.ok) expect(r.problem).toMatch(/^pack\.zip: /);
      }),
      { numRuns: 3000 },
    );
  });

  it('a real zip with entries of any name and content is read within the limits: JSON files only, none over the per-file limit', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc
            .string({ minLength: 1, maxLength: 12 })
            .map((n) => n.replace(/[\\/]/g, '_'))
            .filter((n) => n !== '__proto__'),
          fc.string({ maxLength: 200 }),
          { maxKeys: 20 },
        ),
        fc.boolean(),
        (entries, asJson) => {
          const files = Object.fromEntries(Object.entries(entries).map(([n, t]) => [asJson ? `${n}.json` : n, strToU8(t)]));
          const r = readZip(zipSync(files), 'pack.zip');
          expect(r.ok).toBe(true);
          if (r.ok) {
            expect(r.files.every((f) => f.path.endsWith('.json'))).toBe(true);
            expect(r.files).toHaveLength(asJson ? Object.keys(files).length : 0);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('an entry never unpacks past the size its zip declares, however small the lie', () => {
    const honest = zipSync({ 'catalog.json': new Uint8Array(1_000_000).fill(32) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (declared) => {
        const r = readZip(declareSize(honest, declared), 'bomb.zip');
        if (r.ok) expect(r.files.reduce((n, f) => n + f.text.length, 0)).toBeLessThanOrEqual(declared);
        else expect(r.problem).toMatch(/^bomb\.zip: /);
      }),
      { numRuns: 200 },
    );
  });

  it('a zip declaring more than the limits is refused before anything is unpacked', () => {
    fc.assert(
      fc.property(fc.integer({ min: Math.floor(MAX_UNPACKED_BYTES / RULE_TEXT_LIMITS.files) + 1, max: 2 ** 32 - 1 }), (declared) => {
        const many = Object.fromEntries(Array.from({ length: RULE_TEXT_LIMITS.files }, (_, i) => [`p${i}.json`, strToU8('{}')]));
        const r = readZip(declareSize(zipSync(many), declared), 'bomb.zip');
        expect(r).toEqual({
          ok: false,
          problem: expect.stringMatching(/^bomb\.zip: would unpack to [\d,]+ MB; at most 50 MB$/) as unknown,
        });
      }),
      { numRuns: 20 },
    );
  });
});

describe('answers files and Markdown text', () => {
  it('an answers file over the limit is refused for its size, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.integer({ min: 1, max: 1000 }), (start, extra) => {
        const r = readAnswersText(start + ' '.repeat(MAX_ANSWERS_CHARS + extra), 'answers.json');
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.messages.join(' ')).toMatch(/1,000,000|too large|limit/i);
      }),
      { numRuns: 50 },
    );
  });

  it('any text put in the Markdown stays on one line with every markup character escaped', () => {
    const markup = /[\\`*_{}[\]<>#|~!&]/;
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'ab #*_[]()<>!`|~&\\\n\r\t'.split('')), maxLength: 60 }),
        fc.string(),
        (crafted, anything) => {
          for (const s of [crafted, anything]) {
            const out = text(s);
            expect(out).not.toMatch(/[\n\r]/);
            // With each escaped pair taken out, no markup character is left.
            expect(out.replace(/\\./g, '')).not.toMatch(markup);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
