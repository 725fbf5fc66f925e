import { strFromU8, unzipSync } from 'fflate';
import { RULE_TEXT_LIMITS } from '../lib/rule-texts';

/** Most bytes a zip's JSON files may unpack to, in all: a real rule pack is a few megabytes. */
export const MAX_UNPACKED_BYTES = 50_000_000;

export type ZipEntries = { ok: true; files: { path: string; text: string }[] } | { ok: false; problem: string };

/**
 * The JSON files of a zip, read only after its directory has been checked: more files than a pack may have, or more
 * bytes in all than MAX_UNPACKED_BYTES, refuses the zip before anything is inflated (a zip bomb is stopped by what
 * it declares, and an entry cannot unpack to more than it declares). Files over the per-file limit are left out.
 * @example readZip(bytes, 'rules.zip') // { ok: true, files: [{ path: 'manifest.json', text: '...' }, ...] }
 */
export function readZip(bytes: Uint8Array, name: string): ZipEntries {
  let count = 0;
  let total = 0;
  try {
    // A first pass over the directory only: the filter sees each entry's declared size and inflates nothing.
    unzipSync(bytes, {
      filter: (f) => {
        if (f.name.endsWith('.json')) {
          count += 1;
          total += f.originalSize;
        }
        return false;
      },
    });
  } catch {
    return { ok: false, problem: `${name}: not a readable zip file` };
  }
  if (count > RULE_TEXT_LIMITS.files)
    return {
      ok: false,
      problem: `${name}: holds ${count.toLocaleString('en-US')} JSON files; a pack has at most ${RULE_TEXT_LIMITS.files}`,
    };
  if (total > MAX_UNPACKED_BYTES)
    return {
      ok: false,
      problem: `${name}: would unpack to ${Math.round(total / 1e6).toLocaleString('en-US')} MB; at most ${MAX_UNPACKED_BYTES / 1e6} MB`,
    };
  try {
    const entries = unzipSync(bytes, { filter: (f) => f.name.endsWith('.json') && f.originalSize <= RULE_TEXT_LIMITS.bytesPerFile });
    return { ok: true, files: Object.entries(entries).map(([path, data]) => ({ path, text: strFromU8(data) })) };
  } catch {
    return { ok: false, problem: `${name}: not a readable zip file` };
  }
}
