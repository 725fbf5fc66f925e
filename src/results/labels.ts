import { DIMENSION_LABELS, type Dimension } from '../domain';
import type { RuleSetData } from '../engine';

export const DIMENSIONS: readonly { id: Dimension; label: string }[] = (Object.keys(DIMENSION_LABELS) as Dimension[]).map((id) => ({
  id,
  label: DIMENSION_LABELS[id],
}));

export { DEPLOYMENT_LABELS, TASK_LABELS } from '../domain';

/** An option's label from the rule set's catalog; the id itself when the catalog has no such option. */
export function optionLabel(ruleSet: RuleSetData, optionId: string): string {
  return ruleSet.options.find((o) => o.id === optionId)?.label ?? optionId;
}

/** The dimension a score rule adds points to, as the rule pack says. */
export function ruleDimension(ruleSet: RuleSetData, ruleId: string): Dimension | null {
  const rule = ruleSet.rules.find((r) => r.rule.id === ruleId)?.rule;
  return rule?.effect === 'score' ? rule.dimension : null;
}

export function dimensionLabel(id: Dimension): string {
  return DIMENSIONS.find((d) => d.id === id)?.label ?? id;
}
