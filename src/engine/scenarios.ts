import type { RecommendationV1, ScenarioFile } from '../domain';
import { recommend } from './recommend';
import type { RuleSet } from './rule-set';

/** One unmet expectation of a scenario: what was expected, what came out, and the rules behind the outcome. */
export interface ScenarioFailure {
  where: string;
  expected: string;
  actual: string;
  rules: string[];
}

function matches(choice: RecommendationV1['useCases'][number]['recommended'], rs: RuleSet, want: Record<string, string | undefined>) {
  if (!choice) return false;
  const modelId = rs.options.find((o) => o.id === choice.optionId)?.modelId;
  const got: Record<string, string | undefined> = { optionId: choice.optionId, modelId, weights: choice.weights, deployment: choice.deployment };
  return Object.entries(want).every(([k, v]) => v === undefined || got[k] === v);
}

/**
 * Runs a scenario against a rule set and lists every expectation it misses (empty when it passes).
 * @example checkScenario(ruleSet, scenario).length === 0 // the scenario passes
 */
export function checkScenario(rs: RuleSet, scenario: ScenarioFile): ScenarioFailure[] {
  const rec = recommend(rs, scenario.answers);
  const failures: ScenarioFailure[] = [];
  for (const [id, want] of Object.entries(scenario.expect.useCases)) {
    const u = rec.useCases.find((x) => x.id === id);
    if (!u) {
      failures.push({ where: `useCases.${id}`, expected: 'a use case with this id', actual: 'none', rules: [] });
      continue;
    }
    const deciding = u.reasons.filter((r) => r.effect === 'exclude' || r.effect === 'score').map((r) => `${r.ruleId}${r.points === undefined ? '' : ` (${r.points > 0 ? '+' : ''}${r.points} for ${r.optionIds.join(', ')})`}`);
    const actual = u.recommended ? `${u.recommended.optionId} (score ${u.recommended.score}; runner-up ${u.alternatives[0]?.optionId ?? 'none'} ${u.alternatives[0]?.score ?? ''})` : 'nothing (every option excluded)';
    if (want.recommended === null && u.recommended) failures.push({ where: `useCases.${id}.recommended`, expected: 'nothing (every option excluded)', actual, rules: deciding });
    if (want.recommended && !matches(u.recommended, rs, want.recommended))
      failures.push({ where: `useCases.${id}.recommended`, expected: JSON.stringify(want.recommended), actual, rules: deciding });
    const excluded = new Set(u.excluded.map((e) => e.optionId));
    for (const o of want.excluded ?? []) if (!excluded.has(o)) failures.push({ where: `useCases.${id}.excluded`, expected: `${o} excluded`, actual: `excluded: ${[...excluded].join(', ') || 'none'}`, rules: [] });
    const obligations = new Set(u.obligations.map((o) => o.id));
    for (const o of want.obligations ?? []) if (!obligations.has(o)) failures.push({ where: `useCases.${id}.obligations`, expected: o, actual: [...obligations].join(', ') || 'none', rules: [] });
    const fired = new Set(u.reasons.map((r) => r.ruleId));
    for (const r of want.reasons ?? []) if (!fired.has(r)) failures.push({ where: `useCases.${id}.reasons`, expected: `${r} fires`, actual: 'it did not fire', rules: [] });
  }
  const p = scenario.expect.portfolio;
  if (p) {
    const notes = new Set(rec.portfolio.notes.map((n) => n.ruleId));
    for (const n of p.notes ?? []) if (!notes.has(n)) failures.push({ where: 'portfolio.notes', expected: n, actual: [...notes].join(', ') || 'none', rules: [] });
    const obligations = new Set(rec.portfolio.obligations.map((o) => o.id));
    for (const o of p.obligations ?? []) if (!obligations.has(o)) failures.push({ where: 'portfolio.obligations', expected: o, actual: [...obligations].join(', ') || 'none', rules: [] });
    const share = rec.portfolio.openWeightsTokenShare;
    if (p.minOpenWeightsTokenShare !== undefined && share < p.minOpenWeightsTokenShare) failures.push({ where: 'portfolio.openWeightsTokenShare', expected: `>= ${p.minOpenWeightsTokenShare}`, actual: String(share), rules: [] });
    if (p.maxOpenWeightsTokenShare !== undefined && share > p.maxOpenWeightsTokenShare) failures.push({ where: 'portfolio.openWeightsTokenShare', expected: `<= ${p.maxOpenWeightsTokenShare}`, actual: String(share), rules: [] });
    if (p.cheaperThanAllProprietary !== undefined && (rec.portfolio.monthlyCostUsd < rec.portfolio.allProprietaryMonthlyCostUsd) !== p.cheaperThanAllProprietary)
      failures.push({ where: 'portfolio.monthlyCostUsd', expected: p.cheaperThanAllProprietary ? 'below the all-proprietary baseline' : 'not below the baseline', actual: `${rec.portfolio.monthlyCostUsd} vs ${rec.portfolio.allProprietaryMonthlyCostUsd}`, rules: [] });
  }
  return failures;
}
