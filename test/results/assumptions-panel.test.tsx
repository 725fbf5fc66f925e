// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Answers, ScenarioAssumptions } from '../../src/domain';
import { recommend } from '../../src/engine';
import { AssumptionsPanel } from '../../src/results/assumptions-panel';
import { ResultsView } from '../../src/results/results-view';
import { answers as answersOf, defaultRuleSet as rs, useCase } from '../helpers/rules';
import { panel } from './helpers';

const ENGINEER = 'Engineer hour, fully loaded';
const UTILISATION = 'Utilisation a replica may reach in the busiest hour';
const PEAK = 'Busiest hour over the average (interactive work)';

const FIGURES = /^Planning figures and GPU prices/;
const valueOf = (label: string | RegExp) => Number(screen.getByLabelText<HTMLInputElement>(label).value);

async function open(assumptions?: ScenarioAssumptions) {
  const onAssumptions = vi.fn<(a: ScenarioAssumptions | null) => void>();
  render(<AssumptionsPanel ruleSet={rs} gpuAccess="cloud" currency="USD" assumptions={assumptions} onAssumptions={onAssumptions} />);
  await panel(screen, FIGURES);
  return onAssumptions;
}

describe('the planning assumptions panel', () => {
  it("shows each figure at the catalog's value, with its source and date", async () => {
    await open();
    expect(valueOf(ENGINEER)).toBe(rs.catalog.assumptions.engineerHourUsd.value);
    expect(valueOf(UTILISATION)).toBe(rs.catalog.assumptions.targetUtilisation.value * 100);
    const hint = screen.getByLabelText(ENGINEER).getAttribute('aria-describedby')!;
    expect(document.getElementById(hint)?.textContent).toMatch(`as of ${rs.catalog.assumptions.engineerHourUsd.asOf}`);
    expect(screen.getByRole('status').textContent).toContain('All figures are the catalog’s.');
    // One rental price per GPU type, at the channel the catalog rents from (a GPU cloud).
    expect(screen.getAllByLabelText(/^NVIDIA /)).toHaveLength(rs.catalog.gpuTypes.length);
    expect(screen.getByText(/Rented GPUs are priced at a GPU cloud, as the catalog says\./)).toBeTruthy();
  });

  it('a valid change is passed on at once; a percentage is kept as a fraction', async () => {
    const on = await open();
    fireEvent.change(screen.getByLabelText(ENGINEER), { target: { value: '150' } });
    expect(on).toHaveBeenLastCalledWith({ engineerHourUsd: 150 });
    fireEvent.change(screen.getByLabelText(UTILISATION), { target: { value: '60' } });
    expect(on).toHaveBeenLastCalledWith({ targetUtilisation: 0.6 });
    fireEvent.change(screen.getByLabelText('NVIDIA H100 80GB (SXM)'), { target: { value: '2.5' } });
    expect(on).toHaveBeenLastCalledWith({ gpuHourUsd: { 'h100-80gb': { 'gpu-cloud': 2.5 } } });
  });

  it('an invalid value says what is wrong in the schema’s words and changes nothing', async () => {
    const on = await open();
    const peak = screen.getByLabelText(PEAK);
    fireEvent.change(peak, { target: { value: '0.5' } });
    expect(peak.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(`${PEAK}: must be at least 1 (no peak).`)).toBeTruthy();
    fireEvent.change(peak, { target: { value: '' } });
    expect(screen.getByText(`${PEAK}: Enter a number, or use the catalog figure.`)).toBeTruthy();
    // A share is typed as a percentage, and its bounds are said as percentages.
    fireEvent.change(screen.getByLabelText(UTILISATION), { target: { value: '150' } });
    expect(screen.getByText(`${UTILISATION}: must be a percentage from 5% to 100%.`)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain(
      '2 entries are not a valid figure and not used: the results use the last valid one.',
    );
    expect(on).not.toHaveBeenCalled();
    fireEvent.change(peak, { target: { value: '4' } });
    expect(screen.getByRole('status').textContent).toContain('One entry is not a valid figure');
  });

  it('typing the catalog figure back, or asking for it, leaves the scenario without changes', async () => {
    const on = await open({ engineerHourUsd: 150, peakToAverage: 4 });
    expect(screen.getByRole('status').textContent).toContain('2 figures are changed for this scenario.');
    fireEvent.change(screen.getByLabelText(ENGINEER), { target: { value: String(rs.catalog.assumptions.engineerHourUsd.value) } });
    expect(on).toHaveBeenLastCalledWith({ peakToAverage: 4 });
    await userEvent.click(screen.getByRole('button', { name: `Use the catalog figure for ${PEAK}` }));
    expect(on).toHaveBeenLastCalledWith({ engineerHourUsd: 150 });
    await userEvent.click(screen.getByRole('button', { name: 'Use every catalog figure' }));
    expect(on).toHaveBeenLastCalledWith(null);
  });

  it('offers the currencies the catalog has a rate for, and its exchange rates as figures', async () => {
    const onCurrency = vi.fn<(c: 'USD' | 'EUR' | 'GBP' | null) => void>();
    const onAssumptions = vi.fn<(a: ScenarioAssumptions | null) => void>();
    render(
      <AssumptionsPanel
        ruleSet={rs}
        gpuAccess="cloud"
        currency="USD"
        onCurrency={onCurrency}
        assumptions={undefined}
        onAssumptions={onAssumptions}
      />,
    );
    const select = screen.getByLabelText<HTMLSelectElement>('Show amounts in');
    expect([...select.options].map((o) => [o.textContent, o.disabled])).toEqual([
      ['US dollars (USD)', false],
      ['euros (EUR)', false],
      ['pounds sterling (GBP)', false],
    ]);
    await userEvent.selectOptions(select, 'EUR');
    expect(onCurrency).toHaveBeenLastCalledWith('EUR');
    await panel(screen, FIGURES);
    fireEvent.change(screen.getByLabelText('Euros per US dollar'), { target: { value: '0.9' } });
    expect(onAssumptions).toHaveBeenLastCalledWith({ exchangeRates: { EUR: 0.9 } });
  });

  it('names a GPU type the answers price that the catalog does not list', async () => {
    await open({ gpuHourUsd: { 'tpu-v9': { 'gpu-cloud': 2 } } });
    expect(screen.getByText(/GPU price for “tpu-v9”, which this rule pack's catalog does not list/)).toBeTruthy();
  });
});

/** The app's wiring in small: the figures go back into the answers, and the page renders from them. */
function Harness({ start }: { start: Answers }) {
  const [answers, setAnswers] = useState(start);
  return (
    <ResultsView
      ruleSet={rs}
      answers={answers}
      recommendation={recommend(rs, answers)}
      onAssumptions={(assumptions) => setAnswers(({ assumptions: _, ...a }) => (assumptions ? { ...a, assumptions } : a))}
    />
  );
}

describe('the results page with changed planning figures', { timeout: 20_000 }, () => {
  it('re-works the costs at once: a dearer engineer hour raises a self-hosted pick’s monthly cost', async () => {
    const start = answersOf({
      team: { mlEngineers: 8, mlopsMaturity: 'advanced', gpuAccess: 'cloud' },
      regulation: { gdpr: false, hipaa: false, euAiAct: false, dataResidency: 'in-country' },
      useCases: [useCase({ id: 'a', name: 'Contracts', monthlyTokens: 5e9 })],
    });
    render(<Harness start={start} />);
    const before = recommend(rs, start).useCases[0]!.recommended!;
    expect(before.deployment).toBe('self-hosted');
    const brief = screen.getByRole('region', { name: 'The decision' });
    const costText = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;
    expect(within(brief).getAllByText(new RegExp(costText(before.monthlyCostUsd).replace('$', '\\$'))).length).toBeGreaterThan(0);
    await panel(screen, FIGURES);
    fireEvent.change(screen.getByLabelText(ENGINEER), { target: { value: '300' } });
    const after = recommend(rs, { ...start, assumptions: { engineerHourUsd: 300 } }).useCases[0]!.recommended!;
    expect(after.monthlyCostUsd).toBeGreaterThan(before.monthlyCostUsd);
    expect(within(brief).getAllByText(new RegExp(costText(after.monthlyCostUsd).replace('$', '\\$'))).length).toBeGreaterThan(0);
    expect(screen.getByText(/^Planning figures and GPU prices \(1 changed\)/)).toBeTruthy();
  });
});
