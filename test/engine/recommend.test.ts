import { describe, expect, it } from 'vitest';
import { RecommendationV1 } from '../../src/domain';
import { explain, recommend, sizeSelfHosted } from '../../src/engine';
import { addLoads, loadOf, workloadOf } from '../../src/engine/cost';
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

  /** Catalog options whose facts match: the expected exclusions, read from the catalog rather than copied. */
  const where = (test: (o: (typeof rs.options)[number]) => boolean) => rs.options.filter(test).map((o) => o.id);

  it.each([
    {
      name: 'health data under HIPAA excludes every channel that signs no BAA',
      a: answers({
        regulation: { gdpr: false, hipaa: true, euAiAct: false, dataResidency: 'none' },
        useCases: [useCase({ dataSensitivity: 'health' })],
      }),
      excluded: where((o) => !o.baaAvailable),
      rule: 'hipaa-no-baa-excluded',
    },
    {
      name: 'EU residency excludes channels that cannot keep processing in the EU',
      a: answers({ regulation: { gdpr: true, hipaa: false, euAiAct: false, dataResidency: 'eu' } }),
      excluded: where((o) => !o.regions.includes('eu')),
      rule: 'residency-eu-required',
    },
    {
      name: 'no ML engineers excludes every self-hosted option',
      a: answers({ team: { mlEngineers: 0, mlopsMaturity: 'none', gpuAccess: 'none' } }),
      excluded: where((o) => o.deployment === 'self-hosted'),
      rule: 'ops-self-hosted-no-engineers',
    },
    {
      name: 'more than 700M monthly users excludes the Llama models under their licences',
      a: answers({ organization: { name: 'Big', industry: 'retail', regions: ['us'], monthlyActiveUsers: 800_000_000 } }),
      excluded: where((o) => o.licence.monthlyActiveUserLimit !== null && o.licence.monthlyActiveUserLimit < 800_000_000),
      rule: 'licence-mau-threshold',
    },
  ])('$name', ({ a, excluded, rule }) => {
    expect(excluded.length).toBeGreaterThan(0);
    const u = recommend(rs, a).useCases[0];
    const byRule = u?.excluded
      .filter((e) => e.ruleId === rule)
      .map((e) => e.optionId)
      .sort();
    expect(byRule).toEqual([...excluded].sort());
    expect(excluded).not.toContain(u?.recommended?.optionId);
    expect(u?.alternatives.map((c) => c.optionId)).not.toEqual(expect.arrayContaining(excluded.slice(0, 1)));
  });

  it('brings the duty to sign a processing agreement, under GDPR with personal data, for exactly the channels without one', () => {
    const a = answers({
      regulation: { gdpr: true, hipaa: false, euAiAct: false, dataResidency: 'none' },
      useCases: [useCase({ dataSensitivity: 'personal' })],
    });
    const without = where((o) => o.deployment !== 'self-hosted' && !o.dpaAvailable);
    expect(without.length).toBeGreaterThan(0);
    const fired = (explain(rs, a)[0]?.rules ?? [])
      .filter((r) => r.ruleId === 'gdpr-no-processing-agreement' && r.fired)
      .map((r) => r.optionId);
    expect(fired.sort()).toEqual([...without].sort());
    const withoutPersonal = answers({
      regulation: { gdpr: true, hipaa: false, euAiAct: false, dataResidency: 'none' },
      useCases: [useCase({ dataSensitivity: 'public' })],
    });
    expect((explain(rs, withoutPersonal)[0]?.rules ?? []).some((r) => r.ruleId === 'gdpr-no-processing-agreement' && r.fired)).toBe(false);
  });

  it('never offers a retired option, nor one whose retirement is announced, and says which rule rules each out', () => {
    const u = recommend(rs, answers()).useCases[0];
    const cases = [
      { rule: 'lifecycle-retired', ids: where((o) => o.retired) },
      { rule: 'lifecycle-deprecated', ids: where((o) => o.daysToRetirement !== null && o.daysToRetirement > 0) },
    ];
    for (const { rule, ids } of cases) {
      expect(ids.length, rule).toBeGreaterThan(0);
      for (const id of ids) {
        expect(u?.excluded).toContainEqual(expect.objectContaining({ optionId: id, ruleId: rule }));
        expect([u?.recommended?.optionId, ...(u?.alternatives.map((c) => c.optionId) ?? [])]).not.toContain(id);
      }
    }
  });

  it('recommends nothing for a prohibited practice and says why', () => {
    const a = answers({
      regulation: { gdpr: true, hipaa: false, euAiAct: true, dataResidency: 'none' },
      useCases: [useCase({ aiActRisk: 'prohibited' })],
    });
    const u = recommend(rs, a).useCases[0];
    expect(u?.recommended).toBeNull();
    expect(u?.alternatives).toEqual([]);
    // Every option is excluded as a prohibited practice (a retired option or an unlicensed one may also be excluded by its own rule).
    expect(u?.excluded.filter((e) => e.ruleId === 'ai-act-prohibited')).toHaveLength(rs.options.length);
    expect(new Set(u?.excluded.map((e) => e.optionId))).toEqual(new Set(rs.options.map((o) => o.id)));
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
      points
        .filter((r) => rs.rules.find((c) => c.rule.id === r.ruleId && c.rule.effect === 'score' && c.rule.dimension === dim))
        .reduce((s, r) => s + (r.points ?? 0), 50);
    for (const dim of ['quality', 'cost', 'control', 'feasibility'] as const) {
      expect(top.scoreBreakdown[dim]).toBeCloseTo(Math.min(100, Math.max(0, sum(dim))), 0);
    }
    for (const r of u.reasons) expect(r.sources.every((s) => rs.sources.has(s))).toBe(true);
  });

  it('pools self-hosted workloads on one model into one deployment, and says what each would cost alone', () => {
    const inCountry = answers({
      team: { mlEngineers: 8, mlopsMaturity: 'advanced', gpuAccess: 'cloud' },
      regulation: { gdpr: false, hipaa: false, euAiAct: false, dataResidency: 'in-country' },
      useCases: [useCase({ id: 'a', monthlyTokens: 2e9 }), useCase({ id: 'b', monthlyTokens: 2e9 })],
    });
    const rec = recommend(rs, inCountry);
    const [a, b] = rec.useCases;
    expect(a?.recommended?.deployment).toBe('self-hosted');
    expect(b?.recommended?.optionId).toBe(a?.recommended?.optionId);
    const option = rs.catalog.options.find((o) => o.id === a?.recommended?.optionId);
    if (!option) throw new Error('expected a catalog option');
    const load = (n: number) => loadOf(workloadOf({ ...useCase(), monthlyTokens: n }, rs.costs, true), rs.costs);
    // One deployment sized for both workloads, split evenly: not two deployments, each paying its own minimum replicas.
    const pooled = sizeSelfHosted(option, addLoads(load(2e9), load(2e9)), 'gpu-cloud', rs.costs).monthlyCostUsd;
    const alone = sizeSelfHosted(option, load(2e9), 'gpu-cloud', rs.costs).monthlyCostUsd;
    expect(rec.portfolio.monthlyCostUsd).toBeCloseTo(pooled, 1);
    expect(a?.recommended?.monthlyCostUsd).toBeCloseTo(pooled / 2, 1);
    expect(a?.recommended?.standaloneMonthlyCostUsd).toBeCloseTo(alone, 1);
    expect(a?.recommended?.selfHosting?.monthlyCostUsd).toBeCloseTo(pooled, 1);
    expect(pooled).toBeLessThan(2 * alone);
    expect(a?.reasons.map((r) => r.ruleId)).toContain('cost-pooled-share');
  });

  it('compares the portfolio with the best-ranked proprietary option and counts open-weights tokens', () => {
    const rec = recommend(rs, answers({ useCases: [useCase({ monthlyTokens: 1e9 })] }));
    const u = rec.useCases[0];
    const closed = [u?.recommended, ...(u?.alternatives ?? [])].find((c) => c?.weights === 'closed');
    expect(rec.portfolio.allProprietaryMonthlyCostUsd).toBe(closed?.monthlyCostUsd);
    const open = u?.recommended?.weights === 'open';
    expect(rec.portfolio.openWeightsTokenShare).toBe(open ? 1 : 0);
    expect(rec.portfolio.pricesAsOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
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
    const a = answers({
      regulation: { gdpr: false, hipaa: true, euAiAct: false, dataResidency: 'none' },
      useCases: [useCase({ dataSensitivity: 'health' })],
    });
    const rules = explain(rs, a)[0]?.rules ?? [];
    const fired = rules.find((r) => r.ruleId === 'hipaa-no-baa-excluded' && r.optionId === 'gpt-oss-120b-together');
    expect(fired?.fired).toBe(true);
    expect(fired?.conditions.map((c) => c.held)).toEqual([true, true, true]);
    expect(fired?.conditions[2]?.values).toEqual({ 'option.baaAvailable': false });
    const notFired = rules.find((r) => r.ruleId === 'hipaa-no-baa-excluded' && r.optionId === 'gpt-6.2-astra-api');
    expect(notFired?.fired).toBe(false);
    expect(notFired?.conditions.map((c) => c.held)).toEqual([true, true, false]);
    expect(notFired?.conditions[2]?.values).toEqual({ 'option.baaAvailable': true });
  });
});

describe('the law a GDPR duty is grouped under', () => {
  const personal = useCase({ dataSensitivity: 'personal' });
  const withRegions = (regions: ('eu' | 'uk' | 'us')[]) =>
    recommend(
      rs,
      answers({
        organization: { name: 'Org', industry: 'other', regions },
        regulation: { gdpr: true, hipaa: false, euAiAct: false, dataResidency: 'none' },
        useCases: [personal],
      }),
    ).useCases[0]!.obligations.filter((o) => o.topic === 'gdpr');

  it.each([
    { regions: ['eu'] as const, law: undefined },
    { regions: ['uk', 'eu'] as const, law: 'GDPR and UK GDPR' },
    { regions: ['uk'] as const, law: 'UK GDPR' },
  ])('an organisation in $regions: $law', ({ regions, law }) => {
    const duties = withRegions([...regions]);
    expect(duties.length).toBeGreaterThan(0);
    for (const o of duties) expect(o.law).toBe(law);
  });
});
