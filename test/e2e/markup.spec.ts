import lzString from 'lz-string';
import { expect, fixtureText, test } from './fixtures';
import { expectStep, openFirstDetails } from './wizard-helpers';

const RULE_MARKUP = '<img src="x-rule" onerror="window.__injected=1"><b>bold</b>';
const ANSWER_MARKUP = '<script>window.__injected=1</script>';

test('rule text and answer text holding markup and script are shown as text, never run', async ({ page }) => {
  // Serve the rule packs (in the default pack's bundle) with markup at the start of every rule's text.
  await page.route('**/rules/default-pack.json', async (route) => {
    const response = await route.fetch();
    const texts = (await response.json()) as Record<string, string>;
    for (const [name, text] of Object.entries(texts)) {
      if (!name.startsWith('packs/')) continue;
      const pack = JSON.parse(text) as { rules: { text: string }[] };
      for (const rule of pack.rules) rule.text = `${RULE_MARKUP} ${rule.text}`;
      texts[name] = JSON.stringify(pack);
    }
    await route.fulfill({ response, json: texts });
  });
  const answers = JSON.parse(fixtureText()) as { organization: { name: string }; useCases: { name: string }[] };
  answers.organization.name = `Acme ${ANSWER_MARKUP}`;
  const first = answers.useCases[0];
  if (first) first.name = `Docs <img src="x-answer" onerror="window.__injected=1">`;

  await page.goto(`/#/share/${lzString.compressToEncodedURIComponent(JSON.stringify(answers))}`);
  await expectStep(page, 'review');
  await expect(page.getByText(`Acme ${ANSWER_MARKUP}`, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'See the recommendation' }).click();
  await expectStep(page, 'results');
  await expect(page.getByRole('heading', { name: 'Docs <img src="x-answer" onerror="window.__injected=1">' }).first()).toBeVisible();
  await openFirstDetails(page);
  await page.getByText(/^Why/).first().click();
  await expect(page.getByText(RULE_MARKUP).first()).toBeVisible();

  // Nothing became an element, nothing ran.
  expect(await page.locator('img[src^="x-"], b:text("bold"), script:text("__injected")').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
});
