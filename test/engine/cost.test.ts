import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CatalogOption, TokenPrices } from '../../src/domain';
import {
  HOURS_PER_MONTH,
  NO_LOAD,
  addLoads,
  loadOf,
  optionMonthlyCost,
  perTokenMonthlyCost,
  requestInputTokensOf,
  sizeSelfHosted,
  type CostAssumptions,
  type Workload,
} from '../../src/engine/cost';

const cite = <T>(value: T) => ({ value, source: 'test', asOf: '2026-12-06' });
const SECONDS = HOURS_PER_MONTH * 3600;

/** Assumptions written out here, so that these tests do not move when the catalog's figures do. */
const a: CostAssumptions = {
  inputShare: 0.75,
  cachedShare: 0,
  batchShare: 0,
  longContextRequestTokens: 250_000,
  peakToAverage: 3,
  targetUtilisation: 0.7,
  minReplicas: 2,
  rentalChannel: 'gpu-cloud',
  engineerHourUsd: 100,
  opsHoursPerReplica: 10,
  onCallHoursPerMonth: 50,
  onCallEngineers: 8,
  gpuHourUsd: new Map([
    ['big', { 'gpu-cloud': 3, hyperscaler: 7, 'on-prem': 1.5 }],
    ['small', { 'gpu-cloud': 1, hyperscaler: 2, 'on-prem': 0.5 }],
  ]),
};

const work = (over: Partial<Workload> = {}): Workload => ({
  monthlyTokens: 1e9,
  inputShare: 0.75,
  cachedShare: 0,
  batchShare: 0,
  requestInputTokens: null,
  residency: false,
  onCall: true,
  ...over,
});

const prices = (over: Partial<TokenPrices> = {}): TokenPrices => ({ input: cite(5), output: cite(30), ...over });

describe('per-token cost', () => {
  it.each([
    { name: 'input and output at their own prices', p: prices(), w: work(), usd: 750 * 5 + 250 * 30 },
    {
      name: 'the cached share of the input at the cached price',
      p: prices({ cachedInput: cite(0.5) }),
      w: work({ cachedShare: 0.4 }),
      usd: 450 * 5 + 300 * 0.5 + 250 * 30,
    },
    {
      name: 'a cached share on a channel without caching at the input price',
      p: prices(),
      w: work({ cachedShare: 0.4 }),
      usd: 750 * 5 + 250 * 30,
    },
    {
      name: 'the batch share at the batch discount',
      p: prices({ batchDiscount: cite(0.5) }),
      w: work({ batchShare: 0.5 }),
      usd: (750 * 5 + 250 * 30) * 0.75,
    },
    { name: 'a batch share on a channel without batches at full price', p: prices(), w: work({ batchShare: 1 }), usd: 750 * 5 + 250 * 30 },
    {
      name: 'requests above the threshold at the long-context prices',
      p: prices({ longContext: cite({ aboveInputTokens: 200_000, input: 10, output: 45, cachedInput: 1 }), cachedInput: cite(0.5) }),
      w: work({ requestInputTokens: 250_000, cachedShare: 0.5 }),
      usd: 375 * 10 + 375 * 1 + 250 * 45,
    },
    {
      name: 'requests under the threshold at the normal prices',
      p: prices({ longContext: cite({ aboveInputTokens: 272_000, input: 10, output: 45 }) }),
      w: work({ requestInputTokens: 250_000 }),
      usd: 750 * 5 + 250 * 30,
    },
    {
      name: 'short requests at the normal prices',
      p: prices({ longContext: cite({ aboveInputTokens: 200_000, input: 10, output: 45 }) }),
      w: work(),
      usd: 750 * 5 + 250 * 30,
    },
    { name: 'a chat-shaped workload (half input)', p: prices(), w: work({ inputShare: 0.5 }), usd: 500 * 5 + 500 * 30 },
    {
      name: 'data kept in a region at the residency premium',
      p: prices({ residencyPremium: cite(0.1) }),
      w: work({ residency: true }),
      usd: (750 * 5 + 250 * 30) * 1.1,
    },
    {
      name: 'no residency premium when the data may go anywhere',
      p: prices({ residencyPremium: cite(0.1) }),
      w: work(),
      usd: 750 * 5 + 250 * 30,
    },
  ])('prices $name', ({ p, w, usd }) => {
    expect(perTokenMonthlyCost(p, w)).toBeCloseTo(usd, 6);
  });

  it('grows in proportion to the tokens', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e12, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (tokens, cached) => {
        const p = prices({ cachedInput: cite(0.5), batchDiscount: cite(0.5) });
        const one = perTokenMonthlyCost(p, work({ monthlyTokens: tokens, cachedShare: cached }));
        const two = perTokenMonthlyCost(p, work({ monthlyTokens: 2 * tokens, cachedShare: cached }));
        expect(two).toBeCloseTo(2 * one, 6);
      }),
    );
  });
});

describe('request size a use case is priced at', () => {
  it.each([
    { name: "a long-context use case's own figure", uc: { longContext: true, requestInputTokens: 200_000 }, tokens: 200_000 },
    { name: "a long-context use case without one: the catalog's", uc: { longContext: true }, tokens: 250_000 },
    {
      name: 'a stated figure even without the long-context answer',
      uc: { longContext: false, requestInputTokens: 400_000 },
      tokens: 400_000,
    },
    { name: 'a short-request use case: none', uc: { longContext: false }, tokens: null },
    { name: 'an unanswered long-context question: none', uc: {}, tokens: null },
  ])('$name', ({ uc, tokens }) => {
    expect(requestInputTokensOf(uc, a)).toBe(tokens);
  });

  it("a 200,000-token request stays under a 272,000-token threshold that the catalog's long-context request passes", () => {
    const p = prices({ longContext: cite({ aboveInputTokens: 272_000, input: 10, output: 45 }) });
    const own = perTokenMonthlyCost(
      p,
      work({ requestInputTokens: requestInputTokensOf({ longContext: true, requestInputTokens: 200_000 }, a) }),
    );
    const catalogs = perTokenMonthlyCost(
      p,
      work({ requestInputTokens: requestInputTokensOf({ longContext: true }, { longContextRequestTokens: 300_000 }) }),
    );
    expect(own).toBeCloseTo(750 * 5 + 250 * 30, 6);
    expect(catalogs).toBeCloseTo(750 * 10 + 250 * 45, 6);
  });
});

describe('load', () => {
  it('peaks at the peak-to-average factor for interactive work and stays flat for batch work', () => {
    const tokens = 2 * SECONDS * 1000; // 2,000 tokens a second on average
    expect(loadOf(work({ monthlyTokens: tokens, inputShare: 0.5 }), a)).toEqual({
      peakInput: 3000,
      peakOutput: 3000,
      averageInput: 1000,
      averageOutput: 1000,
      onCall: true,
    });
    expect(loadOf(work({ monthlyTokens: tokens, inputShare: 0.5, batchShare: 1, onCall: false }), a)).toEqual({
      peakInput: 1000,
      peakOutput: 1000,
      averageInput: 1000,
      averageOutput: 1000,
      onCall: false,
    });
  });
});

const selfHosted = (configs: { gpuType: string; gpus: number; prefill: number; decode: number }[]): CatalogOption => ({
  id: 'm-self-hosted',
  modelId: 'm',
  deployment: 'self-hosted',
  channel: 'own',
  provider: 'You',
  selfHosting: {
    configs: configs.map((c) => ({
      gpuType: c.gpuType,
      quantisation: 'fp8',
      gpusPerReplica: c.gpus,
      prefillTokensPerSecond: cite(c.prefill),
      decodeTokensPerSecond: cite(c.decode),
    })),
    opsHoursPerMonth: cite(40),
  },
  regions: cite(['eu']),
  baaAvailable: cite(true),
  dpaAvailable: cite(true),
  zeroRetention: cite(true),
  operations: { effort: 'high', minMlEngineers: 2, needsGpu: true, source: 'test', asOf: '2026-12-06' },
});

describe('self-hosted sizing', () => {
  const one = selfHosted([{ gpuType: 'big', gpus: 1, prefill: 10_000, decode: 1_000 }]);
  /** A load that keeps `replicas` replicas busy in its busiest hour, half prefill and half decode time. */
  const busyFor = (replicas: number, onCall = true) => ({
    peakInput: 5_000 * replicas,
    peakOutput: 500 * replicas,
    averageInput: (5_000 * replicas) / 3,
    averageOutput: (500 * replicas) / 3,
    onCall,
  });

  it.each([
    { name: 'no load still runs the production minimum', load: NO_LOAD, replicas: 2 },
    { name: 'a load under the minimum', load: busyFor(1), replicas: 2 },
    { name: 'exactly the target utilisation of 3 replicas', load: busyFor(2.1), replicas: 3 },
    { name: 'a little above it', load: busyFor(2.11), replicas: 4 },
    { name: 'ten replicas of work', load: busyFor(7), replicas: 10 },
  ])('$name: $replicas replicas', ({ load, replicas }) => {
    expect(sizeSelfHosted(one, load, 'gpu-cloud', a).replicas).toBe(replicas);
  });

  it('counts prefill and decode apart: input is cheap to serve, output is not', () => {
    const inputOnly = { ...NO_LOAD, peakInput: 7_000 * 5 };
    const outputOnly = { ...NO_LOAD, peakOutput: 700 * 5 };
    expect(sizeSelfHosted(one, inputOnly, 'gpu-cloud', a).replicas).toBe(5);
    expect(sizeSelfHosted(one, outputOnly, 'gpu-cloud', a).replicas).toBe(5);
    expect(sizeSelfHosted(one, { ...inputOnly, peakOutput: 700 * 5 }, 'gpu-cloud', a).replicas).toBe(10);
  });

  it('costs GPUs around the clock at the channel price, plus base, per-replica and on-call engineer hours', () => {
    const s = sizeSelfHosted(one, busyFor(2.8), 'gpu-cloud', a);
    expect(s).toMatchObject({ replicas: 4, gpus: 4, gpuChannel: 'gpu-cloud', opsHoursPerMonth: 40 + 4 * 10 + 50 });
    expect(s.gpuMonthlyUsd).toBeCloseTo(4 * 3 * HOURS_PER_MONTH, 6);
    expect(s.monthlyCostUsd).toBeCloseTo(4 * 3 * HOURS_PER_MONTH + 130 * 100, 6);
    expect(s.peakUtilisation).toBeCloseTo(0.7, 6);
    expect(s.utilisation).toBeCloseTo(0.7 / 3, 6);
    expect(sizeSelfHosted(one, busyFor(2.8), 'hyperscaler', a).gpuMonthlyUsd).toBeCloseTo(4 * 7 * HOURS_PER_MONTH, 6);
    expect(sizeSelfHosted(one, busyFor(2.8), 'on-prem', a).gpuMonthlyUsd).toBeCloseTo(4 * 1.5 * HOURS_PER_MONTH, 6);
  });

  it('pays for an on-call rota only when some work on the deployment needs one', () => {
    expect(sizeSelfHosted(one, busyFor(1, false), 'gpu-cloud', a).opsHoursPerMonth).toBe(40 + 2 * 10);
    expect(sizeSelfHosted(one, addLoads(busyFor(1, false), busyFor(0.1, true)), 'gpu-cloud', a).opsHoursPerMonth).toBe(40 + 2 * 10 + 50);
  });

  it('takes the cheapest serving configuration for the load', () => {
    const two = selfHosted([
      { gpuType: 'big', gpus: 1, prefill: 10_000, decode: 1_000 },
      { gpuType: 'small', gpus: 2, prefill: 4_000, decode: 400 },
    ]);
    // Light load: two small-GPU replicas ($2 an hour each) beat two big ones ($3).
    expect(sizeSelfHosted(two, busyFor(0.1), 'gpu-cloud', a).gpuType).toBe('small');
    // Heavy load: a big GPU does 2.5 times a small pair's work for 1.5 times the price.
    expect(sizeSelfHosted(two, busyFor(20), 'gpu-cloud', a).gpuType).toBe('big');
  });

  it('splits a pooled deployment alike: each pays its standalone cost less the same percentage, the shares add up to the whole, and none pays more than alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ tokens: fc.double({ min: 1e6, max: 1e11, noNaN: true }), onCall: fc.boolean() }), {
          minLength: 2,
          maxLength: 5,
        }),
        (members) => {
          const works = members.map((m) => work({ monthlyTokens: m.tokens, onCall: m.onCall }));
          const loads = works.map((w) => loadOf(w, a));
          const shares = works.map((w, i) =>
            optionMonthlyCost(
              one,
              w,
              loads.filter((_, j) => j !== i),
              'gpu-cloud',
              a,
            ),
          );
          const whole = sizeSelfHosted(one, loads.reduce(addLoads), 'gpu-cloud', a).monthlyCostUsd;
          expect(shares.reduce((s, c) => s + c.monthlyCostUsd, 0)).toBeCloseTo(whole, 4);
          for (const c of shares) expect(c.monthlyCostUsd).toBeLessThanOrEqual(c.standaloneMonthlyCostUsd + 1e-6);
          const paid = shares.map((c) => c.monthlyCostUsd / c.standaloneMonthlyCostUsd);
          for (const p of paid) expect(p).toBeCloseTo(paid[0]!, 9);
        },
      ),
    );
  });

  it('does not make internal work carry the on-call rota of customer-facing work it shares a deployment with', () => {
    // Internal, output-heavy work (all of it decode) on a deployment with light customer-facing work: by capacity it
    // would pay most of the rota; by the standalone rule it pays less than alone.
    const internal = work({ monthlyTokens: 1e8, inputShare: 0, onCall: false });
    const customers = work({ monthlyTokens: 1e8, onCall: true });
    const c = optionMonthlyCost(one, internal, [loadOf(customers, a)], 'gpu-cloud', a);
    expect(c.standaloneMonthlyCostUsd).toBeCloseTo(2 * 3 * HOURS_PER_MONTH + (40 + 2 * 10) * 100, 6);
    expect(c.monthlyCostUsd).toBeLessThan(c.standaloneMonthlyCostUsd);
    const other = optionMonthlyCost(one, customers, [loadOf(internal, a)], 'gpu-cloud', a);
    expect(other.monthlyCostUsd + c.monthlyCostUsd).toBeCloseTo(
      sizeSelfHosted(one, loadOf(internal, a), 'gpu-cloud', a).monthlyCostUsd + 50 * 100,
      6,
    );
  });

  it('never costs less for more work', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e6, max: 1e12, noNaN: true }), fc.double({ min: 1, max: 10, noNaN: true }), (tokens, factor) => {
        const less = optionMonthlyCost(one, work({ monthlyTokens: tokens }), [], 'gpu-cloud', a).monthlyCostUsd;
        const more = optionMonthlyCost(one, work({ monthlyTokens: tokens * factor }), [], 'gpu-cloud', a).monthlyCostUsd;
        expect(more).toBeGreaterThanOrEqual(less);
      }),
    );
  });
});
