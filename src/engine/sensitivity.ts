import type { Answers, Sensitivity } from '../domain';
import { COMPARISON_PATHS, COST_PATHS, rank, type PoolLoads, type UseCaseEvaluation } from './evaluate';
import { probePick } from './probe';
import type { RuleSet } from './rule-set';

const VOLUME_UP = [1.5, 2, 3, 5, 10, 100];
const VOLUME_DOWN = [1 / 1.5, 0.5, 1 / 3, 0.2, 0.1, 0.01];
const ENGINEERS = [0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 50];
const MATURITY = ['none', 'basic', 'advanced'] as const;
const GPU = ['none', 'cloud', 'on-prem'] as const;

// Constant sets, so the engine can memoise which rules each change makes stale.
// The team's GPUs set the self-hosting price and its size can rule options in or out, which moves every comparison.
export const VOLUME_DIRTY: ReadonlySet<string> = new Set(['useCase.monthlyTokens', ...COST_PATHS, ...COMPARISON_PATHS]);
export const TEAM_DIRTY: ReadonlySet<string> = new Set(['team', ...COST_PATHS, ...COMPARISON_PATHS]);
const PRIORITIES_DIRTY: ReadonlySet<string> = new Set(['priorities']);

type Probe = (answers: Answers, dirty: ReadonlySet<string>) => string | null;

const prioritiesCache = new WeakMap<RuleSet, boolean>();

/** Whether any rule reads the priorities, memoised per rule set. */
function readsPriorities(rs: RuleSet): boolean {
  let reads = prioritiesCache.get(rs);
  if (reads === undefined) prioritiesCache.set(rs, (reads = rs.rules.some((r) => r.roots.has('priorities'))));
  return reads;
}

/** Nearest first: by distance from the current value, then the lower one. */
function byDistance<T>(values: readonly T[], current: T, distance: (v: T) => number): T[] {
  return values.filter((v) => v !== current).sort((a, b) => distance(a) - distance(b));
}

/** Rounds to two significant figures away from the current value, so the rounded change still flips. */
function roundAway(n: number, up: boolean): number {
  const step = 10 ** (Math.floor(Math.log10(n)) - 1);
  return (up ? Math.ceil(n / step) : Math.floor(n / step)) * step;
}

function volumeFlips(probe: Probe, answers: Answers, ucIndex: number, base: string | null): Sensitivity[] {
  const useCase = answers.useCases[ucIndex];
  if (!useCase) return [];
  const from = useCase.monthlyTokens;
  const dirty = VOLUME_DIRTY;
  // The search asks for the value it settles on twice; each volume is probed once.
  const seen = new Map<number, string | null>();
  const at = (tokens: number) => {
    if (!seen.has(tokens)) seen.set(tokens, probe(withTokens(answers, ucIndex, tokens), dirty));
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

/** The nearest value in each direction (or just the nearest, for unordered choices) that flips the pick. */
function nearestFlips<T extends string | number>(
  input: string,
  values: readonly T[],
  current: T,
  offset: (v: T) => number,
  apply: (v: T) => Answers,
  probe: Probe,
  dirty: ReadonlySet<string>,
  base: string | null,
): Sensitivity[] {
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

/**
 * The nearest changes of volume, team capacity or priorities that would change this use case's recommendation.
 * Other use cases' self-hosted pools stay as they are, so each change is read for this use case alone.
 */
export function sensitivityFor(rs: RuleSet, evaluation: UseCaseEvaluation, pools: PoolLoads): Sensitivity[] {
  const { answers, useCaseIndex } = evaluation;
  const w = rs.scoring.feasibilityWeight;
  const pick = (e: UseCaseEvaluation, a: Answers) => rank(e, a.priorities, w)[0]?.o.facts.id ?? null;
  const base = pick(evaluation, answers);
  const prioritiesRead = readsPriorities(rs);
  const probe: Probe = (changed, dirty) =>
    // Priorities only weight the dimensions: unless a rule reads them, the same evaluation ranks again.
    dirty !== PRIORITIES_DIRTY || prioritiesRead
      ? probePick(rs, changed, useCaseIndex, pools, evaluation, dirty)
      : pick(evaluation, changed);
  const team = answers.team;
  const out = [...volumeFlips(probe, answers, useCaseIndex, base)];
  const teamDirty = TEAM_DIRTY;
  out.push(
    ...nearestFlips(
      'team.mlEngineers',
      ENGINEERS,
      team.mlEngineers,
      (v) => v - team.mlEngineers,
      (v) => ({ ...answers, team: { ...team, mlEngineers: v } }),
      probe,
      teamDirty,
      base,
    ),
    ...nearestFlips(
      'team.mlopsMaturity',
      MATURITY,
      team.mlopsMaturity,
      (v) => MATURITY.indexOf(v) - MATURITY.indexOf(team.mlopsMaturity),
      (v) => ({ ...answers, team: { ...team, mlopsMaturity: v } }),
      probe,
      teamDirty,
      base,
    ),
    ...nearestFlips(
      'team.gpuAccess',
      GPU,
      team.gpuAccess,
      (v) => GPU.indexOf(v) - GPU.indexOf(team.gpuAccess),
      (v) => ({ ...answers, team: { ...team, gpuAccess: v } }),
      probe,
      teamDirty,
      base,
    ),
  );
  const prioDirty = PRIORITIES_DIRTY;
  for (const key of ['cost', 'quality', 'control'] as const) {
    const current = answers.priorities[key];
    out.push(
      ...nearestFlips(
        `priorities.${key}`,
        [1, 2, 3, 4, 5],
        current,
        (v) => v - current,
        (v) => ({ ...answers, priorities: { ...answers.priorities, [key]: v } }),
        probe,
        prioDirty,
        base,
      ),
    );
  }
  return out;
}
