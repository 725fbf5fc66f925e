import { readFileSync } from 'node:fs';
import { AnswersInput, type Answers, type RecommendationV1, type UseCaseResult } from '../../src/domain';
import { recommend } from '../../src/engine';
import { defaultRuleSet } from '../helpers/rules';

/** The answers in test/fixtures/answers-basic.json: three use cases for a bank under GDPR and the EU AI Act. */
export const basicAnswers = (): Answers => AnswersInput.parse(JSON.parse(readFileSync('test/fixtures/answers-basic.json', 'utf8')));

/** The answers of a scenario of the default pack, by file name. */
export const scenarioAnswers = (file: string): Answers =>
  AnswersInput.parse((JSON.parse(readFileSync(`rules/scenarios/${file}`, 'utf8')) as { answers: unknown }).answers);

/** What the engine says for the answers: the figures the page must show. */
export const engineSays = (answers: Answers = basicAnswers()): RecommendationV1 => recommend(defaultRuleSet, answers);

export function useCaseNamed(rec: RecommendationV1, name: string): UseCaseResult {
  const u = rec.useCases.find((x) => x.name === name);
  if (!u) throw new Error(`no use case ${name}`);
  return u;
}
