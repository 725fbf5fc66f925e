// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AnswersInput } from '../../src/domain';
import { fromAnswers, type Draft } from '../../src/wizard/draft';
import { RegulationStep } from '../../src/wizard/steps/regulation-step';
import type { WizardEvent } from '../../src/wizard/wizard-machine';

const basic = (): Draft => fromAnswers(AnswersInput.parse(JSON.parse(readFileSync('test/fixtures/answers-basic.json', 'utf8'))));

function setup(draft: Draft = basic()) {
  const send = vi.fn<(event: WizardEvent) => void>();
  render(<RegulationStep draft={draft} send={send} />);
  return { send, user: userEvent.setup() };
}

/** The patch of the last event of a type. */
function lastPatch(send: ReturnType<typeof setup>['send'], type: WizardEvent['type']) {
  const event = send.mock.calls
    .map(([e]) => e)
    .filter((e) => e.type === type)
    .at(-1);
  if (!event || !('patch' in event) || !event.patch) throw new Error(`no ${type} with a patch was sent`);
  return event.patch;
}

const tierOf = (patch: Partial<Draft>, id: string) => patch.useCases?.find((u) => u.id === id)?.aiActRisk;

describe('RegulationStep', () => {
  it('shows each regulation with a sentence on what it means, as the draft has it', () => {
    setup();
    const gdpr = screen.getByRole<HTMLInputElement>('checkbox', { name: 'GDPR applies' });
    const hipaa = screen.getByRole<HTMLInputElement>('checkbox', { name: 'HIPAA applies' });
    expect(gdpr.checked).toBe(true);
    expect(hipaa.checked).toBe(false);
    expect(gdpr.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/Business Associate Agreement/)).toBeTruthy();
    const residency = screen.getByRole('group', { name: 'Data residency' });
    expect(within(residency).getByRole<HTMLInputElement>('radio', { name: 'No requirement' }).checked).toBe(true);
  });

  it('autosaves the regulation together with the use cases', async () => {
    const { send, user } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'HIPAA applies' }));
    await user.click(screen.getByRole('radio', { name: 'Data stays in the EU' }));
    const patch = lastPatch(send, 'draft.update');
    expect(patch.regulation).toEqual({ gdpr: true, hipaa: true, euAiAct: true, dataResidency: 'eu', euOwnedOnly: false });
    expect(patch.useCases).toEqual(basic().useCases);
  });

  it('asks for AI Act tiers only while the EU AI Act applies', async () => {
    const { user } = setup();
    expect(screen.getByRole('region', { name: 'Code assistant' })).toBeTruthy();
    expect(screen.getByText(/planning aid, not legal advice/)).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'The EU AI Act applies' }));
    expect(screen.queryByRole('region', { name: 'Code assistant' })).toBe(null);
    expect(screen.queryByText(/planning aid/)).toBe(null);
  });

  it('shows each use case tier and sends a changed one on Next', async () => {
    const { send, user } = setup();
    const support = within(screen.getByRole('region', { name: 'Client support assistant' }));
    expect(support.getByRole<HTMLInputElement>('radio', { name: 'Limited risk (transparency duty)' }).checked).toBe(true);
    const code = within(screen.getByRole('region', { name: 'Code assistant' }));
    await user.click(code.getByRole('radio', { name: 'High risk (Annex III area)' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const patch = lastPatch(send, 'step.next');
    expect(tierOf(patch, 'code-assist')).toBe('high');
    expect(tierOf(patch, 'client-support')).toBe('limited');
    expect(patch.regulation?.euAiAct).toBe(true);
  });

  it('stores "Not assessed yet" as null', async () => {
    const { send, user } = setup();
    const docs = within(screen.getByRole('region', { name: 'Internal document analysis' }));
    await user.click(docs.getByRole('radio', { name: /Not assessed yet/ }));
    expect(tierOf(lastPatch(send, 'draft.update'), 'internal-docs')).toBe(null);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(tierOf(lastPatch(send, 'step.back'), 'internal-docs')).toBe(null);
  });

  it('checks no tier for a use case not assessed yet', () => {
    const draft = basic();
    draft.useCases = draft.useCases.map((u) => ({ ...u, aiActRisk: null }));
    setup(draft);
    const code = within(screen.getByRole('region', { name: 'Code assistant' }));
    expect(code.getByRole<HTMLInputElement>('radio', { name: /Not assessed yet/ }).checked).toBe(true);
  });
});

/** The helper a summary opens, to query its own questions apart from the other helper's. */
function helperOf(summary: HTMLElement) {
  const details = summary.closest('details');
  if (!details) throw new Error('the summary is not in a details element');
  return within(details);
}

describe('the guided AI Act helper', () => {
  it('asks one question at a time and sets the tier it leads to', async () => {
    const { send, user } = setup();
    const code = within(screen.getByRole('region', { name: 'Code assistant' }));
    await user.click(code.getByText('Help me decide'));
    const helper = helperOf(code.getByText('Help me decide'));
    expect(helper.getAllByRole('group', { name: /\?$/ })).toHaveLength(1);
    expect(code.queryByRole('button', { name: 'Use this tier' })).toBe(null);
    await user.click(
      within(helper.getByRole('group', { name: 'Is it one of the prohibited practices?' })).getByRole('radio', { name: 'No' }),
    );
    await user.click(
      within(helper.getByRole('group', { name: 'Is it used in one of the high-risk areas?' })).getByRole('radio', { name: 'Yes' }),
    );
    expect(code.getByText(/Suggested tier:/).textContent).toContain('High risk (Annex III area)');
    await user.click(code.getByRole('button', { name: 'Use this tier' }));
    expect(code.getByRole<HTMLInputElement>('radio', { name: 'High risk (Annex III area)' }).checked).toBe(true);
    expect(code.getByText('Risk tier set to High risk (Annex III area).')).toBeTruthy();
    expect(tierOf(lastPatch(send, 'draft.update'), 'code-assist')).toBe('high');
  });

  it('leads to minimal risk when every answer is no, and leaves other use cases alone', async () => {
    const { send, user } = setup();
    const support = within(screen.getByRole('region', { name: 'Client support assistant' }));
    await user.click(support.getByText('Help me decide'));
    const helper = helperOf(support.getByText('Help me decide'));
    for (let i = 0; i < 4; i += 1) {
      const open = helper.getAllByRole('group', { name: /\?$/ }).at(-1);
      if (!open) throw new Error('no question shown');
      await user.click(within(open).getByRole('radio', { name: 'No' }));
    }
    await user.click(support.getByRole('button', { name: 'Use this tier' }));
    const patch = lastPatch(send, 'draft.update');
    expect(tierOf(patch, 'client-support')).toBe('minimal');
    expect(tierOf(patch, 'code-assist')).toBe('minimal');
    expect(tierOf(patch, 'internal-docs')).toBe('minimal');
  });

  it('suggests prohibited at the first question', async () => {
    const { user } = setup();
    const docs = within(screen.getByRole('region', { name: 'Internal document analysis' }));
    await user.click(docs.getByText('Help me decide'));
    const helper = helperOf(docs.getByText('Help me decide'));
    await user.click(helper.getByRole('radio', { name: 'Yes' }));
    expect(helper.getAllByRole('group', { name: /\?$/ })).toHaveLength(1);
    expect(docs.getByText(/Suggested tier:/).textContent).toContain('Prohibited practice');
  });
});

describe('RegulationStep: the role under the EU AI Act', () => {
  it('asks each use case for the role, "Not sure" first, and saves the choice in the draft', async () => {
    const { send, user } = setup();
    const draft = basic();
    const first = draft.useCases[0]!;
    const group = screen.getAllByRole('group', { name: 'Your role under the Act' })[0]!;
    const notSure = within(group).getByRole<HTMLInputElement>('radio', { name: /^Not sure/ });
    expect(notSure.checked).toBe(true);
    await user.click(within(group).getByRole('radio', { name: /^We build it, put our name on it/ }));
    expect(lastPatch(send, 'draft.update').useCases?.find((u) => u.id === first.id)?.aiActRole).toBe('provider');
    await user.click(within(group).getByRole('radio', { name: /^Not sure/ }));
    expect(lastPatch(send, 'draft.update').useCases?.find((u) => u.id === first.id)?.aiActRole).toBeNull();
  });
});

describe('RegulationStep: sovereignty', () => {
  it('asks for EU-owned providers separately from residency, with why', async () => {
    const { send, user } = setup();
    const box = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Only EU-owned providers may process the data' });
    expect(box.checked).toBe(false);
    expect(screen.getByText(/CLOUD Act/)).toBeTruthy();
    await user.click(box);
    expect(lastPatch(send, 'draft.update').regulation?.euOwnedOnly).toBe(true);
  });
});

describe('the guided role helper', () => {
  it('decides provider for a system the organisation builds, and sets it', async () => {
    const { send, user } = setup();
    const support = within(screen.getByRole('region', { name: 'Client support assistant' }));
    await user.click(support.getByText('Which role is mine?'));
    const builds = support.getByRole('group', { name: /Do you build this system/ });
    await user.click(within(builds).getByRole('radio', { name: 'Yes' }));
    expect(support.getByText(/Suggested role:/).textContent).toContain('Provider');
    await user.click(support.getByRole('button', { name: 'Use this role' }));
    expect(support.getByText('Role set to Provider.')).toBeTruthy();
    expect(lastPatch(send, 'draft.update').useCases?.find((u) => u.id === 'client-support')?.aiActRole).toBe('provider');
  });

  it('decides deployer when the organisation neither builds, rebrands nor modifies it', async () => {
    const { send, user } = setup();
    const docs = within(screen.getByRole('region', { name: 'Internal document analysis' }));
    await user.click(docs.getByText('Which role is mine?'));
    await user.click(within(docs.getByRole('group', { name: /Do you build this system/ })).getByRole('radio', { name: 'No' }));
    await user.click(within(docs.getByRole('group', { name: /Do you put your name on a system/ })).getByRole('radio', { name: 'No' }));
    await user.click(docs.getByRole('button', { name: 'Use this role' }));
    expect(lastPatch(send, 'draft.update').useCases?.find((u) => u.id === 'internal-docs')?.aiActRole).toBe('deployer');
  });
});

describe('RegulationStep: the high-risk area', () => {
  it('asks for the Annex III area only once the tier is high, "Not sure" first, and saves it', async () => {
    const { send, user } = setup();
    const code = within(screen.getByRole('region', { name: 'Code assistant' }));
    expect(code.queryByRole('combobox', { name: 'High-risk area (Annex III)' })).toBe(null);
    await user.click(code.getByRole('radio', { name: 'High risk (Annex III area)' }));
    const area = code.getByRole<HTMLSelectElement>('combobox', { name: 'High-risk area (Annex III)' });
    expect(area.value).toBe('');
    expect(area.options[0]!.textContent).toBe('Not sure');
    await user.selectOptions(area, 'employment');
    expect(lastPatch(send, 'draft.update').useCases?.find((u) => u.id === 'code-assist')?.annexIIIArea).toBe('employment');
    await user.selectOptions(area, '');
    expect(lastPatch(send, 'draft.update').useCases?.find((u) => u.id === 'code-assist')?.annexIIIArea).toBe(null);
  });
});

describe('RegulationStep: in-country residency names the country', () => {
  it('says which country the organisation step gave, or asks for one', () => {
    const draft = basic();
    setup({ ...draft, organization: { ...draft.organization, country: 'DE' } });
    expect(screen.getByRole('radio', { name: /^Data stays in the organisation's own country ?\(Germany\)$/ })).toBeTruthy();
  });

  it('without a country, says only self-hosting qualifies until one is set', () => {
    setup();
    expect(screen.getByRole('radio', { name: /own country ?set your country in the organisation step/ })).toBeTruthy();
  });
});
