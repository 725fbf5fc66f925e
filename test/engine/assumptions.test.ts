import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswersV2, ScenarioAssumptions } from '../../src/domain';
import { costCurves, recommend, sizeSelfHosted } from '../../src/engine';
import { catalogWith, unknownGpuTypes, withAssumptions } from '../../src/engine/assumptions';
import { loadOf, workloadOf } from '../../src/engine/cost';
import { answersArb } from '../helpers/arbitraries';
import { answers, defaultRuleSet as rs, useCase } from '../helpers/rules';

const selfHostingTeam = answers({
  team: { mlEngineers: 8, mlopsMaturity: 'advanced', gpuAccess: 'cloud' },
  regulation: { gdpr: false, hipaa: false, euAiAct: false, dataResidency: 'in-country' },
  useCases: [useCase({ id: 'a', monthlyTokens: 5e9 })],
});
const h100 = 'h100-80gb';

describe('planning figures changed for a scenario', () => {
  it('no change, or an empty one, gives the recommendation the catalog gives', () => {
    const plain = JSON.stringify(recommend(rs, selfHostingTeam));
    expect(JSON.stringify(recommend(rs, { ...selfHostingTeam, assumptions: {} }))).toBe(plain);
    expect(JSON.stringify(recommend(rs, { ...selfHostingTeam, assumptions: { gpuHourUsd: { [h100]: {} } } }))).toBe(plain);
    expect(withAssumptions(rs, {})).toBe(rs);
  });

  it.each([
    { name: 'engineer hour', changed: { engineerHourUsd: 200 }, read: () => rs.costs.engineerHourUsd, to: 200 },
    { name: 'target utilisation', changed: { targetUtilisation: 0.5 }, read: () => rs.costs.targetUtilisation, to: 0.5 },
    { name: 'peak over average', changed: { peakToAverage: 5 }, read: () => rs.costs.peakToAverage, to: 5 },
    { name: 'input share', changed: { inputTokenShare: 0.5 }, read: () => rs.costs.inputShare, to: 0.5 },
  ])('the $name replaces the catalog figure in the costs and the catalog, keeping its source', ({ changed, read, to }) => {
    const scenario = withAssumptions(rs, changed);
    expect(read()).not.toBe(to);
    const key = Object.keys(changed)[0] as keyof typeof rs.catalog.assumptions;
    expect((scenario.catalog.assumptions[key] as { value: number }).value).toBe(to);
    expect((scenario.catalog.assumptions[key] as { source: string }).source).toBe(
      (rs.catalog.assumptions[key] as { source: string }).source,
    );
    expect(Object.values(scenario.costs)).toContain(to);
  });

  it('a GPU rental price is used for sizing at that price, and only for that GPU type and channel', () => {
    const scenario = withAssumptions(rs, { gpuHourUsd: { [h100]: { 'gpu-cloud': 1 } } });
    expect(scenario.costs.gpuHourUsd.get(h100)?.['gpu-cloud']).toBe(1);
    expect(scenario.costs.gpuHourUsd.get(h100)?.hyperscaler).toBe(rs.costs.gpuHourUsd.get(h100)?.hyperscaler);
    const option = rs.catalog.options.find(
      (o) => o.selfHosting?.configs.some((c) => c.gpuType === h100) && o.selfHosting.configs.length === 1,
    );
    if (!option) throw new Error('expected an option served on H100 only');
    const load = loadOf(workloadOf(useCase({ monthlyTokens: 1e9 }), rs.costs), rs.costs);
    const before = sizeSelfHosted(option, load, 'gpu-cloud', rs.costs);
    const after = sizeSelfHosted(option, load, 'gpu-cloud', scenario.costs);
    expect(after.gpus).toBe(before.gpus);
    expect(after.gpuMonthlyUsd).toBeCloseTo(after.gpus * 1 * 730, 6);
  });

  it('a dearer engineer hour raises every self-hosted cost and leaves every per-token cost as it was', () => {
    const before = recommend(rs, selfHostingTeam).useCases[0]!;
    const after = recommend(rs, { ...selfHostingTeam, assumptions: { engineerHourUsd: 250 } }).useCases[0]!;
    const cost = (u: typeof before) => new Map([u.recommended!, ...u.alternatives].map((c) => [c.optionId, c]));
    const was = cost(before);
    for (const [id, c] of cost(after)) {
      const old = was.get(id)!;
      if (c.deployment === 'self-hosted') expect(c.monthlyCostUsd).toBeGreaterThan(old.monthlyCostUsd);
      else expect(c.monthlyCostUsd).toBe(old.monthlyCostUsd);
    }
  });

  it('the cost curves are drawn with the changed figures', () => {
    const a = { ...selfHostingTeam, assumptions: { engineerHourUsd: 250 } };
    const u = recommend(rs, a).useCases[0]!;
    const shown = costCurves(rs, a, 0, u).find((c) => c.deployment === 'self-hosted');
    const plain = costCurves(rs, selfHostingTeam, 0, u).find((c) => c.deployment === 'self-hosted');
    expect(shown && plain && shown.points[0]!.monthlyCostUsd > plain.points[0]!.monthlyCostUsd).toBe(true);
  });

  it('cheaper GPUs never make a self-hosted option dearer, over any answers', () => {
    fc.assert(
      fc.property(answersArb(2), fc.double({ min: 0.1, max: 0.99, noNaN: true }), (a, factor) => {
        const gpuHourUsd = Object.fromEntries(
          rs.catalog.gpuTypes.map((g) => [
            g.id,
            { 'gpu-cloud': g.rentalUsdPerHour['gpu-cloud'].value * factor, hyperscaler: g.rentalUsdPerHour.hyperscaler.value * factor },
          ]),
        );
        const standalone = (assumptions?: ScenarioAssumptions) =>
          recommend(rs, { ...a, planning: undefined, ...(assumptions ? { assumptions } : {}) }).useCases.map(
            (u) =>
              new Map(
                [u.recommended, ...u.alternatives].flatMap((c) =>
                  c?.deployment === 'self-hosted' ? [[c.optionId, c.standaloneMonthlyCostUsd]] : [],
                ),
              ),
          );
        const before = standalone();
        standalone({ gpuHourUsd }).forEach((costs, i) => {
          for (const [id, cost] of costs) expect(cost).toBeLessThanOrEqual((before[i]?.get(id) ?? Infinity) + 0.01);
        });
      }),
      { numRuns: 25 },
    );
  });

  it('names GPU types the catalog does not list, which the costs cannot use', () => {
    expect(unknownGpuTypes(rs.catalog, { gpuHourUsd: { [h100]: { 'gpu-cloud': 2 }, 'tpu-v9': { 'gpu-cloud': 2 } } })).toEqual(['tpu-v9']);
    expect(catalogWith(rs.catalog, { gpuHourUsd: { 'tpu-v9': { 'gpu-cloud': 2 } } }).gpuTypes).toEqual(rs.catalog.gpuTypes);
  });

  it.each([
    [{ engineerHourUsd: -5 }, 'must be more than 0'],
    [{ targetUtilisation: 1.5 }, 'must be at most 1 (100 %)'],
    [{ peakToAverage: 0.5 }, 'must be at least 1 (no peak)'],
    [{ inputTokenShare: 1 }, 'must be at most 0.99 (99 %)'],
    [{ gpuHourUsd: { 'H100!': { 'gpu-cloud': 2 } } }, 'must be a GPU type id from the catalog'],
    [{ gpuHourUsd: { [h100]: { 'gpu-cloud': 5000 } } }, 'must be at most 1,000 US dollars an hour'],
    [{ currency: 'EUR' }, 'currency'],
  ])('refuses %j, saying what is wrong', (bad, words) => {
    const result = ScenarioAssumptions.safeParse(bad);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(words);
  });

  it('is part of the answers format', () => {
    expect(AnswersV2.safeParse({ ...selfHostingTeam, assumptions: { engineerHourUsd: 150 } }).success).toBe(true);
    expect(AnswersV2.safeParse({ ...selfHostingTeam, assumptions: { engineerHourUsd: 'lots' } }).success).toBe(false);
  });
});
