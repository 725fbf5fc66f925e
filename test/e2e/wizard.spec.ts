import { expect, test } from './fixtures';
import { addUseCase, errorSummary, expectStep, fillOrganisation, nextButton, section, startNew } from './wizard-helpers';

test.describe('the wizard, as a new user fills it', () => {
  test('from the welcome page to a recommendation for each use case', async ({ page }) => {
    await startNew(page);

    // Organisation
    await page.getByLabel('Organisation name').fill('Acme Health');
    await page.getByLabel('Industry').selectOption({ label: 'Healthcare' });
    await page.getByRole('group', { name: 'Regions you operate in' }).getByLabel('European Union').check();
    await nextButton(page).click();

    // Use cases: two from templates, one renamed
    await expectStep(page, 'use-cases');
    await expect(page.getByText('No use cases yet.')).toBeVisible();
    await addUseCase(page, 'Customer support');
    await expect(page.getByRole('heading', { name: 'Use case 1: Support bot' })).toBeVisible();
    // Adding focuses the new use case's name, ready to be changed.
    await expect(page.getByLabel('Name of use case 1')).toBeFocused();
    await addUseCase(page, 'Document analysis');
    await expect(page.getByRole('heading', { name: 'Use case 2: Contract review' })).toBeVisible();
    await page.getByLabel('Name of use case 2').fill('Claims review');
    await expect(page.getByRole('heading', { name: 'Use case 2: Claims review' })).toBeVisible();
    await nextButton(page).click();

    // Regulation: GDPR and the EU AI Act; the helper decides one use case's tier, the other is set by hand
    await expectStep(page, 'regulation');
    await page.getByLabel('GDPR applies').check();
    await page.getByLabel('The EU AI Act applies').check();
    await expect(page.getByRole('heading', { name: 'EU AI Act risk tier of each use case' })).toBeVisible();
    const support = section(page, 'Support bot');
    await support.getByText('Help me decide').click();
    await support.getByRole('group', { name: 'Is it one of the prohibited practices?' }).getByLabel('No').check();
    await support.getByRole('group', { name: 'Is it used in one of the high-risk areas?' }).getByLabel('No').check();
    await support
      .getByRole('group', { name: /safety component of a product/ })
      .getByLabel('No')
      .check();
    await support
      .getByRole('group', { name: /talk with people/ })
      .getByLabel('Yes')
      .check();
    await expect(support.getByText('Suggested tier: Limited risk (transparency duty).')).toBeVisible();
    await support.getByRole('button', { name: 'Use this tier' }).click();
    await expect(support.getByRole('status')).toHaveText('Risk tier set to Limited risk (transparency duty).');
    await expect(support.getByRole('group', { name: 'Risk tier' }).getByLabel('Limited risk')).toBeChecked();
    await section(page, 'Claims review').getByRole('group', { name: 'Risk tier' }).getByLabel('Minimal risk').check();
    await nextButton(page).click();

    // Volume: one typed, one worked out with the calculator
    await expectStep(page, 'volume');
    const supportTokens = page.getByLabel('Tokens a month for Support bot');
    await supportTokens.fill('250000000');
    await expect(section(page, 'Support bot').getByText('That is about 250 million tokens a month.')).toBeVisible();
    const claims = section(page, 'Claims review');
    await claims.getByText('Work it out from requests or documents').click();
    await claims.getByLabel('From documents per month').check();
    await claims.getByRole('spinbutton', { name: 'Documents per month' }).fill('10000');
    await claims.getByRole('spinbutton', { name: 'Pages per document' }).fill('20');
    await expect(claims.getByText('100,000,000 tokens a month (about 100 million tokens a month).')).toBeVisible();
    await claims.getByRole('button', { name: 'Use this figure for Claims review' }).click();
    await expect(page.getByLabel('Tokens a month for Claims review')).toHaveValue('100000000');
    await nextButton(page).click();

    // Team
    await expectStep(page, 'team');
    await page.getByLabel('ML engineers').fill('3');
    await page.getByRole('group', { name: 'MLOps maturity' }).getByLabel('Basic').check();
    await page.getByRole('group', { name: 'GPU access' }).getByLabel('Cloud GPUs').check();
    await nextButton(page).click();

    // Priorities: sliders moved with the arrow keys, as a keyboard user would
    await expectStep(page, 'priorities');
    const cost = page.getByRole('slider', { name: 'Cost' });
    await cost.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(cost).toHaveValue('5');
    await expect(cost).toHaveAttribute('aria-valuetext', '5 of 5, matters most');
    await page.getByRole('slider', { name: 'Control' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('slider', { name: 'Control' })).toHaveValue('2');
    await nextButton(page).click();

    // Review: every answer shown
    await expectStep(page, 'review');
    await expect(section(page, 'Organisation')).toMatchAriaSnapshot(`
      - term: Name
      - definition: Acme Health
      - term: Industry
      - definition: Healthcare
      - term: Regions
      - definition: European Union
    `);
    await expect(section(page, 'Use cases')).toMatchAriaSnapshot(`
      - term: Support bot
      - definition: /Customer support; Customer-facing/
      - term: Claims review
      - definition: /Document analysis; Internal/
    `);
    await expect(section(page, 'Regulation')).toMatchAriaSnapshot(`
      - term: GDPR
      - definition: Applies
      - term: HIPAA
      - definition: Does not apply
      - term: EU AI Act
      - definition: Applies
      - term: "AI Act tier: Support bot"
      - definition: Limited risk (transparency duty)
      - term: "AI Act tier: Claims review"
      - definition: Minimal risk
    `);
    await expect(section(page, 'Volume')).toMatchAriaSnapshot(`
      - term: Support bot
      - definition: /250 million tokens a month/
      - term: Claims review
      - definition: /100 million tokens a month/
    `);
    await expect(section(page, 'Team capacity')).toMatchAriaSnapshot(`
      - term: ML engineers
      - definition: "3"
      - term: MLOps maturity
      - definition: Basic
      - term: GPU access
      - definition: Cloud GPUs
    `);
    await expect(section(page, 'Priorities')).toMatchAriaSnapshot(`
      - term: Cost
      - definition: 5 of 5
      - term: Quality
      - definition: 3 of 5
      - term: Control
      - definition: 2 of 5
    `);

    // Edit one section, change it, and come back to review with Next
    await page.getByRole('button', { name: 'Edit team capacity' }).click();
    await expectStep(page, 'team');
    await expect(page.getByLabel('ML engineers')).toHaveValue('3');
    await page.getByLabel('ML engineers').fill('5');
    await nextButton(page).click();
    await expectStep(page, 'review');
    await expect(section(page, 'Team capacity')).toMatchAriaSnapshot(`
      - term: ML engineers
      - definition: "5"
    `);

    // The recommendation: each use case with its recommended option and a score
    await page.getByRole('button', { name: 'See the recommendation' }).click();
    await expectStep(page, 'results');
    await expect(page.getByRole('heading', { name: 'Portfolio', exact: true })).toBeVisible();
    for (const name of ['Support bot', 'Claims review']) {
      const result = section(page, name);
      await expect(result).toBeVisible();
      await expect(result.getByText(/^.+: score \d{1,3}(\.\d+)? of 100, about \$[\d,.]+ a month\.$/)).toBeVisible();
    }
  });

  test('a failed Next shows an error summary that takes focus', async ({ page }) => {
    await startNew(page);
    await nextButton(page).click();
    const summary = errorSummary(page);
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
  });

  test("a failed Next's error summary names each problem and links to its field", async ({ page }) => {
    await startNew(page);
    await nextButton(page).click();

    const summary = errorSummary(page);
    await expect(summary).toBeVisible();
    await expect(summary.getByRole('heading')).toHaveText('There are 3 problems');
    await expectStep(page, 'organisation');

    const nameLink = summary.getByRole('link', { name: /^Organisation name: / });
    await expect(nameLink).toHaveText('Organisation name: must not be empty');
    await expect(summary.getByRole('link', { name: /^Industry: / })).toBeVisible();
    const regionsLink = summary.getByRole('link', { name: /^Regions you operate in: / });
    await expect(regionsLink).toBeVisible();

    await regionsLink.click();
    await expect(page.getByRole('group', { name: 'Regions you operate in' }).getByRole('checkbox').first()).toBeFocused();
    await summary.getByRole('link', { name: /^Industry: / }).click();
    await expect(page.getByLabel('Industry')).toBeFocused();
    await nameLink.click();
    const name = page.getByLabel('Organisation name');
    await expect(name).toBeFocused();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/Must not be empty/);

    // Fixing the answers lets Next through.
    await fillOrganisation(page);
    await nextButton(page).click();
    await expectStep(page, 'use-cases');

    // A use-cases Next with no use case links to the add control.
    await nextButton(page).click();
    const again = errorSummary(page);
    await expect(again.getByRole('heading')).toHaveText('There is a problem');
    await again.getByRole('link', { name: /^Use cases: / }).click();
    await expect(page.getByLabel('Start from')).toBeFocused();
  });

  test("the browser's back and forward buttons move between steps and keep the answers", async ({ page }) => {
    await startNew(page);
    await fillOrganisation(page, 'Back Forward Ltd');
    await nextButton(page).click();
    await expectStep(page, 'use-cases');
    await addUseCase(page, 'Translation');
    await page.getByLabel('Name of use case 1').fill('Manuals');
    await nextButton(page).click();
    await expectStep(page, 'regulation');

    await page.goBack();
    await expectStep(page, 'use-cases');
    await expect(page.getByLabel('Name of use case 1')).toHaveValue('Manuals');

    await page.goBack();
    await expectStep(page, 'organisation');
    await expect(page.getByLabel('Organisation name')).toHaveValue('Back Forward Ltd');
    await expect(page.getByLabel('Industry')).toHaveValue('healthcare');
    await expect(page.getByRole('group', { name: 'Regions you operate in' }).getByLabel('European Union')).toBeChecked();

    await page.goForward();
    await expectStep(page, 'use-cases');
    await expect(page.getByLabel('Name of use case 1')).toHaveValue('Manuals');

    await page.goForward();
    await expectStep(page, 'regulation');
    await expect(section(page, 'Manuals')).toHaveCount(0); // the AI Act tiers show only once the Act applies
    await page.getByLabel('The EU AI Act applies').check();
    await expect(section(page, 'Manuals')).toBeVisible();
  });

  test('a reload mid-way stays on the step with the answers, and the welcome page offers Resume', async ({ page }) => {
    await startNew(page);
    await fillOrganisation(page, 'Reload Co');
    await nextButton(page).click();
    await addUseCase(page, 'Code generation');
    await nextButton(page).click();
    await expectStep(page, 'regulation');
    await nextButton(page).click();
    await expectStep(page, 'volume');
    const tokens = page.getByLabel('Tokens a month for Coding assistant');
    await tokens.fill('123000000');
    await expect(page.getByText('That is about 120 million tokens a month.')).toBeVisible();

    await page.reload();
    await expectStep(page, 'volume');
    await expect(page.getByLabel('Tokens a month for Coding assistant')).toHaveValue('123000000');

    // Earlier steps still hold their answers.
    await page
      .getByRole('navigation', { name: 'Progress' })
      .getByRole('button', { name: /Organisation/ })
      .click();
    await expectStep(page, 'organisation');
    await expect(page.getByLabel('Organisation name')).toHaveValue('Reload Co');

    // A new visit to the app's address starts on the welcome page, which offers to resume.
    await page.goto('/');
    await expectStep(page, 'welcome');
    const resume = page.getByRole('button', { name: /^Resume your answers/ });
    await expect(resume).toBeVisible();
    await resume.click();
    await expectStep(page, 'volume');
    await expect(page.getByLabel('Tokens a month for Coding assistant')).toHaveValue('123000000');
  });
});
