import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain';
import {
  buildComparison,
  cellWords,
  comparisonSentences,
  marginCell,
  totalsRows,
  whereWords,
  type ComparedScenario,
} from '../../src/lib/comparison';
import { money } from '../../src/lib/format';
import { loadPortfolio as load, scenario } from '../helpers/scenarios';

const FIXTURES = ['startup-5-person-chatbot', 'us-hospital-hipaa', 'eu-bank-credit-high-risk', 'french-public-body'] as const;

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
    expect(totalsRows(c)[0]).toEqual({ label: 'Monthly cost', values: three.map((s) => money(s.recommendation.portfolio.monthlyCostUsd)) });
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
      `${sorted[0]!.name} costs least: ${money(sorted[0]!.monthlyCostUsd)} a month, ${money(sorted[2]!.monthlyCostUsd - sorted[0]!.monthlyCostUsd)} less than ${sorted[2]!.name} (${money(sorted[2]!.monthlyCostUsd)}).`,
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
          expect(comparisonSentences(same)[0]).toMatch(/^Both scenarios cost the same: \$[\d,.]+ a month\.$/);
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

  it('names every scenario that ties for least, and says when the order changes over the horizon', () => {
    const totals = (name: string, monthly: number, cumulative: number) => ({
      name,
      organization: 'Acme',
      useCases: 1,
      monthlyCostUsd: monthly,
      allProprietaryMonthlyCostUsd: 1000,
      savingUsd: 1000 - monthly,
      openWeightsTokenShare: 0,
      horizon: { years: 3, cumulativeCostUsd: cumulative, cumulativeAllProprietaryCostUsd: 36000 },
      ruleSet: 'default 2.2.0 (abc)',
    });
    const base = { useCases: [], obligations: [], sharedObligations: 0, differences: [], mixedRuleSets: false };
    const tie = comparisonSentences({ ...base, scenarios: [totals('A', 500, 18000), totals('B', 500.2, 18000), totals('C', 900, 30000)] });
    expect(tie[0]).toBe('A and B cost least: $500 a month, $400 less than C ($900).');
    const turn = comparisonSentences({ ...base, scenarios: [totals('API', 500, 30000), totals('Self-host', 800, 20000)] });
    expect(turn).toEqual([
      'API costs least: $500 a month, $300 less than Self-host ($800).',
      'Over 3 years the order changes: Self-host costs least, $20,000 in all, against $30,000 for API.',
    ]);
  });

  it('says when the scenarios are for other organisations or other use cases, and counts picks over the shared use cases', () => {
    const startup = scenario('Startup', load('startup-5-person-chatbot'));
    const d = buildComparison([startup, scenario('Hospital', hospital)]);
    const sentences = comparisonSentences(d);
    expect(sentences).toContain(
      `The scenarios are for different organisations (${startup.answers.organization.name} and ${hospital.organization.name}), so their costs are not like for like.`,
    );
    expect(sentences.some((x) => /^\d+ of \d+ use cases are in some scenarios only/.test(x))).toBe(true);
    expect(sentences.some((x) => x.startsWith('The picks differ'))).toBe(false);
    expect(comparisonSentences(c)).toContain(
      '1 of 2 use cases is in some scenarios only, so the totals cover different work; compare the picks per use case.',
    );
  });

  it('matches a use case re-created with another id by its name, and tells apart two scenarios of the same name', () => {
    const renamedId: Answers = { ...hospital, useCases: hospital.useCases.map((u, i) => (i === 0 ? { ...u, id: 'new-id' } : u)) };
    const d = buildComparison([scenario('Same', hospital), scenario('Same', renamedId)]);
    expect(d.useCases).toHaveLength(2);
    expect(d.useCases.every((u) => u.cells.every((x) => x.kind === 'pick'))).toBe(true);
    expect(d.scenarios.map((x) => x.name)).toEqual(['Same (1)', 'Same (2)']);
  });

  it('words a cell, its margin and where a duty applies once each', () => {
    const pick = c.useCases[0]!.cells[0]!;
    if (pick.kind !== 'pick') throw new Error('expected a pick');
    expect(cellWords(pick)).toBe(
      `${pick.label}: Proprietary API, score ${pick.score}, ${money(pick.monthlyCostUsd)} a month`.replace(
        'Proprietary API',
        cellWords(pick).split(': ')[1]!.split(',')[0]!,
      ),
    );
    expect(marginCell(pick)).toMatch(pick.closeCall ? /^Too close to call with .+ \([\d.]+ points? apart\)$/ : /^Leads by [\d.]+ points?$/);
    expect(whereWords(c, [true, false, true])).toBe('Applies in All-API and One use case; not in Big team.');
  });

  it('gives every column its own heading, even when a file is named like a numbered copy', () => {
    const h = scenario('Hybrid', hospital);
    const d = buildComparison([h, { ...h }, { ...h, name: 'Hybrid (2)' }]);
    expect(new Set(d.scenarios.map((x) => x.name)).size).toBe(3);
  });

  it('warns when the token volumes differ, and says "both" when both shared use cases differ', () => {
    const sentences = comparisonSentences(buildComparison([scenario('1x', hospital), scenario('5x', oneUseCase)]));
    expect(sentences).toContain(
      'The token volumes differ for 1 use case (see the answers that differ), so the totals are for different amounts of work.',
    );
    const bulk: Answers = {
      ...bigTeam,
      priorities: { cost: 5, quality: 3, control: 5 },
      useCases: hospital.useCases.map((u) => ({ ...u, monthlyTokens: u.monthlyTokens * 5 })),
    };
    const both = comparisonSentences(buildComparison([scenario('A', hospital), scenario('Bulk', bulk)]));
    expect(both).toContain(
      `The picks differ for both use cases the scenarios share: ${hospital.useCases[0]!.name} and ${hospital.useCases[1]!.name}.`,
    );
  });
});
