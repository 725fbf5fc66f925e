import type { UseCaseEvaluation } from './evaluate';
import { DIMENSIONS, expressions } from './expressions';
import type { Overlay } from './memo';
import type { CompiledRule, RuleSet } from './rule-set';
import { keeps, readsDirty, type StaleRule } from './stale';

/**
 * The (rule, option) pairs a set of changed facts may affect, in rule order: the score and exclude rules that read a
 * changed fact (notes and obligations never move a score), each with the overlay slots (its changed-fact
 * expressions) it reads, and the pairs of each sum in order. Depends only on the rule set and the dirty set, so the
 * evaluator works it out once per rule set and dirty set.
 */
export interface Candidates {
  rules: CompiledRule[];
  /** Per pair: which of the rule's conditions read a changed fact (for `keeps`). */
  conditionDirty: (readonly boolean[])[];
  options: Int32Array;
  /** Per pair: the sum a score rule adds to (option-major, 4 per option in DIMENSIONS order), or -1 for an exclusion. */
  at: Int32Array;
  /** Per sum: its pairs in order, `order[orderFrom[t]]` to `order[orderFrom[t + 1]]`; per pair, its position there. */
  orderFrom: Int32Array;
  order: Int32Array;
  position: Int32Array;
  /** Every overlay slot some pair reads, with its expression and option: compared once per probe. */
  watch: { id: number; option: number; slot: number }[];
  /** Per overlay slot: the pairs that read it, `readers[readersFrom[slot]]` to `readers[readersFrom[slot + 1]]`. */
  readersFrom: Int32Array;
  readers: Int32Array;
  /** Whether the options' derived facts may change (else a probe reuses them). */
  derivedDirty: boolean;
}

/** Where each list starts when the lists are laid end to end, and where the last ends. */
function offsets(lists: readonly (readonly unknown[])[]): Int32Array {
  const out = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (out[i + 1] = (out[i] as number) + list.length));
  return out;
}

/** What is known of a rule set under one dirty set: its fact paths, the rules that read them and their overlay. */
export interface DirtyRules {
  paths: ReadonlySet<string>;
  stale: readonly StaleRule[];
  overlay: Overlay;
}

/**
 * The candidates of a rule set under a set of changed facts.
 * @example candidatesOf(rs, dirtyRules).rules.length // score and exclude pairs reading the changed facts
 */
export function candidatesOf(rs: RuleSet, { paths: dirty, stale: staleList, overlay }: DirtyRules): Candidates {
  const x = expressions(rs);
  const rules: CompiledRule[] = [];
  const conditionDirty: (readonly boolean[])[] = [];
  const options: number[] = [];
  const at: number[] = [];
  const perSum: number[][] = Array.from({ length: 4 * rs.options.length }, () => []);
  const readersOf: number[][] = Array.from({ length: overlay.slots }, () => []);
  const watch = new Map<number, Candidates['watch'][number]>();
  for (const stale of staleList) {
    const { rule } = stale;
    const r = rule.rule;
    if (rule.scope !== 'use-case' || (r.effect !== 'score' && r.effect !== 'exclude')) continue;
    const ids = new Set(
      [...(x.conditions[rule.order] ?? []), x.points[rule.order] ?? -1].filter((id) => id >= 0 && overlay.local[id] !== -1),
    );
    for (let i = 0; i < rs.options.length; i += 1) {
      if (!rule.selects[i]) continue;
      const k = rules.push(rule) - 1;
      conditionDirty.push(stale.conditionDirty);
      options.push(i);
      const sum = r.effect === 'score' ? 4 * i + DIMENSIONS.indexOf(r.dimension) : -1;
      at.push(sum);
      if (sum >= 0) perSum[sum]?.push(k);
      for (const id of ids) {
        const slot = (overlay.local[id] as number) + (x.list[id]?.perOption ? i : 0);
        readersOf[slot]?.push(k);
        if (!watch.has(slot)) watch.set(slot, { id, option: i, slot });
      }
    }
  }
  const order = Int32Array.from(perSum.flat());
  const position = new Int32Array(rules.length).fill(-1);
  order.forEach((k, p) => (position[k] = p));
  return {
    rules,
    conditionDirty,
    options: Int32Array.from(options),
    at: Int32Array.from(at),
    orderFrom: offsets(perSum),
    order,
    position,
    watch: [...watch.values()],
    readersFrom: offsets(readersOf),
    readers: Int32Array.from(readersOf.flat()),
    derivedDirty: readsDirty(['derived', 'useCase'], dirty) || [...dirty].some((d) => d.startsWith('derived.') || d.startsWith('useCase.')),
  };
}

/**
 * What every probe of one evaluation under one set of changed facts shares. A pair whose previous result failed on a
 * condition that reads no changed fact fails again: it is left out. The others are replayed per sum in candidate
 * order, as a re-run of all of them would add them up. With every pair giving its previous effect, the running sum
 * before each pair and the final sums are known here once; a probe starts each sum from the running value before
 * its first pair that reads a changed expression, so it adds up to the same bits.
 */
export interface ProbePlan {
  /** Per pair: whether a probe looks at it. */
  live: Uint8Array;
  /** Per pair: its previous effect (points, or 1 for a fired exclusion; 0 when it did not fire or is left out). */
  was: Float64Array;
  /** Live pairs without a previous result: they run in every probe. */
  always: number[];
  /** Per position in `Candidates.order`: the running sum before that pair. */
  before: Float64Array;
  /** The sums and exclusion counts when every pair gives its previous effect. */
  sums: Float64Array;
  exclusions: Int32Array;
  /**
   * Probe totals by the values of the changed-fact expressions (`watched`): every pair's effect follows from those
   * values and from facts that did not change, so probes that agree on them (more engineers past every threshold
   * a rule tests) have the same totals.
   */
  totals: Map<string, { sums: Float64Array; exclusions: Int32Array }>;
}

/** The plan for probing `before` under the candidates' changed facts (the evaluator keeps one per evaluation and dirty set). @example probePlan(evaluation, candidates).sums */
export function probePlan(before: UseCaseEvaluation, c: Candidates): ProbePlan {
  const n = c.rules.length;
  const sums = Float64Array.from(before.options.flatMap((o) => DIMENSIONS.map((d) => o.sums[d])));
  const exclusions = Int32Array.from(before.options, (o) => o.exclusions);
  const plan: ProbePlan = {
    live: new Uint8Array(n),
    was: new Float64Array(n),
    always: [],
    before: new Float64Array(c.order.length),
    sums,
    exclusions,
    totals: new Map(),
  };
  // Take out the live pairs' previous contributions, in pair order (as a re-run of them all would).
  for (let k = 0; k < n; k += 1) {
    const rule = c.rules[k] as CompiledRule;
    const i = c.options[k] as number;
    const old = before.options[i]?.byRule[rule.order];
    if (keeps(old, c.conditionDirty[k] as readonly boolean[])) continue;
    plan.live[k] = 1;
    if (!old) plan.always.push(k);
    if (!old?.fired) continue;
    const sum = c.at[k] as number;
    if (sum < 0) plan.was[k] = 1;
    else if (old.points !== undefined) {
      plan.was[k] = old.points;
      sums[sum] = (sums[sum] as number) + -1 * old.points;
    }
  }
  // Put them back, each sum adding its pairs in order and remembering the running value before each. (Exclusions
  // are counts: taking the fired ones out and putting them back leaves the evaluation's count.)
  for (let t = 0; t < sums.length; t += 1) {
    let sum = sums[t] as number;
    for (let p = c.orderFrom[t] as number; p < (c.orderFrom[t + 1] as number); p += 1) {
      plan.before[p] = sum;
      const v = plan.was[c.order[p] as number] as number;
      if (v !== 0) sum += v;
    }
    sums[t] = sum;
  }
  return plan;
}
