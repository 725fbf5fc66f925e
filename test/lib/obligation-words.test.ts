import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine';
import type { Answers, Obligation, UseCase } from '../../src/domain';
import { checklistGroups, dateWords, dutyWords, localToday, phaseWords } from '../../src/lib/obligation-words';
import { answers, defaultRuleSet, useCase } from '../helpers/rules';

describe('when a duty applies and whom it falls on', () => {
  it.each([
    [
      { role: 'deployer', appliesFrom: '2027-12-02' },
      '2026-12-06',
      'Falls on the deployer. Applies from 2 December 2027, in under 12 months.',
    ],
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
    expect(duties.map((o) => o.id)).not.toContain('ai-act-transparency-interaction');
  });

  it('the provider of the same system takes on the provider duties; a customer-facing one the Art. 50 duty', () => {
    const duties = ids({
      ...base,
      useCases: [useCase({ task: 'customer-support', aiActRisk: 'high', aiActRole: 'provider', audience: 'customer-facing' })],
    });
    expect(duties.find((o) => o.id === 'ai-act-high-risk-provider')).toMatchObject({ role: 'provider', appliesFrom: '2027-12-02' });
    expect(duties.find((o) => o.id === 'ai-act-transparency-interaction')).toMatchObject({ appliesFrom: '2026-08-02' });
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

describe('the checklist groups duties by law, then by role', () => {
  const duty = (id: string, o: Partial<Obligation>): Obligation => ({ id, ruleId: id, text: id, sources: [], topic: 'eu-ai-act', ...o });
  const duties = [
    duty('dora', { topic: 'operations', law: 'DORA', phase: 'before-go-live' }),
    duty('literacy', { role: 'provider-and-deployer', law: 'EU AI Act', phase: 'ongoing' }),
    duty('deployer', { role: 'deployer', law: 'EU AI Act' }),
    duty('provider', { role: 'provider', law: 'EU AI Act' }),
    duty('dpia', { topic: 'gdpr', law: 'GDPR' }),
    duty('tools', { topic: 'security' }),
    duty('odd-role', { role: 'importer', law: 'EU AI Act' }),
  ];

  it('orders laws by topic (GDPR before the EU AI Act), roles provider, deployer, both, then none', () => {
    const groups = checklistGroups(duties);
    expect(groups.map((g) => [g.law, g.count])).toEqual([
      ['GDPR', 1],
      ['EU AI Act', 4],
      ['Security and quality', 1],
      ['DORA', 1],
    ]);
    expect(groups[1]!.roles.map((r) => [r.heading, r.items.map((o) => o.id)])).toEqual([
      ['As provider', ['provider']],
      ['As deployer', ['deployer']],
      ['As provider and as deployer', ['literacy']],
      [null, ['odd-role']],
    ]);
  });

  it('puts go/no-go duties first within a law and role, then those before go-live, then ongoing ones', () => {
    const eu = (id: string, phase?: Obligation['phase']) => duty(id, { law: 'EU AI Act', ...(phase ? { phase } : {}) });
    const groups = checklistGroups([
      eu('marking', 'before-go-live'),
      eu('unphased'),
      eu('monitoring', 'ongoing'),
      eu('disclosure', 'before-go-live'),
      eu('prohibited', 'go-no-go'),
    ]);
    expect(groups[0]!.roles[0]!.items.map((o) => o.id)).toEqual(['prohibited', 'marking', 'disclosure', 'monitoring', 'unphased']);
    // A role with a go/no-go duty leads the law's list, ahead of the usual provider-first order.
    const byRole = checklistGroups([
      duty('notice', { law: 'EU AI Act', role: 'provider', phase: 'before-go-live' }),
      duty('children', { law: 'EU AI Act', role: 'provider-and-deployer', phase: 'go-no-go' }),
      duty('oversight', { law: 'EU AI Act', role: 'deployer', phase: 'ongoing' }),
    ]);
    expect(byRole[0]!.roles.map((r) => r.heading)).toEqual(['As provider and as deployer', 'As provider', 'As deployer']);
  });

  it('marks when a duty is done, and dates it without repeating the role under a role heading', () => {
    expect(phaseWords({ phase: 'before-go-live' })).toBe('Before go-live');
    expect(phaseWords({ phase: 'ongoing' })).toBe('Ongoing');
    expect(phaseWords({})).toBe('');
    expect(dateWords({ appliesFrom: '2027-12-02' }, '2026-12-07')).toBe('Applies from 2 December 2027, in under 12 months.');
  });

  it('every obligation in the default pack says when it is done and under which law it is grouped', () => {
    const rules = defaultRuleSet.rules.flatMap(({ rule: r }) => (r.effect === 'obligation' ? [r] : []));
    expect(rules.length).toBeGreaterThan(25);
    expect(rules.filter((r) => !r.phase).map((r) => r.id)).toEqual([]);
    expect(rules.filter((r) => r.obligationTopic === 'eu-ai-act' && r.law !== 'EU AI Act').map((r) => r.id)).toEqual([]);
  });
});

describe('Art. 50 falls where people meet the system or its content', () => {
  const base = answers({ regulation: { gdpr: false, hipaa: false, euAiAct: true, dataResidency: 'none' } });
  const ids = (u: Parameters<typeof useCase>[0]) =>
    recommend(defaultRuleSet, { ...base, useCases: [useCase(u)] }).useCases[0]!.obligations.map((o) => o.id);

  it('a customer chatbot built by the organisation: 50(1) and 50(2), not 50(4)', () => {
    const duties = ids({ task: 'customer-support', audience: 'customer-facing', aiActRisk: 'limited' });
    expect(duties).toEqual(expect.arrayContaining(['ai-act-transparency-interaction', 'ai-act-synthetic-content-marking']));
    expect(duties).not.toContain('ai-act-published-content-disclosure');
  });

  it('published content generated in batches at a publisher: 50(4) and 50(2), not 50(1)', () => {
    const media = { ...base, organization: { name: 'News', industry: 'media' as const, regions: ['eu' as const] } };
    const at = (org: typeof base, u: Parameters<typeof useCase>[0]) =>
      recommend(defaultRuleSet, { ...org, useCases: [useCase(u)] }).useCases[0]!.obligations.map((o) => o.id);
    const summaries = at(media, { task: 'document-analysis', audience: 'customer-facing', batchShare: 0.85, aiActRole: 'deployer' });
    expect(summaries).toEqual(expect.arrayContaining(['ai-act-published-content-disclosure', 'ai-act-synthetic-content-marking']));
    expect(summaries).not.toContain('ai-act-transparency-interaction');
  });

  it('content for customers outside publishing is not "published to inform the public": no 50(4)', () => {
    const worksheets = ids({ task: 'content-generation', audience: 'customer-facing', aiActRisk: 'limited', batchShare: 1 });
    expect(worksheets).toContain('ai-act-synthetic-content-marking');
    expect(worksheets).not.toContain('ai-act-published-content-disclosure');
    expect(worksheets).not.toContain('ai-act-transparency-interaction');
  });

  it('an internal extraction tool: no Art. 50 duty at all', () => {
    const duties = ids({ task: 'data-extraction', audience: 'internal', aiActRisk: 'minimal' });
    expect(duties.filter((id) => /transparency|content/.test(id))).toEqual([]);
    expect(duties).toContain('ai-act-ai-literacy');
  });
});

describe('answers that do not fit together get a note, not a silent guess', () => {
  const notes = (a: ReturnType<typeof answers>) =>
    recommend(defaultRuleSet, a)
      .useCases[0]!.reasons.filter((r) => r.effect === 'note')
      .map((r) => r.ruleId);

  it('a role without the EU AI Act', () => {
    const a = answers({ useCases: [useCase({ aiActRole: 'provider' })] });
    expect(a.regulation.euAiAct).toBe(false);
    expect(notes(a)).toContain('answers-ai-act-role-unused');
  });

  it('children on an internal tool', () => {
    const a = answers({ useCases: [useCase({ minors: true, audience: 'internal' })] });
    expect(notes(a)).toContain('answers-minors-internal-tool');
    expect(notes(answers({ useCases: [useCase({ minors: true, audience: 'customer-facing' })] }))).not.toContain(
      'answers-minors-internal-tool',
    );
  });

  it('in-country residency without a country', () => {
    const a = answers({ regulation: { gdpr: false, hipaa: false, euAiAct: false, dataResidency: 'in-country' } });
    expect(a.organization.country).toBeUndefined();
    expect(notes(a)).toContain('answers-in-country-without-country');
  });
});

describe('residency is not sovereignty', () => {
  const eu = answers({
    organization: { name: 'Bank', industry: 'financial-services', regions: ['eu'], country: 'DE' },
    regulation: { gdpr: true, hipaa: false, euAiAct: false, dataResidency: 'eu' },
    useCases: [useCase({ dataSensitivity: 'personal' })],
  });
  const options = defaultRuleSet.options;

  it('an EU-owned requirement leaves out every api and managed option run from outside the EU, and keeps self-hosting', () => {
    const u = recommend(defaultRuleSet, { ...eu, regulation: { ...eu.regulation, euOwnedOnly: true } }).useCases[0]!;
    const eligible = [u.recommended!, ...u.alternatives].map((c) => options.find((o) => o.id === c.optionId)!);
    expect(
      eligible
        .filter((o) => o.deployment !== 'self-hosted')
        .map((o) => o.provider)
        .sort(),
    ).toEqual(expect.arrayContaining(['Mistral AI']));
    for (const o of eligible) if (o.deployment !== 'self-hosted') expect(['FR', 'DE', 'NL']).toContain(o.jurisdiction);
    const excludedUs = u.excluded.filter((e) => e.ruleId === 'sovereignty-eu-owned-required').map((e) => e.optionId);
    expect(excludedUs).toContain('claude-opus-5.5-bedrock');
    expect(excludedUs.some((id) => id.endsWith('-self-hosted'))).toBe(false);
  });

  it('without it, a US company in its EU region gets the CLOUD Act note', () => {
    const rec = recommend(defaultRuleSet, eu);
    const usPicks = rec.useCases.filter((x) => options.find((o) => o.id === x.recommended?.optionId)?.jurisdiction === 'US');
    expect(usPicks.length).toBeGreaterThan(0);
    for (const x of usPicks) expect(x.reasons.map((r) => r.ruleId)).toContain('gdpr-us-provider-eu-region');
  });
});

describe('a duty to do before go-live that applies from a later date', () => {
  it('says a system already live by then must comply from that date; an ongoing one does not', () => {
    expect(dateWords({ appliesFrom: '2027-12-02', phase: 'before-go-live' }, '2026-12-07')).toBe(
      'Applies from 2 December 2027, in under 12 months; a system already live by then must comply from that date.',
    );
    expect(dateWords({ appliesFrom: '2027-12-02', phase: 'ongoing' }, '2026-12-07')).toBe(
      'Applies from 2 December 2027, in under 12 months.',
    );
    expect(dateWords({ appliesFrom: '2025-02-02', phase: 'before-go-live' }, '2026-12-07')).toBe('Applies since 2 February 2025.');
  });
});

describe('the fundamental rights impact assessment follows the Annex III area', () => {
  const org = (industry: 'financial-services' | 'public-sector' | 'healthcare' | 'technology') =>
    answers({
      organization: { name: 'X', industry, regions: ['eu'] },
      regulation: { gdpr: true, hipaa: false, euAiAct: true, dataResidency: 'eu' },
    });
  const fria = (industry: Parameters<typeof org>[0], area?: UseCase['annexIIIArea']) =>
    recommend(defaultRuleSet, {
      ...org(industry),
      useCases: [useCase({ aiActRisk: 'high', aiActRole: 'deployer', annexIIIArea: area })],
    }).useCases[0]!.obligations.some((o) => o.id === 'ai-act-high-risk-fria');

  it.each([
    ['a bank scoring credit', 'financial-services', 'creditworthiness', true],
    ["a bank's recruiting tool", 'financial-services', 'employment', false],
    ['a bank, area not given', 'financial-services', undefined, true],
    ['a public body deciding benefits', 'public-sector', 'public-benefits', true],
    ['a public body running critical infrastructure', 'public-sector', 'critical-infrastructure', false],
    ['a hospital, area not given (it may provide a public service)', 'healthcare', undefined, true],
    ['a software firm pricing health insurance for an insurer', 'technology', 'life-health-insurance', true],
    ['a software firm screening job applicants', 'technology', 'employment', false],
  ] as const)('%s: %s', (_, industry, area, due) => {
    expect(fria(industry, area)).toBe(due);
  });
});

describe('national duties read the country and the regions', () => {
  const duties = (org: Partial<Answers['organization']>, u: Parameters<typeof useCase>[0], reg: Partial<Answers['regulation']> = {}) =>
    recommend(defaultRuleSet, {
      ...answers({
        organization: { name: 'X', industry: 'technology', regions: ['eu'], ...org },
        regulation: { gdpr: true, hipaa: false, euAiAct: false, dataResidency: 'none', ...reg },
      }),
      useCases: [useCase(u)],
    }).useCases[0]!.obligations.map((o) => o.id);

  it.each([
    [
      'a French public body deciding with an algorithm',
      { country: 'FR', industry: 'public-sector' },
      { automatedDecisions: true },
      'fr-public-algorithm-transparency',
      true,
    ],
    [
      'a German public body deciding with an algorithm',
      { country: 'DE', industry: 'public-sector' },
      { automatedDecisions: true },
      'fr-public-algorithm-transparency',
      false,
    ],
    [
      'a UK service for children',
      { regions: ['uk'], country: 'GB' },
      { minors: true, audience: 'customer-facing', dataSensitivity: 'personal' },
      'uk-childrens-code',
      true,
    ],
    [
      'an EU-only service for children',
      { regions: ['eu'], country: 'IE' },
      { minors: true, audience: 'customer-facing', dataSensitivity: 'personal' },
      'uk-childrens-code',
      false,
    ],
    [
      'a UK company serving the EU with personal data',
      { regions: ['uk', 'eu'], country: 'GB' },
      { dataSensitivity: 'personal' },
      'gdpr-eu-representative',
      true,
    ],
    ['a Dutch company', { regions: ['eu'], country: 'NL' }, { dataSensitivity: 'personal' }, 'gdpr-eu-representative', false],
    [
      'a Singapore company sending personal data to an API',
      { regions: ['apac'], country: 'SG' },
      { dataSensitivity: 'personal' },
      'sg-pdpa-transfer',
      true,
    ],
    [
      'a US hospital writing to Spanish-speaking patients',
      { regions: ['us'], country: 'US', industry: 'healthcare' },
      { audience: 'customer-facing', languages: ['en', 'es'] },
      'hhs-1557-machine-translation',
      true,
    ],
    [
      'a US hospital writing in English only',
      { regions: ['us'], country: 'US', industry: 'healthcare' },
      { audience: 'customer-facing', languages: ['en'] },
      'hhs-1557-machine-translation',
      false,
    ],
  ] as const)('%s: %s', (_, org, u, id, listed) => {
    expect(duties(org as Partial<Answers['organization']>, u as Parameters<typeof useCase>[0]).includes(id)).toBe(listed);
  });
});

describe('after the final counsel check', () => {
  const base = answers({
    organization: { name: 'Agence', industry: 'public-sector', regions: ['eu'], country: 'FR' },
    regulation: { gdpr: true, hipaa: false, euAiAct: true, dataResidency: 'eu' },
  });
  const result = (a: Answers) => recommend(defaultRuleSet, a).useCases[0]!;

  it('a prohibited practice carries the prohibition only, no DPIA or AI literacy for a system that may not run', () => {
    const u = result({ ...base, useCases: [useCase({ aiActRisk: 'prohibited', dataSensitivity: 'personal' })] });
    expect(u.recommended).toBe(null);
    expect(u.obligations.map((o) => o.id)).toEqual([]);
  });

  it('a French State body with personal data on a cloud API is told about the SREN trusted-cloud rule', () => {
    const u = result({ ...base, useCases: [useCase({ dataSensitivity: 'personal' })] });
    if (u.recommended?.deployment !== 'self-hosted') expect(u.obligations.map((o) => o.id)).toContain('fr-sren-trusted-cloud');
    const german = result({
      ...base,
      organization: { ...base.organization, country: 'DE' },
      useCases: [useCase({ dataSensitivity: 'personal' })],
    });
    expect(german.obligations.map((o) => o.id)).not.toContain('fr-sren-trusted-cloud');
  });

  it('an organisation in the EU without the AI Act ticked gets a note to check it', () => {
    const u = result({ ...base, regulation: { ...base.regulation, euAiAct: false } });
    expect(u.reasons.filter((r) => r.effect === 'note').map((r) => r.ruleId)).toContain('answers-eu-region-ai-act-off');
  });
});
