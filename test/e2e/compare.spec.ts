import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import lzString from 'lz-string';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, expectNoHorizontalScroll, tabTo } from './a11y-helpers';
import { expectStep } from './wizard-helpers';

const { compressToEncodedURIComponent } = lzString;

const HOSPITAL = resolve(import.meta.dirname, '../fixtures/portfolios/us-hospital-hipaa.json');
const hospital = () => JSON.parse(readFileSync(HOSPITAL, 'utf8')) as Record<string, unknown> & { team: Record<string, unknown> };
/** The hospital with a team that could run its own models: the variant a consultant saves next to "All-API". */
const bigTeam = () => ({ ...hospital(), team: { mlEngineers: 12, mlopsMaturity: 'advanced', gpuAccess: 'cloud' } });

const SCENARIOS_KEY = 'model-portfolio-advisor:scenarios';

/** Puts scenarios in the library before the app starts (once: a reload keeps what the app stored since). */
async function seedLibrary(page: Page, scenarios: unknown[]): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (window.sessionStorage.getItem('seeded') === null) {
        window.localStorage.setItem(key, value);
        window.sessionStorage.setItem('seeded', '1');
      }
    },
    [SCENARIOS_KEY, JSON.stringify({ version: 1, scenarios })] as const,
  );
}

const entry = (id: string, name: string, answers: unknown) => ({ id, name, savedAt: '2026-12-01T09:00:00.000Z', answers });

const compareTable = (page: Page) => page.getByRole('table', { name: /^Pick per use case/ });

test.describe('scenarios and the compare view', () => {
  test('save from the results, rename, add a file, compare three side by side and download the comparison', async ({ page }, testInfo) => {
    await page.goto(`/#/share/${compressToEncodedURIComponent(JSON.stringify(hospital()))}`);
    await page.getByRole('button', { name: 'See the recommendation' }).click();
    await expectStep(page, 'results');
    await expect(page.getByRole('img', { name: /^Cumulative cost by year\./ })).toBeVisible();

    await page.getByLabel('Scenario name').fill('All-API');
    await page.getByRole('button', { name: 'Save as a scenario' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved as “All-API”.' })).toBeVisible();

    await page.getByRole('link', { name: 'Compare scenarios' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Compare scenarios' })).toBeVisible();
    await page.getByRole('button', { name: 'Rename “All-API”' }).click();
    const newName = page.getByLabel('New name for “All-API”');
    await expect(newName).toBeFocused();
    await newName.fill('Today: all API');
    await newName.press('Enter');
    await expect(page.getByRole('checkbox', { name: 'Today: all API' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Rename “Today: all API”' })).toBeFocused();
    await page.getByRole('button', { name: 'Duplicate “Today: all API”' }).click();
    await expect(page.getByRole('checkbox', { name: 'Today: all API (copy)' })).toBeVisible();

    const file = testInfo.outputPath('big-team.json');
    writeFileSync(file, JSON.stringify(bigTeam()));
    await page.getByLabel('Add scenarios from files').setInputFiles(file);
    await expect(page.getByRole('checkbox', { name: 'big-team' })).toBeChecked();
    await page.getByRole('checkbox', { name: 'Today: all API', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Today: all API (copy)' }).check();

    const table = compareTable(page);
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText(['Use case', 'big-team', 'Today: all API', 'Today: all API (copy)']);
    await expect(table.getByRole('rowheader')).toHaveCount(2);
    const answers = page.getByRole('table', { name: /^What differs in the answers/ });
    await expect(answers.getByRole('row', { name: /ML engineers/ })).toContainText(/12.*3.*3/);
    await expect(page.getByRole('table', { name: 'Portfolio' }).getByRole('row', { name: /^Monthly cost/ })).toContainText('$');
    await expectNoAxeViolations(page, 'the compare view with three scenarios');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the comparison as Markdown' }).click();
    const md = readFileSync(await (await download).path(), 'utf8');
    expect(md).toMatch(/^# Scenario comparison\n/);
    expect(md).toContain('| Use case | big-team | Today: all API | Today: all API (copy) |');

    const pdf = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the comparison as PDF' }).click();
    expect((await pdf).suggestedFilename()).toMatch(
      /^model-portfolio-comparison-riverside-regional-medical-center-\d{4}-\d{2}-\d{2}\.pdf$/,
    );

    // A visit to the wizard keeps the added file and the ticks.
    await page.getByRole('link', { name: 'Wizard' }).click();
    await expectStep(page, 'results');
    await page.getByRole('link', { name: 'Compare scenarios' }).first().click();
    await expect(page.getByRole('checkbox', { name: 'big-team' })).toBeChecked();
    await expect(compareTable(page)).toBeVisible();

    // The library outlives the page; the file's scenario was for this visit only.
    await page.reload();
    await expect(page.getByRole('checkbox')).toHaveCount(2);
  });

  test('works with the keyboard alone on a 375 px phone: tick three, read the table, delete and undo', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await seedLibrary(page, [
      entry('a', 'All-API', hospital()),
      entry('b', 'Big team', bigTeam()),
      entry('c', 'Cost first', { ...bigTeam(), priorities: { cost: 5, quality: 3, control: 3 } }),
    ]);
    await page.goto('/#/compare');
    for (const name of ['All-API', 'Big team', 'Cost first']) {
      const box = page.getByRole('checkbox', { name });
      await tabTo(page, box);
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
    }
    await expect(compareTable(page)).toBeVisible();
    await expectNoHorizontalScroll(page, 'the compare view at 375 px');
    await expectNoAxeViolations(page, 'the compare view at 375 px');

    await tabTo(page, page.getByRole('button', { name: 'Delete “Big team”' }), { back: true, max: 80 });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('checkbox', { name: 'Big team' })).toHaveCount(0);
    // Focus goes to Undo (in view, even on a phone), and Undo puts the scenario back, ticked, with focus on it.
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeFocused();
    await expect(undo).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('checkbox', { name: 'Big team' })).toBeFocused();
    await expect(page.getByRole('checkbox', { name: 'Big team' })).toBeChecked();
    await expect(page.getByRole('checkbox')).toHaveCount(3);
  });

  test('a damaged scenario is set aside with a message naming it; the others open in the wizard', async ({ page }) => {
    await seedLibrary(page, [entry('a', 'All-API', hospital()), entry('b', 'Broken', { ...hospital(), useCases: [] })]);
    await page.goto('/#/compare');
    await expect(page.getByRole('alert')).toContainText('“Broken” has answers this version cannot read (useCases:');
    await expect(page.getByRole('alert')).toContainText('kept aside in this browser (not deleted)');
    expect(await page.evaluate(() => window.localStorage.getItem('model-portfolio-advisor:unreadable-scenarios'))).toContain('Broken');
    await expect(page.getByRole('checkbox')).toHaveCount(1);
    const kept = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the data kept aside' }).click();
    expect(readFileSync(await (await kept).path(), 'utf8')).toContain('Broken');

    await page.getByRole('button', { name: 'Open “All-API” in the wizard' }).click();
    await expectStep(page, 'review');
    await expect(
      page.getByRole('status').filter({ hasText: 'The answers of the scenario “All-API”, opened from the library: check them below' }),
    ).toBeVisible();
  });

  test('opening a scenario asks before it replaces answers that are in no scenario', async ({ page }) => {
    await seedLibrary(page, [entry('a', 'Big team', bigTeam())]);
    await page.goto(`/#/share/${compressToEncodedURIComponent(JSON.stringify(hospital()))}`);
    await expectStep(page, 'review');
    await page.getByRole('link', { name: 'Compare scenarios' }).click();
    await page.getByRole('button', { name: 'Open “Big team” in the wizard' }).click();
    const ask = page.getByRole('alertdialog');
    await expect(ask).toContainText('Opening “Big team” replaces the answers in the wizard, which are not saved as a scenario.');
    await expect(ask.getByRole('button', { name: 'Save the current answers, then open' })).toBeFocused();
    await ask.getByRole('button', { name: 'Save the current answers, then open' }).click();
    await expectStep(page, 'review');
    await page.getByRole('link', { name: 'Compare scenarios' }).click();
    await expect(page.getByRole('checkbox')).toHaveCount(2);
  });

  test('export the library as one file and import it back', async ({ page }, testInfo) => {
    await seedLibrary(page, [entry('a', 'All-API', hospital()), entry('b', 'Big team', bigTeam())]);
    await page.goto('/#/compare');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all scenarios (2)' }).click();
    const file = testInfo.outputPath('scenarios.json');
    await (await download).saveAs(file);
    for (const name of ['All-API', 'Big team']) await page.getByRole('button', { name: `Delete “${name}”` }).click();
    await expect(page.getByText('No scenarios yet.')).toBeVisible();
    await page.getByLabel('Import a scenario set into the library').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'Imported 2 scenarios into the library.' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'All-API' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Big team' })).toBeVisible();
  });
});
