// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { exclusionsByScope, recommend, runnerUpOf } from '../../src/engine';
import { decisionSentences, weightWords } from '../../src/lib/decision-words';
import { ResultsView } from '../../src/results/results-view';
import { defaultRuleSet } from '../helpers/rules';
import { basicAnswers, engineSays, openDetails, scenarioAnswers } from './helpers';

describe('ResultsView: how close each pick is, and what it rests on', { timeout: 20_000 }, () => {
  it('shows a close call as two equal choices, with the margin and what each is ahead on', () => {
    const answers = basicAnswers();
    const rec = engineSays(answers);
    const i = rec.useCases.findIndex((u) => u.closeCall);
    const u = rec.useCases[i]!;
    const runnerUp = runnerUpOf(u)!;
    render(<ResultsView ruleSet={defaultRuleSet} answers={answers} recommendation={rec} />);
    const region = within(screen.getByRole('region', { name: u.name }));
    expect(region.getByText('Too close to call', { selector: '.pick-flag' })).toBeTruthy();
    const pick = region.getByText((_, el) => el?.className === 'pick');
    expect(pick.textContent).toContain(`${u.recommended!.label}: score ${u.recommended!.score} of 100`);
    expect(pick.textContent).toContain(`or ${runnerUp.label}: score ${runnerUp.score} of 100`);
    const notes = region.getAllByRole('listitem').map((li) => li.textContent);
    const sentences = decisionSentences(rec, i, answers.priorities, defaultRuleSet);
    expect(sentences[0]).toMatch(new RegExp(`^Too close to call: .+ leads .+ by ${u.margin} points? of 100`));
    for (const s of sentences) expect(notes).toContain(s);
    // The decision at the top of the page names both too, with the margin.
    const row = within(screen.getByRole('table', { name: 'Recommendation per use case' })).getByRole('rowheader', { name: u.name });
    expect(row.parentElement?.textContent).toContain(`${u.recommended!.label} or ${runnerUp.label}`);
    expect(row.parentElement?.textContent).toContain(`Too close to call: ${u.margin} ${u.margin === 1 ? 'point' : 'points'} apart`);
  });

  it('states a clear pick with its margin, and the weights of the total next to every score table', async () => {
    const answers = basicAnswers();
    const rec = engineSays(answers);
    const i = rec.useCases.findIndex((u) => u.recommended && u.alternatives.length > 0 && !u.closeCall);
    const u = rec.useCases[i]!;
    render(<ResultsView ruleSet={defaultRuleSet} answers={answers} recommendation={rec} />);
    const region = within(screen.getByRole('region', { name: u.name }));
    expect(region.queryByText('Too close to call')).toBeNull();
    expect(region.getByText(/^A clear pick: /).textContent).toMatch(new RegExp(`by ${u.margin} points? of 100`));
    const weights = weightWords(answers.priorities, defaultRuleSet.scoring.feasibilityWeight);
    for (const x of rec.useCases) await openDetails(within(screen.getByRole('region', { name: x.name })));
    expect(screen.getAllByText(weights)).toHaveLength(rec.useCases.filter((x) => x.recommended).length);
    expect(weights).toContain('feasibility 3 (fixed by the rule pack)');
  });

  it('says what a dearer pick buys, and what a pooled self-hosted cost depends on', () => {
    const answers = scenarioAnswers('in-country-apac-self-hosts.json');
    const rec = recommend(defaultRuleSet, answers);
    render(<ResultsView ruleSet={defaultRuleSet} answers={answers} recommendation={rec} />);
    const all = rec.useCases.flatMap((_, i) => decisionSentences(rec, i, answers.priorities, defaultRuleSet));
    const pooled = all.filter((s) => s.startsWith('This cost is a share of one self-hosted deployment'));
    expect(pooled.length).toBeGreaterThan(0);
    for (const s of pooled) expect(screen.getByText(s)).toBeTruthy();
  });

  it('lists the exclusions every use case shares once, under the portfolio, and each use case only its own', async () => {
    const answers = basicAnswers();
    const rec = engineSays(answers);
    const scopes = exclusionsByScope(rec);
    expect(scopes.portfolio.length).toBeGreaterThan(0);
    render(<ResultsView ruleSet={defaultRuleSet} answers={answers} recommendation={rec} />);
    const options = new Set(scopes.portfolio.map((e) => e.optionId));
    const shared = screen.getByText(`Ruled out for every use case (${options.size} ${options.size === 1 ? 'option' : 'options'})`, {
      selector: 'summary',
    });
    expect(shared.closest('section')?.querySelector('h2')?.textContent).toBe('Portfolio');
    for (const [i, u] of rec.useCases.entries()) {
      const details = await openDetails(within(screen.getByRole('region', { name: u.name })));
      const ruledOut = within(details.getByRole('heading', { name: 'Ruled out' }).parentElement!);
      const own = new Set((scopes.useCases[i] ?? []).map((e) => e.label));
      if (own.size > 0) await userEvent.click(ruledOut.getByText(/ruled out for this use case, and why$/, { selector: 'summary' }));
      expect(ruledOut.queryAllByText(/./, { selector: '.excluded-list > li > strong' }).map((s) => s.textContent)).toEqual([...own]);
      expect(ruledOut.getByText(/ruled out for every use case/).textContent).toContain(
        own.size > 0 ? `${options.size} more options are` : `None for this use case alone; ${options.size} options are`,
      );
    }
  });
});
