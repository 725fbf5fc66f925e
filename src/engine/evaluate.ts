import { round } from './round';
import type { AnswersV1, CatalogOption, Dimension } from '../domain';
import { optionMonthlyCost, type SelfHostedSizing } from './cost';
import { answerFacts, useCaseFacts, type DerivedFacts, type OptionFacts } from './facts';
import { evaluateRule, type RuleResult } from './evaluate-rule';
import type { CompiledRule, RuleSet } from './rule-set';

export type Dimensions = Record<Dimension, number>;

/** Everything the engine worked out for one use case and one option. */
export interface OptionEvaluation {
  index: number;
  option: CatalogOption;
  facts: OptionFacts;
  derived: DerivedFacts;
  sizing: SelfHostedSizing | null;
  /** Results of the rules that apply to this option (its `appliesTo` selects it), in pack order. */
  results: RuleResult[];
  /** The same results indexed by rule order, for constant-time reuse in sensitivity re-runs. */
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

/** Whether a rule reads a fact under one of the dirty paths (a dirty path covers everything beneath it). */
function readsDirty(rule: CompiledRule, dirty: ReadonlySet<string>): boolean {
  return rule.paths.some((p) => {
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
  if (previous && !trace && previous.probe) return probeUseCase(rs, previous, base, derived);
  const byRule: (RuleResult | undefined)[][] = rs.options.map((_, i) =>
    previous ? [...(previous.evaluation.options[i]?.byRule ?? [])] : new Array<RuleResult | undefined>(rs.rules.length),
  );
  const rules = previous ? dirtyRules(rs, previous.dirty) : rs.rules;
  for (const rule of rules) {
    if (rule.scope !== 'use-case') continue;
    let shared: RuleResult | undefined;
    for (let i = 0; i < rs.options.length; i += 1) {
      if (!rule.selects[i]) continue;
      if (!rule.perOption && shared) {
        (byRule[i] as RuleResult[])[rule.order] = shared;
        continue;
      }
      const result = evaluateRule(rule, { ...base, option: rs.options[i], derived: derived[i]?.derived }, trace);
      if (!rule.perOption) shared = result;
      (byRule[i] as RuleResult[])[rule.order] = result;
    }
  }
  const options = rs.options.map((facts, i): OptionEvaluation => {
    const own = byRule[i] ?? [];
    const results = own.filter((r): r is RuleResult => r !== undefined);
    const d = derived[i] ?? { derived: {} as DerivedFacts, sizing: null };
    const sums = zero(rs.scoring.baseline);
    let exclusions = 0;
    for (const r of results) exclusions += contribute(sums, r, 1);
    return {
      index: i,
      option: rs.catalog.options[i] as CatalogOption,
      facts,
      derived: d.derived,
      sizing: d.sizing,
      results,
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
  base: object,
  derived: Derived,
): UseCaseEvaluation {
  const before = previous.evaluation;
  const sums = before.options.map((o) => ({ ...o.sums }));
  const exclusions = before.options.map((o) => o.exclusions);
  for (const rule of dirtyRules(rs, previous.dirty)) {
    if (rule.scope !== 'use-case') continue;
    let shared: RuleResult | undefined;
    for (let i = 0; i < rs.options.length; i += 1) {
      if (!rule.selects[i]) continue;
      const old = before.options[i]?.byRule[rule.order];
      const now = !rule.perOption && shared ? shared : evaluateRule(rule, { ...base, option: rs.options[i], derived: derived[i]?.derived }, false);
      if (!rule.perOption) shared = now;
      const s = sums[i] as Dimensions;
      let x = exclusions[i] ?? 0;
      if (old) x -= contribute(s, old, -1);
      x += contribute(s, now, 1);
      exclusions[i] = x;
    }
  }
  const options = before.options.map((o, i): OptionEvaluation => {
    const s = sums[i] as Dimensions;
    const d = derived[i] ?? { derived: o.derived, sizing: o.sizing };
    return { ...o, derived: d.derived, sizing: d.sizing, results: [], sums: s, exclusions: exclusions[i] ?? 0, excluded: (exclusions[i] ?? 0) > 0, dimensions: clampAll(s) };
  });
  return { answers: before.answers, useCaseIndex: before.useCaseIndex, options };
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

const dirtyCache = new WeakMap<RuleSet, WeakMap<ReadonlySet<string>, CompiledRule[]>>();

/** The rules that read a dirty fact, memoised per rule set and dirty set (callers reuse constant sets). */
function dirtyRules(rs: RuleSet, dirty: ReadonlySet<string>): CompiledRule[] {
  let byDirty = dirtyCache.get(rs);
  if (!byDirty) dirtyCache.set(rs, (byDirty = new WeakMap()));
  let list = byDirty.get(dirty);
  if (!list) byDirty.set(dirty, (list = rs.rules.filter((r) => readsDirty(r, dirty))));
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
