import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleFiles, RuleProblem } from '../engine';

/** A JSON.parse error on one line (Node quotes the text around the error, line breaks included). */
export function jsonError(error: unknown): string {
  return `invalid JSON: ${(error as Error).message.replace(/\s*\n\s*/g, ' ')}`;
}

/** Reads a rule directory (manifest.json, catalog.json, sources.json, packs/*.json) as parsed JSON. */
export function readRuleFiles(dir: string): { files: RuleFiles | null; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const read = (file: string): unknown => {
    let text: string;
    try {
      text = readFileSync(join(dir, file), 'utf8');
    } catch {
      problems.push({ file, path: '(file)', message: `cannot read ${join(dir, file)}` });
      return undefined;
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      problems.push({ file, path: '(file)', message: jsonError(error) });
      return undefined;
    }
  };
  const manifest = read('manifest.json');
  const catalog = read('catalog.json');
  const sources = read('sources.json');
  const packs: Record<string, unknown> = {};
  let names: string[] = [];
  try {
    names = readdirSync(join(dir, 'packs'))
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch {
    problems.push({ file: 'packs', path: '(file)', message: `cannot read folder ${join(dir, 'packs')}` });
  }
  for (const name of names) packs[name] = read(join('packs', name));
  if (problems.length > 0) return { files: null, problems };
  return { files: { manifest, catalog, sources, packs }, problems };
}
