import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report';
import { toMarkdown } from '../../src/report/markdown';
import { money } from '../../src/lib/format';
import { defaultRuleSet } from '../helpers/rules';
import { loadPortfolio } from '../helpers/scenarios';
import { basicAnswers, reportInput } from './fixtures';

describe('the projection in the report and the Markdown', () => {
  const answers = { ...basicAnswers, planning: { horizonYears: 4, annualGrowth: 0.5 } };
  const input = reportInput(answers);
  const years = input.recommendation.portfolio.projection!;

  it('the PDF model carries the same years and figures as the engine, and none without a horizon', () => {
    const model = buildReport(input);
    expect(model.projection?.title).toBe('Cost over 4 years');
    expect(model.projection?.table.rows.map((r) => r.cells)).toEqual(
      years.map((y) => [String(y.year), money(y.monthlyCostUsd), money(y.cumulativeCostUsd), money(y.cumulativeAllProprietaryCostUsd)]),
    );
    expect(model.projection?.sentences[0]).toContain(money(years.at(-1)!.cumulativeCostUsd));
    expect(buildReport(reportInput(basicAnswers)).projection).toBe(null);
  });

  it('the Markdown has the same table under "Cost over 4 years"', () => {
    const md = toMarkdown(input.recommendation, defaultRuleSet, answers, '2026-03-04');
    const section = md.slice(md.indexOf('### Cost over 4 years'), md.indexOf('### Obligations'));
    const rows = section.split('\n').filter((l) => /^\| \d /.test(l));
    expect(rows).toEqual(
      years.map(
        (y) => `| ${y.year} | ${money(y.monthlyCostUsd)} | ${money(y.cumulativeCostUsd)} | ${money(y.cumulativeAllProprietaryCostUsd)} |`,
      ),
    );
  });

  it.each([
    // [portfolio, column, line in the chart, the note's first words, the Markdown's portfolio line]
    [
      'us-hospital-hipaa',
      'Baseline',
      'Baseline (all proprietary)',
      'Baseline: every use case on the best proprietary option,',
      'all on proprietary APIs',
    ],
    [
      'defence-air-gapped',
      'Cheapest permitted',
      'Cheapest permitted options (no API permitted)',
      'Cheapest permitted: every use case on its cheapest permitted option',
      'cheapest permitted options (no API permitted)',
    ],
  ])('names the comparison for what it is: %s', (name, column, line, note, markdown) => {
    const fixture = { ...loadPortfolio(name), planning: { horizonYears: 3, annualGrowth: 0.2 } };
    const own = reportInput(fixture);
    const model = buildReport(own);
    expect(model.projection?.table.columns.map((c) => c.header)).toEqual(['Year', 'A month', 'Cumulative', column]);
    expect(model.projection?.baseline).toBe(line);
    expect(model.projection?.note.startsWith(note)).toBe(true);
    const md = toMarkdown(own.recommendation, defaultRuleSet, fixture, '2026-12-07');
    expect(md).toContain(`| Year | A month | Cumulative | ${column} |`);
    expect(md).toContain(`- Monthly cost: ${money(own.recommendation.portfolio.monthlyCostUsd)} (${markdown}: `);
  });

  it('says the growth rate, and why a monthly cost falls while the volume grows (a pick moved to a cheaper option)', () => {
    const answers = loadPortfolio('long-context-agent');
    const own = reportInput(answers);
    const years = own.recommendation.portfolio.projection!;
    const sentences = buildReport(own).projection!.sentences;
    expect(sentences[0]).toMatch(/^Over 3 years, with the volume growing 25% a year, the recommended portfolio costs/);
    const fall = years.findIndex((y, i) => i > 0 && y.monthlyCostUsd < years[i - 1]!.monthlyCostUsd);
    expect(fall).toBeGreaterThan(0);
    expect(sentences).toContain(
      `The monthly cost then falls to ${money(years[fall]!.monthlyCostUsd)}, from ${money(years[fall - 1]!.monthlyCostUsd)} in year ${fall}.`,
    );
  });
});
