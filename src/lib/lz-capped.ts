/**
 * lz-string's URI-safe decompression with a ceiling on the text it produces. A share link is untrusted: a few
 * kilobytes of crafted LZ codes can expand to hundreds of megabytes, and lz-string's own
 * `decompressFromEncodedURIComponent` cannot be stopped part way. This reads the same format (lz-string 1.5,
 * MIT licence: a dictionary coder whose codes start at 3 bits and widen as the dictionary grows; codes 0 and 1 bring
 * a new 8- or 16-bit character, 2 ends the stream) and gives up as soon as the text would pass `maxChars`. The
 * tests check it against lz-string's own decompression on compressed and random input.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export type Decompressed = { ok: true; text: string } | { ok: false; reason: 'damaged' | 'too-large' };

/**
 * Decompresses what lz-string's `compressToEncodedURIComponent` made, refusing output longer than `maxChars`.
 * @example decompressCapped(compressToEncodedURIComponent('hello'), 100) // { ok: true, text: 'hello' }
 */
export function decompressCapped(input: string, maxChars: number): Decompressed {
  const payload = input.replace(/ /g, '+');
  // Six bits per character, most significant first; a character outside the alphabet reads as 0, as in lz-string.
  let index = 0;
  let value = 0;
  let mask = 0;
  const bit = (): number => {
    if (mask === 0) {
      value = VALUE.get(payload.charAt(index)) ?? 0;
      index += 1;
      mask = 32;
    }
    const b = value & mask ? 1 : 0;
    mask >>= 1;
    return b;
  };
  /** `n` bits, least significant first. */
  const read = (n: number): number => {
    let bits = 0;
    for (let i = 0; i < n; i += 1) bits |= bit() << i;
    return bits >>> 0;
  };

  const dictionary: string[] = ['', '', ''];
  let numBits = 3;
  let enlargeIn = 4;
  const first = read(2);
  if (first === 2) return { ok: true, text: '' };
  if (first === 3) return { ok: false, reason: 'damaged' };
  const w0 = String.fromCharCode(read(first === 0 ? 8 : 16));
  dictionary[3] = w0;
  let w = w0;
  const parts = [w0];
  let total = w0.length;
  for (;;) {
    // Past the end of the input (counting, as lz-string does, the character it would read next): cut off.
    if ((mask === 0 ? index + 1 : index) > payload.length) return { ok: false, reason: 'damaged' };
    let code = read(numBits);
    if (code === 2) return { ok: true, text: parts.join('') };
    if (code === 0 || code === 1) {
      dictionary.push(String.fromCharCode(read(code === 0 ? 8 : 16)));
      code = dictionary.length - 1;
      enlargeIn -= 1;
      if (enlargeIn === 0) {
        enlargeIn = 2 ** numBits;
        numBits += 1;
      }
    }
    let entry: string;
    if (code < dictionary.length && code > 2) entry = dictionary[code] as string;
    else if (code === dictionary.length) entry = w + w.charAt(0);
    else return { ok: false, reason: 'damaged' };
    total += entry.length;
    if (total > maxChars) return { ok: false, reason: 'too-large' };
    parts.push(entry);
    dictionary.push(w + entry.charAt(0));
    enlargeIn -= 1;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
  }
}
