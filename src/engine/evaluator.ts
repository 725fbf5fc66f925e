import { prepare, type UseCaseInput } from './derive';
import { DIRTY_PATHS, type DirtySet } from './dirty-set';
import { rank, type UseCaseEvaluation } from './evaluate';
import { expressions, type Expressions } from './expressions';
import { evaluateAgain, evaluateFresh } from './fast-path';
import { Memo, overlayFor, sharedValues } from './memo';
import { pickOf, probedEvaluation, probeTotals, type ProbeSetup, type ProbeTotals } from './probe';
import { candidatesOf, probePlan, type Candidates, type DirtyRules, type ProbePlan } from './probe-plan';
import type { RuleSet } from './rule-set';
import { changedOptions, staleRules } from './stale';

/** A previous evaluation of the same use case, and what changed since. */
export interface Previous {
  evaluation: UseCaseEvaluation;
  dirty: DirtySet;
}

/** A sensitivity probe: `before` with the facts `dirty` names changed to those of `answers` (and `pools`). */
export interface ProbeInput extends UseCaseInput {
  before: UseCaseEvaluation;
  dirty: DirtySet;
}

/**
 * The fast path of one recommendation's evaluations. Each result equals the traced reference (`evaluateTraced` in
 * trace.ts) for the same input, from scratch: the property tests in test/engine/evaluator.slow.test.ts prove it.
 */
export interface Evaluator {
  readonly ruleSet: RuleSet;
  /**
   * Every use-case rule for one use case and every option. With `previous` (an evaluation by this evaluator), only
   * what the changed facts can reach runs again.
   */
  useCase(input: UseCaseInput & { previous?: Previous }): UseCaseEvaluation;
  /** A sensitivity probe: ranks options as the full evaluation would, but carries no rule results. */
  probe(input: ProbeInput): UseCaseEvaluation;
  /** The id of the option `rank(probe(input), input.answers.priorities, w)[0]` picks, or null when none is eligible. */
  probePick(input: ProbeInput): string | null;
}

/** What a rule set's evaluators share under one dirty set: it depends on the rule set alone. */
interface DirtyTables extends DirtyRules {
  candidates: Candidates | undefined;
}

/** What every evaluator of a rule set shares, worked out on first use: nothing in it comes from the answers. */
interface RuleSetTables {
  x: Expressions;
  byDirty: Map<DirtySet, DirtyTables>;
}

const tablesByRuleSet = new WeakMap<RuleSet, RuleSetTables>();

function tablesOf(rs: RuleSet): RuleSetTables {
  let tables = tablesByRuleSet.get(rs);
  if (!tables) tablesByRuleSet.set(rs, (tables = { x: expressions(rs), byDirty: new Map() }));
  return tables;
}

function dirtyTables(rs: RuleSet, tables: RuleSetTables, dirty: DirtySet): DirtyTables {
  let d = tables.byDirty.get(dirty);
  if (!d) {
    const paths = DIRTY_PATHS[dirty];
    d = { paths, stale: staleRules(rs, paths), overlay: overlayFor(tables.x, rs.options.length, paths), candidates: undefined };
    tables.byDirty.set(dirty, d);
  }
  return d;
}

/**
 * An evaluator for one recommendation under a rule set. It keeps the memo of every evaluation it makes (re-runs and
 * probes start from it), the plan of every evaluation it probes per dirty set, and the values of expressions that
 * read nothing of a use case, shared by all its evaluations. Made per recommendation, so nothing of one user's
 * answers outlives it; what depends on the rule set alone is shared by every evaluator of that rule set.
 * @example createEvaluator(rs).useCase({ answers, index: 0, pools: new Map() }).options[0].dimensions.quality // 0..100
 */
export function createEvaluator(rs: RuleSet): Evaluator {
  const tables = tablesOf(rs);
  const scope = sharedValues();
  const memos = new WeakMap<UseCaseEvaluation, Memo>();
  const plans = new WeakMap<UseCaseEvaluation, Map<DirtySet, ProbePlan>>();

  const useCase = ({ previous, ...input }: UseCaseInput & { previous?: Previous }): UseCaseEvaluation => {
    const { derived, contexts } = prepare(rs, input);
    const prepared = { answers: input.answers, index: input.index, derived };
    const before = previous && memos.get(previous.evaluation);
    let memo: Memo;
    let evaluation: UseCaseEvaluation;
    if (previous && before) {
      const { paths, overlay, stale } = dirtyTables(rs, tables, previous.dirty);
      const changed = changedOptions(before.contexts, contexts, paths);
      memo = before.carriedTo(contexts, overlay, changed);
      evaluation = evaluateAgain(rs, prepared, { before: previous.evaluation, changed, stale, memo });
    } else {
      memo = new Memo(tables.x, contexts, scope);
      evaluation = evaluateFresh(rs, prepared, memo);
    }
    memos.set(evaluation, memo);
    return evaluation;
  };

  const setup = (before: UseCaseEvaluation, dirty: DirtySet): ProbeSetup => {
    const d = dirtyTables(rs, tables, dirty);
    const candidates = (d.candidates ??= candidatesOf(rs, d));
    let byDirty = plans.get(before);
    if (!byDirty) plans.set(before, (byDirty = new Map<DirtySet, ProbePlan>()));
    let plan = byDirty.get(dirty);
    if (!plan) byDirty.set(dirty, (plan = probePlan(before, candidates)));
    return { rs, before, candidates, overlay: d.overlay, plan, base: memos.get(before) };
  };
  const totals = ({ before, dirty, ...input }: ProbeInput): ProbeTotals => probeTotals(setup(before, dirty), input);

  return {
    ruleSet: rs,
    useCase,
    probe: (input) => probedEvaluation(input.before, totals(input)),
    probePick: (input) => {
      const d = dirtyTables(rs, tables, input.dirty);
      const c = (d.candidates ??= candidatesOf(rs, d));
      // Nothing to run again and the same derived facts (priorities no rule reads): the evaluation ranks again.
      if (c.rules.length === 0 && !c.derivedDirty) {
        return rank(input.before, input.answers.priorities, rs.scoring.feasibilityWeight)[0]?.o.facts.id ?? null;
      }
      return pickOf(rs, input.answers.priorities, totals(input));
    },
  };
}
