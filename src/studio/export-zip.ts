import { strToU8, zipSync } from 'fflate';
import type { RuleTexts } from '../lib/rule-texts';

/**
 * The pack as a zip with the rules/ folder layout (manifest.json, catalog.json, sources.json, packs/, scenarios/),
 * ready to unzip over a project's rules folder. Entries are sorted and dated 1980-01-01, so the same pack gives
 * the same bytes.
 * @example new Blob([packZip(texts)], { type: 'application/zip' })
 */
export function packZip(texts: RuleTexts): Uint8Array<ArrayBuffer> {
  const entries: Record<string, Uint8Array> = {};
  for (const name of Object.keys(texts).sort()) entries[name] = strToU8(texts[name] ?? '');
  const zipped = zipSync(entries, { level: 6, mtime: new Date(1980, 0, 1) });
  return new Uint8Array(zipped);
}
