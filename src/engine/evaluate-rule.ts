import type { CompiledRule } from './rule-set';
import { readPath, runLogic, truthy } from './logic';

/** Whether one condition held, and the fact values it read: the "why" and "why not" of a rule. */
export interface ConditionResult {
  held: boolean;
  values: Record<string, unknown>;
}

/** A rule's outcome for one use case and option, fired or not (after json-rules-engine's per-condition result). */
export interface RuleResult {
  rule: CompiledRule;
  fired: boolean;
  conditions: ConditionResult[];
  /** Points for a fired score rule, after evaluating its expression. */
  points?: number;
  /** Set when a condition or the points expression failed at run time; the rule then does not fire. */
  error?: string;
}

/**
 * Evaluates a rule's conditions. With `trace` (the default) every condition runs and keeps the values it read, so
 * a not-fired rule still says which conditions held; without, it stops at the first that fails.
 * @example evaluateRule(compiled, { useCase: { task: 'agent' } }).fired // true or false
 */
export function evaluateRule(rule: CompiledRule, context: unknown, trace = true): RuleResult {
  const conditions: ConditionResult[] = [];
  let fired = true;
  try {
    for (const condition of rule.conditions) {
      const held = truthy(runLogic(condition.logic, context));
      const values: Record<string, unknown> = {};
      if (trace) for (const path of condition.paths) values[path] = readPath(context, path);
      conditions.push({ held, values });
      if (!held) {
        fired = false;
        if (!trace) break;
      }
    }
  } catch (error) {
    return { rule, fired: false, conditions, error: error instanceof Error ? error.message : String(error) };
  }
  if (!fired || rule.rule.effect !== 'score') return { rule, fired, conditions };
  const raw = rule.pointsLogic === undefined ? rule.rule.points : safeRun(rule.pointsLogic, context);
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    return { rule, fired: false, conditions, error: `points did not evaluate to a number (got ${JSON.stringify(raw)})` };
  }
  return { rule, fired, conditions, points: raw };
}

function safeRun(logic: unknown, context: unknown): unknown {
  try {
    return runLogic(logic, context);
  } catch (error) {
    return error instanceof Error ? error.message : null;
  }
}
