import type { Dimension } from '../domain';
import { varPaths, type PreparedLogic } from './logic';
import type { RuleSet } from './rule-set';

/**
 * One distinct JSON Logic expression of a rule set: a condition or a points expression. Rules that share an
 * expression (the same JSON) share its value in one context, so it runs once per use case (or per use case and
 * option) however many rules use it, as a Rete network shares its alpha tests.
 */
export interface Expression {
  run: PreparedLogic;
  paths: readonly string[];
  /** Reads option or derived facts, so its value differs between the options of one use case. */
  perOption: boolean;
  /** Its first slot in a memo: one slot, or one per option when `perOption`. */
  slot: number;
}

/**
 * A rule set's distinct expressions, which one each rule's conditions and points are, and what the untraced
 * evaluation and the sensitivity probes read of each rule in flat arrays (by rule `order`).
 */
export interface Expressions {
  list: Expression[];
  /** Per rule (by `order`): the expression of each condition, indexed like `rule.conditions`. */
  conditions: Int32Array[];
  /** Per rule (by `order`): the same, in the rule's `conditionOrder` (the order conditions run without a trace). */
  ordered: Int32Array[];
  /** Per expression: its first memo slot, and 1 when it reads option or derived facts (one slot per option). */
  slotOf: Int32Array;
  perOption: Uint8Array;
  /**
   * Per expression: 1 when it reads only the answers' own sections and option facts (nothing of the use case), so
   * its value is the same for every use case under the same answers (see `AnswerMemo` in memo.ts).
   */
  answerLevel: Uint8Array;
  /** Per rule (by `order`): its points expression, or -1 for fixed points or none. */
  points: Int32Array;
  /** Slots a memo needs for one use case. */
  slots: number;
  /**
   * Per rule (by `order`): untraced results that are the same wherever they occur (a failure at condition i, a
   * firing with fixed points), made once and shared; filled by evaluate-rule.ts.
   */
  failures: (object[] | undefined)[];
  firings: (object | undefined)[];
  /** Per rule (by `order`): the options its `appliesTo` selects, in catalog order (none for a portfolio rule). */
  selected: Int32Array[];
  /** Per option: the use-case rules whose `appliesTo` selects it, in rule order. */
  selecting: Int32Array[];
  /** Per rule (by `order`): the index in DIMENSIONS of a score rule's dimension, EXCLUDES for an exclusion, else NO_EFFECT. */
  effects: Int8Array;
}

/** The dimensions in the order the engine keeps sums in. */
export const DIMENSIONS: readonly Dimension[] = ['quality', 'cost', 'control', 'feasibility'];
/** In `Expressions.effects`: an exclusion; a note or an obligation. */
export const EXCLUDES = -1;
export const NO_EFFECT = -2;

const OPTION_ROOTS: ReadonlySet<string> = new Set(['option', 'derived']);
const ANSWER_ROOTS: ReadonlySet<string> = new Set(['organization', 'regulation', 'team', 'priorities', 'option']);
const rootOf = (path: string) => path.split('.')[0] ?? path;
const tables = new WeakMap<RuleSet, Expressions>();

/**
 * The distinct expressions of a rule set, keyed by their JSON, and the per-rule arrays; memoised per rule set.
 * @example expressions(rs).list.length <= rs.rules.reduce((n, r) => n + r.conditions.length + 1, 0) // true
 */
export function expressions(rs: RuleSet): Expressions {
  const cached = tables.get(rs);
  if (cached) return cached;
  const ids = new Map<string, number>();
  const list: Expression[] = [];
  let slots = 0;
  const idOf = (logic: unknown, run: PreparedLogic, paths: readonly string[]): number => {
    const key = JSON.stringify(logic) ?? 'undefined';
    let id = ids.get(key);
    if (id === undefined) {
      const perOption = paths.some((p) => OPTION_ROOTS.has(rootOf(p)));
      id = list.push({ run, paths, perOption, slot: slots }) - 1;
      slots += perOption ? rs.options.length : 1;
      ids.set(key, id);
    }
    return id;
  };
  const conditions = rs.rules.map((r) => Int32Array.from(r.conditions, (c) => idOf(c.logic, c.run, c.paths)));
  const points = Int32Array.from(rs.rules, (r) => (r.points === undefined ? -1 : idOf(r.pointsLogic, r.points, varPaths(r.pointsLogic))));
  const selected = rs.rules.map((r) => Int32Array.from(r.scope === 'use-case' ? r.selects.flatMap((on, i) => (on ? [i] : [])) : []));
  const effects = Int8Array.from(rs.rules, ({ rule: r }) =>
    r.effect === 'score' ? DIMENSIONS.indexOf(r.dimension) : r.effect === 'exclude' ? EXCLUDES : NO_EFFECT,
  );
  const ordered = rs.rules.map((r, i) => Int32Array.from(r.conditionOrder, (k) => conditions[i]?.[k] ?? -1));
  const slotOf = Int32Array.from(list, (e) => e.slot);
  const perOption = Uint8Array.from(list, (e) => (e.perOption ? 1 : 0));
  const answerLevel = Uint8Array.from(list, (e) => (e.paths.every((p) => ANSWER_ROOTS.has(rootOf(p))) ? 1 : 0));
  const selecting = rs.options.map((_, i) =>
    Int32Array.from(rs.rules.flatMap((r) => (r.scope === 'use-case' && r.selects[i] ? [r.order] : []))),
  );
  const table: Expressions = {
    list,
    conditions,
    ordered,
    slotOf,
    perOption,
    answerLevel,
    points,
    slots,
    failures: [],
    firings: [],
    selected,
    selecting,
    effects,
  };
  tables.set(rs, table);
  return table;
}
