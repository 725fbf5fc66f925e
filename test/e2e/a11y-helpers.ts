import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/* The accessibility checks the browser tests share: axe, no sideways scrolling, and reaching a control by Tab. */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the page as it is now; fails listing each violation's id and the elements it found. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect(violations, `axe violations on ${where}:\n${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/**
 * The page scrolls only vertically: nothing sticks out to the right. Soft, so that one run lists every step
 * that overflows; the message names the elements that stick out, for whoever fixes the layout.
 */
export async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const size = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const width = root.clientWidth;
    const culprits = Array.from(document.body.querySelectorAll('*'))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= width + 0.5 || el.matches('.visually-hidden'))
      .slice(0, 5)
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()} class="${el.className}"> "${(el.textContent ?? '').trim().slice(0, 30)}" right edge ${Math.round(el.getBoundingClientRect().right)}px`,
      );
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
  });
  expect
    .soft(
      size.scrollWidth,
      `${where}: the page is ${size.scrollWidth}px wide in a ${size.clientWidth}px viewport; sticking out: ${size.culprits.join('; ')}`,
    )
    .toBeLessThanOrEqual(size.clientWidth);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user looks for a control; fails if it is
 * not reached within `max` presses.
 */
export async function tabTo(page: Page, target: Locator, { back = false, max = 40 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${target.toString()} was not reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}
