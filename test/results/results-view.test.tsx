// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { citation } from './citation';
import { ResultsView } from '../../src/results/results-view';
import { percent, times, money } from '../../src/results/format';
import { recommend } from '../../src/engine';
import { defaultRuleSet } from '../helpers/rules';
import { lawOf, localToday } from '../../src/lib/obligation-words';
import { buildBrief } from '../../src/lib/brief';
import { basicAnswers, engineSays, scenarioAnswers } from './helpers';

const setup = () =>
  render(<ResultsView ruleSet={defaultRuleSet} answers={basicAnswers()} recommendation={recommend(defaultRuleSet, basicAnswers())} />);

/** The text after a term in the portfolio figures. */
function figure(term: string): string {
  const summary = screen.getByRole('region', { name: 'Portfolio' });
  const dt = within(summary).getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? '';
}

describe('ResultsView: portfolio summary', { timeout: 20_000 }, () => {
  it('shows the sections as h2 and each use case as an h3 region named after it', () => {
    setup();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['The decision', 'Portfolio', 'Use cases']);
    const rec = engineSays();
    expect(
      screen
        .getAllByRole('heading', { level: 3 })
        .filter((h) => h.closest('.use-case-result'))
        .map((h) => h.textContent),
    ).toEqual(rec.useCases.map((u) => u.name));
    for (const u of rec.useCases) expect(screen.getByRole('region', { name: u.name })).toBeTruthy();
    // The e2e tests find the summary by a heading whose name contains "Portfolio": it must be the only one.
    expect(screen.getAllByRole('heading', { name: /portfolio/i }).map((h) => h.textContent)).toEqual(['Portfolio']);
  });

  it("shows the engine's monthly and annual cost, the baseline, the saving and its factor", () => {
    // A scenario where open weights take part of the work and save money against the all-proprietary baseline.
    const answers = scenarioAnswers('owned-gpus-batch-self-hosting.json');
    const p = engineSays(answers).portfolio;
    render(<ResultsView ruleSet={defaultRuleSet} answers={answers} recommendation={recommend(defaultRuleSet, answers)} />);
    expect(figure('Recommended portfolio')).toBe(`${money(p.monthlyCostUsd)}a month; ${money(p.monthlyCostUsd * 12)} a year`);
    expect(figure('All-proprietary baseline, same work')).toBe(
      `${money(p.allProprietaryMonthlyCostUsd)}a month; ${money(p.allProprietaryMonthlyCostUsd * 12)} a year`,
    );
    const saving = p.allProprietaryMonthlyCostUsd - p.monthlyCostUsd;
    expect(saving).toBeGreaterThan(0);
    expect(figure('Saving against the baseline')).toBe(
      `${money(saving)}a month; ${money(saving * 12)} a year. The baseline costs ${times(p.allProprietaryMonthlyCostUsd / p.monthlyCostUsd)} as much.`,
    );
    expect(figure('Tokens on open weights')).toContain(percent(p.openWeightsTokenShare));
  });

  it('says there is no saving when the portfolio is the all-proprietary baseline', () => {
    setup();
    const p = engineSays().portfolio;
    expect(p.monthlyCostUsd).toBe(p.allProprietaryMonthlyCostUsd);
    expect(figure('Saving against the baseline')).toBe('NoneSame cost');
    expect(figure('Tokens on open weights')).toContain(percent(0));
  });

  it('counts the distinct providers of the recommended options, from the catalog', () => {
    setup();
    const ids = engineSays().useCases.map((u) => u.recommended?.optionId);
    const providers = [...new Set(defaultRuleSet.catalog.options.filter((o) => ids.includes(o.id)).map((o) => o.provider))].sort();
    expect(figure('Providers')).toBe(`${providers.length}${providers.join('; ')}`);
  });

  it("groups the engine's obligations by law, each with its text and sources", () => {
    setup();
    const summary = within(screen.getByRole('region', { name: 'Portfolio' }));
    const obligations = engineSays().portfolio.obligations;
    const laws = summary.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    // One heading per law that has obligations, in topic order, with its count.
    const expected = ['GDPR', 'EU AI Act', 'DORA'].map((law) => `${law} (${obligations.filter((o) => lawOf(o) === law).length})`);
    expect(laws).toEqual(expected);
    // An EU bank: GDPR, the EU AI Act (50(1) and 50(2) for the customer-facing assistant it builds, staff AI literacy) and DORA.
    expect(laws).toEqual(['GDPR (3)', 'EU AI Act (3)', 'DORA (1)']);
    expect(obligations.map((o) => o.id)).toContain('dora-ict-third-party');
    for (const o of obligations) {
      const item = summary.getByText(o.text).closest('li');
      if (!item) throw new Error(`no item for ${o.id}`);
      for (const id of o.sources) expect(item.textContent).toContain(citation(id));
      // The date and the role, where the rule gives them, in words beside the duty.
      if (o.appliesFrom)
        expect(item.querySelector('.obligation-when')?.textContent).toMatch(/^(Falls on .+\. )?Applies (since|from) \d{1,2} \w+ \d{4}/);
    }
  });

  it('lists every use case with its pick in a table', () => {
    setup();
    const table = screen.getByRole('table', { name: 'Recommendation per use case' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(engineSays().useCases.map((u) => u.name));
  });

  it('puts the decision first: the headline, the pick per use case with margin and cost, the first duties and next steps', () => {
    setup();
    const answers = basicAnswers();
    const rec = engineSays(answers);
    const brief = buildBrief(rec, answers, defaultRuleSet, localToday());
    const decision = within(screen.getByRole('region', { name: 'The decision' }));
    expect(decision.getByText(brief.headline)).toBeTruthy();
    const rows = within(decision.getByRole('table', { name: 'Recommendation per use case' }))
      .getAllByRole('row')
      .slice(1);
    rows.forEach((row, i) => {
      const u = rec.useCases[i]!;
      const cells = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      expect(within(row).getByRole('rowheader').textContent).toBe(u.name);
      expect(cells[0]).toContain(u.recommended!.label);
      expect(cells[1]).toBe(brief.picks[i]!.margin);
      expect(cells[2]).toMatch(new RegExp(`^\\${money(u.recommended!.monthlyCostUsd)}`));
    });
    const duties = within(decision.getByRole('heading', { name: 'Duties that come first' }).parentElement!).getAllByRole('listitem');
    expect(duties.map((li) => li.textContent)).toEqual(brief.firstDuties.map((d) => `${d.law}${d.phaseLabel} ${d.text}${d.when}`));
    expect(decision.getByRole('link', { name: `${rec.portfolio.obligations.length - 3} more in the obligations checklist` })).toBeTruthy();
    const steps = within(decision.getByRole('heading', { name: 'Next steps' }).parentElement!).getAllByRole('listitem');
    expect(steps.map((li) => li.textContent)).toEqual(brief.nextSteps);
  });

  it("moves the focus to the section a brief's link names, without touching the address (the app routes on it)", async () => {
    setup();
    window.location.hash = '#/results';
    const decision = within(screen.getByRole('region', { name: 'The decision' }));
    const u = engineSays().useCases[1]!;
    await userEvent.click(decision.getByRole('link', { name: u.name }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: u.name }));
    await userEvent.click(decision.getByRole('link', { name: /more in the obligations checklist/ }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Obligations you take on' }));
    expect(window.location.hash).toBe('#/results');
  });
});
