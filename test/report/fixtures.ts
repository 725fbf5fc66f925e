import { readFileSync } from 'node:fs';
import { AnswersInput, type Answers, type UseCase } from '../../src/domain';
import { recommend } from '../../src/engine';
import type { Branding } from '../../src/report/branding';
import type { ReportInput } from '../../src/report/build-report';
import { defaultRuleSet } from '../helpers/rules';

export const basicAnswers: Answers = AnswersInput.parse(JSON.parse(readFileSync('test/fixtures/answers-basic.json', 'utf8')));

export const branding: Branding = { preparedBy: 'Ada Lovelace', firm: 'Lovelace & Partners', logo: null, accent: '#1f4e79' };

const TASKS: UseCase['task'][] = [
  'document-analysis',
  'code-generation',
  'customer-support',
  'content-generation',
  'knowledge-assistant',
  'agent',
  'complex-reasoning',
  'data-extraction',
  'translation',
  'customer-support',
];
const SENSITIVITY: UseCase['dataSensitivity'][] = ['public', 'internal', 'confidential', 'personal', 'health'];
const ACCURACY: UseCase['accuracy'][] = ['standard', 'high', 'critical'];

/** A portfolio of ten varied use cases, one of them a prohibited practice (so every option is excluded). */
export function tenUseCases(): Answers {
  const useCases: UseCase[] = TASKS.map((task, i) => ({
    id: `use-case-${i + 1}`,
    name: `Use case ${i + 1}: ${task.replace('-', ' ')}`,
    task,
    audience: i % 2 === 0 ? 'internal' : 'customer-facing',
    dataSensitivity: SENSITIVITY[i % SENSITIVITY.length] as UseCase['dataSensitivity'],
    accuracy: ACCURACY[i % ACCURACY.length] as UseCase['accuracy'],
    monthlyTokens: 10 ** (7 + (i % 5)) * (1 + (i % 3)),
    aiActRisk: i === 9 ? 'prohibited' : i % 4 === 0 ? 'high' : 'minimal',
    ...(i === 8 ? { languages: ['en', 'de', 'fr'] } : {}),
    ...(i === 6 ? { longContext: true } : {}),
    ...(i === 3 ? { fineTuning: true } : {}),
  }));
  return AnswersInput.parse({
    ...basicAnswers,
    organization: { ...basicAnswers.organization, name: 'Globex Health & Finance' },
    regulation: { gdpr: true, hipaa: true, euAiAct: true, dataResidency: 'eu' },
    useCases,
  });
}

/** What buildReport and the renderers take, for some answers. */
export function reportInput(answers: Answers, date = '2026-03-04'): ReportInput {
  return { recommendation: recommend(defaultRuleSet, answers), answers, ruleSet: defaultRuleSet, branding, date };
}
