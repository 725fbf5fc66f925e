import type { Answers, Obligation, ProjectionYear, RecommendationV1, Rerun, UseCaseResult } from '../domain';
import { NO_LOAD, gpuChannelFor, loadOf, optionMonthlyCost, workloadOf, type Load } from './cost';
import { rank, type OptionEvaluation, type PoolLoads, type UseCaseEvaluation, type UseCaseInput } from './evaluate';
import { withAssumptions } from './assumptions';
import { createEvaluator, type Evaluator } from './evaluator';
import { exclusionsOf, obligationsOf, reasonsOf, toChoice, type OptionCostShown } from './explain';
import { portfolioOf } from './portfolio';
import { CLOSE_CALL_POINTS } from './decision';
import { atLeastAsGoodEverywhere, marginBetween } from './margin';
import { round } from './round';
import type { RuleSet } from './rule-set';
import { sensitivityFor } from './sensitivity';

interface Placed {
  evaluation: UseCaseEvaluation;
  pools: PoolLoads;
  ranked: { o: OptionEvaluation; score: number }[];
}

/** Use case `index` placed among the given pools; with `before`, a re-run of its placement among other pools. */
function place(evaluator: Evaluator, at: UseCaseInput, before?: Placed): Placed {
  const previous = before && { evaluation: before.evaluation, dirty: 'pools' as const };
  const evaluation = evaluator.useCase({ ...at, previous });
  const { feasibilityWeight } = evaluator.ruleSet.scoring;
  return { evaluation, pools: at.pools, ranked: rank(evaluation, at.answers.priorities, feasibilityWeight) };
}

/** Each use case's own load, were it self-hosted. */
function loadsOf(rs: RuleSet, answers: Answers): Load[] {
  return answers.useCases.map((u) => loadOf(workloadOf(u, rs.costs, answers.regulation.dataResidency !== 'none'), rs.costs));
}

/** Per self-hosted option, the use cases that pick it: their loads, by use case index. */
function poolMembers(placed: readonly Placed[], loads: readonly Load[]): Map<string, Map<number, Load>> {
  const members = new Map<string, Map<number, Load>>();
  placed.forEach((p, i) => {
    const top = p.ranked[0]?.o;
    if (top?.facts.deployment !== 'self-hosted') return;
    let pool = members.get(top.facts.id);
    if (!pool) members.set(top.facts.id, (pool = new Map<number, Load>()));
    pool.set(i, loads[i] ?? NO_LOAD);
  });
  return members;
}

/** Pools as use case `i` sees them: the loads of the other use cases on each option, in use case order. */
function othersPools(members: ReadonlyMap<string, ReadonlyMap<number, Load>>, i: number): Map<string, Load[]> {
  const pools = new Map<string, Load[]>();
  for (const [id, pool] of members) {
    const others: Load[] = [];
    for (const [j, load] of pool) if (j !== i) others.push(load);
    if (others.length > 0) pools.set(id, others);
  }
  return pools;
}

function samePools(x: PoolLoads, y: PoolLoads): boolean {
  if (x.size !== y.size) return false;
  for (const [id, loads] of x) {
    const other = y.get(id);
    if (!other || other.length !== loads.length || loads.some((l, k) => l !== other[k])) return false;
  }
  return true;
}

/**
 * At most this many passes place the use cases among the pools the others' picks form. In 2,800 random portfolios of
 * 3 to 10 use cases, none needed more than 4.
 */
export const POOL_PASSES = 8;

/**
 * Every use case placed where the pools it was scored with are the pools the picks form, so that a pick is never
 * scored on a share of a deployment it does not end up in. A first pass places each use case on its own; each
 * further pass goes through the use cases in order and re-places one whose pools the current picks (earlier use
 * cases' new ones included) have changed, until a pass changes none or POOL_PASSES is reached. Taking each new pick
 * at once, rather than all at the end of a pass, keeps two use cases from swapping models back and forth.
 */
function settle(evaluator: Evaluator, answers: Answers, loads: readonly Load[]): Placed[] {
  const none: PoolLoads = new Map();
  const placed = answers.useCases.map((_, index) => place(evaluator, { answers, index, pools: none }));
  for (let pass = 1; pass < POOL_PASSES; pass += 1) {
    let moved = false;
    for (let i = 0; i < placed.length; i += 1) {
      const p = placed[i]!;
      const pools = othersPools(poolMembers(placed, loads), i);
      if (samePools(p.pools, pools)) continue;
      moved = true;
      placed[i] = place(evaluator, { answers, index: i, pools }, p);
    }
    if (!moved) break;
  }
  return placed;
}

/**
 * Scores every option for every use case and recommends a portfolio. Pure and deterministic: the same rule set
 * and answers give byte-identical JSON. Self-hosted capacity is pooled: each self-hosted model runs one deployment
 * sized for the sum of the workloads that pick it, and each use case is scored on its share of the pools the
 * picks form (see `settle`).
 * Planning figures the answers change (`answers.assumptions`) replace the catalog's in every cost.
 * `evaluatorFor` is for tests, which pass one that runs the traced reference to prove the fast path gives the same.
 * @example JSON.stringify(recommend(ruleSet, answers)) === JSON.stringify(recommend(ruleSet, answers)) // true
 */
export function recommend(rs: RuleSet, answers: Answers, evaluatorFor: (rs: RuleSet) => Evaluator = createEvaluator): RecommendationV1 {
  const evaluator = evaluatorFor(withAssumptions(rs, answers.assumptions));
  const today = solve(evaluator, answers, true);
  const projection = answers.planning ? projectionOf(evaluator, answers, answers.planning, today) : undefined;
  const reruns = rerunsOf(evaluator, answers, today);
  return {
    schemaVersion: 1,
    ruleSet: { id: rs.id, version: rs.version, hash: rs.hash },
    useCases: today.useCases,
    portfolio: { ...today.portfolio, ...(projection ? { projection } : {}), ...(reruns.length > 0 ? { reruns } : {}) },
  };
}

/**
 * The portfolios the picks' duties ask for under a stricter answer (rules with `rerunWith`) that the answers do not
 * give: France's SREN asks a State operator with sensitive data to see what EU-owned providers alone would give. Each
 * is solved as the recommendation is, without sensitivity probes.
 */
function rerunsOf(evaluator: Evaluator, answers: Answers, today: Solved): Rerun[] {
  // rerunWith names one stricter answer so far, EU-owned providers only: nothing to run where the answers give it.
  if (answers.regulation.euOwnedOnly === true) return [];
  const asking = new Set(
    evaluator.ruleSet.rules.flatMap((c) => (c.rule.effect === 'obligation' && c.rule.rerunWith?.euOwnedOnly ? [c.rule.id] : [])),
  );
  const ruleIds = today.portfolio.obligations.flatMap((o) => (asking.has(o.ruleId) ? [o.ruleId] : []));
  if (ruleIds.length === 0) return [];
  const solved = solve(evaluator, { ...answers, regulation: { ...answers.regulation, euOwnedOnly: true } }, false);
  return [
    {
      ruleIds,
      with: { euOwnedOnly: true },
      monthlyCostUsd: solved.portfolio.monthlyCostUsd,
      picks: solved.useCases.map((u, i) => {
        const optionId = u.recommended?.optionId ?? null;
        const ruledOutBy = [...new Set((today.useCases[i]?.excluded ?? []).filter((e) => e.optionId === optionId).map((e) => e.ruleId))];
        return {
          useCaseId: u.id,
          optionId,
          label: u.recommended?.label ?? null,
          monthlyCostUsd: u.recommended?.monthlyCostUsd ?? null,
          ...(ruledOutBy.length > 0 ? { ruledOutBy } : {}),
        };
      }),
    },
  ];
}

interface Solved {
  useCases: UseCaseResult[];
  portfolio: RecommendationV1['portfolio'];
}

/** The use cases placed, pooled and explained, and the portfolio; without `explain`, no sensitivity probes. */
function solve(evaluator: Evaluator, answers: Answers, explain: boolean): Solved {
  const rs = evaluator.ruleSet;
  const loads = loadsOf(rs, answers);
  const placed = settle(evaluator, answers, loads);
  const finalMembers = poolMembers(placed, loads);
  const useCases = placed.map((p, i) => result(evaluator, answers, i, p, othersPools(finalMembers, i), explain));
  if (explain)
    useCases.forEach((u, i) => {
      if (!u.closeCall) return;
      const change = equalChoiceChange(rs, answers, { placed, loads, members: finalMembers }, i);
      if (change !== null) u.equalChoiceMonthlyChangeUsd = change;
    });
  return {
    useCases,
    portfolio: portfolioOf(
      rs,
      answers,
      useCases,
      placed.map((p) => p.evaluation),
    ),
  };
}

/** The ranked option a close call's runner-up is: the best of another model (the same model elsewhere is a choice of cloud). */
function runnerUpIn(ranked: Placed['ranked']): OptionEvaluation | undefined {
  const [top, ...rest] = ranked;
  return top && rest.find((r) => r.o.facts.modelId !== top.o.facts.modelId)?.o;
}

/**
 * How much the portfolio's monthly cost changes if use case `i` takes its runner-up instead, every other pick kept
 * and the self-hosted deployments formed again: a deployment it leaves is paid in full by the use cases still on it,
 * and one it joins is shared with it. Its own two prices alone would miss both. Null when it has no runner-up.
 */
function equalChoiceChange(
  rs: RuleSet,
  answers: Answers,
  {
    placed,
    loads,
    members: before,
  }: { placed: readonly Placed[]; loads: readonly Load[]; members: ReadonlyMap<string, ReadonlyMap<number, Load>> },
  i: number,
): number | null {
  const runnerUp = runnerUpIn(placed[i]?.ranked ?? []);
  if (!runnerUp) return null;
  const channel = gpuChannelFor(answers.team.gpuAccess, rs.costs);
  const after = new Map([...before].map(([id, pool]) => [id, new Map(pool)]));
  for (const pool of after.values()) pool.delete(i);
  if (runnerUp.facts.deployment === 'self-hosted') {
    const pool = after.get(runnerUp.facts.id) ?? new Map<number, Load>();
    const joined: [number, Load][] = [...pool, [i, loads[i] ?? NO_LOAD]];
    after.set(runnerUp.facts.id, new Map(joined.sort(([x], [y]) => x - y)));
  }
  /** Use case `j` on `o` among the deployments `members` form. */
  const costOf = (j: number, o: OptionEvaluation, members: ReadonlyMap<string, ReadonlyMap<number, Load>>): number => {
    const useCase = answers.useCases[j];
    if (!useCase || o.facts.deployment !== 'self-hosted') return o.derived.monthlyCostUsd;
    const workload = workloadOf(useCase, rs.costs, answers.regulation.dataResidency !== 'none');
    return optionMonthlyCost(o.option, workload, othersPools(members, j).get(o.facts.id) ?? [], channel, rs.costs).monthlyCostUsd;
  };
  let change = 0;
  placed.forEach((p, j) => {
    const pick = p.ranked[0]?.o;
    if (!pick) return;
    const now = costOf(j, pick, before);
    if (j === i) change += costOf(i, runnerUp, after) - now;
    else if (pick.facts.deployment === 'self-hosted') change += costOf(j, pick, after) - now;
  });
  return round(change, 2);
}

/**
 * The portfolio year by year: each year after the first re-runs the recommendation with every use case's tokens
 * grown by the annual growth, so a pick that only pays at larger volume (self-hosting) shows the year it takes over.
 */
function projectionOf(evaluator: Evaluator, answers: Answers, planning: NonNullable<Answers['planning']>, today: Solved): ProjectionYear[] {
  const years: ProjectionYear[] = [];
  let cumulative = 0;
  let cumulativeBaseline = 0;
  for (let year = 1; year <= planning.horizonYears; year += 1) {
    const factor = (1 + planning.annualGrowth) ** (year - 1);
    const solved =
      year === 1
        ? today
        : solve(
            evaluator,
            {
              ...answers,
              useCases: answers.useCases.map((u) => ({ ...u, monthlyTokens: Math.max(1, Math.round(u.monthlyTokens * factor)) })),
            },
            false,
          );
    const { monthlyCostUsd, allProprietaryMonthlyCostUsd } = solved.portfolio;
    cumulative += 12 * monthlyCostUsd;
    cumulativeBaseline += 12 * allProprietaryMonthlyCostUsd;
    years.push({
      year,
      monthlyCostUsd,
      allProprietaryMonthlyCostUsd,
      cumulativeCostUsd: round(cumulative, 2),
      cumulativeAllProprietaryCostUsd: round(cumulativeBaseline, 2),
      changedPicks: solved.useCases.flatMap((u, i) => {
        const pick = u.recommended?.optionId ?? null;
        return pick === (today.useCases[i]?.recommended?.optionId ?? null)
          ? []
          : [{ useCaseId: u.id, optionId: pick, label: u.recommended?.label ?? 'no permissible option' }];
      }),
    });
  }
  return years;
}

function result(evaluator: Evaluator, answers: Answers, i: number, p: Placed, finalPools: PoolLoads, explain: boolean): UseCaseResult {
  const rs = evaluator.ruleSet;
  const useCase = answers.useCases[i];
  if (!useCase) throw new Error(`no use case at ${i}`);
  const [top, ...rest] = p.ranked;
  const recommended = top?.o ?? null;
  let cost: OptionCostShown | undefined;
  if (recommended?.facts.deployment === 'self-hosted') {
    // The pools the pick was scored with may differ from those the final picks form: cost it in the final ones.
    const workload = workloadOf(useCase, rs.costs, answers.regulation.dataResidency !== 'none');
    const channel = gpuChannelFor(answers.team.gpuAccess, rs.costs);
    cost = optionMonthlyCost(recommended.option, workload, finalPools.get(recommended.facts.id) ?? [], channel, rs.costs);
  }
  const obligations: Obligation[] = obligationsOf(p.evaluation, recommended);
  const runnerUp = runnerUpIn(p.ranked);
  const margin =
    top && runnerUp ? marginBetween(top.o.dimensions, runnerUp.dimensions, answers.priorities, rs.scoring.feasibilityWeight) : null;
  const closeCall =
    top !== undefined &&
    runnerUp !== undefined &&
    margin !== null &&
    margin < (rs.scoring.closeCallPoints ?? CLOSE_CALL_POINTS) &&
    !atLeastAsGoodEverywhere(top.o.dimensions, runnerUp.dimensions);
  // An equal choice is offered for a trial: what it would bring that the pick does not is part of the choice.
  // By rule: the same duty with the runner-up's figures is not one it brings.
  const ownRules = new Set(obligations.map((o) => o.ruleId));
  const extra = closeCall && runnerUp ? obligationsOf(p.evaluation, runnerUp).filter((o) => !ownRules.has(o.ruleId)) : [];
  return {
    id: useCase.id,
    name: useCase.name,
    recommended: top ? toChoice(top.o, top.score, cost) : null,
    alternatives: rest.map((r) => toChoice(r.o, r.score)),
    margin,
    closeCall,
    ...(extra.length > 0 ? { equalChoiceObligations: extra } : {}),
    excluded: exclusionsOf(p.evaluation),
    reasons: reasonsOf(p.evaluation, recommended),
    obligations,
    sensitivity: explain ? sensitivityFor(evaluator, p) : [],
  };
}
