import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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
 * The rule folder a command was given, compiled; or, having said why on `err`, the exit code: 1 when the folder
 * cannot be read, 3 when the pack in it is invalid (one line per problem, with file, line and column).
 */
export function loadRuleDir(dir: string, err: (s: string) => void): RuleSet | 1 | 3 {
  let folder = false;
  try {
    folder = statSync(dir).isDirectory();
  } catch {
    folder = false;
  }
  if (!folder) {
    err(`cannot read the rule folder ${dir}: no such folder`);
    return 1;
  }
  const loaded = loadRuleSet(dir);
  if ('ruleSet' in loaded) return loaded.ruleSet;
  for (const p of loaded.problems) err(formatRuleProblem(dir, p));
  return 3;
}

/**
 * Makes a command's output and writes it to `outFile`, or to `out` without one; exit 0, or 1 (said on `err`) when
 * it cannot be made or written.
 */
export async function writeOutput(
  make: () => Promise<string | Uint8Array> | string | Uint8Array,
  target: { outFile: string | undefined; format: string },
  out: (s: string | Uint8Array) => void,
  err: (s: string) => void,
): Promise<0 | 1> {
  try {
    const result = await make();
    if (target.outFile) writeFileSync(target.outFile, result);
    else out(result);
    return 0;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    err(
      e.code
        ? `cannot write ${target.outFile ?? 'the output'}: ${e.code}`
        : `could not make the ${target.format.toUpperCase()} output: ${e.message}`,
    );
    return 1;
  }
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
