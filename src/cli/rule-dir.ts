import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ScenarioFile, parseWithProblems, type Manifest } from '../domain';
import { compileRuleSet, type RuleProblem, type RuleSet } from '../engine';
import { jsonError, readRuleFiles } from './load-rules';
import { locateProblem, type Position } from '../lib/json-positions';

/** Loads and compiles a rule directory, or returns its problems. */
export function loadRuleSet(dir: string): { ruleSet: RuleSet } | { problems: RuleProblem[] } {
  const { files, problems } = readRuleFiles(dir);
  if (!files) return { problems };
  const compiled = compileRuleSet(files);
  return compiled.ok ? { ruleSet: compiled.ruleSet } : { problems: compiled.problems };
}

/**
 * `file:line:column: path: message`, with the file under the rule directory, so that editors and terminals
 * link straight to the spot. The position is that of the JSON path (or of the syntax error); a file that cannot
 * be read gets no position.
 * @example formatRuleProblem('rules', p) // 'rules/packs/gdpr.json:12:7: rules[1].when: unknown fact "x"'
 */
export function formatRuleProblem(dir: string, p: RuleProblem): string {
  const file = `${dir.replace(/\/$/, '')}/${p.file}`;
  const at = locateRuleProblem(dir, p);
  return at ? `${file}:${at.line}:${at.column}: ${p.path}: ${p.message}` : `${file}: ${p.path}: ${p.message}`;
}

/** Where a problem sits in its file (1-based line and column), or null when the file cannot be read. */
export function locateRuleProblem(dir: string, p: RuleProblem): Position | null {
  let text: string;
  try {
    text = readFileSync(join(dir, p.file), 'utf8');
  } catch {
    return null;
  }
  return locateProblem(text, p.path, p.message);
}

/** The .json files in <dir>/scenarios, sorted; none when there is no such folder. */
export function scenarioFiles(dir: string): string[] {
  try {
    return readdirSync(join(dir, 'scenarios'))
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
}

/** The scenarios to run: those the manifest lists, in its order, else every file in scenarios/. */
export function scenarioNames(dir: string, manifest: Manifest): string[] {
  return manifest.scenarios ?? scenarioFiles(dir);
}

/**
 * Reads and validates one scenario file, or returns its problems (unreadable, invalid JSON, schema), each
 * naming `scenarios/<name>` so that formatRuleProblem can place it.
 */
export function readScenario(dir: string, name: string): { scenario: ScenarioFile } | { problems: RuleProblem[] } {
  const file = `scenarios/${name}`;
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch {
    return { problems: [{ file, path: '(file)', message: `cannot read ${join(dir, file)}` }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { problems: [{ file, path: '(file)', message: jsonError(error) }] };
  }
  const parsed = parseWithProblems(ScenarioFile, raw);
  return parsed.ok ? { scenario: parsed.data } : { problems: parsed.problems.map((p) => ({ file, path: p.path, message: p.message })) };
}

/** The `--rules DIR` flag, or the default `rules` folder. @example rulesDir(parseArgs(['--rules', 'x']).flags) // 'x' */
export function rulesDir(flags: ReadonlyMap<string, string | true>): string {
  const dir = flags.get('rules');
  return typeof dir === 'string' ? dir : 'rules';
}
