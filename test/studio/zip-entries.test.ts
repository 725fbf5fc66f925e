import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_UNPACKED_BYTES, readZip } from '../../src/studio/zip-entries';

const zip = (files: Record<string, Uint8Array>) => zipSync(files, { level: 9 });

describe('readZip: a zip is checked by its directory before anything is inflated', () => {
  it('reads the JSON files of a pack, leaving other files out', () => {
    const r = readZip(
      zip({ 'manifest.json': strToU8('{"id":"x"}'), 'packs/a.json': strToU8('{"rules":[]}'), 'README.md': strToU8('hi') }),
      'rules.zip',
    );
    expect(r).toEqual({
      ok: true,
      files: [
        { path: 'manifest.json', text: '{"id":"x"}' },
        { path: 'packs/a.json', text: '{"rules":[]}' },
      ],
    });
  });

  it('refuses a zip whose files would unpack to more than the limit in all, naming the size', () => {
    // Twelve files of 4.5 MB of zeros: each under the per-file limit, 54 MB in all, a few kilobytes zipped.
    const big = new Uint8Array(4_500_000);
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`packs/p${i}.json`, big]));
    const bytes = zip(files);
    expect(bytes.length).toBeLessThan(200_000);
    expect(readZip(bytes, 'bomb.zip')).toEqual({
      ok: false,
      problem: `bomb.zip: would unpack to 54 MB; at most ${MAX_UNPACKED_BYTES / 1e6} MB`,
    });
  });

  it('refuses a zip with more JSON files than a pack may have', () => {
    const files = Object.fromEntries(Array.from({ length: 301 }, (_, i) => [`packs/p${i}.json`, strToU8('{}')]));
    expect(readZip(zip(files), 'many.zip')).toEqual({ ok: false, problem: 'many.zip: holds 301 JSON files; a pack has at most 300' });
  });

  it('refuses what is not a zip', () => {
    expect(readZip(strToU8('not a zip at all'), 'x.zip')).toEqual({ ok: false, problem: 'x.zip: not a readable zip file' });
  });
});
