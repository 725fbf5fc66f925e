import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AnswersInput } from '../../src/domain';
import {
  Draft,
  OrganisationForm,
  StoredDraft,
  PrioritiesForm,
  RegulationForm,
  TeamForm,
  UseCasesForm,
  VolumeForm,
  emptyDraft,
  fromAnswers,
  stepComplete,
  stepDone,
  toAnswers,
  type DraftUseCase,
} from '../../src/wizard/draft';
import { FORM_STEPS } from '../../src/wizard/steps';

const fixture = AnswersInput.parse(JSON.parse(readFileSync('test/fixtures/answers-basic.json', 'utf8')));
const draft = () => fromAnswers(fixture);
const firstUseCase = (): DraftUseCase => {
  const u = draft().useCases[0];
  if (!u) throw new Error('the fixture has use cases');
  return u;
};

/** Each problem as `path: message`, the path joined with dots as react-hook-form names fields. */
const problems = (schema: z.ZodType, value: unknown): string[] => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
};

describe('fromAnswers / toAnswers', () => {
  it('round-trips the fixture, adding the optional defaults fromAnswers fills in', () => {
    const expected = {
      ...fixture,
      useCases: fixture.useCases.map((u) => ({ ...u, languages: ['en'], longContext: false, fineTuning: false })),
    };
    expect(toAnswers(draft())).toEqual(expected);
  });

  it('fills in the documented defaults', () => {
    expect(draft().useCases.map((u) => [u.languages, u.longContext, u.fineTuning])).toEqual(
      fixture.useCases.map(() => [['en'], false, false]),
    );
  });

  it('keeps optional values that are given, and leaves absent ones out on the way back', () => {
    const given = { ...fixture, useCases: [{ ...fixture.useCases[0]!, languages: ['de', 'fr'], longContext: true, fineTuning: true }] };
    expect(toAnswers(fromAnswers(given))).toEqual(given);
    const { monthlyActiveUsers: _dropped, ...organization } = fixture.organization;
    const noUsers = { ...fixture, organization };
    expect(toAnswers(fromAnswers(noUsers))?.organization).toEqual(organization);
    expect(fromAnswers(noUsers).organization.monthlyActiveUsers).toBeNull();
  });

  it('keeps every AnswersV2 field through the draft, so an imported file exports unchanged', () => {
    const v2 = AnswersInput.parse({
      ...fixture,
      organization: { ...fixture.organization, industry: 'insurance', country: 'DE' },
      useCases: [
        {
          ...fixture.useCases[0]!,
          languages: ['de'],
          longContext: false,
          fineTuning: false,
          aiActRole: 'deployer',
          minors: false,
          automatedDecisions: true,
          inputShare: 0.9,
          cachedShare: 0.4,
          batchShare: 0.5,
        },
      ],
      planning: { horizonYears: 4, annualGrowth: 0.3 },
    });
    expect(toAnswers(fromAnswers(v2))).toEqual(v2);
  });

  it('makes a draft the Draft schema accepts', () => {
    expect(Draft.safeParse(draft()).success).toBe(true);
  });

  it('does not share arrays with the answers it copied', () => {
    const d = draft();
    d.organization.regions.push('mea');
    expect(fixture.organization.regions).toEqual(['eu', 'us']);
  });

  it('marks every form step confirmed, in its own array', () => {
    const d = draft();
    expect(d.confirmed).toEqual(['organisation', 'use-cases', 'regulation', 'volume', 'team', 'priorities']);
    d.confirmed.pop();
    expect(FORM_STEPS).toHaveLength(6);
    expect(draft().confirmed).toHaveLength(6);
  });

  it('leaves confirmed out of the answers', () => {
    expect(toAnswers(draft())).not.toHaveProperty('confirmed');
    expect(toAnswers({ ...draft(), confirmed: [] })).toEqual(toAnswers(draft()));
  });

  it('gives null for an incomplete draft', () => {
    expect(toAnswers(emptyDraft())).toBeNull();
    expect(toAnswers({ ...draft(), team: { ...draft().team, mlEngineers: null } })).toBeNull();
  });
});

describe('emptyDraft and the Draft schema', () => {
  it('a fresh draft has nothing confirmed and is one the schema accepts', () => {
    expect(emptyDraft().confirmed).toEqual([]);
    expect(Draft.parse(emptyDraft())).toEqual(emptyDraft());
  });

  it('each fresh draft has its own confirmed array', () => {
    const d = emptyDraft();
    d.confirmed.push('organisation');
    expect(emptyDraft().confirmed).toEqual([]);
  });

  it('a draft saved before confirmed existed reads back with nothing confirmed', () => {
    const { confirmed: _dropped, ...old } = draft();
    expect(Draft.parse(old)).toEqual({ ...draft(), confirmed: [] });
  });

  it('a draft saved before AnswersV2 reads back with its new fields unanswered and every typed answer kept', () => {
    const d = draft();
    const old = {
      ...d,
      organization: {
        name: d.organization.name,
        industry: d.organization.industry,
        regions: d.organization.regions,
        monthlyActiveUsers: d.organization.monthlyActiveUsers,
      },
      regulation: {
        gdpr: d.regulation.gdpr,
        hipaa: d.regulation.hipaa,
        euAiAct: d.regulation.euAiAct,
        dataResidency: d.regulation.dataResidency,
      },
      useCases: d.useCases.map(
        ({ aiActRole: _r, annexIIIArea: _x, minors: _m, automatedDecisions: _a, inputShare: _i, cachedShare: _c, batchShare: _b, ...u }) =>
          u,
      ),
    } as Record<string, unknown>;
    delete old.planning;
    expect(Draft.safeParse(old).success).toBe(false);
    expect(StoredDraft.parse(old)).toEqual(d);
  });

  it('only form steps can be confirmed', () => {
    expect(Draft.safeParse({ ...draft(), confirmed: ['review'] }).success).toBe(false);
    expect(Draft.safeParse({ ...draft(), confirmed: ['welcome'] }).success).toBe(false);
    expect(Draft.safeParse({ ...draft(), confirmed: ['team', 'organisation'] }).success).toBe(true);
  });
});

describe('stepComplete', () => {
  it.each([
    ['organisation', false],
    ['use-cases', false],
    ['regulation', true],
    ['volume', false],
    ['team', false],
    ['priorities', true],
  ] as const)('emptyDraft: %s complete is %s', (step, complete) => {
    expect(stepComplete(emptyDraft(), step)).toBe(complete);
  });

  it.each(FORM_STEPS)('the fixture draft: %s is complete', (step) => {
    expect(stepComplete(draft(), step)).toBe(true);
  });

  it('use cases without volume complete the use-cases step but not the volume step', () => {
    const d = { ...draft(), useCases: draft().useCases.map((u) => ({ ...u, monthlyTokens: null })) };
    expect(stepComplete(d, 'use-cases')).toBe(true);
    expect(stepComplete(d, 'volume')).toBe(false);
  });

  it('judges each edit afresh: a step checked before gives the new answer once its slice of the draft changes', () => {
    const d = draft();
    expect(stepComplete(d, 'team')).toBe(true);
    const edited = { ...d, team: { ...d.team, mlEngineers: null } };
    expect(stepComplete(edited, 'team')).toBe(false);
    expect(stepComplete(d, 'team')).toBe(true);
    expect(stepComplete({ ...edited, team: { ...edited.team, mlEngineers: 2 } }, 'team')).toBe(true);
  });
});

describe('stepDone', () => {
  it.each(FORM_STEPS)('emptyDraft: %s is not done, whether its defaults are valid or not', (step) => {
    expect(stepDone(emptyDraft(), step)).toBe(false);
  });

  it.each([
    ['organisation', false],
    ['use-cases', false],
    ['regulation', true],
    ['volume', false],
    ['team', false],
    ['priorities', true],
  ] as const)('emptyDraft with every step confirmed: %s done is %s (confirmed and valid)', (step, done) => {
    expect(stepDone({ ...emptyDraft(), confirmed: [...FORM_STEPS] }, step)).toBe(done);
  });

  it.each(FORM_STEPS)('the fixture draft: %s is done', (step) => {
    expect(stepDone(draft(), step)).toBe(true);
  });

  it.each(FORM_STEPS)('the fixture draft with nothing confirmed: %s is complete but not done', (step) => {
    const d = { ...draft(), confirmed: [] };
    expect([stepComplete(d, step), stepDone(d, step)]).toEqual([true, false]);
  });

  it.each(FORM_STEPS)('the fixture draft with only %s confirmed: that step alone is done', (step) => {
    const d = { ...draft(), confirmed: [step] };
    expect(FORM_STEPS.filter((s) => stepDone(d, s))).toEqual([step]);
  });

  it('a confirmed step whose answers became invalid is not done', () => {
    const d = { ...draft(), team: { ...draft().team, mlEngineers: null } };
    expect(d.confirmed).toContain('team');
    expect(stepDone(d, 'team')).toBe(false);
    expect(stepDone(d, 'priorities')).toBe(true);
  });
});

describe('step form schemas put each problem on its field', () => {
  const org = () => draft().organization;
  const uc = firstUseCase;

  it.each([
    { form: 'OrganisationForm', schema: OrganisationForm, value: { ...org(), name: '' }, want: ['name: must not be empty'] },
    { form: 'OrganisationForm', schema: OrganisationForm, value: { ...org(), name: '   ' }, want: ['name: must not be empty'] },
    {
      form: 'OrganisationForm',
      schema: OrganisationForm,
      value: { ...org(), regions: [] },
      want: ['regions: must name at least one region'],
    },
    { form: 'OrganisationForm', schema: OrganisationForm, value: { ...org(), industry: '' }, want: ['industry: is required'] },
    {
      form: 'OrganisationForm',
      schema: OrganisationForm,
      value: { ...org(), monthlyActiveUsers: -1 },
      want: ['monthlyActiveUsers: must be at least 0'],
    },
    { form: 'UseCasesForm', schema: UseCasesForm, value: { useCases: [] }, want: ['useCases: add at least one use case'] },
    {
      form: 'UseCasesForm',
      schema: UseCasesForm,
      value: { useCases: [{ ...uc(), name: '' }] },
      want: ['useCases.0.name: must not be empty'],
    },
    {
      form: 'UseCasesForm',
      schema: UseCasesForm,
      value: { useCases: [uc(), { ...uc(), id: 'Bad Id' }] },
      want: ['useCases.1.id: must be 1-40 lower-case letters, digits or hyphens'],
    },
    {
      form: 'VolumeForm',
      schema: VolumeForm,
      value: { useCases: [{ ...uc(), monthlyTokens: null }] },
      want: ['useCases.0.monthlyTokens: is required'],
    },
    {
      form: 'VolumeForm',
      schema: VolumeForm,
      value: { useCases: [{ ...uc(), monthlyTokens: 0 }] },
      want: ['useCases.0.monthlyTokens: must be greater than 0'],
    },
    { form: 'VolumeForm', schema: VolumeForm, value: { useCases: [uc(), uc()] }, want: ['useCases.1.id: duplicate id "internal-docs"'] },
    { form: 'TeamForm', schema: TeamForm, value: { ...draft().team, mlEngineers: null }, want: ['mlEngineers: is required'] },
    { form: 'TeamForm', schema: TeamForm, value: { ...draft().team, mlEngineers: 1.5 }, want: [expect.stringMatching(/^mlEngineers: /)] },
    { form: 'PrioritiesForm', schema: PrioritiesForm, value: { cost: 0, quality: 3, control: 3 }, want: ['cost: must be at least 1'] },
    { form: 'PrioritiesForm', schema: PrioritiesForm, value: { cost: 3, quality: 3, control: 6 }, want: ['control: must be at most 5'] },
    {
      form: 'RegulationForm',
      schema: RegulationForm,
      value: { ...draft().regulation, dataResidency: 'moon' },
      want: [expect.stringMatching(/^dataResidency: /)],
    },
  ])('$form: problem on $want.0', ({ schema, value, want }) => {
    expect(problems(schema, value)).toEqual(want);
  });

  it.each([
    ['OrganisationForm', OrganisationForm, () => draft().organization],
    ['UseCasesForm', UseCasesForm, () => ({ useCases: draft().useCases })],
    ['VolumeForm', VolumeForm, () => ({ useCases: draft().useCases })],
    ['TeamForm', TeamForm, () => draft().team],
    ['PrioritiesForm', PrioritiesForm, () => draft().priorities],
    ['RegulationForm', RegulationForm, () => draft().regulation],
  ] as const)('%s accepts the fixture', (_name, schema, value) => {
    expect(problems(schema, value())).toEqual([]);
  });

  it('UseCasesForm does not ask for volume (that is the next step)', () => {
    expect(problems(UseCasesForm, { useCases: [{ ...uc(), monthlyTokens: null }] })).toEqual([]);
  });
});
