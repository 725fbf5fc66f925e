import { describe, expect, it } from 'vitest';
import { HOURS_PER_MONTH, optionMonthlyCost, perTokenMonthlyCost, sizeSelfHosted } from '../../src/engine';
import { defaultRuleSet } from '../helpers/rules';

const a = defaultRuleSet.costs;
const option = (id: string) => {
  const o = defaultRuleSet.catalog.options.find((x) => x.id === id);
  if (!o) throw new Error(id);
  return o;
};

describe('per-token cost', () => {
  it.each([
    { price: { input: 2.5, output: 2.5 }, tokens: 1e9, share: 0.75, usd: 2500 },
    { price: { input: 2, output: 6 }, tokens: 1e9, share: 0.75, usd: 3000 },
    { price: { input: 2, output: 6 }, tokens: 1e9, share: 0.5, usd: 4000 },
    { price: { input: 0.4, output: 0.4 }, tokens: 5e6, share: 0.75, usd: 2 },
  ])('$tokens tokens at $price.input/$price.output with input share $share cost $usd', ({ price, tokens, share, usd }) => {
    expect(perTokenMonthlyCost(price, tokens, share)).toBeCloseTo(usd, 6);
  });

  it('prices the article example: Llama 3.1 70B managed is 6.25x cheaper than the proprietary API', () => {
    const open = optionMonthlyCost(option('llama-3.1-70b-managed'), 1e9, 0, a).monthlyCostUsd;
    const closed = optionMonthlyCost(option('openai-frontier-api'), 1e9, 0, a).monthlyCostUsd;
    expect(open).toBeCloseTo(400, 6);
    expect(closed / open).toBeCloseTo(6.25, 6);
  });
});

describe('self-hosted sizing', () => {
  const llama = option('llama-3.1-70b-self-hosted');
  // 3,543 tok/s x 3,600 s x 730 h x 0.6 target utilisation
  const perReplica = 3543 * 3600 * HOURS_PER_MONTH * 0.6;

  it.each([
    { tokens: 1e6, replicas: 1 },
    { tokens: perReplica, replicas: 1 },
    { tokens: perReplica + 1, replicas: 2 },
    { tokens: 10 * perReplica, replicas: 10 },
  ])('$tokens tokens need $replicas replica(s)', ({ tokens, replicas }) => {
    expect(sizeSelfHosted(llama, tokens, a).replicas).toBe(replicas);
  });

  it('costs GPUs around the clock plus operating hours', () => {
    const s = sizeSelfHosted(llama, 1e9, a);
    expect(s.gpus).toBe(4);
    expect(s.gpuMonthlyUsd).toBeCloseTo(4 * 2.49 * 730, 6);
    expect(s.opsMonthlyUsd).toBeCloseTo(40 * 100, 6);
    expect(s.monthlyCostUsd).toBeCloseTo(4 * 2.49 * 730 + 4000, 6);
  });

  it('matches DOMAIN.md: a full 4xH100 node at $2.49 and 3,543 tok/s costs about $0.78 per million tokens in GPU time', () => {
    const full = 3543 * 3600 * HOURS_PER_MONTH;
    const s = sizeSelfHosted(llama, full * 0.6, a);
    expect(s.gpuMonthlyUsd / (full / 1e6)).toBeCloseTo(0.78, 2);
  });

  it('splits a pooled deployment by tokens', () => {
    const alone = optionMonthlyCost(llama, 1e9, 0, a).monthlyCostUsd;
    const pooled = optionMonthlyCost(llama, 1e9, 1e9, a).monthlyCostUsd;
    expect(pooled).toBeCloseTo(alone / 2, 6);
  });
});
