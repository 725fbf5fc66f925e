import { formatPath } from '../domain';
import { canonicalJson } from './hash';
import { runLogic, truthy } from './logic';
import type { CompiledRule, RuleProblem, RuleSet } from './rule-set';

/** Operators that read data some other way than a plain `var`, or change what `var` reads: not decided statically. */
const OPAQUE = new Set(['val', 'exists', 'missing', 'missing_some', 'try', 'pipe', 'eachKey']);
/** Operators whose later arguments run once per item, where `var` reads the item (and `../` the data outside). */
const ITERATING = new Set(['map', 'filter', 'reduce', 'some', 'all', 'none', 'every']);

/**
 * Whether a condition reads nothing but option facts (or nothing at all), so that it holds or fails for each
 * catalog option alike in every use case and can be decided here. Conservative: anything unclear is not static.
 * @example isOptionStatic({ '!': [{ var: 'option.baaAvailable' }] }) // true
 */
export function isOptionStatic(logic: unknown): boolean {
  const walk = (node: unknown, inItem: boolean): boolean => {
    if (Array.isArray(node)) return node.every((n) => walk(n, inItem));
    if (node === null || typeof node !== 'object') return true;
    return Object.entries(node).every(([op, args]) => {
      if (OPAQUE.has(op)) return false;
      if (op === 'var') {
        const path: unknown = Array.isArray(args) ? (args as unknown[])[0] : args;
        const rest = Array.isArray(args) ? (args as unknown[]).slice(1) : [];
        if (typeof path !== 'string' || path.includes('../')) return false;
        return (inItem || path === 'option' || path.startsWith('option.')) && walk(rest, inItem);
      }
      if (!ITERATING.has(op) || !Array.isArray(args)) return walk(args, inItem);
      // reduce's third argument (the initial value) runs outside the items, like the first.
      return (args as unknown[]).every((a, i) => walk(a, inItem || (i > 0 && !(op === 'reduce' && i === 2))));
    });
  };
  return walk(logic, false);
}

const holdsCache = new WeakMap<RuleSet, Map<string, boolean[]>>();

/**
 * For an option-static condition, whether it holds for each catalog option, in catalog order (an error counts
 * as not holding, as it does when the engine runs the rule). Memoised per rule set and condition.
 */
export function staticHolds(rs: RuleSet, logic: unknown): readonly boolean[] {
  let byLogic = holdsCache.get(rs);
  if (!byLogic) holdsCache.set(rs, (byLogic = new Map<string, boolean[]>()));
  const key = canonicalJson(logic);
  let holds = byLogic.get(key);
  if (!holds) {
    holds = rs.options.map((option) => {
      try {
        return truthy(runLogic(logic, { option }));
      } catch {
        return false;
      }
    });
    byLogic.set(key, holds);
  }
  return holds;
}

interface Exclusion {
  rule: CompiledRule;
  /** Canonical JSON of the conditions that the shadowed rule must have too, the very same JSON. */
  needs: string[];
  /** For each catalog option, whether its conditions on option facts alone all hold there. */
  staticOk: boolean[];
}

/** The exclusions, indexed by their first needed condition ('' for none), so a rule meets only those it may share. */
function exclusionIndex(rs: RuleSet): Map<string, Exclusion[]> {
  const index = new Map<string, Exclusion[]>();
  for (const rule of rs.rules) {
    if (rule.rule.effect !== 'exclude' || rule.scope !== 'use-case') continue;
    const statics = rule.conditions.filter((c) => isOptionStatic(c.logic)).map((c) => staticHolds(rs, c.logic));
    const needs = rule.conditions.filter((c) => !isOptionStatic(c.logic)).map((c) => canonicalJson(c.logic));
    const staticOk = rs.options.map((_, k) => statics.every((h) => h[k]));
    const key = needs[0] ?? '';
    index.set(key, [...(index.get(key) ?? []), { rule, needs, staticOk }]);
  }
  return index;
}

/**
 * Whether a rule's fired effect can ever be seen. Scores count only for eligible options (an excluded option is
 * not ranked, and its points are not listed among the reasons). Obligations and notes are shown for the
 * recommended option, which is never an excluded one; but when every option is excluded, the engine still
 * shows the obligations and notes of rules that apply to every option and read no option or derived fact
 * (src/engine/explain.ts, dutyRules): a prohibited practice keeps its duties. Such a rule fires exactly when it
 * would be shown, so it is never shadowed.
 */
function canBeShadowed(c: CompiledRule): boolean {
  if (c.scope !== 'use-case' || c.rule.effect === 'exclude') return false;
  if (c.rule.effect === 'score') return true;
  return c.perOption || !c.selects.every(Boolean);
}

/**
 * The first exclusion (in pack order) that fires on option `k` whenever rule `c` does: it selects the option
 * and each of its conditions is one of `c`'s own (the same JSON) or reads only option facts and holds for this
 * option. Sound: when `c` fires, its conditions all held on the same facts, so the exclusion's held too.
 */
function shadowOn(candidates: readonly Exclusion[], own: ReadonlySet<string>, k: number): Exclusion | undefined {
  let first: Exclusion | undefined;
  for (const e of candidates) {
    if (first && first.rule.order < e.rule.order) continue;
    if (e.rule.selects[k] && e.staticOk[k] && e.needs.every((n) => own.has(n))) first = e;
  }
  return first;
}

function message(c: CompiledRule, by: Map<Exclusion, string[]>): string {
  const groups = [...by.entries()];
  const names = groups.map(([e, on]) => `"${e.rule.rule.id}" (${e.rule.file}${groups.length > 1 ? `, on ${on.join(', ')}` : ''})`);
  const options = groups.flatMap(([, on]) => on);
  const effect = c.rule.effect === 'score' ? 'its points never count' : `its ${c.rule.effect} is never shown`;
  return `rule "${c.rule.id}" is wholly shadowed by exclusion${groups.length > 1 ? 's' : ''} ${names.join(' and ')}: on every option where it can fire (${options.join(', ')}) the option is excluded whenever it fires, so ${effect}`;
}

/**
 * Score, obligation and note rules that are wholly shadowed by exclusions: on every option the rule can fire
 * for, some exclusion fires whenever it does. A static, conservative check: it proves shadowing only from
 * conditions that are structurally the same JSON (top-level `and` operands) or that read option facts alone.
 * @example shadowedRules(ruleSet) // [{ file: 'packs/x.json', path: 'rules[2]', message: 'rule "y" is wholly shadowed by exclusion "z" ...' }]
 */
export function shadowedRules(rs: RuleSet): RuleProblem[] {
  const index = exclusionIndex(rs);
  if (index.size === 0) return [];
  const problems: RuleProblem[] = [];
  for (const c of rs.rules) {
    if (!canBeShadowed(c)) continue;
    const statics = c.conditions.filter((cond) => isOptionStatic(cond.logic)).map((cond) => staticHolds(rs, cond.logic));
    const firesOn = rs.options.flatMap((_, k) => (c.selects[k] && statics.every((h) => h[k]) ? [k] : []));
    // A rule that fires on no option is the "can never fire" check's to report.
    if (firesOn.length === 0) continue;
    const own = new Set(c.conditions.map((cond) => canonicalJson(cond.logic)));
    const candidates = ['', ...own].flatMap((key) => index.get(key) ?? []);
    const by = new Map<Exclusion, string[]>();
    const covered = firesOn.every((k) => {
      const e = shadowOn(candidates, own, k);
      if (e) by.set(e, [...(by.get(e) ?? []), rs.options[k]?.id ?? String(k)]);
      return e !== undefined;
    });
    if (covered) problems.push({ file: c.file, path: formatPath(['rules', c.index]), message: message(c, by) });
  }
  return problems;
}
