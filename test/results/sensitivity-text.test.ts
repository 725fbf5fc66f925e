import { defaultRuleSet } from '../helpers/rules';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { AnswersInput } from '../../src/domain';
import { recommend } from '../../src/engine';
import { againstPickOf, flipWords, sensitivityText } from '../../src/lib/sensitivity-words';
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

describe('why a change would flip the pick, where a rule would newly count against it', () => {
  const why = { pickLabel: 'Claude Opus 5.5 (AWS Bedrock)', ruleText: (id: string) => (id === 'quota' ? 'Over the quota.' : undefined) };
  it.each([
    [['quota'], ', as Claude Opus 5.5 (AWS Bedrock) would then meet a rule against it: “Over the quota.”'],
    [['quota', 'not-a-rule'], ', as Claude Opus 5.5 (AWS Bedrock) would then meet a rule against it: “Over the quota.”'],
    [undefined, '.'],
    [['not-a-rule'], '.'],
  ])('rules %j: the sentence ends "%s"', (againstPick, end) => {
    const s = { input: 'useCases[0].monthlyTokens', from: 1e9, to: 7.5e10, flipsTo: 'api', ...(againstPick ? { againstPick } : {}) };
    expect(sensitivityText(s, labelOf, why)).toBe(
      `If monthly volume rose from about 1 billion to about 75 billion tokens, the recommendation would become OpenAI frontier model (API)${end}`,
    );
  });

  it("names the bank's Bedrock quota as the reason its credit assistant would move to Vertex AI at 75 billion tokens", () => {
    const answers = AnswersInput.parse(JSON.parse(readFileSync('test/fixtures/portfolios/eu-bank-credit-high-risk.json', 'utf8')));
    const u = recommend(defaultRuleSet, answers).useCases[0]!;
    const volume = u.sensitivity.find((s) => s.input === 'useCases[0].monthlyTokens')!;
    expect(volume.againstPick).toEqual(['cost-rate-limit']);
    const text = sensitivityText(
      volume,
      (id) => flipWords(id, u.recommended?.optionId, defaultRuleSet.options),
      againstPickOf(u, defaultRuleSet),
    );
    expect(text).toMatch(
      /as Claude Opus 5\.5 \(AWS Bedrock\) would then meet a rule against it: “The busiest minute needs more tokens, or more requests \(at about 3,000 tokens each\), than this channel's standard rate limit allows/,
    );
    // A change of weights acts on no rule: the scores move.
    for (const s of u.sensitivity.filter((x) => x.input.startsWith('priorities.'))) expect(s.againstPick).toBeUndefined();
  });

  it('where nothing would be left, names only the rules that rule the pick out (with nothing eligible, quality compares with the whole catalog)', () => {
    const scenario = JSON.parse(readFileSync('rules/scenarios/fine-tuning-favours-open-weights.json', 'utf8')) as { answers: unknown };
    const rec = recommend(defaultRuleSet, AnswersInput.parse(scenario.answers));
    const none = rec.useCases.flatMap((u) => u.sensitivity.filter((s) => s.flipsTo === null));
    expect(none.length).toBeGreaterThan(0);
    const effect = (id: string) => defaultRuleSet.rules.find((r) => r.rule.id === id)?.rule.effect;
    for (const s of none) for (const id of s.againstPick ?? []) expect(effect(id), id).toBe('exclude');
    expect(none.some((s) => (s.againstPick ?? []).length > 0)).toBe(true);
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
