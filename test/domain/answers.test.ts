import { describe, expect, it } from 'vitest';
import { AnswersInput, formatProblem, parseWithProblems } from '../../src/domain';
import { answers, useCase } from '../helpers/rules';

const problems = (data: unknown) => {
  const r = parseWithProblems(AnswersInput, data);
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe('AnswersV1', () => {
  it('accepts valid answers', () => expect(problems(answers())).toEqual([]));

  it.each([
    {
      name: 'zero tokens',
      data: answers({ useCases: [useCase({ monthlyTokens: 0 })] }),
      want: 'useCases[0].monthlyTokens: must be greater than 0',
    },
    { name: 'unknown key', data: { ...answers(), colour: 'red' }, want: '(root): unknown key "colour"' },
    { name: 'missing section', data: { ...answers(), team: undefined }, want: 'team: is required' },
    {
      name: 'bad enum',
      data: answers({ useCases: [useCase({ task: 'poetry' as never })] }),
      want: expect.stringMatching(/^useCases\[0\]\.task: must be one of "document-analysis"/),
    },
    { name: 'duplicate ids', data: answers({ useCases: [useCase(), useCase()] }), want: 'useCases[1].id: duplicate id "uc"' },
    {
      name: 'priority out of range',
      data: answers({ priorities: { cost: 6, quality: 3, control: 3 } }),
      want: 'priorities.cost: must be at most 5',
    },
    {
      name: 'no region',
      data: answers({ organization: { name: 'A', industry: 'other', regions: [] } }),
      want: 'organization.regions: must name at least one region',
    },
    {
      name: 'bad language',
      data: answers({ useCases: [useCase({ languages: ['eng'] })] }),
      want: 'useCases[0].languages[0]: must be a two-letter ISO 639-1 code',
    },
    {
      name: 'wrong type',
      data: { ...answers(), regulation: { gdpr: 'yes', hipaa: false, euAiAct: false, dataResidency: 'none' } },
      want: 'regulation.gdpr: must be a boolean, not string "yes"',
    },
  ])('$name', ({ data, want }) => {
    expect(problems(data)).toEqual([want]);
  });

  it('refuses more than 50 use cases', () => {
    const many = Array.from({ length: 51 }, (_, i) => useCase({ id: `u${i}` }));
    expect(problems(answers({ useCases: many }))).toEqual(['useCases: must hold at most 50 use cases']);
  });
});

describe('AnswersV2 and the migration from version 1', () => {
  const v1 = () => ({ ...answers(), schemaVersion: 1 as const });
  const parse = (data: unknown) => AnswersInput.parse(data);

  it('reads a version 1 file as version 2 with every answer kept', () => {
    const file = v1();
    const migrated = parse(file);
    expect(migrated.schemaVersion).toBe(2);
    expect({ ...migrated, schemaVersion: 1 }).toEqual(file);
  });

  it('keeps every version 2 field: country, new industries, role, minors, automated decisions, token shares, planning', () => {
    const file = {
      ...answers(),
      organization: { name: 'Allianz-like', industry: 'insurance', regions: ['eu'], country: 'DE' },
      useCases: [
        useCase({ aiActRole: 'provider', minors: false, automatedDecisions: true, inputShare: 0.8, cachedShare: 0.5, batchShare: 0.25 }),
      ],
      planning: { horizonYears: 3, annualGrowth: 0.5 },
    };
    expect(parse(file)).toEqual(file);
  });

  it.each([
    {
      name: 'a version 2 field in a version 1 file',
      data: { ...answers(), schemaVersion: 1, planning: { horizonYears: 2, annualGrowth: 0 } },
      want: '(root): unknown key "planning"',
    },
    {
      name: 'an industry version 1 did not know',
      data: { ...answers(), schemaVersion: 1, organization: { name: 'A', industry: 'media', regions: ['eu'] } },
      want: expect.stringMatching(/^organization\.industry: must be one of/),
    },
    {
      name: 'an unknown version',
      data: { ...answers(), schemaVersion: 3 },
      want: 'schemaVersion: must be 1 or 2 (the version of the answers format)',
    },
    {
      name: 'a lower-case country',
      data: answers({ organization: { name: 'A', industry: 'other', regions: ['eu'], country: 'de' as 'DE' } }),
      want: 'organization.country: must be a two-letter ISO 3166-1 country code in capitals, such as DE or US',
    },
    {
      name: 'a country code that is not assigned',
      data: answers({ organization: { name: 'A', industry: 'other', regions: ['eu'], country: 'XX' as 'DE' } }),
      want: 'organization.country: XX is not an ISO 3166-1 country code; use a two-letter code such as DE or US',
    },
    {
      name: 'UK, which ISO reserves but does not assign (the code is GB)',
      data: answers({ organization: { name: 'A', industry: 'other', regions: ['uk'], country: 'UK' as 'DE' } }),
      want: 'organization.country: UK is not an ISO 3166-1 country code: the United Kingdom is GB',
    },
    {
      name: 'a share above 1',
      data: answers({ useCases: [useCase({ cachedShare: 1.5 })] }),
      want: 'useCases[0].cachedShare: must be at most 1',
    },
    {
      name: 'a horizon of 6 years',
      data: { ...answers(), planning: { horizonYears: 6, annualGrowth: 0 } },
      want: 'planning.horizonYears: must be at most 5',
    },
    {
      name: 'shrinking by more than 90 % a year',
      data: { ...answers(), planning: { horizonYears: 2, annualGrowth: -0.95 } },
      want: 'planning.annualGrowth: must be at least -0.9 (a 90 % fall a year)',
    },
  ])('refuses $name, naming the field', ({ data, want }) => {
    expect(problems(data)).toEqual([want]);
  });
});
