// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AnswersInput } from '../../src/domain';
import { emptyDraft, fromAnswers, type Draft } from '../../src/wizard/draft';
import { PrioritiesStep } from '../../src/wizard/steps/priorities-step';
import { TeamStep } from '../../src/wizard/steps/team-step';
import type { WizardEvent } from '../../src/wizard/wizard-machine';

const basic = (): Draft => fromAnswers(AnswersInput.parse(JSON.parse(readFileSync('test/fixtures/answers-basic.json', 'utf8'))));

function setup(Step: typeof TeamStep, draft: Draft) {
  const send = vi.fn<(event: WizardEvent) => void>();
  render(<Step draft={draft} send={send} />);
  return { send, user: userEvent.setup() };
}

const eventsOf = (send: ReturnType<typeof setup>['send'], type: WizardEvent['type']) =>
  send.mock.calls.map(([e]) => e).filter((e) => e.type === type);

function lastPatch(send: ReturnType<typeof setup>['send'], type: WizardEvent['type']) {
  const event = eventsOf(send, type).at(-1);
  if (!event || !('patch' in event) || !event.patch) throw new Error(`no ${type} with a patch was sent`);
  return event.patch;
}

describe('TeamStep', () => {
  it('requires the number of ML engineers before going on', async () => {
    const { send, user } = setup(TeamStep, emptyDraft());
    await user.click(screen.getByRole('button', { name: 'Next' }));
    // The summary appears once the form's validation has run: wait for it rather than assume it is there.
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'ML engineers: is required' })).toBeTruthy();
    expect(eventsOf(send, 'step.next')).toHaveLength(0);
  });

  it('refuses a negative or fractional head count', async () => {
    const { send, user } = setup(TeamStep, emptyDraft());
    const engineers = screen.getByRole('spinbutton', { name: 'ML engineers' });
    await user.type(engineers, '-1');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: /^ML engineers: / })).toBeTruthy();
    await user.clear(engineers);
    await user.type(engineers, '2.5');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(eventsOf(send, 'step.next')).toHaveLength(0);
  });

  it('sends the team on Next, with maturity and GPU access chosen by radio', async () => {
    const { send, user } = setup(TeamStep, emptyDraft());
    await user.type(screen.getByRole('spinbutton', { name: 'ML engineers' }), '4');
    const maturity = screen.getByRole('group', { name: 'MLOps maturity' });
    expect(within(maturity).getByText(/we run GPU serving/)).toBeTruthy();
    await user.click(within(maturity).getByRole('radio', { name: /Advanced/ }));
    await user.click(within(screen.getByRole('group', { name: 'GPU access' })).getByRole('radio', { name: 'Cloud GPUs' }));
    expect(lastPatch(send, 'draft.update')).toEqual({ team: { mlEngineers: 4, mlopsMaturity: 'advanced', gpuAccess: 'cloud' } });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(lastPatch(send, 'step.next')).toEqual({ team: { mlEngineers: 4, mlopsMaturity: 'advanced', gpuAccess: 'cloud' } });
  });

  it('starts from the draft and keeps an emptied field on Back', async () => {
    const { send, user } = setup(TeamStep, basic());
    const engineers = screen.getByRole<HTMLInputElement>('spinbutton', { name: 'ML engineers' });
    expect(engineers.value).toBe('4');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /Basic/ }).checked).toBe(true);
    await user.clear(engineers);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(lastPatch(send, 'step.back')).toEqual({ team: { mlEngineers: null, mlopsMaturity: 'basic', gpuAccess: 'cloud' } });
  });
});

describe('PrioritiesStep', () => {
  it('shows a labelled 1-5 slider per priority with its value and what it means', () => {
    setup(PrioritiesStep, emptyDraft());
    for (const name of ['Cost', 'Quality', 'Control']) {
      const slider = screen.getByRole<HTMLInputElement>('slider', { name });
      expect([slider.min, slider.max, slider.value]).toEqual(['1', '5', '3']);
      expect(slider.getAttribute('aria-valuetext')).toBe('3 of 5, matters');
      expect(slider.getAttribute('aria-describedby')).toBeTruthy();
    }
    expect(screen.getByText(/favours open weights you can inspect/)).toBeTruthy();
    expect(screen.getAllByText('3 of 5: matters')).toHaveLength(3);
  });

  it('sends the weights as numbers as they change and on Next', async () => {
    const { send, user } = setup(PrioritiesStep, emptyDraft());
    fireEvent.change(screen.getByRole('slider', { name: 'Cost' }), { target: { value: '5' } });
    expect(screen.getByText('5 of 5: matters most')).toBeTruthy();
    expect(lastPatch(send, 'draft.update')).toEqual({ priorities: { cost: 5, quality: 3, control: 3 }, planning: null });
    fireEvent.change(screen.getByRole('slider', { name: 'Control' }), { target: { value: '1' } });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(lastPatch(send, 'step.next')).toEqual({ priorities: { cost: 5, quality: 3, control: 1 }, planning: null });
  });

  it('starts from the draft and sends it back on Back', async () => {
    const draft = emptyDraft();
    draft.priorities = { cost: 2, quality: 5, control: 4 };
    const { send, user } = setup(PrioritiesStep, draft);
    expect(screen.getByRole<HTMLInputElement>('slider', { name: 'Quality' }).value).toBe('5');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(lastPatch(send, 'step.back')).toEqual({ priorities: { cost: 2, quality: 5, control: 4 }, planning: null });
  });

  it('projects the costs over a chosen number of years at a growth in percent, stored as a share', async () => {
    const { send, user } = setup(PrioritiesStep, emptyDraft());
    const horizon = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Project the costs over' });
    expect(horizon.value).toBe('');
    expect(screen.queryByRole('spinbutton', { name: 'Volume growth a year, in %' })).toBe(null);
    await user.selectOptions(horizon, '3 years');
    const growth = screen.getByRole('spinbutton', { name: 'Volume growth a year, in %' });
    await user.clear(growth);
    await user.type(growth, '50');
    expect(lastPatch(send, 'draft.update').planning).toEqual({ horizonYears: 3, annualGrowth: 0.5 });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(lastPatch(send, 'step.next').planning).toEqual({ horizonYears: 3, annualGrowth: 0.5 });
  });

  it('refuses a fall of more than 90 % a year, naming the field', async () => {
    const { send, user } = setup(PrioritiesStep, emptyDraft());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Project the costs over' }), '2 years');
    const growth = screen.getByRole('spinbutton', { name: 'Volume growth a year, in %' });
    await user.clear(growth);
    await user.type(growth, '-95');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(send.mock.calls.some(([e]) => e.type === 'step.next')).toBe(false);
    expect(screen.getByRole('link', { name: /Volume growth a year, in %/ })).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Project the costs over' }), 'Today only');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(lastPatch(send, 'step.next').planning).toBe(null);
  });
});
