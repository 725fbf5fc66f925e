import { readPath, truthy } from './logic';
import type { CompiledRule, RuleSet } from './rule-set';

/**
 * Which options the pack's hard constraints leave eligible for a use case, before any cost is worked out: the
 * exclusion rules that read no derived fact (residency, HIPAA, licences, retirements, a team with no engineers...).
 * The cost score is scaled over these options only, so an option nobody may use cannot set the yardstick. Exclusions
 * that read derived facts still apply afterwards; they just do not move the yardstick.
 */

interface Plan {
  rules: CompiledRule[];
  /** The non-option facts the hard exclusions read: the answers that can change the result. */
  paths: string[];
  cache: Map<string, readonly boolean[]>;
}

const plans = new WeakMap<RuleSet, Plan>();

function planOf(rs: RuleSet): Plan {
  let plan = plans.get(rs);
  if (plan) return plan;
  // Rules with the same condition over the same options exclude the same options: one of them is enough here.
  const seen = new Set<string>();
  const rules = rs.rules.filter((r) => {
    if (r.scope !== 'use-case' || r.rule.effect !== 'exclude' || r.roots.has('derived')) return false;
    const key = `${JSON.stringify(r.rule.when)}|${r.selects.map((s) => (s ? 1 : 0)).join('')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const paths = [...new Set(rules.flatMap((r) => r.paths.filter((p) => !p.startsWith('option.'))))].sort();
  plans.set(rs, (plan = { rules, paths, cache: new Map() }));
  return plan;
}

/** Whether every condition of a rule holds in a context; a condition that fails to run does not hold. */
function holds(rule: CompiledRule, context: object): boolean {
  try {
    return rule.conditions.every((c) => truthy(c.run(context)));
  } catch {
    return false;
  }
}

/**
 * Per option (catalog order), whether no hard exclusion rules it out, given contexts without derived facts. Memoised
 * per rule set on the answers the hard exclusions read, so sensitivity probes that change other answers reuse it.
 * @example eligibleOptions(rs, contexts).filter(Boolean).length // options left after residency, HIPAA, licences...
 */
export function eligibleOptions(rs: RuleSet, contexts: readonly object[]): readonly boolean[] {
  const plan = planOf(rs);
  const first = contexts[0];
  if (first === undefined) return [];
  const key = JSON.stringify(plan.paths.map((p) => readPath(first, p) ?? null));
  const cached = plan.cache.get(key);
  if (cached) return cached;
  const eligible = contexts.map((context, i) => !plan.rules.some((r) => r.selects[i] && holds(r, context)));
  if (plan.cache.size > 1000) plan.cache.clear();
  plan.cache.set(key, eligible);
  return eligible;
}
