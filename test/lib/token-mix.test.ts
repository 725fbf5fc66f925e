import { describe, expect, it } from 'vitest';
import { tokenMixWords } from '../../src/lib/token-mix';
import { catalogWith } from '../../src/engine';
import { defaultRuleSet } from '../helpers/rules';

const catalog = defaultRuleSet.catalog;
const a = catalog.assumptions;
const pc = (x: number) => `${Math.round(x * 100)}%`;

describe('tokenMixWords: the token mix a use case was costed with', () => {
  it.each([
    [{ inputShare: 0.95, cachedShare: 0.5, batchShare: 0 }, '95% input, 50% of it cached; no batches'],
    [{ inputShare: 0.6, cachedShare: 0, batchShare: 0.25 }, '60% input, 0% of it cached; 25% sent as batches'],
    [
      {},
      `${pc(a.inputTokenShare.value)} input (default), ${pc(a.cachedShare.value)} of it cached (default); ${
        a.batchShare.value === 0 ? 'no batches' : `${pc(a.batchShare.value)} sent as batches`
      } (default)`,
    ],
    [{ cachedShare: 0.8 }, `${pc(a.inputTokenShare.value)} input (default), 80% of it cached; `],
  ])('%j reads "%s"', (useCase, words) => {
    expect(tokenMixWords(useCase, catalog).startsWith(words)).toBe(true);
  });

  it.each([
    [{ longContext: true, requestInputTokens: 200_000 }, /; requests of 200,000 input tokens$/],
    [
      { longContext: true },
      new RegExp(`; requests of ${a.longContextRequestTokens.value.toLocaleString('en')} input tokens \\(default\\)$`),
    ],
    [{ requestInputTokens: 50_000 }, /; requests of 50,000 input tokens$/],
  ])('names the request size of %j, which decides long-context prices', (useCase, words) => {
    expect(tokenMixWords(useCase, catalog)).toMatch(words);
  });

  it('says nothing of request size for short requests', () => {
    expect(tokenMixWords({ longContext: false }, catalog)).not.toMatch(/request/);
  });

  it("takes a default the scenario changed, not the catalog's", () => {
    expect(tokenMixWords({}, catalogWith(catalog, { inputTokenShare: 0.9 }))).toMatch(/^90% input \(default\)/);
  });
});
