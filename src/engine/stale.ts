import type { RuleResult } from './evaluate-rule';
import { readPath } from './logic';
import type { CompiledRule, RuleSet } from './rule-set';

/*
 * What a change of some facts leaves standing. The changed facts are a set of dirty fact paths (a path covers
 * everything beneath it); dirty-set.ts names the sets and the evaluator keeps what is worked out per set.
 */

/**
 * Whether any of the paths is under one of the dirty paths (a dirty path covers everything beneath it).
 * @example readsDirty(['team.mlEngineers'], new Set(['team'])) // true
 */
export function readsDirty(paths: readonly string[], dirty: ReadonlySet<string>): boolean {
  return paths.some((p) => {
    if (dirty.has(p)) return true;
    for (let i = p.indexOf('.'); i > 0; i = p.indexOf('.', i + 1)) if (dirty.has(p.slice(0, i))) return true;
    return false;
  });
}

/** A rule to run again, and which of its conditions read a changed fact. */
export interface StaleRule {
  rule: CompiledRule;
  conditionDirty: readonly boolean[];
}

/**
 * Whether a previous result still stands: it did not fire because a condition failed that reads none of the
 * changed facts, so that condition fails again. Fired rules and errors always run again.
 * @example keeps(failedOnTask, [false, true]) // true: the task condition (0) reads no changed fact
 */
export function keeps(previous: RuleResult | undefined, conditionDirty: readonly boolean[]): boolean {
  return (
    previous !== undefined &&
    !previous.fired &&
    previous.error === undefined &&
    previous.failedAt !== undefined &&
    !conditionDirty[previous.failedAt]
  );
}

/**
 * The rules that read a dirty fact, in rule order, each with which of its conditions do.
 * @example staleRules(rs, new Set(['team'])).map((s) => s.rule.rule.id) // the team capacity rules
 */
export function staleRules(rs: RuleSet, dirty: ReadonlySet<string>): StaleRule[] {
  return rs.rules
    .filter((r) => readsDirty(r.paths, dirty))
    .map((rule) => ({ rule, conditionDirty: rule.conditions.map((c) => readsDirty(c.paths, dirty)) }));
}

/**
 * Per option: whether any fact under a dirty path differs between the two contexts.
 * @example changedOptions(before, now, new Set(COST_PATHS)) // [false, …, true]: only the pooled self-hosted options moved
 */
export function changedOptions(before: readonly object[], now: readonly object[], dirty: ReadonlySet<string>): boolean[] {
  return now.map((context, i) => {
    const was = before[i];
    if (was === undefined) return true;
    for (const path of dirty) if (!sameFacts(readPath(was, path), readPath(context, path))) return true;
    return false;
  });
}

/** Whether two fact values are the same plain data. */
function sameFacts(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length && ka.every((k) => k in b && sameFacts((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
