import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswersInput, type Answers } from '../../src/domain';
import { recommend } from '../../src/engine';
import { buildComparison, comparisonSentences, totalsRows, type ComparedScenario } from '../../src/lib/comparison';
import { usd } from '../../src/lib/format';
import { defaultRuleSet } from '../helpers/rules';

const FIXTURES = ['startup-5-person-chatbot', 'us-hospital-hipaa', 'eu-bank-credit-high-risk', 'french-public-body'] as const;
const load = (name: string): Answers => AnswersInput.parse(JSON.parse(readFileSync(`test/fixtures/portfolios/${name}.json`, 'utf8')));
const scenario = (name: string, answers: Answers): ComparedScenario => ({
  name,
  answers,
  recommendation: recommend(defaultRuleSet, answers),
});

const hospital = load('us-hospital-hipaa');
/** The hospital with a larger, more capable team that wants control: the kind of variant a consultant saves. */
const bigTeam: Answers = {
  ...hospital,
  team: { mlEngineers: 12, mlopsMaturity: 'advanced', gpuAccess: 'cloud' },
  priorities: { ...hospital.priorities, control: 5 },
};
/** The hospital without its second use case and with five times the volume on the first. */
const oneUseCase: Answers = {
  ...hospital,
  useCases: [{ ...hospital.useCases[0]!, monthlyTokens: hospital.useCases[0]!.monthlyTokens * 5 }],
};

describe('comparing scenarios', () => {
  const three = [scenario('All-API', hospital), scenario('Big team', bigTeam), scenario('One use case', oneUseCase)];
  const c = buildComparison(three);

  it('is the same, byte for byte in JSON, every time the same scenarios are compared (recommendations worked out afresh)', () => {
    const again = buildComparison([scenario('All-API', hospital), scenario('Big team', bigTeam), scenario('One use case', oneUseCase)]);
    expect(JSON.stringify(again)).toBe(JSON.stringify(c));
  });

  it('gives each scenario its portfolio figures, as the recommendation has them', () => {
    expect(c.scenarios.map((s) => s.name)).toEqual(['All-API', 'Big team', 'One use case']);
    three.forEach((s, i) => {
      const p = s.recommendation.portfolio;
      expect(c.scenarios[i]).toMatchObject({
        monthlyCostUsd: p.monthlyCostUsd,
        allProprietaryMonthlyCostUsd: p.allProprietaryMonthlyCostUsd,
        savingUsd: p.allProprietaryMonthlyCostUsd - p.monthlyCostUsd,
        openWeightsTokenShare: p.openWeightsTokenShare,
        horizon: { years: p.projection!.at(-1)!.year, cumulativeCostUsd: p.projection!.at(-1)!.cumulativeCostUsd },
      });
    });
    expect(totalsRows(c)[0]).toEqual({ label: 'Monthly cost', values: three.map((s) => usd(s.recommendation.portfolio.monthlyCostUsd)) });
  });

  it('shows per use case the pick, cost, score and margin in each scenario, and says where a use case is missing', () => {
    expect(c.useCases.map((u) => u.id)).toEqual(hospital.useCases.map((u) => u.id));
    const second = c.useCases[1]!;
    expect(second.cells[2]).toEqual({ kind: 'absent' });
    const pick = three[0]!.recommendation.useCases[0]!;
    expect(c.useCases[0]!.cells[0]).toMatchObject({
      kind: 'pick',
      label: pick.recommended!.label,
      monthlyCostUsd: pick.recommended!.monthlyCostUsd,
      score: pick.recommended!.score,
      margin: pick.margin,
      closeCall: pick.closeCall,
    });
  });

  it('lists the answers that differ, and only those, with each scenario’s value', () => {
    const rows = c.differences.map((d) => `${d.section} / ${d.label}: ${d.values.join(' | ')}`);
    expect(rows).toEqual(
      expect.arrayContaining([
        'Team / ML engineers: 3 | 12 | 3',
        'Team / MLOps maturity: Basic | Advanced | Basic',
        `Use case: ${hospital.useCases[1]!.name} / In this scenario: Yes | Yes | No`,
        `Use case: ${hospital.useCases[0]!.name} / Tokens a month: 1.1 billion | 1.1 billion | 5.3 billion`,
      ]),
    );
    expect(rows.some((r) => r.startsWith('Regulation'))).toBe(false);
  });

  it('lists the duties some scenarios carry and others do not, and counts the shared ones', () => {
    const startup = scenario('Startup', load('startup-5-person-chatbot'));
    const bank = scenario('Bank', load('eu-bank-credit-high-risk'));
    const d = buildComparison([startup, bank]);
    const ids = (s: ComparedScenario) =>
      new Set([...s.recommendation.portfolio.obligations, ...s.recommendation.useCases.flatMap((u) => u.obligations)].map((o) => o.ruleId));
    const [a, b] = [ids(startup), ids(bank)];
    expect(d.sharedObligations).toBe([...a].filter((x) => b.has(x)).length);
    expect(d.obligations.map((o) => o.ruleId).sort()).toEqual([...new Set([...a, ...b])].filter((x) => !(a.has(x) && b.has(x))).sort());
    for (const o of d.obligations) expect(o.present).toEqual([a.has(o.ruleId), b.has(o.ruleId)]);
    expect(d.obligations.some((o) => o.law === 'EU AI Act')).toBe(true);
  });

  it('says which scenario costs least and by how much, and where the picks differ', () => {
    const [first] = comparisonSentences(c);
    const sorted = [...c.scenarios].sort((x, y) => x.monthlyCostUsd - y.monthlyCostUsd);
    expect(first).toBe(
      `${sorted[0]!.name} costs least: ${usd(sorted[0]!.monthlyCostUsd)} a month, ${usd(sorted[2]!.monthlyCostUsd - sorted[0]!.monthlyCostUsd)} less than ${sorted[2]!.name} (${usd(sorted[2]!.monthlyCostUsd)}).`,
    );
  });

  it('finds nothing that differs between a scenario and itself, whatever the answers and priorities', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.record({
          cost: fc.integer({ min: 1, max: 5 }),
          quality: fc.integer({ min: 1, max: 5 }),
          control: fc.integer({ min: 1, max: 5 }),
        }),
        (name, priorities) => {
          const a = scenario('A', { ...load(name), priorities });
          const same = buildComparison([a, { ...a, name: 'B' }]);
          expect(same.differences).toEqual([]);
          expect(same.obligations).toEqual([]);
          for (const u of same.useCases) expect(u.cells[1]).toEqual(u.cells[0]);
          expect(comparisonSentences(same)[0]).toMatch(/^All 2 scenarios cost the same/);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('mirrors its columns when the scenarios are given the other way round', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.constantFrom(...FIXTURES), (x, y) => {
        const [a, b] = [scenario('A', load(x)), scenario('B', load(y))];
        const ab = buildComparison([a, b]);
        const ba = buildComparison([b, a]);
        expect(ba.scenarios).toEqual([...ab.scenarios].reverse());
        const cells = (c: typeof ab) => new Map(c.useCases.map((u) => [u.id, u.cells]));
        for (const [id, row] of cells(ab)) expect(cells(ba).get(id)).toEqual([...row].reverse());
        expect(new Set(ba.obligations.map((o) => `${o.ruleId}:${o.present.reverse().join()}`))).toEqual(
          new Set(ab.obligations.map((o) => `${o.ruleId}:${o.present.join()}`)),
        );
      }),
      { numRuns: 8 },
    );
  });
});
