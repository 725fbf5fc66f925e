import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report';
import { toMarkdown } from '../../src/report/markdown';
import { money } from '../../src/lib/format';
import { defaultRuleSet } from '../helpers/rules';
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
});
