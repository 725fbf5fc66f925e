// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { COUNTRY_CODES } from '../../src/domain';
import { emptyDraft, toAnswers, fromAnswers, type Draft } from '../../src/wizard/draft';
import { countryChoices } from '../../src/wizard/labels';
import { OrganisationStep } from '../../src/wizard/steps/organisation-step';
import type { WizardEvent } from '../../src/wizard/wizard-machine';
import { answers } from '../helpers/rules';

function setup(draft: Draft = emptyDraft()) {
  const send = vi.fn<(event: WizardEvent) => void>();
  render(<OrganisationStep draft={draft} send={send} />);
  return { send, user: userEvent.setup() };
}

const lastOrganisation = (send: ReturnType<typeof setup>['send']) => {
  const e = send.mock.calls
    .map(([x]) => x)
    .filter((x) => x.type === 'draft.update')
    .at(-1);
  if (!e || !('patch' in e) || !e.patch?.organization) throw new Error('no organisation update');
  return e.patch.organization;
};

describe('OrganisationStep: the country', () => {
  it('offers every ISO country by name, sorted, with "Not stated" first and a one-line why', async () => {
    const { send, user } = setup();
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Country of your main establishment (optional)' });
    const names = [...select.options].map((o) => o.textContent);
    expect(names[0]).toBe('Not stated');
    expect(names).toHaveLength(COUNTRY_CODES.length + 1);
    expect(names.slice(1)).toEqual([...names.slice(1)].sort((a, b) => a.localeCompare(b, 'en')));
    expect(select.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/in-country data residency means this country/)).toBeTruthy();
    await user.selectOptions(select, 'Germany');
    expect(lastOrganisation(send).country).toBe('DE');
  });

  it('writes the country into the answers, and leaves it out when not stated', () => {
    const a = answers({ organization: { name: 'A', industry: 'other', regions: ['eu'], country: 'FR' } });
    expect(toAnswers(fromAnswers(a))?.organization.country).toBe('FR');
    const none = fromAnswers(answers());
    expect(none.organization.country).toBe('');
    expect(toAnswers(none)?.organization).not.toHaveProperty('country');
  });

  it('names countries the way the browser does, falling back to the code', () => {
    expect(countryChoices('en').find((c) => c.value === 'GB')?.label).toBe('United Kingdom');
    expect(countryChoices('de').find((c) => c.value === 'DE')?.label).toBe('Deutschland');
  });
});

describe('the EU-owned requirement', () => {
  it('is written only when asked for, and read back', () => {
    const draft = fromAnswers(answers());
    expect(draft.regulation.euOwnedOnly).toBe(false);
    expect(toAnswers(draft)?.regulation).not.toHaveProperty('euOwnedOnly');
    const sovereign = { ...draft, regulation: { ...draft.regulation, euOwnedOnly: true } };
    expect(toAnswers(sovereign)?.regulation.euOwnedOnly).toBe(true);
    expect(fromAnswers(toAnswers(sovereign)!).regulation.euOwnedOnly).toBe(true);
  });
});
