import { ScenarioFile, parseWithProblems } from '../domain';
import { compileRuleSet, lintScenario, lintScenarioList, type RuleProblem, type RuleSet } from '../engine';
import { jsonSyntaxProblems, locateProblem } from './json-positions';

/**
 * A rule pack as its files' text, keyed by path under rules/: `manifest.json`, `catalog.json`, `sources.json`,
 * `packs/<name>.json`, `scenarios/<name>.json`. This is what the app loads, what the studio edits and exports.
 */
export type RuleTexts = Readonly<Record<string, string>>;

/** A rule-file problem with the line and column (1-based) where an editor should put the cursor. */
export interface LocatedProblem extends RuleProblem {
  line: number;
  column: number;
}

/** One worked scenario of the pack, as `rules:test` runs it. */
export interface NamedScenario {
  file: string;
  scenario: ScenarioFile;
}

export type CompiledTexts = { ok: true; ruleSet: RuleSet; scenarios: NamedScenario[] } | { ok: false; problems: LocatedProblem[] };

/** Size limits for a pack loaded in the browser: enough for 20 times the default pack, small enough not to hang. */
export const RULE_TEXT_LIMITS = { files: 300, bytesPerFile: 5_000_000 } as const;

const FIXED = ['manifest.json', 'catalog.json', 'sources.json'] as const;

/**
 * `file:line:column: path: message`, as `npm run rules:check` prints it.
 * @example formatLocated({ file: 'packs/a.json', path: 'rules[0].id', message: 'is required', line: 4, column: 7 }) // 'packs/a.json:4:7: rules[0].id: is required'
 */
export function formatLocated(p: LocatedProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.path}: ${p.message}`;
}

/** A problem with the line and column of its path in its file's text. */
export function located(texts: RuleTexts, p: RuleProblem): LocatedProblem {
  const text = texts[p.file];
  return { ...p, ...(text === undefined ? { line: 1, column: 1 } : locateProblem(text, p.path, p.message)) };
}

/** The file's JSON, or a problem placed at its first syntax error. */
function parseText(texts: RuleTexts, file: string, problems: LocatedProblem[]): unknown {
  const text = texts[file];
  if (text === undefined) {
    problems.push({ file, path: '(file)', message: 'is missing from the pack', line: 1, column: 1 });
    return undefined;
  }
  if (text.length > RULE_TEXT_LIMITS.bytesPerFile) {
    problems.push({
      file,
      path: '(file)',
      message: `is larger than the ${RULE_TEXT_LIMITS.bytesPerFile / 1e6} MB limit`,
      line: 1,
      column: 1,
    });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const [first] = jsonSyntaxProblems(text);
    problems.push({
      file,
      path: '(file)',
      message: `invalid JSON: ${first?.message ?? 'cannot be read'}`,
      line: first?.line ?? 1,
      column: first?.column ?? 1,
    });
    return undefined;
  }
}

/** The manifest's `scenarios` list, read leniently: the compiler reports a malformed manifest in full. */
function scenarioNames(manifest: unknown): string[] | undefined {
  const list = (manifest as { scenarios?: unknown } | null)?.scenarios;
  return Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : undefined;
}

/**
 * Parses and compiles a pack given as text: every problem comes back with its file, JSON path, line and column,
 * and the pack is refused while any remains (its scenarios included, unless `scenarios: false` says the caller
 * fetched none). Never throws.
 * @example const r = compileRuleTexts(texts); if (!r.ok) r.problems.map(formatLocated)
 */
export function compileRuleTexts(texts: RuleTexts, { scenarios: withScenarios = true } = {}): CompiledTexts {
  const problems: LocatedProblem[] = [];
  const names = Object.keys(texts);
  if (names.length > RULE_TEXT_LIMITS.files)
    return {
      ok: false,
      problems: [
        {
          file: 'manifest.json',
          path: '(file)',
          message: `the pack has ${names.length} files; at most ${RULE_TEXT_LIMITS.files} are allowed`,
          line: 1,
          column: 1,
        },
      ],
    };
  const [manifest, catalog, sources] = FIXED.map((f) => parseText(texts, f, problems));
  const packs: Record<string, unknown> = {};
  for (const name of names.filter((n) => n.startsWith('packs/')).sort())
    packs[name.slice('packs/'.length)] = parseText(texts, name, problems);
  for (const name of names) {
    if (!FIXED.includes(name as (typeof FIXED)[number]) && !/^(packs|scenarios)\/[^/]+\.json$/.test(name))
      problems.push({
        file: name,
        path: '(file)',
        message: 'is not part of a rule pack (expected manifest.json, catalog.json, sources.json, packs/*.json or scenarios/*.json)',
        line: 1,
        column: 1,
      });
  }
  if (problems.length > 0) return { ok: false, problems };
  const compiled = compileRuleSet({ manifest, catalog, sources, packs });
  if (!compiled.ok) return { ok: false, problems: compiled.problems.map((p) => located(texts, p)) };

  if (!withScenarios) return { ok: true, ruleSet: compiled.ruleSet, scenarios: [] };
  // As in rules:test: the scenarios the manifest lists, or every scenario file when it lists none.
  const present = names.filter((n) => n.startsWith('scenarios/')).map((n) => n.slice('scenarios/'.length));
  const listed = scenarioNames(manifest);
  for (const p of lintScenarioList(listed, present)) problems.push(located(texts, p));
  const scenarios: NamedScenario[] = [];
  for (const name of (listed ?? present).filter((n) => present.includes(n))) {
    const file = `scenarios/${name}`;
    const raw = parseText(texts, file, problems);
    if (raw === undefined) continue;
    const parsed = parseWithProblems(ScenarioFile, raw);
    if (!parsed.ok) for (const p of parsed.problems) problems.push(located(texts, { file, path: p.path, message: p.message }));
    else {
      for (const p of lintScenario(compiled.ruleSet, parsed.data, file)) problems.push(located(texts, p));
      scenarios.push({ file, scenario: parsed.data });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, ruleSet: compiled.ruleSet, scenarios };
}
