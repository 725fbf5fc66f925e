// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/engine';
import { TracePanel } from '../../src/studio/trace-panel';
import { bigRuleFiles } from '../helpers/big-pack';
import { answers, compileOrThrow, defaultRuleSet, useCase } from '../helpers/rules';

const hipaaAnswers = answers({
  regulation: { gdpr: false, hipaa: true, euAiAct: false, dataResidency: 'none' },
  useCases: [useCase({ id: 'docs', name: 'Internal docs' }), useCase({ id: 'claims', name: 'Claims review', dataSensitivity: 'health' })],
});
const noBaa = defaultRuleSet.options.find((o) => !o.baaAvailable);
const withBaa = defaultRuleSet.options.find((o) => o.baaAvailable);

const group = (name: RegExp) => within(screen.getByRole('region', { name }));
const item = (scope: ReturnType<typeof group>, ruleId: string) =>
  within(scope.getByRole('heading', { level: 4, name: new RegExp(`^${ruleId} `) }).closest('article') as HTMLElement);
const conditions = (scope: ReturnType<typeof item>, ruleId: string) =>
  within(scope.getByRole('list', { name: `Conditions of ${ruleId}` }))
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('studio-condition'));

async function choose(useCaseName: string, optionLabel: string) {
  const user = userEvent.setup();
  await user.selectOptions(screen.getByLabelText('Use case'), useCaseName);
  await user.selectOptions(screen.getByLabelText('Option'), optionLabel);
  return user;
}

/** The heading of the group ("Why…" or "Why not…") a rule is listed under. */
const groupOf = (ruleId: string) =>
  screen
    .queryByRole('heading', { level: 4, name: new RegExp(`^${ruleId} `) })
    ?.closest('section')
    ?.querySelector('h3')?.textContent;

describe('TracePanel', { timeout: 60_000 }, () => {
  it('asks for the wizard first when there are no answers', () => {
    render(<TracePanel ruleSet={defaultRuleSet} answers={null} />);
    expect(screen.getByText(/Complete the wizard first/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the wizard' }).getAttribute('href')).toBe('#/welcome');
    expect(screen.queryByLabelText('Use case')).toBeNull();
  });

  it('shows why a rule fired: every condition held, with the values it read', async () => {
    if (!noBaa) throw new Error('the catalog has no option without a BAA');
    render(<TracePanel ruleSet={defaultRuleSet} answers={hipaaAnswers} />);
    await choose('Claims review', noBaa.label);
    const rule = item(group(/^Why: rules that fired/), 'hipaa-no-baa-excluded');
    expect(rule.getByText('fired')).toBeTruthy();
    expect(rule.getByText('Effect: exclude')).toBeTruthy();
    const conds = conditions(rule, 'hipaa-no-baa-excluded');
    expect(conds.map((c) => c.querySelector('strong')?.textContent)).toEqual(['held:', 'held:', 'held:']);
    expect(conds[2]?.textContent).toContain('the option has no BAA');
    expect(within(conds[0] as HTMLElement).getByText('regulation.hipaa = true')).toBeTruthy();
    expect(within(conds[1] as HTMLElement).getByText('useCase.dataSensitivity = "health"')).toBeTruthy();
    expect(within(conds[2] as HTMLElement).getByText('option.baaAvailable = false')).toBeTruthy();
  });

  it('shows why not: the condition that did not hold and the value it read', async () => {
    if (!withBaa) throw new Error('the catalog has no option with a BAA');
    render(<TracePanel ruleSet={defaultRuleSet} answers={hipaaAnswers} />);
    await choose('Claims review', withBaa.label);
    const rule = item(group(/^Why not: rules that did not fire/), 'hipaa-no-baa-excluded');
    expect(rule.getByText('did not fire')).toBeTruthy();
    const conds = conditions(rule, 'hipaa-no-baa-excluded');
    expect(conds.map((c) => c.querySelector('strong')?.textContent)).toEqual(['held:', 'held:', 'did not hold:']);
    expect(conds[2]?.textContent).toContain('✗');
    expect(within(conds[2] as HTMLElement).getByText('option.baaAvailable = true')).toBeTruthy();
    expect(groupOf('hipaa-no-baa-excluded')).toMatch(/^Why not/);
  });

  it('lists the rules explain() evaluated for the pair, fired first, and counts them', async () => {
    if (!noBaa) throw new Error('the catalog has no option without a BAA');
    render(<TracePanel ruleSet={defaultRuleSet} answers={hipaaAnswers} />);
    await choose('Claims review', noBaa.label);
    const traced = explain(defaultRuleSet, hipaaAnswers)[1]?.rules.filter((r) => r.optionId === noBaa.id) ?? [];
    const fired = traced.filter((r) => r.fired);
    expect(screen.getByRole('status').textContent).toContain(`${fired.length} of ${traced.length} rules fired`);
    const firedIds = group(/^Why: rules that fired/)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent?.split(' ')[0]);
    expect(firedIds).toEqual(fired.map((r) => r.ruleId));
    // The list shows 50 at first; "Show more" brings the rest.
    const more = group(/^Why not/).queryByRole('button', { name: /^Show more/ });
    if (more) await userEvent.setup().click(more);
    const notFired = group(/^Why not/)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent?.split(' ')[0]);
    expect(notFired).toEqual(traced.filter((r) => !r.fired).map((r) => r.ruleId));
    const [why, whyNot] = screen.getAllByRole('region');
    expect(why?.compareDocumentPosition(whyNot as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('filters to fired only or not fired only, and follows the chosen use case', async () => {
    if (!noBaa) throw new Error('the catalog has no option without a BAA');
    render(<TracePanel ruleSet={defaultRuleSet} answers={hipaaAnswers} />);
    const user = await choose('Internal docs', noBaa.label);
    expect(groupOf('hipaa-no-baa-excluded')).toMatch(/^Why not/);
    await user.selectOptions(screen.getByLabelText('Show'), 'Fired only');
    expect(screen.queryByRole('region', { name: /^Why not/ })).toBeNull();
    expect(screen.getByRole('region', { name: /^Why: rules that fired/ })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Show'), 'Not fired only');
    expect(screen.queryByRole('region', { name: /^Why: rules that fired/ })).toBeNull();
    expect(screen.getByRole('region', { name: /^Why not/ })).toBeTruthy();
  });

  it('renders at most a page of rules at a time for a big pack', async () => {
    const big = compileOrThrow(bigRuleFiles(2000));
    render(<TracePanel ruleSet={big} answers={hipaaAnswers} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Show'), 'Not fired only');
    const region = group(/^Why not/);
    expect(region.getAllByRole('heading', { level: 4 }).length).toBeLessThanOrEqual(50);
    expect(region.getByRole('button', { name: /^Show more/ })).toBeTruthy();
  });
});
