import { defaultRuleSet } from '../helpers/rules';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { AnswersInput, type Sensitivity } from '../../src/domain';
import { recommend } from '../../src/engine';
import { againstPickOf, flipWords, sensitivityText, tradeWords } from '../../src/lib/sensitivity-words';
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

  it("keeps the bank's credit assistant on Bedrock at 100 billion tokens, with its quota to agree, rather than moving it to Vertex AI, whose quota is not published", () => {
    const answers = AnswersInput.parse(JSON.parse(readFileSync('test/fixtures/portfolios/eu-bank-credit-high-risk.json', 'utf8')));
    const u = recommend(defaultRuleSet, answers).useCases[0]!;
    expect(u.recommended?.optionId).toBe('claude-opus-5.5-bedrock');
    // No flip to the same model through another channel: a published quota is no reason to choose a channel.
    const model = (id: string | null) => defaultRuleSet.options.find((o) => o.id === id)?.modelId;
    for (const s of u.sensitivity) expect(model(s.flipsTo), s.input).not.toBe('claude-opus-5.5');
    const busier = structuredClone(answers);
    busier.useCases[0]!.monthlyTokens = 1e11;
    const then = recommend(defaultRuleSet, busier).useCases[0]!;
    expect(then.recommended?.optionId).toBe('claude-opus-5.5-bedrock');
    expect(then.obligations.map((o) => o.ruleId)).toContain('cost-rate-limit');
    expect(u.obligations.map((o) => o.ruleId)).not.toContain('cost-rate-limit');
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

describe('what the new pick would gain and give up, where no rule newly counts against the pick', () => {
  const standing = (score: number, monthlyCostUsd: number, d: Partial<Record<'quality' | 'cost' | 'control' | 'feasibility', number>>) => ({
    score,
    monthlyCostUsd,
    scoreBreakdown: { quality: 80, cost: 50, control: 25, feasibility: 90, ...d },
  });
  const flip = (after?: Sensitivity['after'], againstPick?: string[]): Sensitivity => ({
    input: 'priorities.cost',
    from: 2,
    to: 3,
    flipsTo: 'api',
    ...(after ? { after } : {}),
    ...(againstPick ? { againstPick } : {}),
  });
  const why = { pickLabel: 'Claude Opus 5.5 (AWS Bedrock)', ruleText: (id: string) => (id === 'quota' ? 'Over the quota.' : undefined) };

  it.each([
    [
      'cheaper and weaker: the money it saves, then the quality it gives up',
      flip({ pick: standing(63, 9873.6, { quality: 100, cost: 50.2 }), flipsTo: standing(63.4, 249.48, { quality: 65.5, cost: 98.2 }) }),
      ', which would then cost $249 a month against $9,874 for the current pick, but score 65.5 on quality against 100.',
    ],
    [
      'stronger and dearer: the quality it gains, then the money',
      flip({
        pick: standing(57.5, 779.33, { quality: 65.5, cost: 98.6 }),
        flipsTo: standing(62.6, 30792.96, { quality: 100, cost: 55.7 }),
      }),
      ', which would then score 100 on quality against 65.5 for the current pick, but cost $30,793 a month against $779.',
    ],
    [
      'a tie on score broken by cost: cost leads, however little its score moves',
      flip({ pick: standing(60, 500, { cost: 90 }), flipsTo: standing(60, 420, { cost: 90.2 }) }),
      ', which would then cost $420 a month against $500 for the current pick.',
    ],
    [
      'better on control, equal to the dollar on cost: cost is no reason',
      flip({ pick: standing(60, 500, { control: 25 }), flipsTo: standing(61, 500.4, { control: 45, cost: 49.9 }) }),
      ', which would then score 45 on control against 25 for the current pick.',
    ],
    ['no standings (the pick would be ruled out): a full stop', flip(), '.'],
    [
      'equal on every dimension and cost: nothing to say',
      flip({ pick: standing(60, 500, {}), flipsTo: standing(60, 500, { quality: 80.2 }) }),
      '.',
    ],
  ])('%s', (_, s, end) => {
    expect(sensitivityText(s, labelOf, why)).toBe(
      `If cost were weighted 3 of 5 instead of 2, the recommendation would become OpenAI frontier model (API)${end}`,
    );
  });

  it('says the rule where one would newly count against the pick, not the scores, and then the money', () => {
    const s = flip({ pick: standing(60, 500, {}), flipsTo: standing(62, 400, { cost: 60 }) }, ['quota']);
    expect(sensitivityText(s, labelOf, why)).toMatch(
      /, as Claude Opus 5\.5 \(AWS Bedrock\) would then meet a rule against it: “Over the quota\.” The new pick would cost \$400 a month against \$500 for the current one\.$/,
    );
    // The same flip where the two would cost the same to the dollar: the rule alone.
    const even = flip({ pick: standing(60, 500, {}), flipsTo: standing(62, 500.4, { cost: 60 }) }, ['quota']);
    expect(sensitivityText(even, labelOf, why)).toMatch(/“Over the quota\.”$/);
  });

  it("sends the French body's critical case-officer tool to a model that keeps quality points were cost weighted 5, and says what it gives up", () => {
    const answers = AnswersInput.parse(JSON.parse(readFileSync('test/fixtures/portfolios/french-public-body.json', 'utf8')));
    const u = recommend(defaultRuleSet, answers).useCases.find((x) => x.name.startsWith('Housing'))!;
    const s = u.sensitivity.find((x) => x.input === 'priorities.cost')!;
    expect(s.to).toBe(5);
    // Below 75% of the best option's capability a model is ruled out for critical work: GPT-6 Luna (0 on quality) no longer can be.
    expect(s.after?.flipsTo.scoreBreakdown.quality).toBeGreaterThan(0);
    const words = sensitivityText(
      s,
      (id) => flipWords(id, u.recommended?.optionId, defaultRuleSet.options),
      againstPickOf(u, defaultRuleSet, answers.priorities),
    );
    expect(words).toMatch(
      /which would then cost \$[\d,]+ a month against \$[\d,]+ for the current pick, but score [\d.]+ on quality against 100\.$/,
    );
  });
});

describe('which gain and which loss a flip names, under the weights after the change', () => {
  const standing = (monthlyCostUsd: number, d: Partial<Record<'quality' | 'cost' | 'control' | 'feasibility', number>>) => ({
    score: 60,
    monthlyCostUsd,
    scoreBreakdown: { quality: 80, cost: 50, control: 25, feasibility: 90, ...d },
  });
  const weights = { priorities: { cost: 3, quality: 3, control: 3 }, feasibilityWeight: 3 };
  const flip = (input: string, to: number, after: NonNullable<Sensitivity['after']>): Sensitivity => ({
    input,
    from: 3,
    to,
    flipsTo: 'api',
    after,
  });

  it.each([
    [
      'a weight turned down names the dimension it weighs as the loss, though feasibility weighted 3 loses more points',
      flip('priorities.quality', 1, {
        pick: standing(373, { quality: 84.5 }),
        flipsTo: standing(525, { quality: 65.9, control: 45, feasibility: 80 }),
      }),
      'score 45 on control against 25 for the current pick, but score 65.9 on quality against 84.5 and cost $525 a month against $373',
    ],
    [
      'the same flip with quality weighted 5 names the quality it gives up',
      flip('priorities.control', 5, {
        pick: standing(373, { quality: 84.5 }),
        flipsTo: standing(525, { quality: 65.9, control: 45, feasibility: 88 }),
      }),
      'score 45 on control against 25 for the current pick, but score 65.9 on quality against 84.5 and cost $525 a month against $373',
    ],
    [
      'a volume change names the money first where the new pick is cheaper, though it leads on quality too',
      flip('useCases[0].monthlyTokens', 9e9, {
        pick: standing(5000, { quality: 70 }),
        flipsTo: standing(3000, { quality: 90, control: 20 }),
      }),
      'cost $3,000 a month against $5,000 for the current pick and score 90 on quality against 70, but score 20 on control against 25',
    ],
    [
      'a cost weight that falls: the quality gained, then the money it costs, whatever the weights say of control',
      flip('priorities.cost', 2, {
        pick: standing(2063, { quality: 56.7, control: 60 }),
        flipsTo: standing(4663, { quality: 84.5, control: 40 }),
      }),
      'score 84.5 on quality against 56.7 for the current pick, but score 40 on control against 60 and cost $4,663 a month against $2,063',
    ],
  ])('%s', (_, s, words) => {
    expect(tradeWords(s, weights)).toBe(words);
  });
});
