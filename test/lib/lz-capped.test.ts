import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressCapped } from '../../src/lib/lz-capped';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/** The first two bits of a payload, least significant first: the stream's first code. */
function firstCode(payload: string): number {
  const v = Math.max(0, ALPHABET.indexOf(payload.replace(/ /g, '+').charAt(0)));
  return (v & 32 ? 1 : 0) | (v & 16 ? 2 : 0);
}

describe('decompressCapped reads what lz-string writes, and stops at its ceiling', () => {
  it('gives back any text lz-string compressed', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 2000 }),
          fc.string({ unit: 'grapheme', maxLength: 500 }),
          fc.string({ unit: 'binary', maxLength: 500 }),
        ),
        (text) => {
          expect(decompressCapped(compressToEncodedURIComponent(text), 1e6)).toEqual({ ok: true, text });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('agrees with lz-string on arbitrary input: whatever it accepts, lz-string reads the same way', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET, ' ', '%', 'é'), maxLength: 200 }), (payload) => {
        const ours = decompressCapped(payload, 1e7);
        let theirs: string | null;
        try {
          theirs = decompressFromEncodedURIComponent(payload);
        } catch {
          theirs = null;
        }
        if (ours.ok) expect(theirs).toBe(ours.text);
        // The other way: what lz-string reads, this reads the same, except where the first code is 3, which the
        // format does not define: lz-string carries on with an undefined first character, this calls it damaged.
        else if (theirs && firstCode(payload) !== 3) expect(ours).toEqual({ ok: true, text: theirs });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses output past the ceiling, however small the input', () => {
    const long = 'a'.repeat(200_000);
    const link = compressToEncodedURIComponent(long);
    expect(link.length).toBeLessThan(1000);
    expect(decompressCapped(link, 199_999)).toEqual({ ok: false, reason: 'too-large' });
    expect(decompressCapped(link, 200_000)).toEqual({ ok: true, text: long });
  });

  it('calls a cut-off or altered payload damaged', () => {
    const link = compressToEncodedURIComponent(JSON.stringify({ a: 'some answers', b: [1, 2, 3] }));
    expect(decompressCapped(link.slice(0, link.length / 2), 1e6)).toEqual({ ok: false, reason: 'damaged' });
  });
});
