import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnswersInput } from '../../src/domain';
import { costCurves, logVolumes, optionMonthlyCost, recommend, sizeSelfHosted } from '../../src/engine';
import { loadOf, workloadOf } from '../../src/engine/cost';
import { answers as makeAnswers, defaultRuleSet as rs, useCase } from '../helpers/rules';

const basic = AnswersInput.parse(JSON.parse(readFileSync('test/fixtures/answers-basic.json', 'utf8')));
const rec = recommend(rs, basic);
/** The first use case's workload at another volume, as the curves cost it (no residency in the fixture; cloud GPUs). */
const workload = (tokens: number) => ({ ...workloadOf(basic.useCases[0]!, rs.costs, false), monthlyTokens: tokens });
const option = (id: string) => {
  const o = rs.catalog.options.find((c) => c.id === id);
  if (!o) throw new Error(`no option ${id}`);
  return o;
};

describe('costCurves', () => {
  const [first] = rec.useCases;
  if (!first) throw new Error('fixture has no use case');
  const curves = costCurves(rs, basic, 0, first);

  it('gives one curve per deployment kind, for the best-ranked eligible option of that kind', () => {
    const ranked = [first.recommended, ...first.alternatives].flatMap((c) => (c ? [c] : []));
    expect(curves.map((c) => c.deployment)).toEqual(['api', 'managed', 'self-hosted']);
    for (const curve of curves) {
      expect(curve.optionId).toBe(ranked.find((c) => c.deployment === curve.deployment)?.optionId);
      expect(curve.label).toBe(ranked.find((c) => c.optionId === curve.optionId)?.label);
    }
  });

  it('samples 25 log-spaced volumes from a hundredth to a hundred times the use case volume', () => {
    const volume = basic.useCases[0]?.monthlyTokens ?? 0;
    for (const curve of curves) {
      const tokens = curve.points.map((p) => p.tokens);
      expect(tokens).toHaveLength(25);
      expect(tokens[0]).toBeCloseTo(volume / 100, 0);
      expect(tokens[24]).toBeCloseTo(volume * 100, -3);
      const ratios = tokens.slice(1).map((t, i) => t / (tokens[i] ?? 1));
      for (const r of ratios) expect(r).toBeCloseTo(10 ** (4 / 24), 9);
    }
    expect(logVolumes(1e9, 5)).toEqual([1e7, 1e8, 1e9, 1e10, 1e11]);
  });

  it('never falls as the volume grows', () => {
    for (const curve of curves) {
      curve.points.slice(1).forEach((p, i) => expect(p.monthlyCostUsd).toBeGreaterThanOrEqual(curve.points[i]?.monthlyCostUsd ?? 0));
    }
  });

  it("matches the engine's optionMonthlyCost (standalone, no pooling) at the use case's own volume", () => {
    const volume = basic.useCases[0]?.monthlyTokens ?? 0;
    for (const curve of curves) {
      const middle = curve.points[12];
      expect(middle?.tokens).toBe(volume);
      expect(middle?.monthlyCostUsd).toBeCloseTo(
        optionMonthlyCost(option(curve.optionId), workload(volume), [], 'gpu-cloud', rs.costs).monthlyCostUsd,
        2,
      );
    }
    const api = curves.find((c) => c.deployment === 'api');
    const ranked = [first.recommended, ...first.alternatives];
    expect(api?.points[12]?.monthlyCostUsd).toBe(ranked.find((a) => a?.optionId === api?.optionId)?.monthlyCostUsd);
  });

  it('draws a self-hosted option as a step function of its replicas', () => {
    const curve = curves.find((c) => c.deployment === 'self-hosted');
    if (!curve) throw new Error('no self-hosted curve');
    const o = option(curve.optionId);
    const costByReplicas = new Map<number, number>();
    for (const p of curve.points) {
      expect(p.replicas).toBe(sizeSelfHosted(o, loadOf(workload(p.tokens), rs.costs), 'gpu-cloud', rs.costs).replicas);
      const replicas = p.replicas ?? 0;
      const seen = costByReplicas.get(replicas);
      if (seen !== undefined) expect(p.monthlyCostUsd).toBe(seen);
      costByReplicas.set(replicas, p.monthlyCostUsd);
    }
    expect(costByReplicas.size).toBeGreaterThan(2);
    expect(curve.points[0]?.replicas).toBe(rs.costs.minReplicas);
    // Flat while the production minimum of replicas suffices, whatever the tokens.
    expect(curve.points[0]?.monthlyCostUsd).toBe(curve.points[1]?.monthlyCostUsd);
  });

  it('takes the ranked option ids as a list too, and draws no curve for an option not among them', () => {
    const only = costCurves(rs, basic, 0, ['gpt-oss-120b-together', 'gpt-6.2-astra-api']);
    expect(only.map((c) => [c.deployment, c.optionId])).toEqual([
      ['api', 'gpt-6.2-astra-api'],
      ['managed', 'gpt-oss-120b-together'],
    ]);
    expect(costCurves(rs, basic, 0, [], 9)).toEqual([]);
  });

  it('leaves out excluded options: with PHI under HIPAA, no API without a BAA gets a curve', () => {
    const a = makeAnswers({
      regulation: { gdpr: false, hipaa: true, euAiAct: false, dataResidency: 'none' },
      useCases: [useCase({ dataSensitivity: 'health' })],
    });
    const result = recommend(rs, a).useCases[0];
    if (!result) throw new Error('no result');
    const excluded = new Set(result.excluded.map((e) => e.optionId));
    expect(excluded.size).toBeGreaterThan(0);
    for (const curve of costCurves(rs, a, 0, result)) expect(excluded.has(curve.optionId)).toBe(false);
  });

  it('throws for a use case that is not there', () => {
    expect(() => costCurves(rs, basic, 9, first)).toThrow(/no use case/);
  });
});
