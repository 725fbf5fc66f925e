import { bench, describe } from 'vitest';
import type { AnswersV1, UseCase } from '../../src/domain';
import { recommend } from '../../src/engine';
import { bigRuleFiles } from '../helpers/big-pack';
import { answers, compileOrThrow, defaultRuleSet } from '../helpers/rules';

const TASKS: UseCase['task'][] = ['document-analysis', 'code-generation', 'customer-support', 'agent', 'translation', 'complex-reasoning'];
const SENSITIVITY: UseCase['dataSensitivity'][] = ['internal', 'confidential', 'personal', 'health', 'public'];

/** A varied portfolio of n use cases under GDPR, HIPAA and the EU AI Act, so most rules are live. */
function portfolio(n: number): AnswersV1 {
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

const big = compileOrThrow(bigRuleFiles(5000));

describe(`default pack (${defaultRuleSet.rules.length} rules, ${defaultRuleSet.options.length} options), with sensitivity`, () => {
  for (const n of [1, 10, 50]) {
    const a = portfolio(n);
    bench(`${n} use case${n > 1 ? 's' : ''}`, () => {
      recommend(defaultRuleSet, a);
    });
  }
});

describe(`generated pack (${big.rules.length} rules)`, () => {
  const a = portfolio(20);
  bench('20 use cases', () => {
    recommend(big, a);
  }, { iterations: 3, time: 0, warmupIterations: 1 });
});
