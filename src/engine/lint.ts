import { TIMELESS_SOURCE_KINDS, formatPath, type ScenarioFile, type SourceKind } from '../domain';
import { dayNumber } from './dates';
import { readPath } from './logic';
import type { CompiledRule, RuleProblem, RuleSet } from './rule-set';
import { isOptionStatic, shadowedRules, staticHolds } from './shadow';

/** What rules:check and the studio pass in: the engine has no clock, so "today" comes from the caller. */
export interface LintOptions {
  /** Today as YYYY-MM-DD. Without it, source ages are not checked. */
  today?: string;
  /** Sources dated more than this many days before `today` are reported; default: the manifest's, else 730. */
  maxSourceAgeDays?: number;
}

/** The source age limit when neither the caller nor the manifest sets one: two years. */
export const DEFAULT_MAX_SOURCE_AGE_DAYS = 730;

/** Tighter limits for the kinds of source that go stale fastest, unless the manifest sets its own. */
export const DEFAULT_SOURCE_AGE_BY_KIND: Readonly<Partial<Record<SourceKind, number>>> = { pricing: 180, benchmark: 365 };

function never(c: CompiledRule, message: string, key = 'when'): RuleProblem {
  return { file: c.file, path: formatPath(['rules', c.index, key]), message: `rule "${c.rule.id}" can never fire: ${message}` };
}

/**
 * Rules that can never fire with this catalog: `appliesTo` selects no option, a condition is constantly false,
 * or a condition on option facts alone holds for none of the selected options.
 */
function neverFiring(rs: RuleSet): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const c of rs.rules) {
    if (c.scope !== 'use-case') continue;
    if (!c.selects.some(Boolean)) {
      problems.push(never(c, 'its appliesTo selects no option in the catalog', 'appliesTo'));
      continue;
    }
    c.conditions.forEach((cond, i) => {
      if (!isOptionStatic(cond.logic)) return;
      const holds = staticHolds(rs, cond.logic);
      if (rs.options.some((_, k) => c.selects[k] && holds[k])) return;
      const where = c.conditions.length > 1 ? `condition ${i + 1}` : 'its condition';
      const read = cond.paths.map((p) => `${p} = ${JSON.stringify(rs.options.map((o) => readPath({ option: o }, p)))}`).join('; ');
      problems.push(
        never(c, cond.paths.length ? `${where} holds for none of the options it applies to (${read})` : `${where} is always false`),
      );
    });
  }
  return problems;
}

/**
 * Sources last checked more than their kind's limit before `today` (laws, licences and releases never age), each
 * reported at the date it is aged from (`accessed`, else `date`) in sources.json.
 */
function staleSources(rs: RuleSet, today: string, maxDays: number, byKind: Partial<Record<SourceKind, number>>): RuleProblem[] {
  const now = dayNumber(today);
  if (now === null) throw new Error(`today must be a date as YYYY-MM-DD, not "${today}"`);
  // Compilation refuses duplicate source ids, so the map keeps the file's order and its indices.
  return [...rs.sources.values()].flatMap((s, i) => {
    if (s.kind !== undefined && TIMELESS_SOURCE_KINDS.has(s.kind)) return [];
    const key = s.accessed === undefined ? 'date' : 'accessed';
    const date = s.accessed ?? s.date;
    const day = dayNumber(date);
    const path = formatPath(['sources', i, key]);
    if (day === null) return [{ file: 'sources.json', path, message: `source "${s.id}" is dated ${date}, which is not a real date` }];
    const limit = (s.kind !== undefined ? byKind[s.kind] : undefined) ?? maxDays;
    const age = now - day;
    if (age <= limit) return [];
    const what = key === 'accessed' ? 'was last read on' : 'is dated';
    const kind = s.kind !== undefined && byKind[s.kind] !== undefined ? ` for a ${s.kind} source` : '';
    const message = `source "${s.id}" ${what} ${date}, ${age.toLocaleString('en-US')} days before ${today}; the limit${kind} is ${limit.toLocaleString('en-US')} days (re-check it and update its ${key === 'accessed' ? 'accessed date' : 'date'})`;
    return [{ file: 'sources.json', path, message }];
  });
}

/**
 * Lints a compiled rule set: rules that can never fire, rules wholly shadowed by an exclusion and, given
 * `today`, sources older than the age limit. Pure: the caller passes the date (throws when it is not a date).
 * @example lintRuleSet(ruleSet, { today: '2026-11-29' }) // [] for the default pack
 */
export function lintRuleSet(rs: RuleSet, options: LintOptions = {}): RuleProblem[] {
  const { maxDays, byKind } = sourceAgeLimits(rs, options.maxSourceAgeDays);
  return [
    ...neverFiring(rs),
    ...shadowedRules(rs),
    ...(options.today === undefined ? [] : staleSources(rs, options.today, maxDays, byKind)),
  ];
}

/** The source age limits in force: the caller's or the manifest's general limit, and the manifest's (or the default) limits by kind. */
export function sourceAgeLimits(
  rs: RuleSet,
  maxSourceAgeDays?: number,
): { maxDays: number; byKind: Readonly<Partial<Record<SourceKind, number>>> } {
  return {
    maxDays: maxSourceAgeDays ?? rs.manifest.maxSourceAgeDays ?? DEFAULT_MAX_SOURCE_AGE_DAYS,
    byKind: rs.manifest.maxSourceAgeDaysByKind ?? DEFAULT_SOURCE_AGE_BY_KIND,
  };
}

/**
 * Compares the manifest's `scenarios` with the files found in scenarios/: a file that is not listed, a listed
 * file that is missing, a file listed twice. Without the field every file runs, so nothing is reported.
 * @example lintScenarioList(['a.json'], ['a.json', 'b.json']) // [{ file: 'scenarios/b.json', path: '(root)', ... }]
 */
export function lintScenarioList(listed: readonly string[] | undefined, present: readonly string[]): RuleProblem[] {
  if (!listed) return [];
  const problems: RuleProblem[] = [];
  const files = new Set(present);
  listed.forEach((name, i) => {
    const path = formatPath(['scenarios', i]);
    if (listed.indexOf(name) < i) problems.push({ file: 'manifest.json', path, message: `lists "${name}" twice` });
    else if (!files.has(name))
      problems.push({ file: 'manifest.json', path, message: `lists "${name}" but there is no such file in scenarios/` });
  });
  for (const name of present) {
    if (!listed.includes(name))
      problems.push({ file: `scenarios/${name}`, path: '(root)', message: 'is not listed in manifest.json "scenarios"' });
  }
  return problems;
}

const article = (effect: string) => `${/^[aeiou]/.test(effect) ? 'an' : 'a'} ${effect}`;

/**
 * Checks what a scenario expects against the rule set, so that a renamed rule or option shows up here rather
 * than as a puzzling rules:test failure: use case ids the answers lack, unknown option and model ids, rule ids
 * that do not exist or have another effect. Each problem is placed at the expectation in the scenario file.
 * @example lintScenario(ruleSet, scenario, 'scenarios/a.json') // [{ path: 'expect.useCases.uc.reasons[0]', message: 'unknown rule id "x"' }]
 */
export function lintScenario(rs: RuleSet, scenario: ScenarioFile, file: string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const at = (path: (string | number)[], message: string) => problems.push({ file, path: formatPath(['expect', ...path]), message });
  const useCases = new Set(scenario.answers.useCases.map((u) => u.id));
  const options = new Set(rs.options.map((o) => o.id));
  const models = new Set(rs.options.map((o) => o.modelId));
  const rules = new Map(rs.rules.map((c) => [c.rule.id, c.rule.effect]));
  const effect = (ids: readonly string[] | undefined, want: string | null, path: (string | number)[]) =>
    ids?.forEach((id, i) => {
      const got = rules.get(id);
      if (got === undefined) at([...path, i], `unknown rule id "${id}"`);
      else if (want && got !== want) at([...path, i], `rule "${id}" is ${article(got)} rule, not ${article(want)} rule`);
    });
  for (const [id, want] of Object.entries(scenario.expect.useCases)) {
    const base = ['useCases', id];
    if (!useCases.has(id)) at(base, `the answers have no use case "${id}"`);
    const r = want.recommended;
    if (r?.optionId && !options.has(r.optionId)) at([...base, 'recommended', 'optionId'], `unknown option id "${r.optionId}"`);
    if (r?.modelId && !models.has(r.modelId)) at([...base, 'recommended', 'modelId'], `unknown model id "${r.modelId}"`);
    want.excluded?.forEach((o, i) => {
      if (!options.has(o)) at([...base, 'excluded', i], `unknown option id "${o}"`);
    });
    effect(want.obligations, 'obligation', [...base, 'obligations']);
    effect(want.reasons, null, [...base, 'reasons']);
  }
  effect(scenario.expect.portfolio?.notes, 'note', ['portfolio', 'notes']);
  effect(scenario.expect.portfolio?.obligations, 'obligation', ['portfolio', 'obligations']);
  return problems;
}
