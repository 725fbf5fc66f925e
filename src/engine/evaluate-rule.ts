import type { CompiledRule } from './rule-set';
import { readPath, truthy } from './logic';
import { Thrown, type Memo } from './memo';

/** Whether one condition held, and the fact values it read: the "why" and "why not" of a rule. */
export interface ConditionResult {
  held: boolean;
  values: Record<string, unknown>;
}

/** A rule's outcome for one use case and option, fired or not (after json-rules-engine's per-condition result). */
export interface RuleResult {
  rule: CompiledRule;
  fired: boolean;
  /** With a trace, every condition in pack order with the values it read; without one, empty. */
  conditions: ConditionResult[];
  /**
   * For a rule that did not fire because a condition failed, that condition's index in `rule.conditions` (with a
   * trace the first in pack order; without, the first the engine tried). A re-run whose changed facts that
   * condition does not read can keep the result.
   */
  failedAt?: number;
  /** Points for a fired score rule, after evaluating its expression. */
  points?: number;
  /** Set when a condition or the points expression failed at run time; the rule then does not fire. */
  error?: string;
}

const NO_CONDITIONS: ConditionResult[] = Object.freeze([]) as unknown as ConditionResult[];

function errorResult(rule: CompiledRule, conditions: ConditionResult[], error: unknown): RuleResult {
  return { rule, fired: false, conditions, error: error instanceof Error ? error.message : String(error) };
}

/**
 * Evaluates a rule with a trace: every condition runs in pack order and keeps the values it read, so a not-fired
 * rule still says which conditions held.
 * @example evaluateRule(compiled, { useCase: { task: 'agent' } }).fired // true or false
 */
export function evaluateRule(rule: CompiledRule, context: unknown): RuleResult {
  const conditions: ConditionResult[] = [];
  let failedAt: number | undefined;
  try {
    rule.conditions.forEach((condition, i) => {
      const held = truthy(condition.run(context));
      const values: Record<string, unknown> = {};
      for (const path of condition.paths) values[path] = readPath(context, path);
      conditions.push({ held, values });
      if (!held && failedAt === undefined) failedAt = i;
    });
  } catch (error) {
    return errorResult(rule, conditions, error);
  }
  if (failedAt !== undefined) return { rule, fired: false, conditions, failedAt };
  if (rule.rule.effect !== 'score') return { rule, fired: true, conditions };
  return scored(rule, conditions, rule.points === undefined ? rule.rule.points : safeRun(rule.points, context));
}

/**
 * Without a trace: runs the conditions at positions `from` to `to` of the rule's `conditionOrder` (option-independent
 * ones first) for one option, taking their values from the memo. Returns a not-fired result at the first that
 * fails or throws, or null when all held.
 */
export function checkVia(rule: CompiledRule, memo: Memo, option: number, from: number, to: number): RuleResult | null {
  const ids = memo.x.ordered[rule.order] as Int32Array;
  for (let k = from; k < to; k += 1) {
    const v = memo.value(ids[k] as number, option);
    if (v === true) continue;
    if (v instanceof Thrown) return errorResult(rule, NO_CONDITIONS, v.error);
    if (v === false || !truthy(v)) return failure(rule, memo, rule.conditionOrder[k] as number);
  }
  return null;
}

/**
 * Without a trace: the rule's result for one option, conditions from position `from` of `conditionOrder` on (those
 * before it are taken as held), stopping at the first that fails.
 */
export function evaluateVia(rule: CompiledRule, memo: Memo, option: number, from: number): RuleResult {
  return checkVia(rule, memo, option, from, rule.conditionOrder.length) ?? fire(rule, memo, option);
}

/** The untraced result of a rule whose condition `i` failed: one shared, frozen object per rule and condition. */
function failure(rule: CompiledRule, memo: Memo, i: number): RuleResult {
  const list = (memo.x.failures[rule.order] ??= []) as RuleResult[];
  return (list[i] ??= Object.freeze({ rule, fired: false, conditions: NO_CONDITIONS, failedAt: i }));
}

/** What `effectVia` returns for a fired exclusion. */
export const EXCLUDED: unique symbol = Symbol('excluded');

/** The untraced result of a rule whose conditions all held: fired, with its points when it scores. */
function fire(rule: CompiledRule, memo: Memo, option: number): RuleResult {
  // A rule with fixed points gives the same result everywhere it fires: one shared object.
  if (rule.points === undefined) {
    let shared = memo.x.firings[rule.order] as RuleResult | undefined;
    if (!shared) {
      const r = rule.rule;
      const conditions = NO_CONDITIONS;
      shared = Object.freeze(
        r.effect === 'score' && typeof r.points === 'number'
          ? { rule, fired: true, conditions, points: r.points }
          : { rule, fired: true, conditions },
      );
      memo.x.firings[rule.order] = shared;
    }
    return shared;
  }
  if (rule.rule.effect !== 'score') return { rule, fired: true, conditions: NO_CONDITIONS };
  return scored(rule, NO_CONDITIONS, pointsVia(rule, memo, option));
}

function scored(rule: CompiledRule, conditions: ConditionResult[], raw: unknown): RuleResult {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    return { rule, fired: false, conditions, error: `points did not evaluate to a number (got ${JSON.stringify(raw)})` };
  }
  return { rule, fired: true, conditions, points: raw };
}

/** The raw points of a rule with a points expression, from the memo; a thrown error gives its message. */
function pointsVia(rule: CompiledRule, memo: Memo, option: number): unknown {
  const v = memo.value(memo.x.points[rule.order] as number, option);
  return v instanceof Thrown ? thrownPoints(v.error) : v;
}

/**
 * Whether the conditions at positions `from` to `to` of the rule's `conditionOrder` all hold for one option (an
 * error counts as not holding). Allocates nothing, for sensitivity probes.
 */
export function holdsVia(rule: CompiledRule, memo: Memo, option: number, from: number, to: number): boolean {
  const ids = memo.x.ordered[rule.order] as Int32Array;
  for (let k = from; k < to; k += 1) {
    const v = memo.value(ids[k] as number, option);
    if (v !== true && (v === false || v instanceof Thrown || !truthy(v))) return false;
  }
  return true;
}

/**
 * A rule's effect alone, for sensitivity probes that only re-rank: the points of a fired score rule, `EXCLUDED`
 * for a fired exclusion, 0 otherwise (not fired, an error, or a note or obligation). Conditions before position
 * `from` of `conditionOrder` are taken as held. Allocates nothing.
 */
export function effectVia(rule: CompiledRule, memo: Memo, option: number, from: number): number | typeof EXCLUDED {
  if (!holdsVia(rule, memo, option, from, rule.conditionOrder.length)) return 0;
  const r = rule.rule;
  if (r.effect === 'exclude') return EXCLUDED;
  if (r.effect !== 'score') return 0;
  const raw = rule.points === undefined ? r.points : pointsVia(rule, memo, option);
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : 0;
}

function thrownPoints(error: unknown): unknown {
  return error instanceof Error ? error.message : null;
}

function safeRun(points: (context: unknown) => unknown, context: unknown): unknown {
  try {
    return points(context);
  } catch (error) {
    return thrownPoints(error);
  }
}
