import { describe, expect, it } from 'vitest';
import {
  DAYS_PER_MONTH,
  TOKENS_PER_PAGE,
  formatTokens,
  tokensFromDocuments,
  tokensFromRequests,
  tokensInWords,
} from '../../src/wizard/volume';

describe('tokensFromRequests', () => {
  it('multiplies requests a day by tokens a request by days a month', () => {
    expect(DAYS_PER_MONTH).toBe(30.4);
    expect(tokensFromRequests(1000, 2000)).toBe(60_800_000);
    expect(tokensFromRequests(3, 1)).toBe(91);
  });
});

describe('tokensFromDocuments', () => {
  it('counts pages at the assumed tokens a page', () => {
    expect(TOKENS_PER_PAGE).toBe(500);
    expect(tokensFromDocuments(10_000, 20)).toBe(100_000_000);
    expect(tokensFromDocuments(10, 3, 1000)).toBe(30_000);
  });
});

describe('formatTokens', () => {
  it('writes whole numbers with thousands separators', () => {
    expect(formatTokens(60_800_000)).toBe('60,800,000');
    expect(formatTokens(12.6)).toBe('13');
  });
});

describe('tokensInWords', () => {
  it.each([
    [2_400_000_000, 'about 2.4 billion tokens a month'],
    [350_000_000, 'about 350 million tokens a month'],
    [356_000_000, 'about 360 million tokens a month'],
    [12_000, 'about 12,000 tokens a month'],
    [12_345, 'about 12,000 tokens a month'],
    [999_999, 'about 1 million tokens a month'],
    [1_000_000_000, 'about 1 billion tokens a month'],
    [3.2e12, 'about 3.2 trillion tokens a month'],
    [1e15, 'about 1,000 trillion tokens a month'],
    [500, 'about 500 tokens a month'],
    [1, 'about 1 token a month'],
  ])('%d is %s', (n, words) => {
    expect(tokensInWords(n)).toBe(words);
  });

  it('says nothing for a count that is not a positive number', () => {
    for (const n of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) expect(tokensInWords(n)).toBe('');
  });
});
