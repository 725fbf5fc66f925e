import type { Answers, Obligation, RecommendationV1, UseCaseResult } from '../domain';
import { sizeSelfHosted } from './cost';
import { COST_PATHS, evaluateUseCase, rank, type OptionEvaluation, type PoolTokens, type UseCaseEvaluation } from './evaluate';
import { exclusionsOf, obligationsOf, reasonsOf, toChoice } from './explain';
import { sharedValues, type SharedValues } from './memo';
import { portfolioOf } from './portfolio';
import type { RuleSet } from './rule-set';
import { sensitivityFor } from './sensitivity';

interface Placed {
  evaluation: UseCaseEvaluation;
  pools: PoolTokens;
  ranked: { o: OptionEvaluation; score: number }[];
}

const COST_DIRTY: ReadonlySet<string> = new Set(COST_PATHS);

function place(rs: RuleSet, answers: Answers, i: number, pools: PoolTokens, shared: SharedValues, before?: Placed): Placed {
  const previous = before && { evaluation: before.evaluation, dirty: COST_DIRTY };
  const evaluation = evaluateUseCase(rs, answers, i, pools, previous, false, shared);
  return { evaluation, pools, ranked: rank(evaluation, answers.priorities, rs.scoring.feasibilityWeight) };
}

/** Tokens each self-hosted option carries when every use case takes its pick. */
function poolTotals(answers: Answers, placed: Placed[]): Map<string, number> {
  const totals = new Map<string, number>();
  placed.forEach((p, i) => {
    const top = p.ranked[0]?.o;
    const tokens = answers.useCases[i]?.monthlyTokens ?? 0;
    if (top?.facts.deployment === 'self-hosted') totals.set(top.facts.id, (totals.get(top.facts.id) ?? 0) + tokens);
  });
  return totals;
}

/** Pools as one use case sees them: the others' tokens only. */
function othersPools(totals: ReadonlyMap<string, number>, first: Placed, tokens: number): Map<string, number> {
  const own = first.ranked[0]?.o.facts;
  const pools = new Map<string, number>();
  for (const [id, t] of totals) {
    const others = own?.id === id ? t - tokens : t;
    if (others > 0) pools.set(id, others);
  }
  return pools;
}

/**
 * Scores every option for every use case and recommends a portfolio. Pure and deterministic: the same rule set
 * and answers give byte-identical JSON. Self-hosted capacity is pooled: a first pass places each use case on its
 * own, a second re-scores each with the self-hosted pools the others formed, and each self-hosted model then
 * runs one deployment sized for the sum of its workloads.
 * @example JSON.stringify(recommend(ruleSet, answers)) === JSON.stringify(recommend(ruleSet, answers)) // true
 */
export function recommend(rs: RuleSet, answers: Answers): RecommendationV1 {
  const none: PoolTokens = new Map();
  // What reads nothing of a use case is worked out once for all of them (and their sensitivity probes).
  const shared = sharedValues();
  const first = answers.useCases.map((_, i) => place(rs, answers, i, none, shared));
  const totals = poolTotals(answers, first);
  const second = first.map((p, i) => {
    const pools = othersPools(totals, p, answers.useCases[i]?.monthlyTokens ?? 0);
    return pools.size === 0 ? p : place(rs, answers, i, pools, shared, p);
  });
  const finalPools = poolTotals(answers, second);
  const useCases = second.map((p, i) => result(rs, answers, i, p, finalPools));
  return {
    schemaVersion: 1,
    ruleSet: { id: rs.id, version: rs.version, hash: rs.hash },
    useCases,
    portfolio: portfolioOf(rs, answers, useCases, second.map((p) => p.evaluation)),
  };
}

function result(rs: RuleSet, answers: Answers, i: number, p: Placed, finalPools: ReadonlyMap<string, number>): UseCaseResult {
  const useCase = answers.useCases[i];
  if (!useCase) throw new Error(`no use case at ${i}`);
  const [top, ...rest] = p.ranked;
  const recommended = top?.o ?? null;
  let cost = recommended?.derived.monthlyCostUsd ?? 0;
  if (recommended?.facts.deployment === 'self-hosted') {
    const pool = finalPools.get(recommended.facts.id) ?? useCase.monthlyTokens;
    cost = (sizeSelfHosted(recommended.option, pool, rs.costs).monthlyCostUsd * useCase.monthlyTokens) / pool;
  }
  const obligations: Obligation[] = obligationsOf(p.evaluation, recommended);
  return {
    id: useCase.id,
    name: useCase.name,
    recommended: top ? toChoice(top.o, top.score, cost) : null,
    alternatives: rest.map((r) => toChoice(r.o, r.score)),
    excluded: exclusionsOf(p.evaluation),
    reasons: reasonsOf(p.evaluation, recommended),
    obligations,
    sensitivity: sensitivityFor(rs, p.evaluation, p.pools),
  };
}
