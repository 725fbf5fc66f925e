import { describe, expect, it } from 'vitest';
import { AnswersV1, formatProblem, parseWithProblems } from '../../src/domain';
import { answers, useCase } from '../helpers/rules';

const problems = (data: unknown) => {
  const r = parseWithProblems(AnswersV1, data);
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe('AnswersV1', () => {
  it('accepts valid answers', () => expect(problems(answers())).toEqual([]));

  it.each([
    { name: 'zero tokens', data: answers({ useCases: [useCase({ monthlyTokens: 0 })] }), want: 'useCases[0].monthlyTokens: must be greater than 0' },
    { name: 'unknown key', data: { ...answers(), colour: 'red' }, want: '(root): unknown key "colour"' },
    { name: 'missing section', data: { ...answers(), team: undefined }, want: 'team: is required' },
    { name: 'bad enum', data: answers({ useCases: [useCase({ task: 'poetry' as never })] }), want: expect.stringMatching(/^useCases\[0\]\.task: must be one of "document-analysis"/) },
    { name: 'duplicate ids', data: answers({ useCases: [useCase(), useCase()] }), want: 'useCases[1].id: duplicate id "uc"' },
    { name: 'priority out of range', data: answers({ priorities: { cost: 6, quality: 3, control: 3 } }), want: 'priorities.cost: must be at most 5' },
    { name: 'no region', data: answers({ organization: { name: 'A', industry: 'other', regions: [] } }), want: 'organization.regions: must name at least one region' },
    { name: 'bad language', data: answers({ useCases: [useCase({ languages: ['eng'] })] }), want: 'useCases[0].languages[0]: must be a two-letter ISO 639-1 code' },
    { name: 'wrong type', data: { ...answers(), regulation: { gdpr: 'yes', hipaa: false, euAiAct: false, dataResidency: 'none' } }, want: 'regulation.gdpr: must be a boolean, not string "yes"' },
  ])('$name', ({ data, want }) => {
    expect(problems(data)).toEqual([want]);
  });

  it('refuses more than 50 use cases', () => {
    const many = Array.from({ length: 51 }, (_, i) => useCase({ id: `u${i}` }));
    expect(problems(answers({ useCases: many }))).toEqual(['useCases: must hold at most 50 use cases']);
  });
});
