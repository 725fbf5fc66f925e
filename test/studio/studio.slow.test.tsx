// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RuleSet } from '../../src/engine';
import type { RuleTexts } from '../../src/lib/rule-texts';
import { Studio } from '../../src/studio/studio';
import { defaultRuleSet, defaultRuleTexts } from '../helpers/rules';
import { basicAnswers, exclusionOf, firstPick, licensingWith } from './studio-fixtures';

function setup(over: { answers?: typeof basicAnswers | null; draft?: RuleTexts } = {}) {
  const texts = defaultRuleTexts();
  const onAdopt = vi.fn((_t: RuleTexts, _r: RuleSet): string | null => null);
  const onReset = vi.fn();
  const onDraft = vi.fn((_t: RuleTexts | null): string | null => null);
  render(
    <Studio
      defaultTexts={texts}
      active={{ texts, ruleSet: defaultRuleSet, edited: false }}
      answers={over.answers === undefined ? basicAnswers : over.answers}
      draft={over.draft ?? null}
      onDraft={onDraft}
      onAdopt={onAdopt}
      onReset={onReset}
    />,
  );
  return { texts, onAdopt, onReset, onDraft, user: userEvent.setup() };
}

/** Opens the Files tab on `file` and replaces its text. */
async function editFile(user: ReturnType<typeof userEvent.setup>, file: string, text: string) {
  await user.click(screen.getByRole('tab', { name: /Files/ }));
  await user.selectOptions(screen.getByLabelText('File'), file);
  fireEvent.change(screen.getByLabelText(`Contents of ${file}`), { target: { value: text } });
}

describe('Studio', { timeout: 30_000 }, () => {
  // The studio ages sources against today's date: pin it to the day the default pack's sources were read.
  beforeAll(() => vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 11, 6, 12) }));
  afterAll(() => vi.useRealTimers());

  it('starts on the pack in use with nothing to adopt', () => {
    setup();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Rules studio' }));
    expect(screen.getByText(/The wizard uses the default pack: default \d+\.\d+\.\d+ \(hash [0-9a-f]{12}\)/)).toBeTruthy();
    expect(screen.getByText('No edits yet.')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Use the edited pack in the wizard' }).disabled).toBe(true);
    expect(screen.getByText(/No change: the edited pack gives the same recommendation/)).toBeTruthy();
  });

  it('refuses an invalid pack, names file, line and column, and takes the author there', async () => {
    const { user, texts, onAdopt } = setup();
    const broken = (texts['packs/licensing.json'] ?? '').replace('"rules": [', '"rules": [,');
    await editFile(user, 'packs/licensing.json', broken);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/The edited pack is refused: 1 problem/)).toBeTruthy();
    const line = broken.split('\n').findIndex((l) => l.includes('"rules": [,')) + 1;
    expect(
      within(alert).getByText(`packs/licensing.json:${line}:${(broken.split('\n')[line - 1]?.indexOf(',') ?? 0) + 1}`, { exact: false }),
    ).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Use the edited pack in the wizard' }).disabled).toBe(true);
    await user.click(within(alert).getByRole('button', { name: 'Show in packs/licensing.json' }));
    const area = screen.getByLabelText<HTMLTextAreaElement>('Contents of packs/licensing.json');
    expect(document.activeElement).toBe(area);
    expect(broken.slice(0, area.selectionStart).split('\n')).toHaveLength(line);
    expect(onAdopt).not.toHaveBeenCalled();
  });

  it('shows what an edit changes for the answers and which rule did it, then adopts the pack', async () => {
    const { user, texts, onAdopt } = setup();
    await editFile(user, 'packs/licensing.json', licensingWith(exclusionOf(firstPick), texts));
    expect(
      await screen.findByText('Edited: 1 file changed (packs/licensing.json). The edited pack is valid:', { exact: false }),
    ).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: /Effect/ }));
    const effect = screen.getByRole('region', { name: 'Effect on the recommendation' });
    expect(within(effect).getAllByText('Recommendation changes').length).toBeGreaterThan(0);
    expect(within(effect).getAllByText('studio-test-exclusion').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Use the edited pack in the wizard' }));
    expect(onAdopt).toHaveBeenCalledOnce();
    expect(onAdopt.mock.calls[0]?.[0]['packs/licensing.json']).toContain('studio-test-exclusion');
    expect(screen.getByText(/The wizard now uses the edited pack/)).toBeTruthy();
  });

  it('lists what rules:check would add, such as a stale source, without refusing the pack', async () => {
    const { user, texts } = setup();
    const stale = (texts['sources.json'] ?? '').replace(
      '"date": "2026-11",\n      "accessed": "2026-12-06",',
      '"date": "2026-11",\n      "accessed": "2026-01-06",',
    );
    expect(stale).not.toBe(texts['sources.json']);
    await editFile(user, 'sources.json', stale);
    const summary = await screen.findByText(/rules:check would report 1 more problem \(the pack can still be used\)/);
    expect(
      within(summary.closest('details') as HTMLElement).getByText(
        /source "openai-models-2026" was last read on 2026-01-06, 334 days before 2026-12-06/,
      ),
    ).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Use the edited pack in the wizard' }).disabled).toBe(false);
  });

  it('runs every scenario against the pack in use and the edited pack', async () => {
    const { user, texts } = setup();
    await user.click(screen.getByRole('tab', { name: /Scenarios/ }));
    const scenarios = Object.keys(texts).filter((n) => n.startsWith('scenarios/')).length;
    expect(screen.getByText(`${scenarios} scenarios: all pass with the edited pack.`)).toBeTruthy();
    expect(screen.getAllByText('✓ passes')).toHaveLength(scenarios * 2);
  });

  it('edits one rule in place: refuses invalid JSON with its position, applies a valid edit', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('tab', { name: /Rules/ }));
    const card = screen.getAllByRole('button', { name: /^Edit/ })[0];
    if (!card) throw new Error('no Edit button');
    await user.click(card);
    const area = screen.getByLabelText<HTMLTextAreaElement>('Rule JSON');
    const valid = area.value;
    fireEvent.change(area, { target: { value: valid.replace('"text":', '"text" ') } });
    expect(screen.getByRole('button', { name: /^Line 3, column \d+$/ })).toBeTruthy();
    expect(screen.getByText(/Not applied/)).toBeTruthy();
    expect(screen.getByText('No edits yet.')).toBeTruthy();
    fireEvent.change(area, { target: { value: valid.replace(/"text": "[^"]*"/, '"text": "Edited in the studio"') } });
    expect(screen.getByText('A valid rule.')).toBeTruthy();
    expect(await screen.findByText(/Edited: 1 file changed/)).toBeTruthy();
  });

  it('asks before resetting to the default pack', async () => {
    const { user, onReset, texts } = setup();
    await editFile(user, 'packs/licensing.json', `${texts['packs/licensing.json'] ?? ''}\n`);
    await user.click(screen.getByRole('button', { name: 'Reset to the default pack' }));
    expect(onReset).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Yes, reset' }));
    expect(onReset).toHaveBeenCalledOnce();
    expect(screen.getByText('No edits yet.')).toBeTruthy();
  });

  it('starts from kept edits, keeps each change, and asks before discarding them', async () => {
    const { texts } = { texts: defaultRuleTexts() };
    const draft = { ...texts, 'packs/licensing.json': licensingWith(exclusionOf(firstPick), texts) };
    const { user, onDraft } = setup({ draft });
    expect(screen.getByText(/^Edited: 1 file changed \(packs\/licensing\.json\)/)).toBeTruthy();
    await editFile(user, 'packs/licensing.json', `${draft['packs/licensing.json'] ?? ''}\n`);
    expect(onDraft.mock.lastCall?.[0]?.['packs/licensing.json']).toBe(`${draft['packs/licensing.json'] ?? ''}\n`);
    await user.click(screen.getByRole('button', { name: 'Discard edits' }));
    expect(screen.getByText(/^Edited: 1 file changed/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Yes, discard' }));
    expect(screen.getByText('No edits yet.')).toBeTruthy();
    expect(onDraft).toHaveBeenLastCalledWith(null);
  });

  it('keeps unfinished rule text across tabs, and shows what the pack refuses in the rule', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('tab', { name: /Rules/ }));
    // The list shows the first 50 rules; a rule author finds one further down by searching.
    await user.type(screen.getByLabelText('Search rules'), 'hipaa-no-baa');
    await user.click(screen.getByRole('button', { name: 'Edit hipaa-no-baa-excluded' }));
    const area = () => screen.getByLabelText<HTMLTextAreaElement>('Rule JSON');
    const valid = area().value;
    fireEvent.change(area(), { target: { value: valid.replace('"regulation.hipaa"', '"regulation.hippa"') } });
    expect(screen.getByText('The pack refuses this rule:')).toBeTruthy();
    expect(screen.getByText(/unknown fact "regulation\.hippa"/, { selector: 'li' })).toBeTruthy();
    fireEvent.change(area(), { target: { value: `${valid},` } });
    await user.click(screen.getByRole('tab', { name: /Effect/ }));
    await user.click(screen.getByRole('tab', { name: /Rules/ }));
    expect(area().value).toBe(`${valid},`);
    expect(screen.getByText(/JSON syntax: /)).toBeTruthy();
  });

  it('removes a pack file, and says the scenarios were not run while the pack is refused', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('tab', { name: /Files/ }));
    await user.selectOptions(screen.getByLabelText('File'), 'packs/licensing.json');
    await user.click(screen.getByRole('button', { name: 'Remove packs/licensing.json from the edited pack' }));
    expect(screen.getByText('Removed packs/licensing.json from the edited pack.')).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/lists "licensing\.json" but no such file was given/)).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: /Scenarios/ }));
    expect(screen.getByText(/scenarios: not run with the edited pack, which is refused; all pass with the pack in use\./)).toBeTruthy();
  });

  it('explains a failing scenario with the rules that made the gap', async () => {
    const { user, texts } = setup();
    // Data control no longer counts: scenarios that rest on it (self-hosting keeps data in-house) fail.
    const flat = (texts['packs/data-control.json'] ?? '').replace(/"points": -?\d+/g, '"points": 0');
    await editFile(user, 'packs/data-control.json', flat);
    await user.click(screen.getByRole('tab', { name: /Scenarios/ }));
    expect(screen.getByText(/^\d+ scenarios: [1-9]\d* fail with the edited pack\.$/)).toBeTruthy();
    const [first] = screen.getAllByText(/^What the edited pack gets wrong in/);
    if (!first) throw new Error('no failing scenario');
    await user.click(first);
    const details = first.closest('details') as HTMLElement;
    expect(
      within(details).getAllByText((_, el) => el?.tagName === 'P' && /: expected .+; got .+\.$/.test(el.textContent ?? '')).length,
    ).toBeGreaterThan(0);
    const tables = within(details).queryAllByRole('table', { name: 'Rules that scored the two options differently, largest part first' });
    const exclusions = within(details).queryAllByText(/ excluded /);
    expect(tables.length + exclusions.length).toBeGreaterThan(0);
  });

  it('moves between tabs with the arrow keys', async () => {
    const { user } = setup();
    screen.getByRole('tab', { name: /Effect/ }).focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: /Scenarios/ }));
    expect(screen.getByRole('tab', { name: /Scenarios/ }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: /Why and why not/ }));
  });

  it('without complete answers, compares with a scenario instead', () => {
    setup({ answers: null });
    const select = screen.getByLabelText<HTMLSelectElement>('Answers to compare with');
    expect(select.value).toMatch(/^scenarios\//);
    expect(within(select).getByRole('option', { name: 'Your answers (complete the wizard first)' })).toHaveProperty('disabled', true);
  });
});
