import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import lzString from 'lz-string';
import { BACKUP_KEY, STORAGE_KEY } from '../../src/lib/storage';
import { expect, fixtureText, test } from './fixtures';
import { expectStep, fillOrganisation, fillToReview, nextButton, openWelcome, startNew } from './wizard-helpers';

/**
 * What the app does when something it depends on fails: the rule files, the PDF code, the browser's storage.
 * Each failure must say what happened and how to go on, and lose no answer.
 */

/** The default pack's files, in the one file the app loads them from (vite.config.ts, defaultPackBundle). */
const BUNDLE = '**/rules/default-pack.json';
const PDF_CHUNK = /\/assets\/render-pdf-[^/]+\.js$/;

/** Opens the fixture's answers (test/fixtures/answers-basic.json: Acme Bank) through a share link: they land on review and are saved. */
async function openFixtureAnswers(page: Page): Promise<void> {
  await page.goto(`/#/share/${lzString.compressToEncodedURIComponent(fixtureText())}`);
  await expectStep(page, 'review');
}

async function expectFixtureAnswers(page: Page): Promise<void> {
  await expectStep(page, 'review');
  await expect(page.getByRole('region', { name: 'Organisation', exact: true })).toContainText('Acme Bank');
  await expect(page.getByRole('region', { name: 'Use cases', exact: true })).toContainText('Code assistant');
}

const ruleLoadError = (page: Page) =>
  page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'The rule pack could not be loaded' }) });

test.describe('the rule files fail to load', () => {
  // The browser itself logs a refused file; that log is what a 500 means, not an app error.
  test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 500.*\/rules\/default-pack\.json/] });

  test('a server error names the file and offers Retry, which loads the rules with the answers intact', async ({ page }) => {
    await openFixtureAnswers(page);
    let refused = 0;
    await page.route(BUNDLE, (route) => {
      refused += 1;
      return route.fulfill({ status: 500, body: 'Internal Server Error' });
    });
    await page.reload();

    const alert = ruleLoadError(page);
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await expect(alert).toContainText('/rules/default-pack.json');
    await expect(alert).toContainText('500');
    await expect(alert).toContainText('Your answers are saved');
    expect(refused).toBeGreaterThan(0);
    // The wizard does not wait for the rules: the answers are there to read and change; only the results need them.
    await expectFixtureAnswers(page);
    await page.getByRole('button', { name: 'See the recommendation' }).click();
    await expectStep(page, 'results');
    await expect(page.getByText('The recommendation needs the rule pack, which could not be loaded')).toBeVisible();

    await page.unroute(BUNDLE);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toBeHidden();
    await expect(page.getByRole('region', { name: 'Portfolio' })).toBeVisible();
    await page.reload();
    await expectStep(page, 'results');
  });

  test('a file that is not valid JSON is named with where it breaks, and Retry recovers once it is fixed', async ({ page }) => {
    await openFixtureAnswers(page);
    let served = 0;
    // The catalog inside the bundle is cut off: the message names the catalog and where it breaks.
    await page.route(BUNDLE, async (route) => {
      served += 1;
      const response = await route.fetch();
      const texts = (await response.json()) as Record<string, string>;
      texts['catalog.json'] = '{ "schemaVersion": 1, "options": [';
      await route.fulfill({ response, json: texts });
    });
    await page.reload();

    const alert = ruleLoadError(page);
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await expect(alert).toContainText(/catalog\.json:1:\d+: /);
    // Retrying while the file is still broken keeps the message and the way out. The broken file must have been served
    // again before the fix: on a busy machine the retry's request could otherwise go out after the unroute below.
    const before = served;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => served).toBeGreaterThan(before);
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(alert).toContainText(/catalog\.json:1:\d+: /);

    await page.unroute(BUNDLE);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toBeHidden();
    await expectFixtureAnswers(page);
  });
});

test.describe('the PDF cannot be made', () => {
  test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 503.*\/assets\/render-pdf-/] });

  test('the results say so with a way forward, keep the answers, and the other downloads still work', async ({ page }) => {
    await openFixtureAnswers(page);
    await page.getByRole('button', { name: 'See the recommendation' }).click();
    await expectStep(page, 'results');
    // The PDF code is a chunk loaded on first use: a dropped connection or a redeployed site makes it fail.
    await page.route(PDF_CHUNK, (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }));

    await page.getByRole('button', { name: 'Download PDF report' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The PDF could not be made' });
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(alert).toContainText('could not be fetched from the site; check the connection');
    await expect(alert).not.toContainText('render-pdf');
    await expect(alert).toContainText('Your answers are kept');
    await expect(alert).toContainText(/Markdown or JSON/);
    await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();

    const md = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Markdown' }).click();
    expect(await readFile(await (await md).path(), 'utf8')).toContain('Internal document analysis');
    const json = page.waitForEvent('download');
    await page.getByRole('button', { name: /Download JSON/ }).click();
    expect(JSON.parse(await readFile(await (await json).path(), 'utf8'))).toMatchObject({ schemaVersion: 1 });

    // Once the connection is back, trying again makes the PDF.
    await page.unroute(PDF_CHUNK);
    const pdf = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Download PDF report' }).click();
    expect((await pdf).suggestedFilename()).toMatch(/\.pdf$/);
    await expect(alert).toBeHidden();

    await page.getByRole('button', { name: 'Back to review' }).click();
    await expectFixtureAnswers(page);
  });
});

/** Makes window.localStorage throw, as a browser that blocks site data does. Runs before the app in every page. */
function blockStorage() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    },
  });
}

/** Fills local storage to its quota with filler keys, as another tab of the same site might. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let size = 1024 * 1024;
    for (let i = 0; size >= 1; i += 1) {
      try {
        window.localStorage.setItem(`filler-${i}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

const storageNotice = (page: Page) => page.getByRole('status').filter({ hasText: /not saved between visits/ });

test.describe('browser storage that cannot keep the answers', () => {
  test('storage disabled: the notice says answers are not kept, and the wizard still reaches the results', async ({ page }) => {
    await page.addInitScript(blockStorage);
    await openWelcome(page);
    await expect(storageNotice(page)).toContainText('does not let the page keep data');
    await expect(storageNotice(page)).toContainText('Export them as a file');

    await fillToReview(page);
    await expect(storageNotice(page)).toBeVisible();
    await page.getByRole('button', { name: 'See the recommendation' }).click();
    await expectStep(page, 'results');
    await expect(page.getByRole('button', { name: 'Download PDF report' })).toBeVisible();

    // As the notice said: nothing survives a reload, and the page starts cleanly.
    await page.reload();
    await expectStep(page, 'welcome');
    await expect(page.getByRole('button', { name: /^Resume/ })).toHaveCount(0);
    await expect(storageNotice(page)).toBeVisible();
  });

  test('storage full: saved answers can still be resumed, and a change that cannot be saved says so', async ({ page }) => {
    await openFixtureAnswers(page);
    await fillStorage(page);
    await page.goto('/');
    await page.reload();
    await expectStep(page, 'welcome');

    await page.getByRole('button', { name: /^Resume your answers/ }).click();
    await expectFixtureAnswers(page);
    await page.getByRole('button', { name: 'Edit organisation' }).click();
    await expectStep(page, 'organisation');
    await page.getByLabel('Organisation name').fill('Acme Bank Europe');
    await expect(storageNotice(page)).toContainText('storage is full');
    await nextButton(page).click();
    await expectStep(page, 'review');
    await expect(page.getByRole('region', { name: 'Organisation', exact: true })).toContainText('Acme Bank Europe');
    await page.getByRole('button', { name: 'See the recommendation' }).click();
    await expectStep(page, 'results');
  });
});

test.describe('saved answers that cannot be read', () => {
  const cases = [
    { title: 'damaged (not JSON)', stored: '{"version":1,"draft":{"organization":', says: 'the saved data is damaged (not valid JSON)' },
    {
      title: 'from another version',
      stored: JSON.stringify({ version: 99, savedAt: '2031-01-01T00:00:00Z', draft: {} }),
      says: 'saved by a different version',
    },
  ];
  for (const c of cases) {
    test(`${c.title}: they are set aside, the page says so, and the wizard starts cleanly`, async ({ page }) => {
      await openWelcome(page);
      await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [STORAGE_KEY, c.stored] as const);
      await page.reload();

      await expectStep(page, 'welcome');
      const notice = page.getByRole('status').filter({ hasText: 'could not be restored' });
      await expect(notice).toContainText(c.says);
      await expect(notice).toContainText('kept aside');
      await expect(page.getByRole('button', { name: /^Resume/ })).toHaveCount(0);
      const kept = await page.evaluate(([saved, backup]) => [localStorage.getItem(saved), localStorage.getItem(backup)], [
        STORAGE_KEY,
        BACKUP_KEY,
      ] as const);
      expect(kept).toEqual([null, c.stored]);

      await startNew(page);
      await fillOrganisation(page);
      await nextButton(page).click();
      await expectStep(page, 'use-cases');
      expect(await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY)).toBe(c.stored);
    });
  }
});

test.describe('two tabs on the same answers', () => {
  /** The organisation name saved in this browser now. */
  const savedName = (page: Page) =>
    page.evaluate(
      (key) =>
        (JSON.parse(window.localStorage.getItem(key) ?? '{}') as { draft?: { organization?: { name?: string } } }).draft?.organization
          ?.name,
      STORAGE_KEY,
    );

  test("one tab's save reaches the other, which never saves over it without asking", async ({ page, context }) => {
    await openFixtureAnswers(page);
    const other = await context.newPage();
    await other.goto('/#/review');
    await expectFixtureAnswers(other);

    // Tab B renames the organisation; tab A is told at once and offered both choices.
    await other.getByRole('button', { name: 'Edit organisation' }).click();
    await other.getByLabel('Organisation name').fill('Beta Bank');
    await expect.poll(() => savedName(page)).toBe('Beta Bank');
    const conflict = page.getByRole('alert').filter({ hasText: 'changed in another tab' });
    await expect(conflict).toBeVisible();

    // An edit in tab A now is kept on its page but does not overwrite tab B's save.
    await page.getByRole('button', { name: 'Edit organisation' }).click();
    await page.getByLabel('Organisation name').fill('Alpha Bank');
    expect(await savedName(page)).toBe('Beta Bank');

    // Loading the other tab's answers: tab A shows Beta Bank, and tab B is not disturbed (same answers).
    await conflict.getByRole('button', { name: "Load the other tab's answers" }).click();
    await expect(conflict).toHaveCount(0);
    await expectStep(page, 'review');
    await expect(page.getByRole('region', { name: 'Organisation', exact: true })).toContainText('Beta Bank');
    await expect(other.getByRole('alert').filter({ hasText: 'changed in another tab' })).toHaveCount(0);

    // Keeping this tab's answers after a new conflict writes them, and tab B is told in turn.
    await other.getByLabel('Organisation name').fill('Gamma Bank');
    await expect(conflict).toBeVisible();
    await page.getByRole('button', { name: 'Edit organisation' }).click();
    await page.getByLabel('Organisation name').fill('Delta Bank');
    await conflict.getByRole('button', { name: "Keep this tab's answers" }).click();
    await expect.poll(() => savedName(page)).toBe('Delta Bank');
    await expect(other.getByRole('alert').filter({ hasText: 'changed in another tab' })).toBeVisible();
    await other.close();
  });
});
