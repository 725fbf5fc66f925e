// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ResultsView } from '../../src/results/results-view';
import { recommend } from '../../src/engine';
import { answers, defaultRuleSet, useCase } from '../helpers/rules';
import { engineSays, openDetails } from './helpers';
import { citation } from './citation';

describe('ResultsView: excluded options', { timeout: 20_000 }, () => {
  it('lists each excluded option with the reason the engine gave and its sources', async () => {
    const a = answers({
      regulation: { gdpr: false, hipaa: true, euAiAct: false, dataResidency: 'none' },
      useCases: [useCase({ name: 'Claims review', dataSensitivity: 'health' })],
    });
    render(<ResultsView ruleSet={defaultRuleSet} answers={a} recommendation={recommend(defaultRuleSet, a)} />);
    const u = engineSays(a).useCases[0];
    expect(u?.excluded.length).toBeGreaterThan(0);
    const details = await openDetails(within(screen.getByRole('region', { name: 'Claims review' })));
    const ruledOut = within(details.getByRole('heading', { name: 'Ruled out' }).parentElement as HTMLElement);
    // The list sits in a panel that renders when opened.
    const options = new Set(u?.excluded.map((e) => e.optionId)).size;
    await userEvent.click(ruledOut.getByText(`The ${options} options ruled out for this use case, and why`, { selector: 'summary' }));
    for (const e of u?.excluded ?? []) {
      const option = ruledOut.getByText(e.label, { selector: 'strong' }).closest('li');
      expect(option?.textContent).toContain(e.reason);
      expect(option?.textContent).toContain(`rule ${e.ruleId}`);
      const sources = u?.reasons.find((r) => r.ruleId === e.ruleId && r.effect === 'exclude')?.sources ?? [];
      for (const id of sources) expect(option?.textContent).toContain(citation(id));
    }
  });

  it('says so when every option is excluded, and "Why" lists the exclusions', async () => {
    const a = answers({
      regulation: { gdpr: false, hipaa: false, euAiAct: true, dataResidency: 'none' },
      organization: { name: 'Acme', industry: 'technology', regions: ['eu'] },
      useCases: [useCase({ name: 'Social scoring', aiActRisk: 'prohibited' })],
    });
    const u = engineSays(a).useCases[0];
    expect(u?.recommended).toBeNull();
    render(<ResultsView ruleSet={defaultRuleSet} answers={a} recommendation={recommend(defaultRuleSet, a)} />);
    const region = within(screen.getByRole('region', { name: 'Social scoring' }));
    expect(region.getByText('No option is recommended: every option is excluded.')).toBeTruthy();
    expect(screen.getByText(/One use case has no option left/)).toBeTruthy();
    const shown = (u?.reasons ?? []).filter((r) => r.effect !== 'score');
    const details = await openDetails(region);
    expect(details.getByText(`Why (${shown.length} rules)`, { selector: 'summary' })).toBeTruthy();
    expect(details.queryByText(/^Why not/)).toBeNull();
  });
});
