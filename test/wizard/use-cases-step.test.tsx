// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UseCase } from '../../src/domain';
import { UNANSWERED_V2, emptyDraft, toUseCase, type Draft, type DraftUseCase } from '../../src/wizard/draft';
import { UseCasesStep } from '../../src/wizard/steps/use-cases-step';
import { TEMPLATE_CHOICES, duplicateUseCase, fromTemplate, uniqueId } from '../../src/wizard/use-case-templates';
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
  languages: ['en', 'pl', 'eo'],
  longContext: false,
  fineTuning: false,
  ...UNANSWERED_V2,
};
const coder: DraftUseCase = {
  ...supportBot,
  id: 'coder',
  name: 'Coder',
  task: 'code-generation',
  audience: 'internal',
  aiActRisk: null,
  languages: ['en'],
};

function setup(useCases: DraftUseCase[] = []) {
  const draft: Draft = { ...emptyDraft(), useCases };
  const send = vi.fn<(event: WizardEvent) => void>();
  const user = userEvent.setup();
  render(<UseCasesStep draft={draft} send={send} />);
  return { send, user };
}

/** The use cases of the last event of a type. */
function lastPatch(send: ReturnType<typeof setup>['send'], type: WizardEvent['type']): DraftUseCase[] | undefined {
  const event = send.mock.calls.map(([e]) => e).findLast((e) => e.type === type);
  return event && 'patch' in event ? event.patch?.useCases : undefined;
}

const headings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
const card = (name: string) => screen.getByRole('region', { name });

describe('UseCasesStep', () => {
  it('invites the user to add a use case and refuses Next while the list is empty', async () => {
    const { send, user } = setup();
    expect(screen.getByText(/No use cases yet/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Use cases: add at least one use case');
    expect(screen.getByText('Add at least one use case')).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
  });

  it('adds a use case from a template, prefilled, and focuses its name', async () => {
    const { send, user } = setup();
    await user.selectOptions(screen.getByLabelText('Start from'), 'Customer support');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    const name = screen.getByLabelText('Name of use case 1');
    expect(document.activeElement).toBe(name);
    expect((name as HTMLInputElement).value).toBe('Support bot');
    const section = card('Use case 1: Support bot');
    expect(within(section).getByLabelText<HTMLSelectElement>('Most sensitive data it handles').value).toBe('personal');
    expect(within(section).getByRole<HTMLInputElement>('radio', { name: /Customer-facing/ }).checked).toBe(true);
    expect(lastPatch(send, 'draft.update')).toEqual([{ ...supportBot, aiActRisk: null, languages: ['en'] }]);
  });

  it('asks whether it serves children and decides about people, and leaves both unanswered until ticked', async () => {
    const { send, user } = setup([supportBot]);
    const section = card('Use case 1: Support bot');
    const minors = within(section).getByRole<HTMLInputElement>('checkbox', { name: 'Serves or decides about children' });
    const decides = within(section).getByRole<HTMLInputElement>('checkbox', { name: /^Decides about people without human review$/ });
    expect([minors.checked, decides.checked]).toEqual([false, false]);
    expect(minors.getAttribute('aria-describedby')).toBeTruthy();
    await user.click(minors);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'step.next', patch: { useCases: [{ ...supportBot, minors: true }] } });
  });

  it('sends every field on Next and keeps the volume and AI Act risk it does not ask', async () => {
    const { send, user } = setup([supportBot]);
    const section = card('Use case 1: Support bot');
    await user.clear(within(section).getByLabelText('Name of use case 1'));
    await user.type(within(section).getByLabelText('Name of use case 1'), 'Helpdesk');
    await user.selectOptions(within(section).getByLabelText('Task'), 'Knowledge assistant');
    await user.click(within(section).getByRole('radio', { name: /Internal/ }));
    await user.click(within(section).getByRole('radio', { name: /Critical/ }));
    await user.click(within(section).getByRole('checkbox', { name: 'German' }));
    await user.click(within(section).getByRole('checkbox', { name: 'Reads long documents (over 100,000 tokens at once)' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(send).toHaveBeenLastCalledWith({
      type: 'step.next',
      patch: {
        useCases: [
          {
            ...supportBot,
            name: 'Helpdesk',
            task: 'knowledge-assistant',
            audience: 'internal',
            accuracy: 'critical',
            languages: ['en', 'de', 'pl', 'eo'],
            longContext: true,
          },
        ],
      },
    });
  });

  it('asks the size of a request once long documents are ticked, sends it, and refuses a fraction with the field named', async () => {
    const { send, user } = setup([supportBot]);
    const section = card('Use case 1: Support bot');
    const size = /^Input tokens in a typical request of use case 1/;
    expect(within(section).queryByRole('spinbutton', { name: size })).toBeNull();
    await user.click(within(section).getByRole('checkbox', { name: 'Reads long documents (over 100,000 tokens at once)' }));
    const field = within(section).getByRole('spinbutton', { name: size });
    await user.type(field, '200000.5');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Input tokens in a typical request of use case 1 (optional): must be a whole number',
    );
    expect(send.mock.calls.some(([e]) => e.type === 'step.next')).toBe(false);
    await user.clear(field);
    await user.type(field, '200000');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(send).toHaveBeenLastCalledWith({
      type: 'step.next',
      patch: { useCases: [{ ...supportBot, longContext: true, requestInputTokens: 200_000 }] },
    });
  });

  it('keeps a loaded request size in view, and leaves it out of the answers when cleared', async () => {
    const { send, user } = setup([{ ...supportBot, requestInputTokens: 50_000 }]);
    const field = screen.getByRole<HTMLInputElement>('spinbutton', { name: /^Input tokens in a typical request of use case 1/ });
    expect(field.value).toBe('50000');
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'step.next', patch: { useCases: [supportBot] } });
    expect(toUseCase(supportBot)).not.toHaveProperty('requestInputTokens');
  });

  it('refuses Next with an empty name or no language and names the field', async () => {
    const { send, user } = setup([supportBot]);
    await user.clear(screen.getByLabelText('Name of use case 1'));
    for (const code of ['English', 'Polish', 'eo']) await user.click(screen.getByRole('checkbox', { name: code }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Name of use case 1: must not be empty');
    expect(summary.textContent).toContain('Languages of use case 1');
    expect(send.mock.calls.some(([e]) => e.type === 'step.next')).toBe(false);
  });

  it('duplicates a use case under a new id, right after the original', async () => {
    const { send, user } = setup([supportBot, coder]);
    await user.click(screen.getByRole('button', { name: 'Duplicate Support bot' }));
    expect(headings()).toEqual(['Use case 1: Support bot', 'Use case 2: Support bot (copy)', 'Use case 3: Coder']);
    expect(document.activeElement).toBe(screen.getByLabelText('Name of use case 2'));
    for (const heading of ['Use case 1: Support bot', 'Use case 2: Support bot (copy)']) {
      expect(within(card(heading)).getByRole<HTMLInputElement>('radio', { name: /Customer-facing/ }).checked).toBe(true);
    }
    expect(lastPatch(send, 'draft.update')?.map((u) => u.id)).toEqual(['support-bot', 'support-bot-2', 'coder']);
  });

  it('moves use cases up and down and keeps each one its values', async () => {
    const { send, user } = setup([supportBot, coder]);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Move up Support bot' }).disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Move down Coder' }).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Move down Support bot' }));
    expect(headings()).toEqual(['Use case 1: Coder', 'Use case 2: Support bot']);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Use case 2: Support bot' }));
    expect(within(card('Use case 2: Support bot')).getByRole<HTMLInputElement>('radio', { name: /Customer-facing/ }).checked).toBe(true);
    expect(within(card('Use case 1: Coder')).getByRole<HTMLInputElement>('radio', { name: /Internal/ }).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Move up Support bot' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(lastPatch(send, 'step.next')).toEqual([supportBot, coder]);
  });

  it('removes a use case and moves focus to the previous one, or to the add control', async () => {
    const { send, user } = setup([supportBot, coder, { ...coder, id: 'coder-2', name: 'Coder two' }]);
    await user.click(screen.getByRole('button', { name: 'Remove Coder two' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Use case 2: Coder' }));
    await user.click(screen.getByRole('button', { name: 'Remove Support bot' }));
    expect(headings()).toEqual(['Use case 1: Coder']);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Use case 1: Coder' }));
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /Internal/ }).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Remove Coder' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Start from'));
    expect(lastPatch(send, 'draft.update')).toEqual([]);
  });

  it('names an unnamed use case by its number', async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByLabelText('Start from'), 'Blank');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(headings()).toEqual(['Use case 1']);
    expect(screen.getByRole('button', { name: 'Remove use case 1' })).toBeTruthy();
  });

  it('sends what was typed on Back, valid or not', async () => {
    const { send, user } = setup([supportBot]);
    await user.clear(screen.getByLabelText('Name of use case 1'));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'step.back', patch: { useCases: [{ ...supportBot, name: '' }] } });
  });

  // jsdom's label and role look-ups are quadratic in the page size, so over 50 cards this test finds its
  // areas by their text and queries by role and label only inside them.
  it('stops adding at 50 use cases and says why', { timeout: 60_000 }, () => {
    setup(Array.from({ length: 50 }, (_, i) => ({ ...coder, id: `coder-${i}`, name: `Coder ${i}` })));
    const addArea = screen.getByText('Add a use case').closest('fieldset') as HTMLElement;
    const add = within(addArea).getByRole<HTMLButtonElement>('button', { name: 'Add' });
    expect(add.disabled).toBe(true);
    expect(add.getAttribute('aria-describedby')).toBe('use-case-limit');
    expect(within(addArea).getByText(/the most one set of answers can hold/)).toBeTruthy();
    const first = screen.getByText('Use case 1: Coder 0').closest('section') as HTMLElement;
    expect(within(first).getByRole<HTMLButtonElement>('button', { name: 'Duplicate Coder 0' }).disabled).toBe(true);
  });
});

describe('use case templates', () => {
  it('every template but Blank gives a complete use case, volume included', () => {
    for (const { value } of TEMPLATE_CHOICES.filter((c) => c.value !== 'blank')) {
      expect(UseCase.safeParse(toUseCase(fromTemplate(value, []))).success, value).toBe(true);
    }
    expect(fromTemplate('blank', [])).toMatchObject({ id: 'use-case', name: '', monthlyTokens: null });
  });

  it('numbers ids that are taken and keeps them within 40 characters', () => {
    expect(uniqueId('Support bot', [])).toBe('support-bot');
    expect(uniqueId('Support bot', ['support-bot', 'support-bot-2'])).toBe('support-bot-3');
    const long = uniqueId('x'.repeat(60), ['x'.repeat(40)]);
    expect(long).toMatch(/^[a-z0-9-]{1,40}$/);
    expect(long.endsWith('-2')).toBe(true);
    expect(uniqueId('Ärger & Co!', [])).toBe('arger-co');
    expect(uniqueId('!!!', [])).toBe('use-case');
  });

  it('duplicates under the next free number of the same stem', () => {
    const copy = duplicateUseCase({ ...supportBot, id: 'support-bot-2' }, ['support-bot', 'support-bot-2']);
    expect(copy).toEqual({ ...supportBot, id: 'support-bot-3', name: 'Support bot (copy)' });
  });
});
