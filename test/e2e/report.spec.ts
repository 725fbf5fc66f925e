import { readFile } from 'node:fs/promises';
import lzString from 'lz-string';
import { expect, fixtureText, test } from './fixtures';
import { expectStep } from './wizard-helpers';

/** Opens the fixture's answers through a share link and goes on to the results. */
async function openResults(page: import('@playwright/test').Page): Promise<void> {
  await page.goto(`/#/share/${lzString.compressToEncodedURIComponent(fixtureText())}`);
  await expectStep(page, 'review');
  await page.getByRole('button', { name: 'See the recommendation' }).click();
  await expectStep(page, 'results');
  await expect(page.getByRole('button', { name: 'Download PDF report' })).toBeVisible();
}

test.describe('downloads from the results page', () => {
  test('the PDF report downloads, built in the browser under the Content-Security-Policy', async ({ page }) => {
    await openResults(page);
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Download PDF report' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/acme-bank-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = await readFile(await file.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(20_000);
    // The second report comes from the same worker, kept with its code and fonts loaded, and is the same document.
    let workers = 0;
    page.on('worker', (w) => (workers += /pdf-worker/.test(w.url()) ? 1 : 0));
    const again = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Download PDF report' }).click();
    const second = await readFile(await (await again).path());
    expect(second.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Math.abs(second.length - bytes.length)).toBeLessThan(200);
    expect(workers).toBe(0);
  });

  test('the PDF is made off the page with its steps shown, and Cancel stops it: its worker ends and nothing downloads', async ({
    page,
  }) => {
    await openResults(page);
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    const worker = page.waitForEvent('worker', { predicate: (w) => /pdf-worker/.test(w.url()) });
    await page.getByRole('button', { name: 'Download PDF report' }).click();
    const progress = page.getByRole('progressbar', { name: /^Preparing the PDF, step [12] of 2: / });
    await expect(progress).toBeVisible();
    const pdfWorker = await worker;
    const closed = new Promise<void>((resolve) => pdfWorker.on('close', () => resolve()));
    // While it works, the page answers: the sliders still move.
    await page.getByRole('slider', { name: 'Cost' }).fill('5');
    await expect(page.getByRole('slider', { name: 'Cost' })).toHaveValue('5');
    await page.getByRole('button', { name: 'Cancel the PDF' }).click();
    await closed;
    await expect(page.getByRole('status').filter({ hasText: 'The PDF was cancelled. Your answers are kept.' })).toBeVisible();
    await expect(progress).toBeHidden();
    await page.waitForTimeout(1_000);
    expect(downloads).toBe(0);
    // The next attempt makes it.
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Download PDF report' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    expect(downloads).toBe(1);
  });

  test('the Markdown and the RecommendationV1 JSON download', async ({ page }) => {
    await openResults(page);
    const md = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Markdown' }).click();
    const mdText = await readFile(await (await md).path(), 'utf8');
    expect(mdText).toContain('# AI model portfolio recommendation');
    expect(mdText).toContain('Internal document analysis');

    const json = page.waitForEvent('download');
    await page.getByRole('button', { name: /Download JSON/ }).click();
    const rec = JSON.parse(await readFile(await (await json).path(), 'utf8')) as { schemaVersion: number; useCases: unknown[] };
    expect(rec.schemaVersion).toBe(1);
    expect(rec.useCases).toHaveLength(3);
  });
});
