import { COMPARISON_PATHS, COST_PATHS } from './derive';

/**
 * What changed since an evaluation, named after what changes: the self-hosted pools the other use cases form
 * (recommend's second pass), this use case's volume, the team, the priorities, or only the quality and control weights
 * (sensitivity probes). The answers
 * before and after may differ only in the facts the set names (see `DIRTY_PATHS`).
 */
export type DirtySet = 'pools' | 'volume' | 'team' | 'priorities' | 'quality-control';

/**
 * The fact paths each dirty set may change (a path covers everything beneath it): the one place they are named.
 * @example DIRTY_PATHS.team.has('team') // true
 */
export const DIRTY_PATHS: Readonly<Record<DirtySet, ReadonlySet<string>>> = {
  pools: new Set(COST_PATHS),
  // The volume sizes every self-hosted deployment and moves each option's cost against the others.
  volume: new Set(['useCase.monthlyTokens', ...COST_PATHS, ...COMPARISON_PATHS]),
  // The team's GPUs set the self-hosting price and its size can rule options in or out, which moves every comparison.
  team: new Set(['team', ...COST_PATHS, ...COMPARISON_PATHS]),
  // The cost priority scales the material amount, which moves every option's cost score.
  priorities: new Set(['priorities', 'derived.costIndex']),
  // The quality or control weight alone: only the totals move (the sensitivity probes for those two weights).
  'quality-control': new Set(['priorities']),
};

/** Every dirty set, in a fixed order. @example DIRTY_SETS.includes('volume') // true */
export const DIRTY_SETS: readonly DirtySet[] = Object.keys(DIRTY_PATHS) as DirtySet[];
