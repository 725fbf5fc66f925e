import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReportPdfBuffer } from '../../src/report/render-pdf-node';
import { answersArb } from '../helpers/arbitraries';
import { loadPortfolio } from '../helpers/scenarios';
import { reportInput } from './fixtures';
import { overflowing, overprinted, pdfText } from './pdf-text';

const PORTFOLIOS = readdirSync('test/fixtures/portfolios')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

/**
 * The report a consultant hands over, for each fixture portfolio, laid out as a reader sees it: react-pdf squashes
 * a block that meets the foot of a page into rows drawn on top of one another (the long-context agent's price table
 * was unreadable so), and nothing in the text alone would show it.
 */
describe('the PDF of each fixture portfolio', () => {
  it('covers all ten', () => expect(PORTFOLIOS).toHaveLength(10));

  it.each(PORTFOLIOS)('%s: no text drawn over other text, below the footer or off the page; at most 14 pages', async (name) => {
    const answers = loadPortfolio(name);
    const { bytes } = await renderReportPdfBuffer(reportInput(answers, '2026-12-07'));
    expect(await overprinted(bytes)).toEqual([]);
    expect(await overflowing(bytes)).toEqual([]);
    // Issue 15's bound: at most 14 pages for three use cases (every fixture has three or fewer).
    expect(answers.useCases.length).toBeLessThanOrEqual(3);
    expect((await pdfText(bytes)).pages.length).toBeLessThanOrEqual(14);
  });
});

describe('the PDF of random portfolios', () => {
  it('never draws text over other text or below the footer', async () => {
    await fc.assert(
      fc.asyncProperty(answersArb(5), async (answers) => {
        const { bytes } = await renderReportPdfBuffer(reportInput(answers, '2026-12-07'));
        expect(await overprinted(bytes)).toEqual([]);
      }),
      { numRuns: Number(process.env.PDF_LAYOUT_RUNS ?? 6) },
    );
  }, 120_000);
});
