// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signed, money } from '../../src/results/format';
import { optionLabel } from '../../src/results/labels';
import { ResultsView } from '../../src/results/results-view';
import { againstPickOf, sensitivityText } from '../../src/lib/sensitivity-words';
import { recommend, runnerUpOf } from '../../src/engine';
import { defaultRuleSet } from '../helpers/rules';
import { citation } from './citation';
import { basicAnswers, engineSays, openDetails, panel, useCaseNamed } from './helpers';

const NAME = 'Internal document analysis';

function setup() {
  render(<ResultsView ruleSet={defaultRuleSet} answers={basicAnswers()} recommendation={recommend(defaultRuleSet, basicAnswers())} />);
  return { region: within(screen.getByRole('region', { name: NAME })), u: useCaseNamed(engineSays(), NAME) };
}

/** Playwright's getByText reads an element's whole text; Testing Library's reads its own text nodes. This reads the whole. */
const wholeText = (pattern: RegExp) => (_: string, el: Element | null) =>
  !!el && pattern.test(el.textContent ?? '') && ![...el.children].some((child) => pattern.test(child.textContent ?? ''));

describe('ResultsView: one use case', { timeout: 20_000 }, () => {
  it('names the recommended option with its score and monthly cost, in one line the e2e tests read', () => {
    const { region, u } = setup();
    const pick = region.getByText(wholeText(/^.+: score \d{1,3}(\.\d+)? of 100, about \$[\d,.]+ a month\.$/));
    const line = (c: typeof u.recommended) => `${c?.label}: score ${c?.score} of 100, about ${money(c?.monthlyCostUsd ?? 0)} a month`;
    // A close call names the runner-up beside the pick, as an equal choice, in the same line.
    expect(pick.textContent).toBe(u.closeCall ? `${line(u.recommended)}, or ${line(runnerUpOf(u) ?? null)}.` : `${line(u.recommended)}.`);
    // Nothing else in the region reads "score N of 100", so the e2e query stays unambiguous.
    expect(region.getAllByText(wholeText(/score \d{1,3}(\.\d+)? of 100/))).toHaveLength(1);
  });

  it('tabulates the top five eligible options, and every one on request, with the total and dimension scores the engine gave', async () => {
    const { u, ...opened } = setup();
    const region = await openDetails(opened.region);
    const choices = [u.recommended, ...u.alternatives].flatMap((c) => (c ? [c] : []));
    expect(choices.length).toBeGreaterThan(5);
    const top = region.getByRole('table', { name: `Scores for ${NAME}, each out of 100: the top 5 of ${choices.length} eligible options` });
    expect(
      within(top)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getByRole('rowheader').textContent),
    ).toEqual(choices.slice(0, 5).map((c, i) => (i === 0 ? `${c.label}Recommended` : c.label)));
    const more = region.getByRole('button', { name: `Show all ${choices.length} eligible options` });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(more.textContent).toBe('Show the top 5 only');
    const table = region.getByRole('table', { name: `Scores for ${NAME}, each out of 100` });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(choices.length);
    rows.forEach((row, i) => {
      const c = choices[i];
      const cells = within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
      expect(cells).toEqual(
        [
          c?.score,
          c?.scoreBreakdown.quality,
          c?.scoreBreakdown.cost,
          c?.scoreBreakdown.control,
          c?.scoreBreakdown.feasibility,
          money(c?.monthlyCostUsd ?? 0),
        ].map(String),
      );
    });
  });

  it('shows the prices behind the pick\'s cost, each with its source and "as of" date', async () => {
    const { u, ...opened } = setup();
    const region = await openDetails(opened.region);
    const pick = u.recommended!;
    const option = defaultRuleSet.catalog.options.find((o) => o.id === pick.optionId)!;
    const prices = option.priceUsdPerMillion!;
    const figures = within(await panel(region, 'Prices and figures behind this cost'));
    const row = (name: string) => figures.getByRole('rowheader', { name }).closest('tr')!.textContent;
    const source = defaultRuleSet.sources.get(prices.input.source)!;
    expect(row('Input')).toBe(
      `Input${money(prices.input.value)} per million tokens${source.publisher}, ${source.title}${prices.input.asOf}`,
    );
    expect(row('Output')).toContain(`${money(prices.output.value)} per million tokens`);
    expect(row('Output')).toMatch(new RegExp(`${prices.output.asOf}$`));
  });

  it('gives both charts a text alternative', async () => {
    const region = await openDetails(setup().region);
    const charts = region.getAllByRole('img');
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^Bar chart of the quality, cost, control and feasibility scores of /),
      expect.stringMatching(/^Line chart for Internal document analysis: monthly cost against monthly tokens on log scales/),
    ]);
    const caption = charts[1]?.closest('figure')?.querySelector('figcaption')?.textContent ?? '';
    expect(caption).toContain('At your volume of about 2 billion tokens a month');
    // The best-ranked option of each kind, with its cost on its own.
    const { u } = { u: useCaseNamed(engineSays(), NAME) };
    const ranked = [u.recommended, ...u.alternatives].flatMap((c) => (c ? [c] : []));
    for (const kind of ['api', 'managed', 'self-hosted'] as const) {
      const best = ranked.find((c) => c.deployment === kind);
      if (!best) throw new Error(`no ${kind} option`);
      expect(caption).toContain(`${best.label}: ${money(best.standaloneMonthlyCostUsd)} a month`);
    }
  });

  it('lists in "Why" the rules that fired for the pick, with their points and sources', async () => {
    const { u, ...opened } = setup();
    const region = await openDetails(opened.region);
    const pickId = u.recommended?.optionId ?? '';
    const fired = u.reasons.filter((r) => r.optionIds.includes(pickId));
    const why = within(await panel(region, `Why (${fired.length} rules)`));
    for (const r of fired) {
      const item = why.getByText(r.text).closest('li');
      if (!item) throw new Error(`no item for ${r.ruleId}`);
      if (r.points !== undefined) expect(item.textContent).toContain(signed(r.points));
      expect(item.textContent).toContain(`rule ${r.ruleId}`);
      for (const id of r.sources) expect(item.textContent).toContain(citation(id));
    }
    expect(why.getAllByRole('listitem').filter((li) => li.classList.contains('reason'))).toHaveLength(fired.length);
  });

  it('shows in "Why not" the points one of the top two got and the other did not', async () => {
    const { u, ...opened } = setup();
    const region = await openDetails(opened.region);
    const [pick, runnerUp] = [u.recommended, runnerUpOf(u)];
    if (!pick || !runnerUp) throw new Error('expected two options');
    const whyNot = within(await panel(region, `Why not ${runnerUp.label}?`));
    const onlyFor = (a: string, b: string) =>
      u.reasons.filter((r) => r.effect === 'score' && r.optionIds.includes(a) && !r.optionIds.includes(b));
    const forPick = whyNot.getByRole('heading', { name: `Points ${pick.label} got that ${runnerUp.label} did not` }).nextElementSibling;
    const forRunner = whyNot.getByRole('heading', { name: `Points ${runnerUp.label} got that ${pick.label} did not` }).nextElementSibling;
    // Each item as "rule-id points", read from the page and from the engine's reasons.
    const shown = (list: Element | null) =>
      [...(list?.querySelectorAll('.reason') ?? [])].map((li) => {
        const rule = /\(rule ([a-z0-9-]+)\)/.exec(li.textContent ?? '')?.[1];
        return `${rule} ${li.querySelector('.effect')?.textContent?.split(' ')[0]}`;
      });
    const expected = (a: string, b: string) => onlyFor(a, b).map((r) => `${r.ruleId} ${signed(r.points ?? 0)}`);
    expect(shown(forPick)).toEqual(expected(pick.optionId, runnerUp.optionId));
    expect(shown(forRunner)).toEqual(expected(runnerUp.optionId, pick.optionId));
    expect(shown(forPick).length).toBeGreaterThan(0);
    const compare = whyNot.getByRole('table', { name: 'Scores side by side, each out of 100, the recommended option first' });
    expect(within(compare).getByRole('rowheader', { name: 'Total, weighted by your priorities' }).parentElement?.textContent).toBe(
      `Total, weighted by your priorities${pick.score}${runnerUp.score}`,
    );
  });

  it("says in plain words what would change the recommendation, from the engine's sensitivity", async () => {
    const { u, ...opened } = setup();
    const region = await openDetails(opened.region);
    const section = region.getByRole('heading', { name: 'What would change this' }).parentElement;
    const items = within(section as HTMLElement)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(
      u.sensitivity.map((s) =>
        sensitivityText(s, (id) => optionLabel(defaultRuleSet, id), againstPickOf(u, defaultRuleSet, basicAnswers().priorities)),
      ),
    );
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((t) => /^If .+, (the recommendation would become .+|no option would be left to recommend)\.$/.test(t ?? ''))).toBe(
      true,
    );
  });
});
