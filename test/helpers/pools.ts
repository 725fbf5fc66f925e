import fc from 'fast-check';
import type { RuleSet } from '../../src/engine';
import { loadOf, workloadOf } from '../../src/engine/cost';
import type { PoolLoads } from '../../src/engine/evaluate';
import { useCase } from './rules';

const selfHosted = (rs: RuleSet) => rs.options.filter((o) => o.deployment === 'self-hosted').map((o) => o.id);

const otherArb = fc.record({
  tokens: fc.integer({ min: 1e6, max: 5e10 }),
  inputShare: fc.double({ min: 0.1, max: 0.9, noNaN: true }),
  customers: fc.boolean(),
});

/** Loads other use cases (one or two per option) put on some self-hosted options: their tokens a month, input share and whether they need on-call. */
export const poolsArb = (rs: RuleSet): fc.Arbitrary<PoolLoads> =>
  fc.subarray(selfHosted(rs)).chain((ids) =>
    fc.tuple(...ids.map(() => fc.array(otherArb, { minLength: 1, maxLength: 2 }))).map(
      (t) =>
        new Map(
          ids.map((id, i) => [
            id,
            (t[i] ?? []).map((w) => {
              const other = useCase({
                monthlyTokens: w.tokens,
                inputShare: w.inputShare,
                audience: w.customers ? 'customer-facing' : 'internal',
              });
              return loadOf(workloadOf(other, rs.costs), rs.costs);
            }),
          ]),
        ),
    ),
  );
