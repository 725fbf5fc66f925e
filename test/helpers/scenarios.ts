import { readFileSync } from 'node:fs';
import { AnswersInput, type Answers } from '../../src/domain';
import { recommend } from '../../src/engine';
import type { ComparedScenario } from '../../src/lib/comparison';
import { defaultRuleSet } from './rules';

/** The answers of a fixture portfolio (test/fixtures/portfolios/<name>.json). */
export const loadPortfolio = (name: string): Answers =>
  AnswersInput.parse(JSON.parse(readFileSync(`test/fixtures/portfolios/${name}.json`, 'utf8')));

/** A scenario to compare: its name, its answers and the default pack's recommendation for them. */
export const scenario = (name: string, answers: Answers): ComparedScenario => ({
  name,
  answers,
  recommendation: recommend(defaultRuleSet, answers),
});
