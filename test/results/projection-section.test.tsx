// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain';
import { recommend } from '../../src/engine';
import { money } from '../../src/results/format';
import { ResultsView } from '../../src/results/results-view';
import { defaultRuleSet } from '../helpers/rules';
import { scenarioAnswers } from './helpers';

/** The scenario's hospital at an eighth of its volume, doubling a year for five years: self-hosting takes over in year 4. */
function growing(): Answers {
  const a = scenarioAnswers('hipaa-hospital-self-hosts-gpu-host.json');
  return {
    ...a,
    useCases: a.useCases.map((u) => ({ ...u, monthlyTokens: Math.round(u.monthlyTokens / 8) })),
    planning: { horizonYears: 5, annualGrowth: 1 },
  };
}

describe('ResultsView: cost over the coming years', { timeout: 20_000 }, () => {
  it("shows the engine's projection: the total against the baseline, the year a pick changes, a chart and a table", () => {
    const answers = growing();
    const rec = recommend(defaultRuleSet, answers);
    const years = rec.portfolio.projection!;
    render(<ResultsView ruleSet={defaultRuleSet} answers={answers} recommendation={rec} />);
    const summary = within(screen.getByRole('region', { name: 'Portfolio' }));
    expect(summary.getByRole('heading', { level: 3, name: 'Cost over 5 years' })).toBeTruthy();
    const last = years.at(-1)!;
    expect(
      summary.getByText(
        new RegExp(
          `^Over 5 years, with the volume growing 100% a year, the recommended portfolio costs \\${money(last.cumulativeCostUsd)} in all`,
        ),
      ),
    ).toBeTruthy();
    const change = years.find((y) => y.changedPicks.length > 0)!;
    expect(
      summary.getByText(`From year ${change.year}, as the volume grows, Clinical note coding moves to ${change.changedPicks[0]!.label}.`),
    ).toBeTruthy();
    expect(summary.getByRole('img', { name: /^Cumulative cost by year\. Over 5 years/ })).toBeTruthy();
    const table = within(summary.getByRole('region', { name: 'Cost by year' })).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(
      years.map((y) => `${y.year}${money(y.monthlyCostUsd)}${money(y.cumulativeCostUsd)}${money(y.cumulativeAllProprietaryCostUsd)}`),
    );
  });

  it('is not shown without a planning horizon', () => {
    const answers = scenarioAnswers('hipaa-hospital-self-hosts-gpu-host.json');
    render(<ResultsView ruleSet={defaultRuleSet} answers={answers} recommendation={recommend(defaultRuleSet, answers)} />);
    expect(screen.queryByRole('heading', { name: /^Cost over/ })).toBe(null);
  });
});
