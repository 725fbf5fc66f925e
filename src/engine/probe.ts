import type { Answers } from '../domain';
import { prepare, type Derived, type UseCaseInput } from './derive';
import { EXCLUDED, effectVia } from './evaluate-rule';
import { clampAll, dimensionsOf, totalScore, type OptionEvaluation, type UseCaseEvaluation } from './evaluate';
import { expressions } from './expressions';
import { Memo, type Overlay } from './memo';
import type { Candidates, ProbePlan } from './probe-plan';
import type { CompiledRule, RuleSet } from './rule-set';

/**
 * What the evaluator hands a probe of `before`: the candidates and overlay of the dirty set, the plan it keeps for
 * `before` under them, and `before`'s memo when it has one (a traced evaluation has none).
 */
export interface ProbeSetup {
  rs: RuleSet;
  before: UseCaseEvaluation;
  candidates: Candidates;
  overlay: Overlay;
  plan: ProbePlan;
  base: Memo | undefined;
}

/** A probe's derived facts, and its sums and exclusion counts per option (sums option-major, 4 per option). */
export interface ProbeTotals {
  derived: Derived;
  sums: Float64Array;
  exclusions: Int32Array;
}

/**
 * The changed-fact expressions' values in the probe, as a key (null when one is an object or an error, which a key
 * cannot stand for), and the overlay slots whose value differs from the evaluation probed. The key names only the
 * slots that differ, with their values: the plan belongs to one evaluation, so the others are that evaluation's.
 */
function watched(c: Candidates, memo: Memo, base: Memo | undefined): { key: string | null; changed: number[] } {
  const changed: number[] = [];
  const parts: string[] = [];
  for (const { id, option, slot } of c.watch) {
    const now = memo.value(id, option);
    const plain = now === null || (typeof now !== 'object' && typeof now !== 'function');
    if (!plain) return { key: null, changed: c.watch.map((w) => w.slot) };
    if (base && Object.is(now, base.value(id, option))) continue;
    changed.push(slot);
    // Type and length first, so that no two lists of values give one key; -0 apart from 0, as Object.is has it.
    const text = Object.is(now, -0) ? '-0' : String(now);
    parts.push(`${slot}=${typeof now}${text.length}:${text}`);
  }
  return { key: parts.join(';'), changed };
}

/**
 * The probe's sums and exclusion counts: the plan's, with each sum replayed from its first pair that reads a
 * changed expression (those pairs run again; the others give their previous effect) and each exclusion that reads
 * one counted again.
 */
function replay({ candidates: c, plan }: Pick<ProbeSetup, 'candidates' | 'plan'>, changed: readonly number[], memo: Memo) {
  const sums = plan.sums.slice();
  const exclusions = plan.exclusions.slice();
  const rerun = new Uint8Array(c.rules.length);
  const from = new Int32Array(sums.length).fill(-1);
  const mark = (k: number) => {
    if (rerun[k] === 1 || plan.live[k] === 0) return;
    rerun[k] = 1;
    const i = c.options[k] as number;
    const t = c.at[k] as number;
    if (t < 0) {
      const now = effectVia(c.rules[k] as CompiledRule, memo, i, 0) === EXCLUDED ? 1 : 0;
      exclusions[i] = (exclusions[i] as number) + now - (plan.was[k] as number);
    } else if ((from[t] as number) < 0 || (c.position[k] as number) < (from[t] as number)) from[t] = c.position[k] as number;
  };
  for (const k of plan.always) mark(k);
  for (const slot of changed)
    for (let j = c.readersFrom[slot] as number; j < (c.readersFrom[slot + 1] as number); j += 1) mark(c.readers[j] as number);
  for (let t = 0; t < sums.length; t += 1) {
    const first = from[t] as number;
    if (first < 0) continue;
    let sum = plan.before[first] as number;
    for (let p = first; p < (c.orderFrom[t + 1] as number); p += 1) {
      const k = c.order[p] as number;
      const v =
        rerun[k] === 1 ? (effectVia(c.rules[k] as CompiledRule, memo, c.options[k] as number, 0) as number) : (plan.was[k] as number);
      if (v !== 0) sum += v;
    }
    sums[t] = sum;
  }
  return { sums, exclusions };
}

/**
 * The probe's totals: `setup.before` with the facts the dirty set names changed to those of `input` (`input` differs
 * from what `before` was evaluated with only in those facts). Only pairs that read an expression whose value changed
 * run again, and each sum is replayed from its first such pair, so the totals come out to the same bits as a re-run
 * of every pair the changed facts reach.
 * @example probeTotals(setup, { answers: withMoreEngineers, index: 0, pools }).exclusions[0] // 0 or more
 */
export function probeTotals(setup: ProbeSetup, input: UseCaseInput): ProbeTotals {
  const { rs, before, candidates: c, overlay, plan, base } = setup;
  const known = c.derivedDirty ? undefined : before.options.map((o) => ({ derived: o.derived, sizing: o.sizing }));
  const { derived, contexts } = prepare(rs, input, known);
  const x = expressions(rs);
  const under = base ?? new Memo(x, contexts);
  const memo = new Memo(x, contexts, under.scope, { base: under, overlay });
  const { key, changed } = watched(c, memo, base);
  let totals = key === null ? undefined : plan.totals.get(key);
  if (!totals) {
    totals = replay(setup, changed, memo);
    if (key !== null) plan.totals.set(key, totals);
  }
  return { derived, ...totals };
}

/**
 * A probe's totals as an evaluation of `before`'s options, for ranking: it carries no rule results.
 * @example rank(probedEvaluation(before, totals), priorities, 3)[0]
 */
export function probedEvaluation(before: UseCaseEvaluation, { derived, sums, exclusions }: ProbeTotals): UseCaseEvaluation {
  const options = before.options.map((o, i): OptionEvaluation => {
    const s = dimensionsOf(sums, 4 * i);
    const n = exclusions[i] as number;
    const d = derived[i] ?? { derived: o.derived, sizing: o.sizing };
    return { ...o, derived: d.derived, sizing: d.sizing, fired: [], sums: s, exclusions: n, excluded: n > 0, dimensions: clampAll(s) };
  });
  return { answers: before.answers, useCaseIndex: before.useCaseIndex, options };
}

/**
 * What `rank(probedEvaluation(before, totals), priorities, w)[0]` picks (its option id, or null when every option
 * is excluded), without building the options' evaluations: sensitivity asks this hundreds of times per
 * recommendation.
 * @example pickOf(rs, priorities, totals) // 'llama-3.1-70b-self-hosted'
 */
export function pickOf(rs: RuleSet, priorities: Answers['priorities'], { derived, sums, exclusions }: ProbeTotals): string | null {
  const w = rs.scoring.feasibilityWeight;
  let best = -1;
  let bestScore = 0;
  let bestCost = 0;
  for (let i = 0; i < rs.options.length; i += 1) {
    if ((exclusions[i] as number) > 0) continue;
    const score = totalScore(clampAll(dimensionsOf(sums, 4 * i)), priorities, w);
    const cost = derived[i]?.derived.monthlyCostUsd ?? 0;
    // rank's order: higher score, then lower cost, then catalog order.
    if (best < 0 || score > bestScore || (score === bestScore && cost < bestCost)) [best, bestScore, bestCost] = [i, score, cost];
  }
  return best < 0 ? null : (rs.options[best]?.id ?? null);
}
