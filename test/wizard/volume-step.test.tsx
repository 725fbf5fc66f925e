// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UNANSWERED_V2, emptyDraft, type Draft, type DraftUseCase } from '../../src/wizard/draft';
import { VolumeStep } from '../../src/wizard/steps/volume-step';
import type { WizardEvent } from '../../src/wizard/wizard-machine';

const supportBot: DraftUseCase = {
  id: 'support-bot',
  name: 'Support bot',
  task: 'customer-support',
  audience: 'customer-facing',
  dataSensitivity: 'personal',
  accuracy: 'high',
  monthlyTokens: 300_000_000,
  aiActRisk: 'limited',
  languages: ['en'],
  longContext: false,
  fineTuning: false,
  ...UNANSWERED_V2,
};
const contracts: DraftUseCase = {
  ...supportBot,
  id: 'contracts',
  name: 'Contract review',
  task: 'document-analysis',
  monthlyTokens: null,
  aiActRisk: null,
};

function setup(useCases: DraftUseCase[] = [supportBot, contracts]) {
  const draft: Draft = { ...emptyDraft(), useCases };
  const send = vi.fn<(event: WizardEvent) => void>();
  const user = userEvent.setup();
  render(<VolumeStep draft={draft} send={send} />);
  return { send, user };
}

const section = (name: string) => screen.getByRole('region', { name });
const tokensField = (name: string) => screen.getByLabelText<HTMLInputElement>(`Tokens a month for ${name}`);

describe('VolumeStep', () => {
  it('shows one section per use case with its figure in words, and says what volume is for', () => {
    setup();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Support bot', 'Contract review']);
    expect(tokensField('Support bot').value).toBe('300000000');
    expect(within(section('Support bot')).getByText('That is about 300 million tokens a month.')).toBeTruthy();
    expect(tokensField('Contract review').value).toBe('');
    expect(within(section('Contract review')).getByText('No figure yet.')).toBeTruthy();
    expect(screen.getByText(/cost arithmetic/).textContent).toContain('breaks even');
  });

  it('updates the words as the figure is typed and sends only the volume change on Next', async () => {
    const { send, user } = setup();
    await user.type(tokensField('Contract review'), '2400000000');
    const words = within(section('Contract review')).getByText('That is about 2.4 billion tokens a month.');
    expect(words.getAttribute('aria-live')).toBe('polite');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(send).toHaveBeenLastCalledWith({
      type: 'step.next',
      patch: { useCases: [supportBot, { ...contracts, monthlyTokens: 2_400_000_000 }] },
    });
  });

  it('refuses Next while a use case has no volume and names the field', async () => {
    const { send, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Tokens a month for Contract review');
    expect(send.mock.calls.some(([e]) => e.type === 'step.next')).toBe(false);
    await user.type(tokensField('Contract review'), '0');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('must be greater than 0'));
  });

  it('works out a figure from requests per day and copies it into the field', async () => {
    const { send, user } = setup();
    const area = section('Contract review');
    await user.click(within(area).getByText('Work it out from requests or documents'));
    const use = within(area).getByRole<HTMLButtonElement>('button', { name: 'Use this figure for Contract review' });
    expect(use.disabled).toBe(true);
    await user.type(within(area).getByLabelText('Requests per day'), '1000');
    await user.type(within(area).getByLabelText('Tokens per request (question, context and answer)'), '2000');
    expect(within(area).getByText('60,800,000 tokens a month (about 61 million tokens a month).')).toBeTruthy();
    await user.click(use);
    expect(tokensField('Contract review').value).toBe('60800000');
    expect(within(area).getByText('That is about 61 million tokens a month.')).toBeTruthy();
    expect(send).toHaveBeenLastCalledWith({
      type: 'draft.update',
      patch: { useCases: [supportBot, { ...contracts, monthlyTokens: 60_800_000 }] },
    });
  });

  it('works out a figure from documents per month and pages', async () => {
    const { user } = setup();
    const area = section('Support bot');
    await user.click(within(area).getByText('Work it out from requests or documents'));
    await user.click(within(area).getByRole('radio', { name: 'From documents per month' }));
    expect(within(area).queryByLabelText('Requests per day')).toBeNull();
    await user.type(within(area).getByLabelText('Documents per month'), '10000');
    await user.type(within(area).getByLabelText('Pages per document'), '20');
    await user.click(within(area).getByRole('button', { name: 'Use this figure for Support bot' }));
    expect(tokensField('Support bot').value).toBe('100000000');
  });

  it('sends the figures as they are on Back', async () => {
    const { send, user } = setup();
    await user.clear(tokensField('Support bot'));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'step.back', patch: { useCases: [{ ...supportBot, monthlyTokens: null }, contracts] } });
  });
});
