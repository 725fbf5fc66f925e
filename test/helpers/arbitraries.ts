import fc from 'fast-check';
import {
  Accuracy,
  AiActRisk,
  AiActRole,
  Audience,
  DataResidency,
  DataSensitivity,
  GpuAccess,
  Industry,
  MlopsMaturity,
  Region,
  TaskKind,
  type Answers,
  type UseCase,
} from '../../src/domain';

const pick = <T extends string>(e: { options: readonly T[] }) => fc.constantFrom(...e.options);

export const useCaseArb = (id: string): fc.Arbitrary<UseCase> =>
  fc.record(
    {
      id: fc.constant(id),
      name: fc.constant(`Use case ${id}`),
      task: pick(TaskKind),
      audience: pick(Audience),
      dataSensitivity: pick(DataSensitivity),
      accuracy: pick(Accuracy),
      monthlyTokens: fc.double({ min: 1e5, max: 1e11, noNaN: true }).map((n) => Math.round(n)),
      aiActRisk: pick(AiActRisk),
      languages: fc.subarray(['en', 'de', 'fr', 'ja', 'zh'], { minLength: 1 }),
      longContext: fc.boolean(),
      fineTuning: fc.boolean(),
      aiActRole: pick(AiActRole),
      minors: fc.boolean(),
      automatedDecisions: fc.boolean(),
      inputShare: fc.double({ min: 0, max: 1, noNaN: true }),
      cachedShare: fc.double({ min: 0, max: 1, noNaN: true }),
      batchShare: fc.double({ min: 0, max: 1, noNaN: true }),
    },
    { requiredKeys: ['id', 'name', 'task', 'audience', 'dataSensitivity', 'accuracy', 'monthlyTokens'] },
  );

/** Valid answers across the whole input space, 1 to `max` use cases. */
export const answersArb = (max = 3): fc.Arbitrary<Answers> =>
  fc.record({
    schemaVersion: fc.constant(2 as const),
    organization: fc.record(
      {
        name: fc.constant('Org'),
        industry: pick(Industry),
        regions: fc.subarray([...Region.options], { minLength: 1 }),
        monthlyActiveUsers: fc.integer({ min: 0, max: 2_000_000_000 }),
        country: fc.constantFrom('DE', 'FR', 'US', 'GB', 'JP'),
      },
      { requiredKeys: ['name', 'industry', 'regions'] },
    ),
    regulation: fc.record({ gdpr: fc.boolean(), hipaa: fc.boolean(), euAiAct: fc.boolean(), dataResidency: pick(DataResidency) }),
    team: fc.record({ mlEngineers: fc.integer({ min: 0, max: 30 }), mlopsMaturity: pick(MlopsMaturity), gpuAccess: pick(GpuAccess) }),
    priorities: fc.record({
      cost: fc.integer({ min: 1, max: 5 }),
      quality: fc.integer({ min: 1, max: 5 }),
      control: fc.integer({ min: 1, max: 5 }),
    }),
    useCases: fc.integer({ min: 1, max: max }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => useCaseArb(`uc-${i}`)))),
  });
