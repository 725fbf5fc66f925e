import type { Expression, Expressions } from './expressions';
import { readsDirty } from './stale';

/** What a memo holds for an expression that threw: the error, so each caller reports it as before. */
export class Thrown {
  constructor(readonly error: unknown) {}
}

const UNSET: unique symbol = Symbol('unset');

/** Expressions whose value may change under a set of changed facts, each with its slot in a probe's overlay. */
export interface Overlay {
  /** Per expression: its first slot in the overlay, or -1 when it reads no changed fact. */
  local: Int32Array;
  slots: number;
}

/**
 * The expressions that read a dirty fact, each with its slot in an overlay.
 * @example overlayFor(expressions(rs), rs.options.length, new Set(['team'])).slots // slots for the team's expressions
 */
export function overlayFor(x: Expressions, options: number, dirty: ReadonlySet<string>): Overlay {
  let slots = 0;
  const local = Int32Array.from(x.list, (e) => {
    if (!readsDirty(e.paths, dirty)) return -1;
    const at = slots;
    slots += e.perOption ? options : 1;
    return at;
  });
  return { local, slots };
}

/**
 * The values of the answer-level expressions (see `Expressions.answerLevel`) under one set of answers: every use
 * case's memo under those answers shares them, so such an expression runs once per recommendation, not once per use
 * case, and a sensitivity probe of the team runs it once per team it tries.
 */
export class AnswerMemo {
  readonly values: unknown[];

  constructor(slots: number) {
    this.values = new Array<unknown>(slots).fill(UNSET);
  }
}

/**
 * Answer-level values shared by the evaluations of one recommendation (its use cases and their sensitivity probes),
 * by the answers they were computed under. Made per recommendation, so nothing of one user's answers outlives it.
 */
export interface SharedValues {
  x: Expressions | undefined;
  byAnswers: Map<string, AnswerMemo>;
}

/** A new, empty scope for the answer-level values of one recommendation (each evaluator makes one). @example new Memo(x, contexts, sharedValues()) */
export function sharedValues(): SharedValues {
  return { x: undefined, byAnswers: new Map() };
}

/**
 * The scope's answer-level values for the answers the contexts carry, shared with every memo under equal answers;
 * undefined without a scope (the memo keeps them itself).
 */
function answerMemo(x: Expressions, contexts: readonly object[], scope: SharedValues | undefined): AnswerMemo | undefined {
  const key = scope && (scope.x ??= x) === x ? answersKey(contexts[0]) : null;
  if (!scope || key === null) return undefined;
  let memo = scope.byAnswers.get(key);
  if (!memo) scope.byAnswers.set(key, (memo = new AnswerMemo(x.slots)));
  return memo;
}

/** The answers' own sections as JSON: equal keys, equal facts (null for a -0, which JSON cannot tell from 0). */
function answersKey(context: object | undefined): string | null {
  if (context === undefined) return null;
  const { organization, regulation, team, priorities } = context as Record<string, unknown>;
  let plain = true;
  const key = JSON.stringify([organization, regulation, team, priorities], (_, v: unknown) => {
    if (Object.is(v, -0)) plain = false;
    return v;
  });
  return plain ? key : null;
}

/**
 * The values of a rule set's expressions for one use case: each computed on first use against the use case's
 * context for that option, then kept. In a scope (`SharedValues`), answer-level expressions are kept in the
 * `AnswerMemo` every use case under the same answers shares. A memo over a base memo (a sensitivity probe) keeps only the expressions that read a
 * changed fact and asks the base for the rest: they give the same value in both.
 */
export class Memo {
  private readonly values: unknown[];
  private readonly answers: AnswerMemo | undefined;

  /** With `over`, the memo of a probe: its scope is the base's. */
  constructor(
    readonly x: Expressions,
    readonly contexts: readonly object[],
    readonly scope?: SharedValues,
    private readonly over?: { base: Memo; overlay: Overlay },
  ) {
    this.values = new Array<unknown>(over ? over.overlay.slots : x.slots).fill(UNSET);
    this.answers = answerMemo(x, contexts, scope);
  }

  /**
   * A memo for changed contexts that keeps this one's values of every expression the overlay does not name, and of
   * those it names, the values for options whose facts did not change (`changedOptions[i]` false).
   * @example memo.carriedTo(contexts, overlay, [true, false]).value(id, 1) // kept: option 1's facts did not change
   */
  carriedTo(contexts: readonly object[], overlay: Overlay, changedOptions: readonly boolean[]): Memo {
    const next = new Memo(this.x, contexts, this.scope);
    if (this.over) return next;
    const anyChanged = changedOptions.includes(true);
    this.x.list.forEach((e, id) => {
      const dirty = overlay.local[id] !== -1;
      if (!e.perOption) {
        if (!dirty || !anyChanged) next.values[e.slot] = this.values[e.slot];
        return;
      }
      for (let i = 0; i < contexts.length; i += 1) {
        if (!dirty || !changedOptions[i]) next.values[e.slot + i] = this.values[e.slot + i];
      }
    });
    return next;
  }

  /** The value of expression `id` for option `option` (a `Thrown` when it threw). */
  value(id: number, option: number): unknown {
    let slot: number;
    let values = this.values;
    if (this.over !== undefined) {
      slot = this.over.overlay.local[id] as number;
      if (slot < 0) return this.over.base.value(id, option);
    } else slot = this.x.slotOf[id] as number;
    if (this.answers !== undefined && this.x.answerLevel[id] === 1) {
      slot = this.x.slotOf[id] as number;
      values = this.answers.values;
    }
    if (this.x.perOption[id] === 1) slot += option;
    const v = values[slot];
    return v === UNSET ? this.compute(values, id, slot, option) : v;
  }

  private compute(values: unknown[], id: number, slot: number, option: number): unknown {
    let v: unknown;
    try {
      v = (this.x.list[id] as Expression).run(this.contexts[option]);
    } catch (error) {
      v = new Thrown(error);
    }
    values[slot] = v;
    return v;
  }
}
