import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, tabTo } from './a11y-helpers';
import lzString from 'lz-string';
import { FIXTURE_PATH, expect, fixtureText, test } from './fixtures';
import {
  addUseCase,
  errorSummary,
  expectStep,
  fillOrganisation,
  nextButton,
  openFirstDetails,
  openWelcome,
  section,
  startNew,
  type Step,
} from './wizard-helpers';

async function expectHeadingFocused(page: Page, step: Step): Promise<void> {
  await expectStep(page, step);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

test.describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  test('every step, the error states and the results have no axe violations', async ({ page }) => {
    await openWelcome(page);
    await expectNoAxeViolations(page, 'welcome');

    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expectStep(page, 'organisation');
    await expectNoAxeViolations(page, 'organisation');
    await nextButton(page).click();
    await expect(errorSummary(page)).toBeVisible();
    await expectNoAxeViolations(page, 'organisation with errors');
    await fillOrganisation(page);
    await nextButton(page).click();

    await expectStep(page, 'use-cases');
    await expectNoAxeViolations(page, 'use cases, empty');
    await nextButton(page).click();
    await expect(errorSummary(page)).toBeVisible();
    await expectNoAxeViolations(page, 'use cases with errors');
    await addUseCase(page, 'Customer support');
    await addUseCase(page, 'Blank');
    await nextButton(page).click();
    await expect(errorSummary(page)).toBeVisible();
    await expectNoAxeViolations(page, 'use cases with a blank use case in error');
    await page.getByLabel('Name of use case 2').fill('Intranet search');
    await nextButton(page).click();

    await expectStep(page, 'regulation');
    await expectNoAxeViolations(page, 'regulation');
    await page.getByLabel('The EU AI Act applies').check();
    const support = section(page, 'Support bot');
    await support.getByText('Help me decide').click();
    await support.getByRole('group', { name: 'Is it one of the prohibited practices?' }).getByLabel('No').check();
    await expect(support.getByRole('group', { name: 'Is it used in one of the high-risk areas?' })).toBeVisible();
    await expectNoAxeViolations(page, 'regulation with the AI Act tiers and the helper open');
    // A high tier asks for its Annex III area; the role helper decides the role.
    await support.getByRole('group', { name: 'Risk tier' }).getByLabel('High risk (Annex III area)').check();
    await support.getByLabel('High-risk area (Annex III)').selectOption('creditworthiness');
    await support.getByText('Which role is mine?').click();
    await support
      .getByRole('group', { name: /Do you build this system/ })
      .getByLabel('Yes')
      .check();
    await support.getByRole('button', { name: 'Use this role' }).click();
    await page.getByLabel('Only EU-owned providers may process the data').check();
    await expectNoAxeViolations(page, 'regulation with the area, the role helper and sovereignty');
    await nextButton(page).click();

    await expectStep(page, 'volume');
    await page.getByLabel('Tokens a month for Intranet search').fill('0');
    await nextButton(page).click();
    await expect(errorSummary(page)).toBeVisible();
    await expectNoAxeViolations(page, 'volume with errors');
    const intranet = section(page, 'Intranet search');
    await intranet.getByText('Work it out from requests or documents').click();
    await intranet.getByRole('spinbutton', { name: 'Requests per day' }).fill('1000');
    await intranet.getByRole('spinbutton', { name: /^Tokens per request/ }).fill('2000');
    await intranet.getByRole('button', { name: 'Use this figure for Intranet search' }).click();
    await expectNoAxeViolations(page, 'volume with the calculator open');
    await nextButton(page).click();

    await expectStep(page, 'team');
    await expectNoAxeViolations(page, 'team');
    await nextButton(page).click();
    await expect(errorSummary(page)).toBeVisible();
    await expectNoAxeViolations(page, 'team with errors');
    await page.getByLabel('ML engineers').fill('1');
    await nextButton(page).click();

    await expectStep(page, 'priorities');
    await expectNoAxeViolations(page, 'priorities');
    await page.getByLabel('Project the costs over').selectOption('3 years');
    await page.getByLabel('Volume growth a year, in %').fill('80');
    await expectNoAxeViolations(page, 'priorities with a projection');
    await nextButton(page).click();

    await expectStep(page, 'review');
    await expectNoAxeViolations(page, 'review');

    await page.getByRole('button', { name: 'See the recommendation' }).click();
    await expectStep(page, 'results');
    await openFirstDetails(page);
    await page
      .getByText(/^Why \(\d+ rules\)$/)
      .first()
      .click();
    await page.getByText('Prices and figures behind this cost').first().click();
    // The projection and the checklist grouped by law and role.
    await expect(page.getByRole('heading', { level: 3, name: 'Cost over 3 years' })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Cumulative cost by year\./ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 5, name: 'As provider' }).first()).toBeVisible();
    await expectNoAxeViolations(page, 'results with the reasons and the figures open');
  });

  test('the welcome page with a refused import and with answers to resume has no axe violations', async ({ page }, testInfo) => {
    const bad = testInfo.outputPath('bad.json');
    writeFileSync(bad, '{"schemaVersion": 1}');
    await openWelcome(page);
    await page.getByLabel('Import answers').setInputFiles(bad);
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page, 'welcome with a refused import');

    await page.getByLabel('Import answers').setInputFiles(FIXTURE_PATH);
    await expectStep(page, 'review');
    await page.goto('/');
    await page.getByRole('button', { name: 'Start again' }).click();
    await expect(page.getByRole('group', { name: 'Start again' })).toBeVisible();
    await expectNoAxeViolations(page, 'welcome asking to confirm Start again');
  });
});

test.describe('keyboard only', () => {
  test('Tab, Shift+Tab, Space, Enter and the arrow keys take a user from welcome to the results', async ({ page }) => {
    await openWelcome(page);
    const keys = page.keyboard;

    await tabTo(page, page.getByRole('button', { name: 'Start', exact: true }));
    await keys.press('Enter');

    // Organisation: focus moves to the step's heading, then Tab walks the form in order.
    await expectHeadingFocused(page, 'organisation');
    // The questions' code may still be on its way on a slow machine: a person presses Tab once the form is there.
    await expect(page.getByLabel('Organisation name')).toBeVisible();
    await keys.press('Tab');
    await expect(page.getByLabel('Organisation name')).toBeFocused();
    await keys.type('Keyboard Ltd');
    await keys.press('Tab');
    const industry = page.getByLabel('Industry');
    await expect(industry).toBeFocused();
    await keys.press('ArrowDown');
    await keys.press('ArrowDown');
    await expect(industry).toHaveValue('healthcare');
    await keys.press('Tab');
    const country = page.getByLabel('Country of your main establishment (optional)');
    await expect(country).toBeFocused();
    await keys.type('Germ');
    await expect(country).toHaveValue('DE');
    await keys.press('Tab');
    const eu = page.getByRole('checkbox', { name: 'European Union' });
    await expect(eu).toBeFocused();
    await keys.press('Space');
    await expect(eu).toBeChecked();
    await keys.press('Tab');
    await keys.press('Space');
    await expect(page.getByRole('checkbox', { name: 'United Kingdom' })).toBeChecked();
    // Back to the name with Shift+Tab to correct it.
    await tabTo(page, page.getByLabel('Organisation name'), { back: true, max: 6 });
    await keys.press('End');
    await keys.type(' (EU)');
    await expect(page.getByLabel('Organisation name')).toHaveValue('Keyboard Ltd (EU)');
    await tabTo(page, nextButton(page));
    await keys.press('Enter');

    // Use cases: pick a template with the arrow keys and add it.
    await expectHeadingFocused(page, 'use-cases');
    await tabTo(page, page.getByLabel('Start from'));
    await keys.press('ArrowDown');
    await expect(page.getByLabel('Start from')).toHaveValue('code-generation');
    await keys.press('Tab');
    await expect(page.getByRole('button', { name: 'Add', exact: true })).toBeFocused();
    await keys.press('Enter');
    await expect(page.getByLabel('Name of use case 1')).toBeFocused();
    await expect(page.getByLabel('Name of use case 1')).toHaveValue('Coding assistant');
    await tabTo(page, nextButton(page));
    await keys.press('Enter');

    // Regulation: a checkbox with Space, the AI Act helper opened with Enter and answered with the arrow keys.
    await expectHeadingFocused(page, 'regulation');
    await tabTo(page, page.getByLabel('The EU AI Act applies'));
    await keys.press('Space');
    const coding = section(page, 'Coding assistant');
    await tabTo(page, coding.getByText('Help me decide'));
    await keys.press('Enter');
    const prohibited = coding.getByRole('group', { name: 'Is it one of the prohibited practices?' });
    await tabTo(page, prohibited.getByLabel('Yes'), { max: 5 });
    await keys.press('ArrowRight');
    await expect(prohibited.getByLabel('No')).toBeChecked();
    for (const question of ['Is it used in one of the high-risk areas?', /safety component of a product/, /talk with people/]) {
      const group = coding.getByRole('group', { name: question });
      await tabTo(page, group.getByLabel('Yes'), { max: 5 });
      await keys.press('ArrowRight');
      await expect(group.getByLabel('No')).toBeChecked();
    }
    await tabTo(page, coding.getByRole('button', { name: 'Use this tier' }));
    await keys.press('Enter');
    await expect(coding.getByRole('group', { name: 'Risk tier' }).getByLabel('Minimal risk')).toBeChecked();
    await tabTo(page, nextButton(page));
    await keys.press('Enter');

    // Volume: the template's figure is kept; type a new one.
    await expectHeadingFocused(page, 'volume');
    await keys.press('Tab');
    const tokens = page.getByLabel('Tokens a month for Coding assistant');
    await expect(tokens).toBeFocused();
    await keys.press('ControlOrMeta+a');
    await keys.type('80000000');
    await expect(tokens).toHaveValue('80000000');
    // Enter in a field submits the step, as in any form.
    await keys.press('Enter');

    await expectHeadingFocused(page, 'team');
    await keys.press('Tab');
    await expect(page.getByLabel('ML engineers')).toBeFocused();
    await keys.type('2');
    await keys.press('Tab');
    // The radio group is one Tab stop; the arrow keys choose within it.
    await expect(page.getByRole('group', { name: 'MLOps maturity' }).getByLabel('None')).toBeFocused();
    await keys.press('ArrowDown');
    await expect(page.getByRole('group', { name: 'MLOps maturity' }).getByLabel('Basic')).toBeChecked();
    await tabTo(page, nextButton(page));
    await keys.press('Enter');

    await expectHeadingFocused(page, 'priorities');
    await keys.press('Tab');
    const cost = page.getByRole('slider', { name: 'Cost' });
    await expect(cost).toBeFocused();
    await keys.press('ArrowRight');
    await expect(cost).toHaveValue('4');
    await tabTo(page, nextButton(page));
    await keys.press('Enter');

    await expectHeadingFocused(page, 'review');
    await tabTo(page, page.getByRole('button', { name: 'See the recommendation' }));
    await keys.press('Enter');
    await expectHeadingFocused(page, 'results');
    await expect(section(page, 'Coding assistant').getByText(/score \d{1,3}(\.\d+)? of 100/)).toBeVisible();

    // And back to review with the keyboard.
    await tabTo(page, page.getByRole('button', { name: 'Back to review' }));
    await keys.press('Enter');
    await expectHeadingFocused(page, 'review');
  });
});

test.describe('a 375px-wide phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('reaches the review step without the page scrolling sideways', async ({ page }) => {
    await startNew(page);
    await expectNoHorizontalScroll(page, 'organisation');
    await nextButton(page).click();
    await expect(errorSummary(page)).toBeVisible();
    await expectNoHorizontalScroll(page, 'organisation with errors');
    await fillOrganisation(page, 'Narrow Screen Holdings International');
    await nextButton(page).click();

    await expectStep(page, 'use-cases');
    await addUseCase(page, 'Agent (multi-step, uses tools)');
    await addUseCase(page, 'Translation');
    await expectNoHorizontalScroll(page, 'use cases');
    await nextButton(page).click();

    await expectStep(page, 'regulation');
    await page.getByLabel('The EU AI Act applies').check();
    await section(page, 'Operations agent').getByText('Help me decide').click();
    await expectNoHorizontalScroll(page, 'regulation with the helper open');
    await nextButton(page).click();

    await expectStep(page, 'volume');
    await section(page, 'Translation').getByText('Work it out from requests or documents').click();
    await expectNoHorizontalScroll(page, 'volume with the calculator open');
    await nextButton(page).click();

    await expectStep(page, 'team');
    await page.getByLabel('ML engineers').fill('0');
    await expectNoHorizontalScroll(page, 'team');
    await nextButton(page).click();

    await expectStep(page, 'priorities');
    await expectNoHorizontalScroll(page, 'priorities');
    await nextButton(page).click();

    await expectStep(page, 'review');
    await expectNoHorizontalScroll(page, 'review');
    await page.getByRole('button', { name: 'See the recommendation' }).click();
    await expectStep(page, 'results');
    await expectNoHorizontalScroll(page, 'results, the decision first');
    await openFirstDetails(page);
    await page.getByText('Prices and figures behind this cost').first().click();
    await expectNoHorizontalScroll(page, 'results, with the figures behind a cost open');
  });

  test('shows the decision first: every pick, its margin and its cost on the screen, without scrolling sideways', async ({ page }) => {
    await page.goto(`/#/share/${lzString.compressToEncodedURIComponent(fixtureText())}`);
    await expectStep(page, 'review');
    await page.getByRole('button', { name: 'See the recommendation' }).click();
    await expectStep(page, 'results');
    const decision = page.getByRole('region', { name: 'The decision' });
    const rows = decision.getByRole('table', { name: 'Recommendation per use case' }).getByRole('row');
    await expect(rows).toHaveCount(4);
    for (const row of (await rows.all()).slice(1)) {
      for (const cell of await row.getByRole('cell').all()) {
        const box = await cell.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 375, `${await cell.textContent()} lies within the screen`).toBe(true);
      }
      await expect(row.getByRole('cell').last()).toHaveText(/^\$[\d,.]+/);
    }
    await expectNoHorizontalScroll(page, 'the decision');
    // A use case's name in the decision leads to its section, by keyboard too, and the address stays on the results.
    const name = (await rows.nth(2).getByRole('rowheader').textContent()) ?? '';
    await rows.nth(2).getByRole('link').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 3, name })).toBeFocused();
    expect(new URL(page.url()).hash).toBe('#/results');
    // The scores behind a pick stack into a card per option too: nothing hides behind a sideways scroll.
    await openFirstDetails(page);
    const scores = page.getByRole('region', { name: /^Scores for / }).first();
    await expect(scores.getByRole('row').nth(1).getByRole('cell').last()).toHaveText(/^\$[\d,.]+$/);
    expect(await scores.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'results on a phone');
  });

  test('names of 120 characters without a space wrap instead of pushing the page sideways', async ({ page }) => {
    const answers = JSON.parse(fixtureText()) as { organization: { name: string }; useCases: { name: string }[] };
    answers.organization.name = `Globex-${'x'.repeat(113)}`;
    answers.useCases[0]!.name = `Claims-${'y'.repeat(113)}`;
    await page.goto(`/#/share/${lzString.compressToEncodedURIComponent(JSON.stringify(answers))}`);
    await expectStep(page, 'review');
    await expectNoHorizontalScroll(page, 'review with long names');
    await page.getByRole('button', { name: 'See the recommendation' }).click();
    await expectStep(page, 'results');
    await expectNoHorizontalScroll(page, 'results with long names');
  });
});
