import type { Answers, UseCase } from '../../src/domain';
import { answers } from '../helpers/rules';

const TASKS: UseCase['task'][] = ['document-analysis', 'code-generation', 'customer-support', 'agent', 'translation', 'complex-reasoning'];
const SENSITIVITY: UseCase['dataSensitivity'][] = ['internal', 'confidential', 'personal', 'health', 'public'];

/**
 * A varied portfolio of n use cases under GDPR, HIPAA and the EU AI Act, so most rules are live: what the
 * benchmarks run, and what the sensitivity fixture pins.
 * @example portfolio(10).useCases.length // 10
 */
export function portfolio(n: number): Answers {
  return answers({
    regulation: { gdpr: true, hipaa: true, euAiAct: true, dataResidency: 'none' },
    useCases: Array.from({ length: n }, (_, i) => ({
      id: `uc-${i}`,
      name: `Use case ${i}`,
      task: TASKS[i % TASKS.length] as UseCase['task'],
      audience: i % 2 ? 'customer-facing' : 'internal',
      dataSensitivity: SENSITIVITY[i % SENSITIVITY.length] as UseCase['dataSensitivity'],
      accuracy: i % 3 ? 'high' : 'standard',
      monthlyTokens: 1e8 * (1 + (i % 7)) ** 2,
      aiActRisk: i % 4 ? 'minimal' : 'high',
      fineTuning: i % 5 === 0,
    })),
  });
}
