import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine';
import { dutyWords, localToday } from '../../src/lib/obligation-words';
import { answers, defaultRuleSet, useCase } from '../helpers/rules';

describe('when a duty applies and whom it falls on', () => {
  it.each([
    [{ role: 'deployer', appliesFrom: '2027-12-02' }, '2026-12-06', 'Falls on the deployer. Applies from 2 December 2027, in 11 months.'],
    [{ role: 'provider', appliesFrom: '2027-12-02' }, '2027-11-20', 'Falls on the provider. Applies from 2 December 2027, within a month.'],
    [
      { role: 'provider-and-deployer', appliesFrom: '2025-02-02' },
      '2026-12-06',
      'Falls on the provider and the deployer. Applies since 2 February 2025.',
    ],
    [{ appliesFrom: '2026-08-02' }, '2026-08-02', 'Applies since 2 August 2026.'],
    [{ appliesFrom: '2027-12-02' }, undefined, 'Applies from 2 December 2027.'],
    [{}, '2026-12-06', ''],
  ])('%j on %s', (o, today, words) => {
    expect(dutyWords(o, today)).toBe(words);
  });

  it('reads today in the local time zone as YYYY-MM-DD', () => {
    expect(localToday(new Date(2026, 11, 6, 23, 59))).toBe('2026-12-06');
  });
});

describe('obligations carry the role and the date their rule gives', () => {
  const base = answers({
    regulation: { gdpr: true, hipaa: false, euAiAct: true, dataResidency: 'eu' },
    organization: { name: 'Agency', industry: 'public-sector', regions: ['eu'], country: 'FR' },
  });
  const ids = (a: typeof base) => recommend(defaultRuleSet, a).useCases[0]!.obligations;

  it('a deployer of a high-risk internal tool: deployer duties with their date, AI literacy, no provider duties, no Art. 50', () => {
    const duties = ids({ ...base, useCases: [useCase({ aiActRisk: 'high', aiActRole: 'deployer', audience: 'internal' })] });
    expect(duties.find((o) => o.id === 'ai-act-high-risk-deployer')).toMatchObject({ role: 'deployer', appliesFrom: '2027-12-02' });
    expect(duties.find((o) => o.id === 'ai-act-ai-literacy')).toMatchObject({ appliesFrom: '2025-02-02' });
    expect(duties.map((o) => o.id)).not.toContain('ai-act-high-risk-provider');
    expect(duties.map((o) => o.id)).not.toContain('ai-act-transparency');
  });

  it('the provider of the same system takes on the provider duties; a customer-facing one the Art. 50 duty', () => {
    const duties = ids({ ...base, useCases: [useCase({ aiActRisk: 'high', aiActRole: 'provider', audience: 'customer-facing' })] });
    expect(duties.find((o) => o.id === 'ai-act-high-risk-provider')).toMatchObject({ role: 'provider', appliesFrom: '2027-12-02' });
    expect(duties.find((o) => o.id === 'ai-act-transparency')).toMatchObject({ appliesFrom: '2026-08-02' });
  });

  it('when the role is not known, both sets of duties are listed', () => {
    const duties = ids({ ...base, useCases: [useCase({ aiActRisk: 'high', audience: 'internal' })] }).map((o) => o.id);
    expect(duties).toEqual(expect.arrayContaining(['ai-act-high-risk-provider', 'ai-act-high-risk-deployer']));
  });

  it('automated decisions, health data and children bring their GDPR articles', () => {
    const duties = ids({
      ...base,
      useCases: [
        useCase({ automatedDecisions: true, dataSensitivity: 'health', minors: true, audience: 'customer-facing', aiActRisk: 'limited' }),
      ],
    }).map((o) => o.id);
    expect(duties).toEqual(expect.arrayContaining(['gdpr-automated-decisions', 'gdpr-health-special-category', 'gdpr-children-consent']));
  });
});
