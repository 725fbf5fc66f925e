import type { Deployment, Dimension, ObligationTopic, TaskKind } from '../domain';
import type { RuleSet } from '../engine';

/** Obligation topics in the order the summary lists them, with their names. */
export const TOPICS: readonly { id: ObligationTopic; label: string }[] = [
  { id: 'gdpr', label: 'GDPR' },
  { id: 'hipaa', label: 'HIPAA' },
  { id: 'eu-ai-act', label: 'EU AI Act' },
  { id: 'licence', label: 'Licences' },
  { id: 'security', label: 'Security' },
  { id: 'operations', label: 'Operations' },
];

export const DIMENSIONS: readonly { id: Dimension; label: string }[] = [
  { id: 'quality', label: 'Quality' },
  { id: 'cost', label: 'Cost' },
  { id: 'control', label: 'Control' },
  { id: 'feasibility', label: 'Feasibility' },
];

export const DEPLOYMENT_LABELS: Record<Deployment, string> = {
  api: 'Proprietary API',
  managed: 'Managed open weights',
  'self-hosted': 'Self-hosted open weights',
};

export const TASK_LABELS: Record<TaskKind, string> = {
  'document-analysis': 'Document analysis',
  'code-generation': 'Code generation',
  'customer-support': 'Customer support',
  'content-generation': 'Content generation',
  'knowledge-assistant': 'Knowledge assistant',
  agent: 'Agent',
  'complex-reasoning': 'Complex reasoning',
  'data-extraction': 'Data extraction',
  translation: 'Translation',
};

/** An option's label from the rule set's catalog; the id itself when the catalog has no such option. */
export function optionLabel(ruleSet: RuleSet, optionId: string): string {
  return ruleSet.options.find((o) => o.id === optionId)?.label ?? optionId;
}

/** The dimension a score rule adds points to, as the rule pack says. */
export function ruleDimension(ruleSet: RuleSet, ruleId: string): Dimension | null {
  const rule = ruleSet.rules.find((r) => r.rule.id === ruleId)?.rule;
  return rule?.effect === 'score' ? rule.dimension : null;
}

export function dimensionLabel(id: Dimension): string {
  return DIMENSIONS.find((d) => d.id === id)?.label ?? id;
}
