import { applyEdits, modify } from 'jsonc-parser';
import type { RuleTexts } from '../lib/rule-texts';

/** A file the author picked or dropped: its path as the browser gives it (folder-relative when there is one). */
export interface PickedFile {
  path: string;
  text: string;
}

export interface PlacedFiles {
  /** Pack path (as in RuleTexts) for every file that has a place in the pack. */
  placed: Record<string, string>;
  /** Files left out, each with why. */
  ignored: string[];
}

const FIXED = new Set(['manifest.json', 'catalog.json', 'sources.json']);

/** What a JSON file's content says it is, for a file picked without its folder; 'invalid' when it is not JSON. */
function guessFolder(text: string): 'packs' | 'scenarios' | 'invalid' | null {
  try {
    const value = JSON.parse(text) as unknown;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
    if ('rules' in value) return 'packs';
    if ('answers' in value && 'expect' in value) return 'scenarios';
  } catch {
    return 'invalid';
  }
  return null;
}

/**
 * Works out where each picked file belongs in the pack: by its folder (`…/packs/x.json`,
 * `…/scenarios/x.json`), by its name (manifest, catalog, sources, or a file of that name already in the pack,
 * even when its text is broken), else by its content (a `rules` array makes it a pack file). Files that fit
 * nowhere, or are not JSON, are listed as ignored with the reason.
 * @example placeFiles([{ path: 'rules/packs/gdpr.json', text }]).placed // { 'packs/gdpr.json': text }
 */
export function placeFiles(files: readonly PickedFile[], existing: readonly string[] = []): PlacedFiles {
  const placed: Record<string, string> = {};
  const ignored: string[] = [];
  for (const f of files) {
    const parts = f.path.split(/[\\/]/).filter(Boolean);
    const name = parts.at(-1) ?? '';
    const folder = parts.at(-2);
    if (!name.endsWith('.json')) ignored.push(`${f.path}: not a JSON file`);
    else if (folder === 'schema') ignored.push(`${f.path}: JSON Schema files are generated, not part of the pack`);
    else if (folder === 'packs' || folder === 'scenarios') placed[`${folder}/${name}`] = f.text;
    else if (FIXED.has(name)) placed[name] = f.text;
    else if (existing.includes(`packs/${name}`)) placed[`packs/${name}`] = f.text;
    else if (existing.includes(`scenarios/${name}`)) placed[`scenarios/${name}`] = f.text;
    else {
      const guessed = guessFolder(f.text);
      if (guessed === 'invalid')
        ignored.push(
          `${f.path}: not valid JSON, and the pack has no file of that name; put it in a packs/ or scenarios/ folder (or load the folder) to edit it here`,
        );
      else if (guessed) placed[`${guessed}/${name}`] = f.text;
      else
        ignored.push(
          `${f.path}: neither the manifest, the catalog, the sources, a pack file (with "rules") nor a scenario (with "answers" and "expect")`,
        );
    }
  }
  return { placed, ignored };
}

/**
 * Puts one rule's new JSON into its pack file, keeping the rest of the file's text (and formatting) as it was.
 * @example replaceRule(packText, 3, '{"id":"x",…}') // the pack text with rules[3] replaced
 */
export function replaceRule(fileText: string, index: number, rule: unknown): string {
  const edits = modify(fileText, ['rules', index], rule, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } });
  return applyEdits(fileText, edits);
}

/** The files of `next` that differ from `base`, added or removed, sorted. @example changedFiles(a, a) // [] */
export function changedFiles(base: RuleTexts, next: RuleTexts): string[] {
  const names = new Set([...Object.keys(base), ...Object.keys(next)]);
  return [...names].filter((n) => base[n] !== next[n]).sort();
}
