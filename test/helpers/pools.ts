import fc from 'fast-check';
import type { RuleSet } from '../../src/engine';
import { loadOf, workloadOf } from '../../src/engine/cost';
import type { PoolLoads } from '../../src/engine/evaluate';
import { useCase } from './rules';

const selfHosted = (rs: RuleSet) => rs.options.filter((o) => o.deployment === 'self-hosted').map((o) => o.id);

/** Loads other use cases put on some self-hosted options: their tokens a month, input share and whether they need on-call. */
export const poolsArb = (rs: RuleSet): fc.Arbitrary<PoolLoads> =>
  fc.subarray(selfHosted(rs)).chain((ids) =>
    fc
      .tuple(
        ...ids.map(() =>
          fc.record({
            tokens: fc.integer({ min: 1e6, max: 5e10 }),
            inputShare: fc.double({ min: 0.1, max: 0.9, noNaN: true }),
            customers: fc.boolean(),
          }),
        ),
      )
      .map(
        (t) =>
          new Map(
            ids.map((id, i) => {
              const w = t[i]!;
              const other = useCase({
                monthlyTokens: w.tokens,
                inputShare: w.inputShare,
                audience: w.customers ? 'customer-facing' : 'internal',
              });
              return [id, loadOf(workloadOf(other, rs.costs), rs.costs)];
            }),
          ),
      ),
  );
