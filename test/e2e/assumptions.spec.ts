import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import lzString from 'lz-string';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './a11y-helpers';
import { expect, test } from './fixtures';
import { expectStep } from './wizard-helpers';

/** The air-gapped defence team: every pick self-hosted, so the engineer hour is in every cost. */
const DEFENCE = readFileSync(resolve(import.meta.dirname, '../fixtures/portfolios/defence-air-gapped.json'), 'utf8');
const ENGINEER = 'Engineer hour, fully loaded';

test.describe('planning assumptions on the results page', () => {
  test('a changed engineer hour re-works the costs at once, survives a reload and travels in the share link', async ({ page }) => {
    await page.goto(`/#/share/${lzString.compressToEncodedURIComponent(DEFENCE)}`);
    await expectStep(page, 'review');
    await page.getByRole('button', { name: 'See the recommendation' }).click();
    await expectStep(page, 'results');
    const headline = page.locator('.brief-headline');
    const before = await headline.textContent();

    const panel = page.getByRole('region', { name: 'Planning assumptions' });
    await expect(panel.getByRole('status')).toHaveText('All figures are the catalog’s.');
    await panel.getByText('Planning figures and GPU prices').click();
    const hour = panel.getByLabel(ENGINEER, { exact: true });
    await expect(hour).toHaveValue('100');
    await hour.fill('400');

    // The brief says the figure changed, and the costs rise with it.
    await expect(
      page.getByText(/^These costs use planning figures changed for this scenario: engineer hour \$400 \(catalog \$100\)\.$/),
    ).toBeVisible();
    await expect(headline).not.toHaveText(before ?? '');
    await expect(panel.getByRole('status')).toHaveText(/^1 figure is changed for this scenario\./);

    // A bad value is refused with the schema's words, and the last good one stays in force.
    await hour.fill('-3');
    await expect(panel.getByText(`${ENGINEER}: must be more than 0.`)).toBeVisible();
    await expect(hour).toHaveAttribute('aria-invalid', 'true');
    await hour.fill('400');

    await page.reload();
    await expectStep(page, 'results');
    await expect(page.getByText(/engineer hour \$400 \(catalog \$100\)/)).toBeVisible();

    // The review page's share link carries the changed figure.
    await page.goto('/#/review');
    const link = await page.getByLabel('Share link').inputValue();
    const shared = JSON.parse(lzString.decompressFromEncodedURIComponent(link.split('#/share/')[1] ?? '')) as { assumptions?: unknown };
    expect(shared.assumptions).toEqual({ engineerHourUsd: 400 });

    // Back to the catalog's figures with one button.
    await page.getByRole('button', { name: 'See the recommendation' }).click();
    await page.getByRole('button', { name: 'Use every catalog figure' }).click();
    await expect(page.getByText(/These costs use planning figures changed/)).toHaveCount(0);
    await expect(headline).toHaveText(before ?? '');

    // Amounts in euros, at the rate the brief states; the keyboard reaches the choice.
    await page.getByLabel('Show amounts in').selectOption('EUR');
    await expect(
      page.getByText(/^Amounts are in euros, converted from US dollars at [\d.]+ EUR per USD \(the catalog's rate, June 2026\)/),
    ).toBeVisible();
    await expect(headline).toHaveText(/for about €[\d,]+ a month \(€[\d,]+ a year\)/);
  });

  test.describe('on a 375 px phone', () => {
    test.use({ viewport: { width: 375, height: 740 } });

    test('the panel fits the screen and passes axe', async ({ page }) => {
      await page.goto(`/#/share/${lzString.compressToEncodedURIComponent(DEFENCE)}`);
      await page.getByRole('button', { name: 'See the recommendation' }).click();
      await expectStep(page, 'results');
      const panel = page.getByRole('region', { name: 'Planning assumptions' });
      await panel.getByText('Planning figures and GPU prices').click();
      await panel.getByLabel(ENGINEER, { exact: true }).fill('150');
      await expect(panel.getByRole('status')).toHaveText(/^1 figure is changed/);
      await expectNoHorizontalScroll(page, 'results with the planning figures open');
      await expectNoAxeViolations(page, 'planning assumptions on a phone');
    });
  });
});
