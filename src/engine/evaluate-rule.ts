import type { CompiledRule, Condition } from './rule-set';
import { readPath, truthy } from './logic';

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
 * Evaluates a rule's conditions. With `trace` (the default) every condition runs in pack order and keeps the
 * values it read, so a not-fired rule still says which conditions held. Without, conditions run in the rule's
 * `conditionOrder` (option-independent ones first) from position `from`, and evaluation stops at the first that fails;
 * `from` lets a caller that already knows the option-independent conditions held skip them.
 * @example evaluateRule(compiled, { useCase: { task: 'agent' } }).fired // true or false
 */
export function evaluateRule(rule: CompiledRule, context: unknown, trace = true, from = 0): RuleResult {
  if (!trace) {
    const gate = checkConditions(rule, context, from, rule.conditionOrder.length);
    return gate ?? fire(rule, context, NO_CONDITIONS);
  }
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
  return fire(rule, context, conditions);
}

/**
 * Runs the conditions at positions `from` to `to` of the rule's `conditionOrder`, without a trace. Returns a not-fired
 * result at the first that fails or throws, or null when all held.
 */
export function checkConditions(rule: CompiledRule, context: unknown, from: number, to: number): RuleResult | null {
  try {
    for (let k = from; k < to; k += 1) {
      const i = rule.conditionOrder[k] as number;
      if (!truthy((rule.conditions[i] as Condition).run(context))) return failure(rule, i);
    }
  } catch (error) {
    return errorResult(rule, NO_CONDITIONS, error);
  }
  return null;
}

const failures = new WeakMap<CompiledRule, RuleResult[]>();
const firings = new WeakMap<CompiledRule, RuleResult>();

/** The untraced result of a rule whose condition `i` failed: one shared, frozen object per rule and condition. */
function failure(rule: CompiledRule, i: number): RuleResult {
  let list = failures.get(rule);
  if (!list) failures.set(rule, (list = []));
  return (list[i] ??= Object.freeze({ rule, fired: false, conditions: NO_CONDITIONS, failedAt: i }));
}

/** What `ruleEffect` returns for a fired exclusion. */
export const EXCLUDED: unique symbol = Symbol('excluded');

/** The result of a rule whose conditions all held: fired, with its points when it scores. */
function fire(rule: CompiledRule, context: unknown, conditions: ConditionResult[]): RuleResult {
  // Untraced, a rule with fixed points gives the same result everywhere it fires: one shared object.
  if (conditions === NO_CONDITIONS && rule.points === undefined) {
    let shared = firings.get(rule);
    if (!shared) {
      const r = rule.rule;
      shared = Object.freeze(r.effect === 'score' && typeof r.points === 'number' ? { rule, fired: true, conditions, points: r.points } : { rule, fired: true, conditions });
      firings.set(rule, shared);
    }
    return shared;
  }
  if (rule.rule.effect !== 'score') return { rule, fired: true, conditions };
  const raw = rule.points === undefined ? rule.rule.points : safeRun(rule.points, context);
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    return { rule, fired: false, conditions, error: `points did not evaluate to a number (got ${JSON.stringify(raw)})` };
  }
  return { rule, fired: true, conditions, points: raw };
}

/**
 * Whether the conditions at positions `from` to `to` of the rule's `conditionOrder` all hold (an error counts as
 * not holding). Allocates nothing, for sensitivity probes.
 */
export function holds(rule: CompiledRule, context: unknown, from: number, to: number): boolean {
  try {
    for (let k = from; k < to; k += 1) {
      const i = rule.conditionOrder[k] as number;
      if (!truthy((rule.conditions[i] as Condition).run(context))) return false;
    }
  } catch {
    return false;
  }
  return true;
}

/**
 * A rule's effect alone, for sensitivity probes that only re-rank: the points of a fired score rule, `EXCLUDED`
 * for a fired exclusion, 0 otherwise (not fired, an error, or a note or obligation). Conditions before position
 * `from` of `conditionOrder` are taken as held. Allocates nothing.
 */
export function ruleEffect(rule: CompiledRule, context: unknown, from = 0): number | typeof EXCLUDED {
  if (!holds(rule, context, from, rule.conditionOrder.length)) return 0;
  const r = rule.rule;
  if (r.effect === 'exclude') return EXCLUDED;
  if (r.effect !== 'score') return 0;
  const raw = rule.points === undefined ? r.points : safeRun(rule.points, context);
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : 0;
}

function safeRun(points: (context: unknown) => unknown, context: unknown): unknown {
  try {
    return points(context);
  } catch (error) {
    return error instanceof Error ? error.message : null;
  }
}
