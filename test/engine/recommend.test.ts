import { describe, expect, it } from 'vitest';
import { RecommendationV1 } from '../../src/domain';
import { explain, recommend, sizeSelfHosted } from '../../src/engine';
import { answers, defaultRuleSet as rs, useCase } from '../helpers/rules';

describe('recommend', () => {
  it('returns a valid RecommendationV1 naming the rule pack and its hash', () => {
    const rec = recommend(rs, answers());
    expect(RecommendationV1.safeParse(rec).success).toBe(true);
    expect(rec.ruleSet).toEqual({ id: 'default', version: rs.version, hash: rs.hash });
    expect(rec.ruleSet.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives byte-identical JSON for the same input', () => {
    const a = answers({ useCases: [useCase({ id: 'a' }), useCase({ id: 'b', task: 'code-generation', monthlyTokens: 3e10 })] });
    expect(JSON.stringify(recommend(rs, a))).toBe(JSON.stringify(recommend(rs, structuredClone(a))));
  });

  it.each([
    {
      name: 'health data under HIPAA excludes managed options that sign no BAA',
      a: answers({ regulation: { gdpr: false, hipaa: true, euAiAct: false, dataResidency: 'none' }, useCases: [useCase({ dataSensitivity: 'health' })] }),
      excluded: ['llama-3.1-70b-managed', 'llama-3.1-405b-managed', 'mistral-large-2-managed', 'qwen-2.5-72b-managed'],
      rule: 'hipaa-no-baa-excluded',
    },
    {
      name: 'EU residency excludes providers that do not process in the EU',
      a: answers({ regulation: { gdpr: true, hipaa: false, euAiAct: false, dataResidency: 'eu' } }),
      excluded: ['anthropic-frontier-api', 'llama-3.1-70b-managed', 'llama-3.1-405b-managed', 'qwen-2.5-72b-managed'],
      rule: 'residency-eu-required',
    },
    {
      name: 'no ML engineers excludes every self-hosted option',
      a: answers({ team: { mlEngineers: 0, mlopsMaturity: 'none', gpuAccess: 'none' } }),
      excluded: ['llama-3.1-70b-self-hosted', 'llama-3.1-405b-self-hosted', 'mistral-large-2-self-hosted', 'qwen-2.5-72b-self-hosted'],
      rule: 'ops-self-hosted-no-engineers',
    },
    {
      name: 'more than 700M monthly users excludes Llama under its licence',
      a: answers({ organization: { name: 'Big', industry: 'retail', regions: ['us'], monthlyActiveUsers: 800_000_000 } }),
      excluded: ['llama-3.1-70b-managed', 'llama-3.1-70b-self-hosted', 'llama-3.1-405b-managed', 'llama-3.1-405b-self-hosted'],
      rule: 'licence-llama-mau-threshold',
    },
  ])('$name', ({ a, excluded, rule }) => {
    const u = recommend(rs, a).useCases[0];
    const byRule = u?.excluded.filter((e) => e.ruleId === rule).map((e) => e.optionId).sort();
    expect(byRule).toEqual([...excluded].sort());
    expect(excluded).not.toContain(u?.recommended?.optionId);
    expect(u?.alternatives.map((c) => c.optionId)).not.toEqual(expect.arrayContaining(excluded.slice(0, 1)));
  });

  it('recommends nothing for a prohibited practice and says why', () => {
    const a = answers({
      regulation: { gdpr: true, hipaa: false, euAiAct: true, dataResidency: 'none' },
      useCases: [useCase({ aiActRisk: 'prohibited' })],
    });
    const u = recommend(rs, a).useCases[0];
    expect(u?.recommended).toBeNull();
    expect(u?.alternatives).toEqual([]);
    expect(new Set(u?.excluded.map((e) => e.ruleId))).toEqual(new Set(['ai-act-prohibited']));
    expect(u?.excluded).toHaveLength(rs.options.length);
    // No option runs, so no licence, operations or provider duty can apply.
    expect(u?.obligations.filter((o) => ['licence', 'operations'].includes(o.topic) || o.id === 'gdpr-processor-contract')).toEqual([]);
    expect(recommend(rs, a).portfolio.notes.map((n) => n.ruleId)).toContain('portfolio-unserved');
  });

  it('traces every point of the recommended score to a fired rule', () => {
    const u = recommend(rs, answers()).useCases[0];
    const top = u?.recommended;
    if (!top) throw new Error('expected a recommendation');
    const points = u.reasons.filter((r) => r.effect === 'score' && r.optionIds.includes(top.optionId));
    const sum = (dim: string) =>
      points.filter((r) => rs.rules.find((c) => c.rule.id === r.ruleId && c.rule.effect === 'score' && c.rule.dimension === dim)).reduce((s, r) => s + (r.points ?? 0), 50);
    for (const dim of ['quality', 'cost', 'control', 'feasibility'] as const) {
      expect(top.scoreBreakdown[dim]).toBeCloseTo(Math.min(100, Math.max(0, sum(dim))), 0);
    }
    for (const r of u.reasons) expect(r.sources.every((s) => rs.sources.has(s))).toBe(true);
  });

  it('pools self-hosted workloads on one model into one deployment', () => {
    const heavy = answers({
      team: { mlEngineers: 8, mlopsMaturity: 'advanced', gpuAccess: 'cloud' },
      regulation: { gdpr: false, hipaa: true, euAiAct: false, dataResidency: 'none' },
      useCases: [
        useCase({ id: 'a', dataSensitivity: 'health', monthlyTokens: 2e9 }),
        useCase({ id: 'b', dataSensitivity: 'health', monthlyTokens: 2e9 }),
      ],
    });
    const rec = recommend(rs, heavy);
    const [a, b] = rec.useCases;
    expect(a?.recommended?.deployment).toBe('self-hosted');
    expect(b?.recommended?.optionId).toBe(a?.recommended?.optionId);
    const option = rs.catalog.options.find((o) => o.id === a?.recommended?.optionId);
    if (!option) throw new Error('expected a catalog option');
    // One deployment sized for 4e9 tokens, split evenly: not two deployments each sized for 2e9.
    const pooled = sizeSelfHosted(option, 4e9, rs.costs).monthlyCostUsd;
    const separate = 2 * sizeSelfHosted(option, 2e9, rs.costs).monthlyCostUsd;
    expect(rec.portfolio.monthlyCostUsd).toBeCloseTo(pooled, 1);
    expect(a?.recommended?.monthlyCostUsd).toBeCloseTo(pooled / 2, 1);
    expect(pooled).toBeLessThan(separate);
  });

  it('compares the portfolio with the all-proprietary baseline and counts open-weights tokens', () => {
    const rec = recommend(rs, answers({ useCases: [useCase({ monthlyTokens: 1e9 })] }));
    expect(rec.portfolio.allProprietaryMonthlyCostUsd).toBeCloseTo(2500, 2);
    const open = rec.useCases[0]?.recommended?.weights === 'open';
    expect(rec.portfolio.openWeightsTokenShare).toBe(open ? 1 : 0);
  });

  it('names the nearest change that flips a recommendation, and the flip is real', () => {
    const a = answers({ useCases: [useCase({ dataSensitivity: 'confidential', monthlyTokens: 2e9 })] });
    const u = recommend(rs, a).useCases[0];
    expect(u?.sensitivity.length).toBeGreaterThan(0);
    const change = u?.sensitivity.find((s) => s.input === 'priorities.cost' || s.input === 'team.mlEngineers');
    if (!change) throw new Error('expected a priorities.cost or team.mlEngineers sensitivity');
    const [section, key] = change.input.split('.') as ['priorities' | 'team', string];
    const changed = { ...a, [section]: { ...a[section], [key]: change.to } };
    expect(recommend(rs, changed).useCases[0]?.recommended?.optionId ?? null).toBe(change.flipsTo);
  });
});

describe('explain', () => {
  it('keeps per-condition results and the values read, for fired and not-fired rules alike', () => {
    const a = answers({ regulation: { gdpr: false, hipaa: true, euAiAct: false, dataResidency: 'none' }, useCases: [useCase({ dataSensitivity: 'health' })] });
    const rules = explain(rs, a)[0]?.rules ?? [];
    const fired = rules.find((r) => r.ruleId === 'hipaa-no-baa-excluded' && r.optionId === 'llama-3.1-70b-managed');
    expect(fired?.fired).toBe(true);
    expect(fired?.conditions.map((c) => c.held)).toEqual([true, true, true]);
    expect(fired?.conditions[2]?.values).toEqual({ 'option.baaAvailable': false });
    const notFired = rules.find((r) => r.ruleId === 'hipaa-no-baa-excluded' && r.optionId === 'openai-frontier-api');
    expect(notFired?.fired).toBe(false);
    expect(notFired?.conditions.map((c) => c.held)).toEqual([true, true, false]);
    expect(notFired?.conditions[2]?.values).toEqual({ 'option.baaAvailable': true });
  });
});
