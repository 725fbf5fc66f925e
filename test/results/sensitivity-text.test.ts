import { defaultRuleSet } from '../helpers/rules';
import { describe, expect, it } from 'vitest';
import { flipWords, sensitivityText } from '../../src/lib/sensitivity-words';
import { tokenWords } from '../../src/results/format';

const labels: Record<string, string> = { 'llama-self': 'Llama 3.1 70B (self-hosted)', api: 'OpenAI frontier model (API)' };
const labelOf = (id: string) => labels[id] ?? id;

describe('sensitivityText', () => {
  it('reads a volume change in words, up or down', () => {
    expect(sensitivityText({ input: 'useCases[0].monthlyTokens', from: 2e9, to: 5.1e9, flipsTo: 'llama-self' }, labelOf)).toBe(
      'If monthly volume rose from about 2 billion to about 5.1 billion tokens, the recommendation would become Llama 3.1 70B (self-hosted).',
    );
    expect(sensitivityText({ input: 'useCases[2].monthlyTokens', from: 2e10, to: 7.3e9, flipsTo: 'api' }, labelOf)).toBe(
      'If monthly volume fell from about 20 billion to about 7.3 billion tokens, the recommendation would become OpenAI frontier model (API).',
    );
  });

  it('reads team and priority changes in words', () => {
    const say = (input: string, from: number | string, to: number | string) =>
      sensitivityText({ input, from, to, flipsTo: 'api' }, labelOf);
    expect(say('team.mlEngineers', 4, 1)).toMatch(/^If the team had 1 ML engineer instead of 4, /);
    expect(say('team.mlEngineers', 1, 3)).toMatch(/^If the team had 3 ML engineers instead of 1, /);
    expect(say('team.mlopsMaturity', 'basic', 'advanced')).toMatch(/^If the team had advanced MLOps instead of basic MLOps, /);
    expect(say('team.gpuAccess', 'cloud', 'none')).toMatch(/^If the team had no GPU access instead of cloud GPUs, /);
    expect(say('priorities.control', 3, 4)).toBe(
      'If control were weighted 4 of 5 instead of 3, the recommendation would become OpenAI frontier model (API).',
    );
  });

  it('says when no option would be left, and falls back to the path for an input it does not know', () => {
    expect(sensitivityText({ input: 'regulation.hipaa', from: 'x', to: 'y', flipsTo: null }, labelOf)).toBe(
      'If regulation.hipaa changed from x to y, no option would be left to recommend.',
    );
  });

  it('rounds token counts to two significant digits', () => {
    expect([5e8, 1.7e10, 2.45e9, 1.2e12, 9500].map(tokenWords)).toEqual([
      '500 million',
      '17 billion',
      '2.5 billion',
      '1.2 trillion',
      '9.5 thousand',
    ]);
  });
});

describe('flipWords: what the recommendation would become', () => {
  const options = defaultRuleSet.options;
  it.each([
    ['claude-opus-5.5-vertex', 'claude-opus-5.5-bedrock', 'Claude Opus 5.5 (Google Vertex AI): the same model through another channel'],
    ['claude-sonnet-5.5-api', 'claude-opus-5.5-bedrock', 'Claude Sonnet 5.5 (Anthropic API)'],
    ['claude-sonnet-5.5-api', undefined, 'Claude Sonnet 5.5 (Anthropic API)'],
    ['not-in-the-catalog', 'claude-opus-5.5-bedrock', 'not-in-the-catalog'],
  ])('%s after %s: "%s"', (to, pick, words) => {
    expect(flipWords(to, pick, options)).toBe(words);
  });
});
