import { readFileSync } from 'node:fs';
import { within, type BoundFunctions, type queries } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
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

/** The summary of the panel that holds a use case's scores, charts and reasoning, closed until the reader opens it. */
export const DETAILS = 'Scores, cost chart, what would change this, and why';

/**
 * The panel (details element) whose summary reads `summary`, opened as a user opens it. Its content is rendered
 * only then: the test checks it was not there before.
 */
export async function panel(scope: BoundFunctions<typeof queries>, summary: string | RegExp): Promise<HTMLElement> {
  const toggle = scope.getByText(summary, { selector: 'summary' });
  const details = toggle.closest('details');
  if (!details) throw new Error(`no panel ${String(summary)}`);
  expect(details.querySelectorAll(':scope > :not(summary)')).toHaveLength(0);
  await userEvent.click(toggle);
  expect(details.open).toBe(true);
  return details;
}

/** A use case's details panel, opened; `within` it the scores, charts and reasoning can be found. */
export async function openDetails(region: BoundFunctions<typeof queries>): Promise<BoundFunctions<typeof queries>> {
  return within(await panel(region, DETAILS));
}
