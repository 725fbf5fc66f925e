import { bracedPaths, placeholders } from './text-facts';
import type { z } from 'zod';
import { CatalogFile, Manifest, PackFile, SourcesFile, formatPath, parseWithProblems, type Rule, type Source } from '../domain';
import { costAssumptions, type CostAssumptions } from './cost';
import { checkLimits } from './limits';
import { knownFactPaths, optionFacts, type OptionFacts } from './facts';
import { canonicalJson, sha256Hex } from './hash';
import { KNOWN_OPERATORS, operators, prepareLogic, varPaths, type PreparedLogic } from './logic';
import { selectorMatches } from './selector';

/** The rule files as parsed JSON, before validation. Pack keys are the file names the manifest lists. */
export interface RuleFiles {
  manifest: unknown;
  catalog: unknown;
  sources: unknown;
  packs: Record<string, unknown>;
}

/** A problem in a rule file: which file, where in it (a JSON path) and what. */
export interface RuleProblem {
  file: string;
  path: string;
  message: string;
}

/** One condition of a rule: a top-level operand of its `and`, or the whole `when`. */
export interface Condition {
  logic: unknown;
  paths: string[];
  /** The expression made ready to run. */
  run: PreparedLogic;
}

export interface CompiledRule {
  rule: Rule;
  file: string;
  index: number;
  order: number;
  topic: string;
  scope: 'use-case' | 'portfolio';
  conditions: Condition[];
  pointsLogic: unknown;
  /** `pointsLogic` made ready to run, when the points are an expression. */
  points: PreparedLogic | undefined;
  roots: ReadonlySet<string>;
  /** Every fact path the rule reads, in `when` and `points`. */
  paths: readonly string[];
  /** Reads option or derived facts, so it must run once per option. */
  perOption: boolean;
  /**
   * Indices into `conditions` in the order the engine tries them without a trace: those reading no option or
   * derived fact first (they hold or fail alike for every option, so they run once per use case), then the rest.
   */
  conditionOrder: readonly number[];
  /** How many conditions at the front of `conditionOrder` read no option or derived fact. */
  sharedConditions: number;
  /** For each catalog option (in catalog order), whether `appliesTo` selects it. */
  selects: boolean[];
}

export interface RuleSet {
  id: string;
  version: string;
  title: string;
  hash: string;
  manifest: Manifest;
  catalog: CatalogFile;
  sources: ReadonlyMap<string, Source>;
  options: OptionFacts[];
  rules: CompiledRule[];
  scoring: Manifest['scoring'];
  costs: CostAssumptions;
}

export type { RuleSetData } from './rule-set-data';

export type CompileResult = { ok: true; ruleSet: RuleSet } | { ok: false; problems: RuleProblem[] };

function parseFile<T>(schema: z.ZodType<T>, data: unknown, file: string, problems: RuleProblem[]): T | null {
  const result = parseWithProblems(schema, data);
  if (result.ok) return result.data;
  for (const p of result.problems) problems.push({ file, path: p.path, message: p.message });
  return null;
}

/** Fact roots that differ between the options of one use case. */
const OPTION_ROOTS: ReadonlySet<string> = new Set(['option', 'derived']);

/** Splits a `when` into its conditions: the operands of a top-level `and`, else the whole expression. */
export function splitConditions(when: unknown): Condition[] {
  const parts =
    when !== null &&
    typeof when === 'object' &&
    !Array.isArray(when) &&
    Object.keys(when).length === 1 &&
    Array.isArray((when as { and?: unknown }).and)
      ? (when as { and: unknown[] }).and
      : [when];
  return parts.map((logic) => ({ logic, paths: varPaths(logic), run: prepareLogic(logic) }));
}

function checkLogic(logic: unknown, where: string, file: string, known: Set<string>, problems: RuleProblem[]) {
  for (const op of operators(logic)) {
    if (!KNOWN_OPERATORS.has(op)) problems.push({ file, path: where, message: `unknown JSON Logic operator "${op}"` });
  }
  for (const path of varPaths(logic)) {
    if (!known.has(path)) problems.push({ file, path: where, message: `unknown fact "${path}"` });
  }
}

/**
 * Figures in braces in a rule's text: only a use-case obligation or note may name them (its text comes with one
 * option), and only facts of that option (derived.* or option.*) the engine knows.
 */
function checkTextFigures(
  rule: { text: string; effect: string },
  scope: 'use-case' | 'portfolio',
  where: string,
  file: string,
  known: Set<string>,
  problems: RuleProblem[],
) {
  const named = bracedPaths(rule.text);
  if (named.length === 0) return;
  if (scope !== 'use-case' || (rule.effect !== 'obligation' && rule.effect !== 'note')) {
    problems.push({
      file,
      path: where,
      message: `figures in braces (${named.map((p) => `{${p}}`).join(', ')}) belong only in a use-case obligation or note`,
    });
    return;
  }
  // The paths fillText fills in: anything else in braces would stay in the text as written.
  const filled = new Set(placeholders(rule.text));
  for (const path of named) {
    if (!filled.has(path) || !known.has(path))
      problems.push({ file, path: where, message: `unknown figure "{${path}}" in the text: name a derived.* or option.* fact` });
  }
}

/**
 * Validates the rule files and compiles them into a rule set the engine runs; never throws on bad input.
 * @example const r = compileRuleSet(files); if (r.ok) recommend(r.ruleSet, answers)
 */
export function compileRuleSet(files: RuleFiles): CompileResult {
  const limits = checkLimits(files);
  if (limits.length > 0) return { ok: false, problems: limits };
  const problems: RuleProblem[] = [];
  const manifest = parseFile(Manifest, files.manifest, 'manifest.json', problems);
  const catalog = parseFile(CatalogFile, files.catalog, 'catalog.json', problems);
  const sourcesFile = parseFile(SourcesFile, files.sources, 'sources.json', problems);
  if (!manifest || !catalog || !sourcesFile) return { ok: false, problems };

  const sources = new Map(sourcesFile.sources.map((s) => [s.id, s]));
  const seenSources = new Set<string>();
  sourcesFile.sources.forEach((s, i) => {
    if (seenSources.has(s.id))
      problems.push({ file: 'sources.json', path: formatPath(['sources', i, 'id']), message: `duplicate source id "${s.id}"` });
    seenSources.add(s.id);
  });
  checkCatalogSources(catalog, sources, problems);
  const options = catalog.options.map((o) => {
    const model = catalog.models.find((m) => m.id === o.modelId);
    if (!model) throw new Error('unreachable: catalog schema checks model ids');
    return optionFacts(o, model, catalog.asOf);
  });
  const known = { 'use-case': knownFactPaths(catalog, 'use-case'), portfolio: knownFactPaths(catalog, 'portfolio') };
  const rules: CompiledRule[] = [];
  const seen = new Map<string, string>();
  for (const fileName of manifest.packs) {
    const file = `packs/${fileName}`;
    if (!(fileName in files.packs)) {
      problems.push({ file: 'manifest.json', path: 'packs', message: `lists "${fileName}" but no such file was given` });
      continue;
    }
    const pack = parseFile(PackFile, files.packs[fileName], file, problems);
    if (!pack) continue;
    pack.rules.forEach((rule, index) => {
      const at = (key: string) => formatPath(['rules', index, key]);
      const before = seen.get(rule.id);
      if (before) problems.push({ file, path: at('id'), message: `duplicate rule id "${rule.id}" (also in ${before})` });
      seen.set(rule.id, file);
      rule.sources.forEach((s, i) => {
        if (!sources.has(s)) problems.push({ file, path: formatPath(['rules', index, 'sources', i]), message: `unknown source "${s}"` });
      });
      const scope = rule.scope ?? 'use-case';
      checkLogic(rule.when, at('when'), file, known[scope], problems);
      const pointsLogic = rule.effect === 'score' && typeof rule.points !== 'number' ? rule.points : undefined;
      if (pointsLogic !== undefined) checkLogic(pointsLogic, at('points'), file, known[scope], problems);
      if (scope === 'portfolio' && (rule.effect === 'score' || rule.effect === 'exclude' || rule.appliesTo))
        problems.push({ file, path: at('scope'), message: 'a portfolio rule can only be a note or an obligation, without appliesTo' });
      checkSelector(rule, catalog, file, at('appliesTo'), problems);
      checkTextFigures(rule, scope, at('text'), file, known['use-case'], problems);
      const paths = [...varPaths(rule.when), ...(pointsLogic === undefined ? [] : varPaths(pointsLogic))];
      const roots = new Set(paths.map((p) => p.split('.')[0] ?? p));
      const conditions = splitConditions(rule.when);
      const perCondition = conditions.map((c) => c.paths.some((p) => OPTION_ROOTS.has(p.split('.')[0] ?? p)));
      const shared = perCondition.flatMap((per, i) => (per ? [] : [i]));
      rules.push({
        rule,
        file,
        index,
        order: rules.length,
        topic: pack.topic,
        scope,
        conditions,
        pointsLogic,
        points: pointsLogic === undefined ? undefined : prepareLogic(pointsLogic),
        roots,
        paths,
        perOption: [...roots].some((r) => OPTION_ROOTS.has(r)),
        conditionOrder: [...shared, ...perCondition.flatMap((per, i) => (per ? [i] : []))],
        sharedConditions: shared.length,
        selects: catalog.options.map((o, i) => selectorMatches(rule.appliesTo, o, options[i] as OptionFacts)),
      });
    });
  }
  for (const fileName of Object.keys(files.packs)) {
    if (!manifest.packs.includes(fileName))
      problems.push({ file: `packs/${fileName}`, path: '(root)', message: 'is not listed in manifest.json "packs"' });
  }
  if (problems.length > 0) return { ok: false, problems };
  const hash = sha256Hex(canonicalJson({ manifest: files.manifest, catalog: files.catalog, sources: files.sources, packs: files.packs }));
  return {
    ok: true,
    ruleSet: {
      id: manifest.id,
      version: manifest.version,
      title: manifest.title,
      hash,
      manifest,
      catalog,
      sources,
      options,
      rules,
      scoring: manifest.scoring,
      costs: costAssumptions(catalog),
    },
  };
}

function checkSelector(rule: Rule, catalog: CatalogFile, file: string, where: string, problems: RuleProblem[]) {
  const sel = rule.appliesTo;
  if (!sel) return;
  const optionIds = new Set(catalog.options.map((o) => o.id));
  const modelIds = new Set(catalog.models.map((m) => m.id));
  for (const id of sel.optionIds ?? [])
    if (!optionIds.has(id)) problems.push({ file, path: `${where}.optionIds`, message: `unknown option id "${id}"` });
  for (const id of sel.modelIds ?? [])
    if (!modelIds.has(id)) problems.push({ file, path: `${where}.modelIds`, message: `unknown model id "${id}"` });
}

function checkCatalogSources(catalog: CatalogFile, sources: ReadonlyMap<string, Source>, problems: RuleProblem[]) {
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, i]));
    else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'source' && typeof v === 'string' && !sources.has(v))
          problems.push({ file: 'catalog.json', path: formatPath([...path, k]), message: `unknown source "${v}"` });
        else walk(v, [...path, k]);
      }
    }
  };
  walk(catalog, []);
}
