import type { Answers, Sensitivity } from '../domain';
import { DIRTY_PATHS, type DirtySet } from './dirty-set';
import { rank, totalScore, type OptionEvaluation, type PoolLoads, type UseCaseEvaluation } from './evaluate';
import type { Evaluator } from './evaluator';
import type { RuleSet } from './rule-set';

type Standing = NonNullable<Sensitivity['after']>['pick'];

const VOLUME_UP = [1.5, 2, 3, 5, 10, 100];
const VOLUME_DOWN = [1 / 1.5, 0.5, 1 / 3, 0.2, 0.1, 0.01];
const ENGINEERS = [0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 50];
const MATURITY = ['none', 'basic', 'advanced'] as const;
const GPU = ['none', 'cloud', 'on-prem'] as const;

type Probe = (answers: Answers, dirty: DirtySet) => string | null;

/** Nearest first: by distance from the current value, then the lower one. */
function byDistance<T>(values: readonly T[], current: T, distance: (v: T) => number): T[] {
  return values.filter((v) => v !== current).sort((a, b) => distance(a) - distance(b));
}

/** Rounds to two significant figures away from the current value, so the rounded change still flips. */
function roundAway(n: number, up: boolean): number {
  const step = 10 ** (Math.floor(Math.log10(n)) - 1);
  return (up ? Math.ceil(n / step) : Math.floor(n / step)) * step;
}

function volumeFlips(probe: Probe, { answers, index: ucIndex }: { answers: Answers; index: number }, base: string | null): Sensitivity[] {
  const useCase = answers.useCases[ucIndex];
  if (!useCase) return [];
  const from = useCase.monthlyTokens;
  // The search asks for the value it settles on twice; each volume is probed once.
  const seen = new Map<number, string | null>();
  const at = (tokens: number) => {
    if (!seen.has(tokens)) seen.set(tokens, probe(withTokens(answers, ucIndex, tokens), 'volume'));
    return seen.get(tokens) ?? null;
  };
  const out: Sensitivity[] = [];
  for (const factors of [VOLUME_DOWN, VOLUME_UP]) {
    let lo = 1;
    for (const f of factors) {
      const flipped = at(from * f);
      if (flipped === base) {
        lo = f;
        continue;
      }
      let hi = f;
      for (let step = 0; step < 5; step += 1) {
        const mid = Math.sqrt(lo * hi);
        if (at(from * mid) === base) lo = mid;
        else hi = mid;
      }
      const rounded = roundAway(from * hi, factors === VOLUME_UP);
      const to = rounded > 0 && at(rounded) !== base ? rounded : Math.round(from * hi);
      out.push({ input: `useCases[${ucIndex}].monthlyTokens`, from, to, flipsTo: at(to) });
      break;
    }
  }
  return out;
}

function withTokens(answers: Answers, ucIndex: number, tokens: number): Answers {
  return { ...answers, useCases: answers.useCases.map((u, i) => (i === ucIndex ? { ...u, monthlyTokens: tokens } : u)) };
}

/** One input's values to try, how far each is from the current one, and the answers with it set. */
interface Search<T> {
  input: string;
  values: readonly T[];
  current: T;
  offset: (v: T) => number;
  apply: (v: T) => Answers;
  dirty: DirtySet;
}

/** The nearest value in each direction (or just the nearest, for unordered choices) that flips the pick. */
function nearestFlips<T extends string | number>(search: Search<T>, probe: Probe, base: string | null): Sensitivity[] {
  const { input, values, current, offset, apply, dirty } = search;
  const distance = (v: T) => Math.abs(offset(v));
  const found = new Map<number, Sensitivity>();
  for (const v of byDistance(values, current, distance)) {
    const side = Math.sign(offset(v));
    if (found.has(side)) continue;
    const flipsTo = probe(apply(v), dirty);
    if (flipsTo !== base) found.set(side, { input, from: current, to: v, flipsTo });
  }
  return [...found.values()].sort((a, b) => distance(a.to as T) - distance(b.to as T));
}

type Flips = <T extends string | number>(search: Search<T>) => Sensitivity[];

/** The nearest team sizes, MLOps maturities and GPU accesses that flip the pick. */
function teamFlips(answers: Answers, flips: Flips): Sensitivity[] {
  const team = answers.team;
  const withTeam = (patch: Partial<Answers['team']>): Answers => ({ ...answers, team: { ...team, ...patch } });
  return [
    ...flips({
      input: 'team.mlEngineers',
      values: ENGINEERS,
      current: team.mlEngineers,
      offset: (v) => v - team.mlEngineers,
      apply: (v) => withTeam({ mlEngineers: v }),
      dirty: 'team',
    }),
    ...flips({
      input: 'team.mlopsMaturity',
      values: MATURITY,
      current: team.mlopsMaturity,
      offset: (v) => MATURITY.indexOf(v) - MATURITY.indexOf(team.mlopsMaturity),
      apply: (v) => withTeam({ mlopsMaturity: v }),
      dirty: 'team',
    }),
    ...flips({
      input: 'team.gpuAccess',
      values: GPU,
      current: team.gpuAccess,
      offset: (v) => GPU.indexOf(v) - GPU.indexOf(team.gpuAccess),
      apply: (v) => withTeam({ gpuAccess: v }),
      dirty: 'team',
    }),
  ];
}

/** The dirty set a priority weight is probed under: the cost weight also sets the material amount of the cost score; the other two only weigh the totals. */
function priorityDirty(key: string): DirtySet {
  return key === 'cost' ? 'priorities' : 'quality-control';
}

/** The nearest priority weights (1..5) that flip the pick, for cost, quality and control in turn. */
function priorityFlips(answers: Answers, flips: Flips): Sensitivity[] {
  return (['cost', 'quality', 'control'] as const).flatMap((key) => {
    const current = answers.priorities[key];
    return flips({
      input: `priorities.${key}`,
      values: [1, 2, 3, 4, 5],
      current,
      offset: (v) => v - current,
      apply: (v) => ({ ...answers, priorities: { ...answers.priorities, [key]: v } }),
      dirty: priorityDirty(key),
    });
  });
}

/** The answers with one sensitivity input set to `to`, and the dirty set that change is probed under. */
function changed(answers: Answers, { input, to }: Pick<Sensitivity, 'input' | 'to'>): { answers: Answers; dirty: DirtySet } {
  const volume = /^useCases\[(\d+)\]\.monthlyTokens$/.exec(input);
  if (volume) return { answers: withTokens(answers, Number(volume[1]), Number(to)), dirty: 'volume' };
  const [scope, key] = input.split('.') as [string, string];
  if (scope === 'team') return { answers: { ...answers, team: { ...answers.team, [key]: to } }, dirty: 'team' };
  return { answers: { ...answers, priorities: { ...answers.priorities, [key]: to } }, dirty: priorityDirty(key) };
}

/** Per rule set and dirty set: whether any use-case rule's condition reads a fact the dirty set changes. */
const conditionsRead = new WeakMap<RuleSet, Map<DirtySet, boolean>>();

/**
 * Whether a change under `dirty` can make a rule fire that did not: only where some rule's condition reads what it
 * changes. The default pack's conditions read no priority, so a change of weights brings no rule in, and its probe
 * is spared the evaluation.
 */
function conditionsReadChanged(rs: RuleSet, dirty: DirtySet): boolean {
  let byDirty = conditionsRead.get(rs);
  if (!byDirty) conditionsRead.set(rs, (byDirty = new Map<DirtySet, boolean>()));
  let reads = byDirty.get(dirty);
  if (reads === undefined) {
    const changes = [...DIRTY_PATHS[dirty]];
    reads = rs.rules.some(
      (r) =>
        r.scope === 'use-case' &&
        r.conditions.some((c) => c.paths.some((p) => changes.some((d) => p === d || p.startsWith(`${d}.`) || d.startsWith(`${p}.`)))),
    );
    byDirty.set(dirty, reads);
  }
  return reads;
}

/** An option's standing in an evaluation, as `Sensitivity.after` gives it. */
function standing(o: OptionEvaluation, priorities: Answers['priorities'], feasibilityWeight: number): Standing {
  return {
    score: totalScore(o.dimensions, priorities, feasibilityWeight),
    monthlyCostUsd: o.derived.monthlyCostUsd,
    scoreBreakdown: o.dimensions,
  };
}

/**
 * What the change does to `pick` and to the option it flips to: the rules that would newly count against the pick (an
 * exclusion, or a score rule that takes points off it, where it did not fire before), and where both stay eligible,
 * their scores and costs after it. The rules say why a flip happens where the reason is a limit (a team too small to
 * run the pick, no GPUs for it); the scores and costs say it where costs grow apart or the weights change.
 */
function afterChange(
  evaluator: Evaluator,
  placed: { evaluation: UseCaseEvaluation; pools: PoolLoads },
  pick: string,
  s: Sensitivity,
): Pick<Sensitivity, 'againstPick' | 'after'> {
  const { evaluation, pools } = placed;
  const i = evaluation.options.findIndex((o) => o.facts.id === pick);
  const now = evaluation.options[i];
  if (!now) return {};
  const { answers, dirty } = changed(evaluation.answers, s);
  const input = { answers, index: evaluation.useCaseIndex, pools };
  const reads = conditionsReadChanged(evaluator.ruleSet, dirty);
  // Where no rule's condition reads what the change changes, no rule newly fires: a probe gives the scores alone.
  const later = reads
    ? evaluator.useCase({ ...input, previous: { evaluation, dirty } })
    : evaluator.probe({ ...input, before: evaluation, dirty });
  const after = later.options[i];
  if (!after) return {};
  const out: Pick<Sensitivity, 'againstPick' | 'after'> = {};
  if (reads) {
    // A rule that fired before too with as many points off or fewer (the cost score's, whose points move with every
    // change of volume) is the scores moving, not a new reason.
    const before = new Map(now.fired.map((r) => [r.rule.rule.id, r.points ?? 0]));
    // Where nothing would be left, only the exclusions say why: with no option eligible, scores compare with the
    // whole catalog, and a quality rule that fires then is not the cause.
    const counts = (r: (typeof after.fired)[number]) => r.rule.rule.effect === 'exclude' || (s.flipsTo !== null && (r.points ?? 0) < 0);
    // A score rule that fired before and would take off more points after (a quota passed further, -5 to -10) counts too.
    const more = (r: (typeof after.fired)[number]) => {
      const was = before.get(r.rule.rule.id);
      const rule = r.rule.rule;
      // Not the cost score's: costs growing apart are what the words of the trade say.
      const stepped = rule.effect === 'score' && rule.dimension !== 'cost' && s.flipsTo !== null;
      return was !== undefined && stepped && (r.points ?? 0) < 0 && (r.points ?? 0) < was - 1e-9;
    };
    const ids = after.fired.filter((r) => (!before.has(r.rule.rule.id) && counts(r)) || more(r)).map((r) => r.rule.rule.id);
    if (ids.length > 0) out.againstPick = ids;
  }
  const to = later.options.find((o) => o.facts.id === s.flipsTo);
  if (to && !to.excluded && !after.excluded) {
    const w = evaluator.ruleSet.scoring.feasibilityWeight;
    out.after = { pick: standing(after, answers.priorities, w), flipsTo: standing(to, answers.priorities, w) };
  }
  return out;
}

/**
 * The nearest changes of volume, team capacity or priorities that would change this use case's recommendation, each
 * with the rules that would newly act against the pick, where one would. Other use cases' self-hosted pools stay as they are,
 * so each change is read for this use case alone.
 * @example sensitivityFor(evaluator, { evaluation, pools }) // [{ input: 'team.mlEngineers', from: 2, to: 4, flipsTo: '…' }]
 */
export function sensitivityFor(evaluator: Evaluator, placed: { evaluation: UseCaseEvaluation; pools: PoolLoads }): Sensitivity[] {
  const { evaluation, pools } = placed;
  const { answers, useCaseIndex: index } = evaluation;
  const base = rank(evaluation, answers.priorities, evaluator.ruleSet.scoring.feasibilityWeight)[0]?.o.facts.id ?? null;
  const probe: Probe = (changed, dirty) => evaluator.probePick({ answers: changed, index, pools, before: evaluation, dirty });
  const flips: Flips = (search) => nearestFlips(search, probe, base);
  const found = [...volumeFlips(probe, { answers, index }, base), ...teamFlips(answers, flips), ...priorityFlips(answers, flips)];
  if (base === null) return found;
  return found.map((s) => ({ ...s, ...afterChange(evaluator, placed, base, s) }));
}
