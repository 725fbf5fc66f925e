import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The step heading each URL shows (the page's h1). */
export const STEP_HEADINGS = {
  welcome: 'Which AI models should you run for which work?',
  organisation: 'Organisation',
  'use-cases': 'Use cases',
  regulation: 'Regulation',
  volume: 'Volume',
  team: 'Team capacity',
  priorities: 'Priorities',
  review: 'Review',
  results: 'Results',
} as const;

export type Step = keyof typeof STEP_HEADINGS;

/** Waits until the page shows `step`: its URL and its heading. */
export async function expectStep(page: Page, step: Step): Promise<void> {
  await expect(page).toHaveURL(step === 'welcome' ? /#\/$/ : new RegExp(`#/${step}$`));
  await expect(page.getByRole('heading', { level: 1, name: STEP_HEADINGS[step], exact: true })).toBeVisible();
}

/** The error summary a failed Next shows (an alert headed "There is a problem" / "There are N problems"). */
export const errorSummary = (page: Page): Locator =>
  page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /^There (is a problem|are \d+ problems)$/ }) });

export const nextButton = (page: Page): Locator => page.getByRole('button', { name: 'Next', exact: true });

/** Opens the app on a fresh welcome page (no saved answers: each test has its own browser context). */
export async function openWelcome(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: STEP_HEADINGS.welcome })).toBeVisible();
}

export async function startNew(page: Page): Promise<void> {
  await openWelcome(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expectStep(page, 'organisation');
}

export async function fillOrganisation(page: Page, name = 'Acme Health'): Promise<void> {
  await page.getByLabel('Organisation name').fill(name);
  await page.getByLabel('Industry').selectOption({ label: 'Healthcare' });
  await page.getByRole('group', { name: 'Regions you operate in' }).getByLabel('European Union').check();
}

/** Adds a use case from the "Start from" template list. */
export async function addUseCase(page: Page, template: string): Promise<void> {
  await page.getByLabel('Start from').selectOption({ label: template });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
}

/** The section of one use case on the regulation or volume step (a region named by its heading). */
export const section = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });

/**
 * Fills every step with the quickest valid answers, ending on review: an organisation, one use case from the
 * "Customer support" template, and the defaults elsewhere.
 */
export async function fillToReview(page: Page): Promise<void> {
  await startNew(page);
  await fillOrganisation(page);
  await nextButton(page).click();
  await expectStep(page, 'use-cases');
  await addUseCase(page, 'Customer support');
  await nextButton(page).click();
  await expectStep(page, 'regulation');
  await nextButton(page).click();
  await expectStep(page, 'volume');
  await nextButton(page).click();
  await expectStep(page, 'team');
  await page.getByLabel('ML engineers').fill('2');
  await nextButton(page).click();
  await expectStep(page, 'priorities');
  await nextButton(page).click();
  await expectStep(page, 'review');
}

/** The summary of a use case's panel of scores, charts and reasoning on the results page (closed until opened). */
export const DETAILS = 'Scores, cost chart, what would change this, and why';

/** Opens the first use case's details panel on the results page, as a reader clicks it. */
export async function openFirstDetails(page: Page): Promise<void> {
  const toggle = page.getByText(DETAILS, { exact: true }).first();
  await toggle.click();
  await expect(toggle.locator('..')).toHaveAttribute('open', '');
}
