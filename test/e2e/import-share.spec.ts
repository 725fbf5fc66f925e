import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import lzString from 'lz-string';
import { FIXTURE_PATH, expect, fixtureText, test } from './fixtures';
import { expectStep, openWelcome, section } from './wizard-helpers';

// lz-string is CommonJS: Node gives it as a default export only.
const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = lzString;

type Json = Record<string, unknown>;
const fixture = (): Json => JSON.parse(fixtureText()) as Json;
const shareUrlOf = (text: string) => `/#/share/${compressToEncodedURIComponent(text)}`;

/** The review page shows the answers of test/fixtures/answers-basic.json. */
async function expectFixtureAnswersOnReview(page: Page): Promise<void> {
  await expectStep(page, 'review');
  await expect(section(page, 'Organisation')).toMatchAriaSnapshot(`
    - term: Name
    - definition: Acme Bank
    - term: Industry
    - definition: Financial services
    - term: Regions
    - definition: European Union, United States
    - term: Monthly active users
    - definition: 2,000,000
  `);
  await expect(section(page, 'Use cases')).toMatchAriaSnapshot(`
    - term: Internal document analysis
    - definition: /Document analysis; Internal/
    - term: Client support assistant
    - definition: /Customer support; Customer-facing/
    - term: Code assistant
    - definition: /Code generation; Internal/
  `);
  await expect(section(page, 'Regulation')).toMatchAriaSnapshot(`
    - term: GDPR
    - definition: Applies
    - term: HIPAA
    - definition: Does not apply
    - term: EU AI Act
    - definition: Applies
    - term: Data residency
    - definition: No requirement
    - term: "AI Act tier: Internal document analysis"
    - definition: Minimal risk
    - term: "AI Act tier: Client support assistant"
    - definition: Limited risk (transparency duty)
  `);
  await expect(section(page, 'Volume')).toMatchAriaSnapshot(`
    - term: Internal document analysis
    - definition: /2 billion tokens a month/
    - term: Client support assistant
    - definition: /500 million tokens a month/
    - term: Code assistant
    - definition: /20 billion tokens a month/
  `);
  await expect(section(page, 'Team capacity')).toMatchAriaSnapshot(`
    - term: ML engineers
    - definition: "4"
    - term: MLOps maturity
    - definition: Basic
    - term: GPU access
    - definition: Cloud GPUs
  `);
  await expect(page.getByRole('button', { name: 'See the recommendation' })).toBeEnabled();
}

/** The alert on the welcome page that says why loaded answers were refused. */
const refusal = (page: Page, source: 'The imported file' | 'The share link') =>
  page.getByRole('alert').filter({ has: page.getByRole('heading', { name: `${source} could not be opened` }) });

test.describe('importing an answers file', () => {
  test('a valid file lands on review with its answers', async ({ page }) => {
    await openWelcome(page);
    await page.getByLabel('Import answers').setInputFiles(FIXTURE_PATH);
    await expectFixtureAnswersOnReview(page);

    // Every step counts as done, so the results are one click away.
    await page.getByRole('button', { name: 'See the recommendation' }).click();
    await expectStep(page, 'results');
    for (const name of ['Internal document analysis', 'Client support assistant', 'Code assistant']) {
      await expect(section(page, name).getByText(/: score \d{1,3}(\.\d+)? of 100, about \$[\d,.]+ a month\.$/)).toBeVisible();
    }
  });

  test('a file written in answers format 1 opens with every answer and says it was upgraded', async ({ page }) => {
    await openWelcome(page);
    await page.getByLabel('Import answers').setInputFiles(FIXTURE_PATH.replace('answers-basic.json', 'answers-v1.json'));
    await expectFixtureAnswersOnReview(page);
    await expect(page.getByRole('status').filter({ hasText: 'Answers imported from a file' })).toContainText(
      'written by an earlier version of this tool (answers format 1) and now read as format 2: every answer was kept',
    );
  });

  const invalidFiles: { title: string; name: string; content: (good: Json) => string; problems: (string | RegExp)[] }[] = [
    {
      title: 'missing fields are each named',
      name: 'missing-fields.json',
      content: (good) => {
        const { team: _team, ...rest } = good;
        const useCases = (rest.useCases as Json[]).map((u, i) => {
          if (i !== 1) return u;
          const { monthlyTokens: _tokens, ...others } = u;
          return others;
        });
        return JSON.stringify({ ...rest, useCases });
      },
      problems: ['team: is required', 'useCases[1].monthlyTokens: is required'],
    },
    {
      title: 'wrong values and unknown keys are each named',
      name: 'wrong-values.json',
      content: (good) => {
        const organization = { ...(good.organization as Json), regions: [], colour: 'blue' };
        const useCases = (good.useCases as Json[]).map((u, i) => (i === 0 ? { ...u, monthlyTokens: 0 } : u));
        return JSON.stringify({ ...good, organization, useCases });
      },
      problems: [
        /^organization: unknown key "colour"$/,
        'organization.regions: must name at least one region',
        'useCases[0].monthlyTokens: must be greater than 0',
      ],
    },
    {
      title: 'a file cut off in the middle is not valid JSON',
      name: 'cut-off.json',
      content: () => fixtureText().slice(0, 200),
      problems: [/^cut-off\.json is not valid JSON: /],
    },
    {
      title: 'a file that is not JSON at all is refused',
      name: 'notes.json',
      content: () => 'organisation: Acme Bank\nuse cases: support\n',
      problems: [/^notes\.json is not valid JSON: /],
    },
    {
      title: 'an empty file is refused',
      name: 'empty.json',
      content: () => '',
      problems: ['empty.json is empty.'],
    },
  ];

  for (const file of invalidFiles) {
    test(`an invalid file is refused on the welcome page: ${file.title}`, async ({ page }, testInfo) => {
      const path = testInfo.outputPath(file.name);
      writeFileSync(path, file.content(fixture()));
      await openWelcome(page);
      await page.getByLabel('Import answers').setInputFiles(path);

      const alert = refusal(page, 'The imported file');
      await expect(alert).toBeVisible();
      await expectStep(page, 'welcome');
      const items = alert.getByRole('listitem');
      await expect(items).toHaveCount(file.problems.length);
      for (const problem of file.problems) await expect(items.filter({ hasText: problem })).toHaveCount(1);
      // Nothing was loaded: there is nothing to resume.
      await expect(page.getByRole('button', { name: /^Resume/ })).toHaveCount(0);

      // A good file after a bad one is accepted, and the refusal is gone when the user comes back.
      await page.getByLabel('Import answers').setInputFiles(FIXTURE_PATH);
      await expectFixtureAnswersOnReview(page);
      await page.goto('/');
      await expectStep(page, 'welcome');
      await expect(refusal(page, 'The imported file')).toHaveCount(0);
    });
  }
});

test.describe('share links', () => {
  test('a share link opens review with its answers', async ({ page }) => {
    await page.goto(shareUrlOf(fixtureText()));
    await expectFixtureAnswersOnReview(page);
    // The answers are not left in the address bar once they are loaded.
    await expect(page).toHaveURL(/#\/review$/);
  });

  test('a reload after opening a share link keeps the answers', async ({ page }) => {
    await page.goto(shareUrlOf(fixtureText()));
    await expectStep(page, 'review');
    await page.reload();
    await expectFixtureAnswersOnReview(page);
  });

  test('a share link pasted into the address bar of an open page is loaded too', async ({ page }) => {
    await openWelcome(page);
    await page.goto(shareUrlOf(fixtureText()));
    await expectFixtureAnswersOnReview(page);
  });

  const damaged: { title: string; payload: (good: string) => string; message: RegExp }[] = [
    { title: 'truncated', payload: (good) => good.slice(0, Math.floor(good.length / 2)), message: /damaged or incomplete/ },
    {
      title: 'tampered with',
      // Characters changed in the middle of the compressed text.
      payload: (good) => {
        const mid = Math.floor(good.length / 2);
        return `${good.slice(0, mid)}${good
          .slice(mid, mid + 8)
          .split('')
          .reverse()
          .join('')}ZZZZ${good.slice(mid + 12)}`;
      },
      message: /damaged or incomplete|not valid/,
    },
    { title: 'empty', payload: () => '', message: /carries no answers/ },
    {
      // A few kilobytes that would unpack to 1.1 million characters: refused while unpacking, not after.
      title: 'over the unpacked size limit',
      payload: () => compressToEncodedURIComponent(`{"a":"${'x'.repeat(1_100_000)}"}`),
      message: /^The link unpacks to more than 1,000,000 characters, more than any answers hold, so it was not opened\./,
    },
    {
      title: 'carrying answers with a wrong field',
      payload: () => compressToEncodedURIComponent(JSON.stringify({ ...fixture(), priorities: { cost: 9, quality: 3, control: 3 } })),
      message: /^The link's answers are not valid: priorities\.cost: /,
    },
  ];

  for (const link of damaged) {
    test(`a share link that is ${link.title} is refused with a clear message`, async ({ page }) => {
      const good = compressToEncodedURIComponent(fixtureText());
      await page.goto(`/#/share/${link.payload(good)}`);
      const alert = refusal(page, 'The share link');
      await expect(alert).toBeVisible();
      await expectStep(page, 'welcome');
      await expect(alert.getByRole('listitem').first()).toHaveText(link.message);
      await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    });
  }

  test("the review page's share link reproduces the same answers in a new page", async ({ page, context }) => {
    await openWelcome(page);
    await page.getByLabel('Import answers').setInputFiles(FIXTURE_PATH);
    await expectStep(page, 'review');

    const box = page.getByRole('textbox', { name: 'Share link' });
    await expect(box).toHaveAttribute('readonly');
    const url = await box.inputValue();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:4173\/#\/share\/[A-Za-z0-9+\-$]+$/);

    // The link carries the answers themselves.
    const carried = JSON.parse(decompressFromEncodedURIComponent(url.split('#/share/')[1] ?? '')) as Json;
    expect(carried).toMatchObject(fixture());

    // A new page with nothing saved in this browser: only the link can bring the answers.
    const other = await context.newPage();
    await other.goto('/');
    await other.evaluate(() => window.localStorage.clear());
    await other.goto('about:blank');
    await other.goto(url);
    await expectFixtureAnswersOnReview(other);
    await expect(other.getByRole('textbox', { name: 'Share link' })).toHaveValue(url);
    await other.close();
  });

  test('exported answers import back to the same answers', async ({ page }, testInfo) => {
    await page.goto(shareUrlOf(fixtureText()));
    await expectStep(page, 'review');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export answers' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^acme-bank-answers-\d{4}-\d{2}-\d{2}\.json$/);
    const path = testInfo.outputPath(file.suggestedFilename());
    await file.saveAs(path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject(fixture());

    // Start from a browser that holds no answers (the share link's answers were saved when they opened).
    await page.goto('/');
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    await page.getByLabel('Import answers').setInputFiles(path);
    await expectFixtureAnswersOnReview(page);
  });
});
