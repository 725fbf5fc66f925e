import { formatPath } from '../domain';
import { readPath, runLogic, truthy } from './logic';
import type { CompiledRule, RuleProblem, RuleSet } from './rule-set';

function never(c: CompiledRule, message: string, key = 'when'): RuleProblem {
  return { file: c.file, path: formatPath(['rules', c.index, key]), message: `rule "${c.rule.id}" can never fire: ${message}` };
}

/** A condition that reads nothing but constants and option facts can be decided per catalog option. */
function optionOnly(paths: string[]): boolean {
  return paths.every((p) => p.startsWith('option.'));
}

/**
 * Finds rules that can never fire with this catalog: `appliesTo` selects no option, a condition is constantly
 * false, or a condition on option facts holds for none of the selected options.
 * @example lintRuleSet(ruleSet) // [] for the default pack
 */
export function lintRuleSet(rs: RuleSet): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const c of rs.rules) {
    if (c.scope === 'use-case' && !c.selects.some(Boolean)) {
      problems.push(never(c, 'its appliesTo selects no option in the catalog', 'appliesTo'));
      continue;
    }
    c.conditions.forEach((cond, i) => {
      const where = c.conditions.length > 1 ? `condition ${i + 1}` : 'its condition';
      if (!optionOnly(cond.paths) || c.scope !== 'use-case') return;
      const holdsFor = rs.options.filter((o, k) => {
        if (!c.selects[k]) return false;
        try {
          return truthy(runLogic(cond.logic, { option: o }));
        } catch {
          return false;
        }
      });
      if (holdsFor.length > 0) return;
      const read = cond.paths.map((p) => `${p} = ${JSON.stringify(rs.options.map((o) => readPath({ option: o }, p)))}`).join('; ');
      problems.push(never(c, cond.paths.length ? `${where} holds for none of the options it applies to (${read})` : `${where} is always false`));
    });
  }
  return problems;
}
