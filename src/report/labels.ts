import type { Deployment } from '../domain';

/** The answer values in words, as everywhere else in the app (src/domain/labels.ts). */
export {
  INDUSTRY_LABELS as INDUSTRY,
  REGION_LABELS as REGION,
  TASK_LABELS as TASK,
  SENSITIVITY_LABELS as SENSITIVITY,
  AI_ACT_RISK_LABELS as AI_ACT_RISK,
  RESIDENCY_LABELS as RESIDENCY,
  DEPLOYMENT_LABELS as DEPLOYMENT,
} from '../domain';

/** How an option runs, in a table cell. */
export const RUNS_AS: Record<Deployment, string> = { api: 'API', managed: 'Managed', 'self-hosted': 'Self-hosted' };

const INPUTS: Record<string, string> = {
  'team.mlEngineers': 'ML engineers',
  'team.mlopsMaturity': 'MLOps maturity',
  'team.gpuAccess': 'GPU access',
  'priorities.cost': 'Priority of cost',
  'priorities.quality': 'Priority of quality',
  'priorities.control': 'Priority of control',
  'regulation.dataResidency': 'Data residency',
  'organization.monthlyActiveUsers': 'Monthly active users',
};

const USE_CASE_INPUTS: Record<string, string> = {
  monthlyTokens: 'Monthly tokens',
  accuracy: 'Accuracy needed',
  audience: 'Audience',
  dataSensitivity: 'Data sensitivity',
  aiActRisk: 'EU AI Act risk',
  longContext: 'Long context',
  fineTuning: 'Fine-tuning',
};

/** The answer a sensitivity entry names, in words. @example inputLabel('useCases[1].monthlyTokens') // 'Monthly tokens' */
export function inputLabel(path: string): string {
  const own = /^useCases\[\d+\]\.(.+)$/.exec(path)?.[1];
  if (own !== undefined) return USE_CASE_INPUTS[own] ?? own;
  return INPUTS[path] ?? path;
}
