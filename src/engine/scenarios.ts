import type { Answers, Dimension, RecommendationV1, ScenarioFile, UseCaseExpectation } from '../domain';
import { recommend } from './recommend';
import { round } from './round';
import type { RuleSet } from './rule-set';

type UseCaseResult = RecommendationV1['useCases'][number];
type Choice = NonNullable<UseCaseResult['recommended']>;
type Want = NonNullable<UseCaseExpectation['recommended']>;

/** One rule's part in the gap between the option a scenario expected and the one that came out. */
export interface RuleDifference {
  ruleId: string;
  /** score: it gave the two options different points; exclude: it excluded an option that meets the expectation. */
  effect: 'score' | 'exclude';
  /** For an exclusion, the option it excluded. */
  optionId?: string;
  dimension?: Dimension;
  /** Points it gave the expected option and the recommended one (0 when it did not fire for that option). */
  expectedPoints?: number;
  actualPoints?: number;
  /**
   * What it did to the expected option's total score minus the recommended one's: the points' difference weighted
   * by the priorities, as the total weighs dimensions (before each dimension is clamped to 0..100).
   */
  weighted?: number;
}

/** For a wrong recommendation: the option that best meets the expectation, the one that came out, and why. */
export interface ScenarioDifference {
  /** The best-ranked eligible option that meets the expectation; null when every such option is excluded or none exists. */
  expectedOptionId: string | null;
  expectedScore?: number;
  actualOptionId: string | null;
  actualScore?: number;
  /** Score rules by the size of their part in the gap, largest first, then the exclusions. */
  rules: RuleDifference[];
}

/** One unmet expectation of a scenario: what was expected, what came out, and the rules behind the outcome. */
export interface ScenarioFailure {
  where: string;
  expected: string;
  actual: string;
  /** One line per rule: for a wrong recommendation, the rules that made the difference (see `difference`). */
  rules: string[];
  difference?: ScenarioDifference;
}

const signed = (n: number) => `${n > 0 ? '+' : ''}${n}`;

function modelOf(rs: RuleSet, optionId: string): string | undefined {
  return rs.options.find((o) => o.id === optionId)?.modelId;
}

function matches(choice: Choice | null, rs: RuleSet, want: Want): boolean {
  if (!choice) return false;
  const got: Record<string, string | undefined> = {
    optionId: choice.optionId,
    modelId: modelOf(rs, choice.optionId),
    weights: choice.weights,
    deployment: choice.deployment,
  };
  return Object.entries(want).every(([k, v]) => v === undefined || got[k] === v);
}

/** Catalog options that meet the expectation, in catalog order. */
function optionsMeeting(rs: RuleSet, want: Want): string[] {
  return rs.options
    .filter(
      (o) =>
        (!want.optionId || o.id === want.optionId) &&
        (!want.modelId || o.modelId === want.modelId) &&
        (!want.weights || o.weights === want.weights) &&
        (!want.deployment || o.deployment === want.deployment),
    )
    .map((o) => o.id);
}

/** Points each score rule gave each eligible option, from the reasons (which list scores of eligible options only). */
function pointsByRule(u: UseCaseResult): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const r of u.reasons) {
    if (r.effect !== 'score' || r.points === undefined) continue;
    const byOption = out.get(r.ruleId) ?? new Map<string, number>();
    for (const o of r.optionIds) byOption.set(o, r.points);
    out.set(r.ruleId, byOption);
  }
  return out;
}

function weightOf(rs: RuleSet, p: Answers['priorities'], d: Dimension): number {
  return d === 'feasibility' ? rs.scoring.feasibilityWeight : p[d];
}

/**
 * Which rules made the difference between the best option meeting the expectation and the one recommended:
 * score rules that gave the two different points, and exclusions of every option meeting the expectation.
 */
export function differenceFor(rs: RuleSet, answers: Answers, u: UseCaseResult, want: Want): ScenarioDifference {
  const expected = u.alternatives.find((c) => matches(c, rs, want)) ?? null;
  const actual = u.recommended;
  const rules: RuleDifference[] = [];
  if (expected && actual) {
    const p = answers.priorities;
    const total = p.quality + p.cost + p.control + rs.scoring.feasibilityWeight;
    for (const [ruleId, byOption] of pointsByRule(u)) {
      const rule = rs.rules.find((c) => c.rule.id === ruleId)?.rule;
      if (rule?.effect !== 'score') continue;
      const expectedPoints = byOption.get(expected.optionId) ?? 0;
      const actualPoints = byOption.get(actual.optionId) ?? 0;
      if (expectedPoints === actualPoints) continue;
      const weighted = round(((expectedPoints - actualPoints) * weightOf(rs, p, rule.dimension)) / total, 2);
      rules.push({ ruleId, effect: 'score', dimension: rule.dimension, expectedPoints, actualPoints, weighted });
    }
    rules.sort((a, b) => Math.abs(b.weighted ?? 0) - Math.abs(a.weighted ?? 0));
  }
  const meeting = new Set(optionsMeeting(rs, want));
  for (const e of u.excluded) if (meeting.has(e.optionId)) rules.push({ ruleId: e.ruleId, effect: 'exclude', optionId: e.optionId });
  return {
    expectedOptionId: expected?.optionId ?? null,
    ...(expected ? { expectedScore: expected.score } : {}),
    actualOptionId: actual?.optionId ?? null,
    ...(actual ? { actualScore: actual.score } : {}),
    rules,
  };
}

/** One line per rule of a difference, as rules:test prints it. */
function differenceLines(d: ScenarioDifference): string[] {
  return d.rules.map((r) =>
    r.effect === 'exclude'
      ? `${r.ruleId}: excluded ${r.optionId ?? ''}`
      : `${r.ruleId} (${r.dimension ?? ''}): ${signed(r.expectedPoints ?? 0)} for ${d.expectedOptionId ?? ''}, ${signed(r.actualPoints ?? 0)} for ${d.actualOptionId ?? ''}; weighs ${signed(r.weighted ?? 0)}`,
  );
}

function describeOutcome(u: UseCaseResult): string {
  if (!u.recommended) return 'nothing (every option excluded)';
  const next = u.alternatives[0];
  return `${u.recommended.optionId} (score ${u.recommended.score}; runner-up ${next ? `${next.optionId} ${next.score}` : 'none'})`;
}

/** Exclusions that fired, one line per rule with the options it excluded. */
function exclusionLines(u: UseCaseResult): string[] {
  const byRule = new Map<string, string[]>();
  for (const e of u.excluded) byRule.set(e.ruleId, [...(byRule.get(e.ruleId) ?? []), e.optionId]);
  return [...byRule].map(([ruleId, options]) => `${ruleId}: excluded ${options.join(', ')}`);
}

function checkRecommended(rs: RuleSet, answers: Answers, id: string, u: UseCaseResult, want: UseCaseExpectation): ScenarioFailure[] {
  const where = `useCases.${id}.recommended`;
  const actual = describeOutcome(u);
  if (want.recommended === null && u.recommended)
    return [
      {
        where,
        expected: 'nothing (every option excluded)',
        actual,
        rules: [`no exclusion fired for ${u.recommended.optionId}`, ...exclusionLines(u)],
      },
    ];
  if (!want.recommended || matches(u.recommended, rs, want.recommended)) return [];
  const difference = differenceFor(rs, answers, u, want.recommended);
  return [{ where, expected: JSON.stringify(want.recommended), actual, rules: differenceLines(difference), difference }];
}

function checkUseCase(rs: RuleSet, answers: Answers, id: string, u: UseCaseResult, want: UseCaseExpectation): ScenarioFailure[] {
  const failures = checkRecommended(rs, answers, id, u, want);
  const excluded = new Set(u.excluded.map((e) => e.optionId));
  for (const o of want.excluded ?? [])
    if (!excluded.has(o))
      failures.push({
        where: `useCases.${id}.excluded`,
        expected: `${o} excluded`,
        actual: `excluded: ${[...excluded].join(', ') || 'none'}`,
        rules: [],
      });
  // By rule id, as authors write them (a duty with figures has an id of its own).
  const obligations = new Set(u.obligations.map((o) => o.ruleId));
  for (const o of want.obligations ?? [])
    if (!obligations.has(o))
      failures.push({ where: `useCases.${id}.obligations`, expected: o, actual: [...obligations].join(', ') || 'none', rules: [] });
  for (const o of want.notObligations ?? [])
    if (obligations.has(o))
      failures.push({ where: `useCases.${id}.obligations`, expected: `no ${o}`, actual: `${o} is listed`, rules: [] });
  const fired = new Set(u.reasons.map((r) => r.ruleId));
  for (const r of want.reasons ?? [])
    if (!fired.has(r)) failures.push({ where: `useCases.${id}.reasons`, expected: `${r} fires`, actual: 'it did not fire', rules: [] });
  if (want.closeCall !== undefined && want.closeCall !== u.closeCall)
    failures.push({
      where: `useCases.${id}.closeCall`,
      expected: want.closeCall ? 'too close to call' : 'a clear pick',
      actual: `${u.closeCall ? 'too close to call' : 'a clear pick'}: ${describeOutcome(u)}, margin ${u.margin ?? 'none'}`,
      rules: [],
    });
  return failures;
}

function checkPortfolio(rec: RecommendationV1, p: NonNullable<ScenarioFile['expect']['portfolio']>): ScenarioFailure[] {
  const failures: ScenarioFailure[] = [];
  const notes = new Set(rec.portfolio.notes.map((n) => n.ruleId));
  for (const n of p.notes ?? [])
    if (!notes.has(n)) failures.push({ where: 'portfolio.notes', expected: n, actual: [...notes].join(', ') || 'none', rules: [] });
  const obligations = new Set(rec.portfolio.obligations.map((o) => o.ruleId));
  for (const o of p.obligations ?? [])
    if (!obligations.has(o))
      failures.push({ where: 'portfolio.obligations', expected: o, actual: [...obligations].join(', ') || 'none', rules: [] });
  const share = rec.portfolio.openWeightsTokenShare;
  if (p.minOpenWeightsTokenShare !== undefined && share < p.minOpenWeightsTokenShare)
    failures.push({
      where: 'portfolio.openWeightsTokenShare',
      expected: `>= ${p.minOpenWeightsTokenShare}`,
      actual: String(share),
      rules: [],
    });
  if (p.maxOpenWeightsTokenShare !== undefined && share > p.maxOpenWeightsTokenShare)
    failures.push({
      where: 'portfolio.openWeightsTokenShare',
      expected: `<= ${p.maxOpenWeightsTokenShare}`,
      actual: String(share),
      rules: [],
    });
  if (
    p.cheaperThanAllProprietary !== undefined &&
    rec.portfolio.monthlyCostUsd < rec.portfolio.allProprietaryMonthlyCostUsd !== p.cheaperThanAllProprietary
  )
    failures.push({
      where: 'portfolio.monthlyCostUsd',
      expected: p.cheaperThanAllProprietary ? 'below the all-proprietary baseline' : 'not below the baseline',
      actual: `${rec.portfolio.monthlyCostUsd} vs ${rec.portfolio.allProprietaryMonthlyCostUsd}`,
      rules: [],
    });
  const ratio =
    rec.portfolio.allProprietaryMonthlyCostUsd > 0 ? rec.portfolio.monthlyCostUsd / rec.portfolio.allProprietaryMonthlyCostUsd : 1;
  if (p.maxCostRatioToAllProprietary !== undefined && ratio > p.maxCostRatioToAllProprietary)
    failures.push({
      where: 'portfolio.monthlyCostUsd',
      expected: `at most ${p.maxCostRatioToAllProprietary} of the all-proprietary baseline`,
      actual: `${rec.portfolio.monthlyCostUsd} vs ${rec.portfolio.allProprietaryMonthlyCostUsd} (${Math.round(ratio * 1000) / 1000})`,
      rules: [],
    });
  return failures;
}

/**
 * Runs a scenario against a rule set and lists every expectation it misses (empty when it passes). A wrong
 * recommendation comes with the rules that made the difference between the expected option and the one chosen.
 * @example checkScenario(ruleSet, scenario).length === 0 // the scenario passes
 */
export function checkScenario(rs: RuleSet, scenario: ScenarioFile): ScenarioFailure[] {
  const rec = recommend(rs, scenario.answers);
  const failures: ScenarioFailure[] = [];
  for (const [id, want] of Object.entries(scenario.expect.useCases)) {
    const u = rec.useCases.find((x) => x.id === id);
    if (u) failures.push(...checkUseCase(rs, scenario.answers, id, u, want));
    else failures.push({ where: `useCases.${id}`, expected: 'a use case with this id', actual: 'none', rules: [] });
  }
  if (scenario.expect.portfolio) failures.push(...checkPortfolio(rec, scenario.expect.portfolio));
  return failures;
}
