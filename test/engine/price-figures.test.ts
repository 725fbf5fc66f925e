import { describe, expect, it } from 'vitest';
import { priceFigures, qualityEstimated, unconfirmedFigures } from '../../src/engine/portfolio';
import { answers, defaultRuleSet as rs, useCase } from '../helpers/rules';

const choice = (optionId: string) => ({ optionId });
const a = answers();

describe('the figures a pick rests on, and those to confirm', () => {
  it.each([
    // Claude Haiku 5.5's cache read and batch discount were not read on its own page: asked for only when the work uses them.
    { option: 'claude-haiku-5.5-api', uc: { cachedShare: 0, batchShare: 0 }, want: [] },
    { option: 'claude-haiku-5.5-api', uc: { cachedShare: 0.5, batchShare: 0 }, want: ['cached-input price'] },
    { option: 'claude-haiku-5.5-api', uc: { cachedShare: 0.5, batchShare: 0.5 }, want: ['cached-input price', 'batch discount'] },
    // Above the 100,000-token threshold the long-context prices, read on Anthropic's page, replace the cached-input price.
    { option: 'claude-haiku-5.5-api', uc: { cachedShare: 0.5, requestInputTokens: 150_000 }, want: [] },
    // Gemini 4 Carbon's prices come from a copy of Google's page (a secondary source): every price its cost uses.
    { option: 'gemini-4-carbon-api', uc: { cachedShare: 0, batchShare: 0 }, want: ['input price', 'output price'] },
    // Read on the vendor's own page.
    { option: 'claude-opus-5.5-api', uc: { cachedShare: 0.5, batchShare: 0.5 }, want: [] },
  ])('$option with $uc: $want', ({ option, uc, want }) => {
    expect(unconfirmedFigures(rs, a, useCase(uc), choice(option))).toEqual(want);
  });

  it("names every figure of a per-token pick with its date, and a self-hosted pick's GPU hour and engineer hour", () => {
    const haiku = priceFigures(rs, a, useCase(), choice('claude-haiku-5.5-api'));
    expect(haiku.map((f) => f.name)).toEqual([
      'input price',
      'output price',
      'cached-input price',
      'batch discount',
      'long-context prices',
    ]);
    for (const f of haiku) expect(f.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    const selfHosted = priceFigures(rs, a, useCase(), { optionId: 'gpt-oss-120b-self-hosted', selfHosting: { gpuType: 'h100-80gb' } });
    expect(selfHosted.map((f) => f.name)).toEqual(['GPU hour', 'engineer hour']);
  });

  it.each([
    ['gpt-6.2-sol-api', true],
    ['qwen3.5-397b-self-hosted', true],
    ['claude-opus-5.5-api', false],
    ['gpt-6-luna-api', false],
  ])("tells the pack's estimated quality scores from measured ones: %s", (optionId, estimate) => {
    expect(qualityEstimated(rs, useCase(), optionId)).toBe(estimate);
  });
});
