// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswersInput } from '../../src/domain';
import { emptyDraft, fromAnswers, toAnswers, type Draft } from '../../src/wizard/draft';
import { ReviewStep } from '../../src/wizard/steps/review-step';
import type { WizardEvent } from '../../src/wizard/wizard-machine';

const basic = (): Draft => fromAnswers(AnswersInput.parse(JSON.parse(readFileSync('test/fixtures/answers-basic.json', 'utf8'))));
const SHARE = 'https://advisor.example/#/share/N4IgdghgtgpiBcIDCB7AJgcwK4CcDOABA';

function setup(draft: Draft = basic(), shareUrl: string | null = SHARE) {
  const send = vi.fn<(event: WizardEvent) => void>();
  const onExport = vi.fn<() => void>();
  const user = userEvent.setup();
  render(<ReviewStep draft={draft} send={send} answers={toAnswers(draft)} onExport={onExport} shareUrl={shareUrl} />);
  return { send, onExport, user };
}

/** The description next to a term in a section's list. */
function answerIn(section: string, term: string): string | null {
  const region = within(screen.getByRole('region', { name: section }));
  const dt = region.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? null;
}

const original = Object.getOwnPropertyDescriptor(window.navigator, 'clipboard');
afterEach(() => {
  if (original) Object.defineProperty(window.navigator, 'clipboard', original);
  else Reflect.deleteProperty(window.navigator, 'clipboard');
});

describe('ReviewStep', () => {
  it('shows every answer in plain words, grouped by step', () => {
    setup();
    const titles = ['Organisation', 'Use cases', 'Regulation', 'Volume', 'Team capacity', 'Priorities'];
    for (const title of titles) expect(screen.getByRole('heading', { level: 2, name: title })).toBeTruthy();
    expect(answerIn('Organisation', 'Name')).toBe('Acme Bank');
    expect(answerIn('Organisation', 'Industry')).toBe('Financial services');
    expect(answerIn('Organisation', 'Regions')).toBe('European Union, United States');
    expect(answerIn('Organisation', 'Monthly active users')).toBe('2,000,000');
    expect(answerIn('Organisation', 'Country')).toBe('Not given');
    expect(answerIn('Use cases', 'Client support assistant')).toBe(
      'Customer support; Customer-facing; data: Personal data; accuracy: Critical; languages: en',
    );
    expect(answerIn('Regulation', 'GDPR')).toBe('Applies');
    expect(answerIn('Regulation', 'HIPAA')).toBe('Does not apply');
    expect(answerIn('Regulation', 'Data residency')).toBe('No requirement');
    expect(answerIn('Regulation', 'EU-owned providers only')).toBe('Not required');
    expect(answerIn('Priorities', 'Costs projected over')).toBe('Today only');
    expect(answerIn('Regulation', 'AI Act tier: Client support assistant')).toBe('Limited risk (transparency duty)');
    expect(answerIn('Volume', 'Internal document analysis')).toBe('about 2 billion tokens a month');
    expect(answerIn('Volume', 'Client support assistant')).toBe('about 500 million tokens a month');
    expect(answerIn('Team capacity', 'MLOps maturity')).toBe('Basic');
    expect(answerIn('Team capacity', 'GPU access')).toBe('Cloud GPUs');
    expect(answerIn('Priorities', 'Quality')).toBe('3 of 5');
  });

  it('sends review.edit for the step whose Edit is pressed', async () => {
    const { send, user } = setup();
    const steps = {
      organisation: 'organisation',
      'use cases': 'use-cases',
      regulation: 'regulation',
      volume: 'volume',
      'team capacity': 'team',
      priorities: 'priorities',
    };
    for (const [name, step] of Object.entries(steps)) {
      await user.click(screen.getByRole('button', { name: `Edit ${name}` }));
      expect(send).toHaveBeenLastCalledWith({ type: 'review.edit', step });
    }
    expect(send).toHaveBeenCalledTimes(6);
  });

  it('exports, goes back, and asks for the recommendation without a patch', async () => {
    const { send, onExport, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export answers' }));
    expect(onExport).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'step.back' });
    await user.click(screen.getByRole('button', { name: 'See the recommendation' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'step.next' });
  });

  it('offers the share link read-only and copies it', async () => {
    const { user } = setup();
    const link = screen.getByRole<HTMLInputElement>('textbox', { name: 'Share link' });
    expect(link.value).toBe(SHARE);
    expect(link.readOnly).toBe(true);
    expect(screen.getByText(/never sent to a server/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied.')).toBeTruthy();
    expect(await navigator.clipboard.readText()).toBe(SHARE);
  });

  it('asks the user to copy the link when there is no clipboard', async () => {
    const { user } = setup();
    Object.defineProperty(window.navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByText('Select the link and copy it.')).toBeTruthy();
  });

  it('asks the user to copy the link when the clipboard refuses', async () => {
    const { user } = setup();
    const writeText = vi.fn(() => Promise.reject(new Error('denied')));
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Select the link and copy it.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(SHARE);
  });

  it('says what is missing and disables the recommendation while answers are incomplete', async () => {
    const draft = basic();
    draft.team.mlEngineers = null;
    const { send, user } = setup(draft, null);
    expect(screen.getByText(/Some answers are incomplete/)).toBeTruthy();
    const see = screen.getByRole<HTMLButtonElement>('button', { name: 'See the recommendation' });
    expect(see.disabled).toBe(true);
    await user.click(see);
    expect(send).not.toHaveBeenCalled();
    expect(within(screen.getByRole('region', { name: 'Team capacity' })).getByText(/Incomplete/)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Priorities' })).queryByText(/Incomplete/)).toBe(null);
    expect(answerIn('Team capacity', 'ML engineers')).toBe('Not given');
    expect(screen.queryByRole('textbox', { name: 'Share link' })).toBe(null);
  });

  it('renders what the user typed as text, never as HTML', () => {
    const draft = basic();
    draft.organization.name = '<img src=x onerror="alert(1)">';
    const first = draft.useCases[0];
    if (first) first.name = '<b>bold</b>';
    setup(draft);
    expect(answerIn('Organisation', 'Name')).toBe('<img src=x onerror="alert(1)">');
    expect(screen.getAllByText('<b>bold</b>').length).toBeGreaterThan(0);
    expect(document.querySelector('img, b')).toBe(null);
  });

  it('renders an empty draft without failing', () => {
    setup(emptyDraft(), null);
    expect(answerIn('Organisation', 'Name')).toBe('Not given');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Export answers' }).disabled).toBe(true);
  });
});
