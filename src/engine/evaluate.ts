import { round } from './round';
import type { AnswersV1, CatalogOption, Dimension } from '../domain';
import { optionMonthlyCost, type SelfHostedSizing } from './cost';
import { answerFacts, useCaseFacts, type DerivedFacts, type OptionFacts } from './facts';
import { EXCLUDED, checkConditions, evaluateRule, holds, ruleEffect, type RuleResult } from './evaluate-rule';
import type { CompiledRule, RuleSet } from './rule-set';

export type Dimensions = Record<Dimension, number>;

/** Everything the engine worked out for one use case and one option. */
export interface OptionEvaluation {
  index: number;
  option: CatalogOption;
  facts: OptionFacts;
  derived: DerivedFacts;
  sizing: SelfHostedSizing | null;
  /** Results of the rules that fired for this option, in pack order. */
  fired: RuleResult[];
  /** The result of every rule that applies to this option (its `appliesTo` selects it), indexed by rule order. */
  byRule: (RuleResult | undefined)[];
  excluded: boolean;
  /** Unclamped dimension totals and the number of exclusions, kept so that a probe can update them in place. */
  sums: Dimensions;
  exclusions: number;
  dimensions: Dimensions;
}

export interface UseCaseEvaluation {
  answers: AnswersV1;
  useCaseIndex: number;
  options: OptionEvaluation[];
}

/** Derived facts that change when a use case's volume or its self-hosted pools change. */
export const COST_PATHS: readonly string[] = [
  'derived.monthlyCostUsd',
  'derived.cheapestMonthlyCostUsd',
  'derived.proprietaryMonthlyCostUsd',
  'derived.costRatio',
  'derived.costIndex',
  'derived.savingsFactor',
  'derived.replicas',
  'derived.utilisation',
];

/** Whether any of the paths is under one of the dirty paths (a dirty path covers everything beneath it). */
function readsDirty(paths: readonly string[], dirty: ReadonlySet<string>): boolean {
  return paths.some((p) => {
    if (dirty.has(p)) return true;
    for (let i = p.indexOf('.'); i > 0; i = p.indexOf('.', i + 1)) if (dirty.has(p.slice(0, i))) return true;
    return false;
  });
}

/** Tokens already placed on each self-hosted option by other use cases; empty means none. */
export type PoolTokens = ReadonlyMap<string, number>;

function derive(rs: RuleSet, answers: AnswersV1, ucIndex: number, pools: PoolTokens) {
  const useCase = answers.useCases[ucIndex];
  if (!useCase) throw new Error(`no use case at ${ucIndex}`);
  const kind = rs.catalog.assumptions.taskQuality[useCase.task];
  const costs = rs.catalog.options.map((o) => optionMonthlyCost(o, useCase.monthlyTokens, pools.get(o.id) ?? 0, rs.costs));
  const cheapest = Math.min(...costs.map((c) => c.monthlyCostUsd));
  const closed = rs.options.flatMap((f, i) => (f.weights === 'closed' ? [costs[i]?.monthlyCostUsd ?? Infinity] : []));
  const proprietary = closed.length > 0 ? Math.min(...closed) : cheapest;
  const best = Math.max(...rs.options.map((f) => f.quality[kind] ?? 0));
  const nonEnglish = (useCase.languages ?? ['en']).some((l) => l !== 'en');
  return rs.options.map((facts, i) => {
    const cost = costs[i] ?? { monthlyCostUsd: 0, sizing: null };
    const quality = facts.quality[kind] ?? 0;
    const ratio = cheapest > 0 ? cost.monthlyCostUsd / cheapest : 1;
    const derived: DerivedFacts = {
      monthlyCostUsd: round(cost.monthlyCostUsd, 2),
      cheapestMonthlyCostUsd: round(cheapest, 2),
      proprietaryMonthlyCostUsd: round(proprietary, 2),
      costRatio: round(ratio, 4),
      costIndex: round(Math.min(100, Math.max(0, 100 - 50 * Math.log10(ratio))), 2),
      savingsFactor: cost.monthlyCostUsd > 0 ? round(proprietary / cost.monthlyCostUsd, 4) : 1,
      taskQualityKind: kind,
      taskQuality: quality,
      bestTaskQuality: best,
      qualityGapPp: round(best - quality, 2),
      nonEnglish,
      replicas: cost.sizing?.replicas ?? 0,
      utilisation: round(cost.sizing?.utilisation ?? 0, 4),
    };
    return { derived, sizing: cost.sizing };
  });
}

/**
 * Evaluates every use-case rule for one use case and every option. A rule that reads no option or derived
 * fact runs once and its result is shared; with `previous` and `dirty`, a rule reading none of the dirty fact
 * paths keeps its previous result (pooling and sensitivity re-runs change a few facts at a time). With `trace`,
 * every condition is evaluated and its values kept; without, evaluation stops at the first failed condition.
 */
export function evaluateUseCase(
  rs: RuleSet,
  answers: AnswersV1,
  ucIndex: number,
  pools: PoolTokens,
  previous?: { evaluation: UseCaseEvaluation; dirty: ReadonlySet<string>; probe?: boolean },
  trace = false,
): UseCaseEvaluation {
  const useCase = answers.useCases[ucIndex];
  if (!useCase) throw new Error(`no use case at ${ucIndex}`);
  const base = { ...answerFacts(answers), useCase: useCaseFacts(useCase) };
  const derived = derive(rs, answers, ucIndex, pools);
  // One context per option, shared by every rule that reads it.
  const contexts = rs.options.map((option, i) => ({ ...base, option, derived: derived[i]?.derived }));
  if (previous && !trace && previous.probe) return probeUseCase(rs, previous, contexts, derived);
  const byRule: (RuleResult | undefined)[][] = rs.options.map((_, i) =>
    previous?.evaluation.options[i]?.byRule.slice() ?? new Array<RuleResult | undefined>(rs.rules.length),
  );
  for (const { rule, conditionDirty } of previous ? dirtyRules(rs, previous.dirty) : allRules(rs)) {
    if (rule.scope !== 'use-case') continue;
    let shared: RuleResult | undefined;
    // Without a trace, a per-option rule's option-independent conditions run once: null when they all held.
    let gate: RuleResult | null | undefined;
    for (let i = 0; i < rs.options.length; i += 1) {
      if (!rule.selects[i]) continue;
      const own = byRule[i] as (RuleResult | undefined)[];
      if (conditionDirty && keeps(own[rule.order], conditionDirty)) continue;
      const context = contexts[i];
      if (!rule.perOption) shared ??= evaluateRule(rule, context, trace);
      else if (!trace) gate = gate === undefined ? checkConditions(rule, context, 0, rule.sharedConditions) : gate;
      own[rule.order] = shared ?? gate ?? evaluateRule(rule, context, trace, rule.sharedConditions);
    }
  }
  const options = rs.options.map((facts, i): OptionEvaluation => {
    const own = byRule[i] ?? [];
    const fired: RuleResult[] = [];
    for (const r of own) if (r?.fired) fired.push(r);
    const d = derived[i] ?? { derived: {} as DerivedFacts, sizing: null };
    const sums = zero(rs.scoring.baseline);
    let exclusions = 0;
    for (const r of fired) exclusions += contribute(sums, r, 1);
    return {
      index: i,
      option: rs.catalog.options[i] as CatalogOption,
      facts,
      derived: d.derived,
      sizing: d.sizing,
      fired,
      byRule: own,
      excluded: exclusions > 0,
      sums,
      exclusions,
      dimensions: clampAll(sums),
    };
  });
  return { answers, useCaseIndex: ucIndex, options };
}

type Derived = ReturnType<typeof derive>;

/**
 * A sensitivity probe: only the stale rules run, and each option's totals are updated by the difference, so a
 * probe costs the stale rules, not the whole pack. The result ranks options but carries no rule results.
 */
function probeUseCase(
  rs: RuleSet,
  previous: { evaluation: UseCaseEvaluation; dirty: ReadonlySet<string> },
  contexts: readonly object[],
  derived: Derived,
): UseCaseEvaluation {
  const before = previous.evaluation;
  const plan = probePlan(rs, before, previous.dirty);
  const sums = plan.sums.map((d) => ({ ...d }));
  const exclusions = [...plan.exclusions];
  for (const { rule, options } of plan.stale) {
    let shared: ReturnType<typeof ruleEffect> | undefined;
    let gate: boolean | undefined;
    for (const i of options) {
      const context = contexts[i];
      let now: ReturnType<typeof ruleEffect>;
      if (!rule.perOption) now = shared ??= ruleEffect(rule, context);
      else {
        gate ??= holds(rule, context, 0, rule.sharedConditions);
        now = gate ? ruleEffect(rule, context, rule.sharedConditions) : 0;
      }
      if (now === EXCLUDED) exclusions[i] = (exclusions[i] ?? 0) + 1;
      else if (now !== 0 && rule.rule.effect === 'score') (sums[i] as Dimensions)[rule.rule.dimension] += now;
    }
  }
  const options = before.options.map((o, i): OptionEvaluation => {
    const s = sums[i] as Dimensions;
    const d = derived[i] ?? { derived: o.derived, sizing: o.sizing };
    return { ...o, derived: d.derived, sizing: d.sizing, fired: [], sums: s, exclusions: exclusions[i] ?? 0, excluded: (exclusions[i] ?? 0) > 0, dimensions: clampAll(s) };
  });
  return { answers: before.answers, useCaseIndex: before.useCaseIndex, options };
}

/**
 * What every probe of one evaluation under one set of changed facts shares: the (rule, option) pairs whose result
 * may change, and each option's totals with those pairs' previous contributions taken out.
 */
interface ProbePlan {
  stale: { rule: CompiledRule; options: number[] }[];
  sums: Dimensions[];
  exclusions: number[];
}

const planCache = new WeakMap<UseCaseEvaluation, WeakMap<ReadonlySet<string>, ProbePlan>>();

function probePlan(rs: RuleSet, before: UseCaseEvaluation, dirty: ReadonlySet<string>): ProbePlan {
  let byDirty = planCache.get(before);
  if (!byDirty) planCache.set(before, (byDirty = new WeakMap()));
  const cached = byDirty.get(dirty);
  if (cached) return cached;
  const plan: ProbePlan = {
    stale: [],
    sums: before.options.map((o) => ({ ...o.sums })),
    exclusions: before.options.map((o) => o.exclusions),
  };
  for (const { rule, conditionDirty } of dirtyRules(rs, dirty)) {
    if (rule.scope !== 'use-case') continue;
    const options: number[] = [];
    for (let i = 0; i < rs.options.length; i += 1) {
      if (!rule.selects[i]) continue;
      const old = before.options[i]?.byRule[rule.order];
      if (keeps(old, conditionDirty)) continue;
      options.push(i);
      if (old) plan.exclusions[i] = (plan.exclusions[i] ?? 0) - contribute(plan.sums[i] as Dimensions, old, -1);
    }
    if (options.length > 0) plan.stale.push({ rule, options });
  }
  byDirty.set(dirty, plan);
  return plan;
}

function zero(baseline: number): Dimensions {
  return { quality: baseline, cost: baseline, control: baseline, feasibility: baseline };
}

/** Adds (sign 1) or removes (sign -1) a result's points; returns 1 when it is a fired exclusion. */
function contribute(sums: Dimensions, r: RuleResult, sign: 1 | -1): number {
  if (!r.fired) return 0;
  const rule = r.rule.rule;
  if (rule.effect === 'score' && r.points !== undefined) sums[rule.dimension] += sign * r.points;
  return rule.effect === 'exclude' ? 1 : 0;
}

function clampAll(sums: Dimensions): Dimensions {
  const out = { ...sums };
  for (const key of Object.keys(out) as Dimension[]) out[key] = round(Math.min(100, Math.max(0, out[key])), 1);
  return out;
}

/** A rule to run again, and which of its conditions read a changed fact (null: run it whatever it gave). */
interface StaleRule {
  rule: CompiledRule;
  conditionDirty: readonly boolean[];
}

/**
 * Whether a previous result still stands: it did not fire because a condition failed that reads none of the
 * changed facts, so that condition fails again. Fired rules and errors always run again.
 */
function keeps(previous: RuleResult | undefined, conditionDirty: readonly boolean[]): boolean {
  return previous !== undefined && !previous.fired && previous.error === undefined && previous.failedAt !== undefined && !conditionDirty[previous.failedAt];
}

const allCache = new WeakMap<RuleSet, { rule: CompiledRule; conditionDirty: null }[]>();

/** Every rule, to run whatever it gave before. */
function allRules(rs: RuleSet): { rule: CompiledRule; conditionDirty: null }[] {
  let list = allCache.get(rs);
  if (!list) allCache.set(rs, (list = rs.rules.map((rule) => ({ rule, conditionDirty: null }))));
  return list;
}

const dirtyCache = new WeakMap<RuleSet, WeakMap<ReadonlySet<string>, StaleRule[]>>();

/** The rules that read a dirty fact, memoised per rule set and dirty set (callers reuse constant sets). */
function dirtyRules(rs: RuleSet, dirty: ReadonlySet<string>): StaleRule[] {
  let byDirty = dirtyCache.get(rs);
  if (!byDirty) dirtyCache.set(rs, (byDirty = new WeakMap()));
  let list = byDirty.get(dirty);
  if (!list) {
    list = rs.rules
      .filter((r) => readsDirty(r.paths, dirty))
      .map((rule) => ({ rule, conditionDirty: rule.conditions.map((c) => readsDirty(c.paths, dirty)) }));
    byDirty.set(dirty, list);
  }
  return list;
}

/**
 * The total score: dimensions weighted by the user's priorities, feasibility by the pack's fixed weight.
 * @example totalScore({ quality: 80, cost: 60, control: 50, feasibility: 90 }, { cost: 3, quality: 3, control: 3 }, 3) // 70
 */
export function totalScore(d: Dimensions, p: AnswersV1['priorities'], feasibilityWeight: number): number {
  const weight = p.quality + p.cost + p.control + feasibilityWeight;
  const sum = d.quality * p.quality + d.cost * p.cost + d.control * p.control + d.feasibility * feasibilityWeight;
  return round(sum / weight, 1);
}

/**
 * Eligible options, best first: higher score, then lower cost, then catalog order (so ties are stable).
 * @example rank(evaluation, priorities, 3)[0] // the recommended option's evaluation
 */
export function rank(e: UseCaseEvaluation, p: AnswersV1['priorities'], feasibilityWeight: number) {
  return e.options
    .filter((o) => !o.excluded)
    .map((o) => ({ o, score: totalScore(o.dimensions, p, feasibilityWeight) }))
    .sort((a, b) => b.score - a.score || a.o.derived.monthlyCostUsd - b.o.derived.monthlyCostUsd || a.o.index - b.o.index);
}
