import { describe, expect, it } from 'vitest';
import { compileRuleSet, recommend } from '../../src/engine';
import { fillText, placeholders } from '../../src/engine/text-facts';
import { answers, defaultRuleFiles, useCase } from '../helpers/rules';

describe('figures in a duty text', () => {
  it.each([
    ['about {derived.peakRequestsPerMinute} requests', { peakRequestsPerMinute: 571 }, {}, 'about 571 requests'],
    ['{derived.peakTokensPerMinute} tokens', { peakTokensPerMinute: 1712345.678 }, {}, '1,712,345.68 tokens'],
    ['{derived.quotaOverrun} times', { quotaOverrun: 1.4275 }, {}, '1.43 times'],
    ['on {option.label}', {}, { label: 'gpt-oss-20b (managed: OVHcloud, Gravelines)' }, 'on gpt-oss-20b (managed: OVHcloud, Gravelines)'],
    ['a limit of {option.rateLimitTokensPerMinute}', {}, { rateLimitTokensPerMinute: null }, 'a limit of unknown'],
    ['zero retention: {option.zeroRetention}', {}, { zeroRetention: true }, 'zero retention: yes'],
    ['no braces at all', {}, {}, 'no braces at all'],
    ['{useCase.name} is not a figure', {}, {}, '{useCase.name} is not a figure'],
  ])('%s', (text, derived, option, out) => {
    expect(fillText(text, { derived, option })).toBe(out);
  });

  it('lists the facts a text names, once each', () => {
    expect(placeholders('{derived.gpus} and {derived.gpus} on {option.label}')).toEqual(['derived.gpus', 'option.label']);
  });
});

describe('the compiler and figures in rule texts', () => {
  const withRule = (rule: Record<string, unknown>) => {
    const files = defaultRuleFiles();
    const pack = files.packs['volume-cost.json'] as { rules: Record<string, unknown>[] };
    pack.rules.push({ id: 'zz-figures', when: true, sources: ['planning-defaults'], ...rule });
    return compileRuleSet(files);
  };
  const problems = (r: ReturnType<typeof compileRuleSet>) => (r.ok ? [] : r.problems.map((p) => `${p.file} ${p.path}: ${p.message}`));

  it('takes figures of the option in a use-case duty or note', () => {
    const text = 'About {derived.peakRequestsPerMinute} requests on {option.label}.';
    expect(problems(withRule({ effect: 'obligation', obligationTopic: 'operations', text }))).toEqual([]);
    expect(problems(withRule({ effect: 'note', text }))).toEqual([]);
  });

  it('refuses figures in a score rule, whose text is the same for every option, and says where', () => {
    const r = withRule({ effect: 'score', dimension: 'cost', points: 1, text: 'Costs {derived.monthlyCostUsd}.' });
    expect(problems(r)).toEqual([
      'packs/volume-cost.json rules[' +
        `${(defaultRuleFiles().packs['volume-cost.json'] as { rules: unknown[] }).rules.length}].text: figures in braces ({derived.monthlyCostUsd}) belong only in a use-case obligation or note`,
    ]);
  });

  it('names an unknown figure and a fact that is not the option’s', () => {
    const r = withRule({ effect: 'obligation', obligationTopic: 'operations', text: 'About {derived.noSuchFact} for {useCase.name}.' });
    const found = problems(r).join('\n');
    expect(found).toContain('unknown figure "{derived.noSuchFact}" in the text');
    expect(found).toContain('unknown figure "{useCase.name}" in the text');
  });
});

describe('a duty with figures in a recommendation', () => {
  it("fills in each use case's own figures and lists duties with other figures apart", () => {
    // Two internal agents on OVHcloud's quota at different volumes: each go/no-go names its own busiest minute.
    const a = answers({
      priorities: { cost: 4, quality: 3, control: 3 },
      team: { mlEngineers: 3, mlopsMaturity: 'advanced', gpuAccess: 'cloud' },
      useCases: [
        useCase({
          id: 'a',
          name: 'A',
          task: 'agent',
          audience: 'internal',
          dataSensitivity: 'internal',
          accuracy: 'standard',
          monthlyTokens: 2.2e10,
        }),
        useCase({
          id: 'b',
          name: 'B',
          task: 'agent',
          audience: 'internal',
          dataSensitivity: 'internal',
          accuracy: 'standard',
          monthlyTokens: 2.5e10,
        }),
      ],
    });
    const rec = recommend(defaultRuleSetFor(), a);
    expect(rec.useCases.map((u) => u.recommended?.optionId)).toEqual(['gpt-oss-20b-ovhcloud', 'gpt-oss-20b-ovhcloud']);
    const [x, y] = rec.useCases.map((u) => u.obligations.find((o) => o.ruleId === 'cost-rate-limit-confirm'));
    if (!x || !y) throw new Error('each agent on OVHcloud carries the go/no-go');
    expect(x.text).toMatch(/needs about [\d,]+ requests/);
    expect(x.text).not.toContain('{');
    expect(x.text).not.toBe(y.text);
    expect(x.id).not.toBe(y.id);
    expect(rec.portfolio.obligations.filter((o) => o.ruleId === 'cost-rate-limit-confirm')).toHaveLength(2);
  });
});

function defaultRuleSetFor() {
  const r = compileRuleSet(defaultRuleFiles());
  if (!r.ok) throw new Error('the default pack does not compile');
  return r.ruleSet;
}
