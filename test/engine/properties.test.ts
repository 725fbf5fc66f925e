import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswersV2, type Answers } from '../../src/domain';
import { explain, recommend } from '../../src/engine';
import { answersArb } from '../helpers/arbitraries';
import { defaultRuleSet as rs } from '../helpers/rules';

const runs = { numRuns: 60 };

describe('engine properties (default pack, generated answers)', { timeout: 30_000 }, () => {
  it('generated answers are valid answers', () => {
    fc.assert(
      fc.property(answersArb(), (a) => AnswersV2.safeParse(a).success),
      runs,
    );
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    fc.assert(
      fc.property(answersArb(), (a) => JSON.stringify(recommend(rs, a)) === JSON.stringify(recommend(rs, structuredClone(a)))),
      runs,
    );
  });

  it('keeps every score and dimension within 0..100 and every cost non-negative', () => {
    fc.assert(
      fc.property(answersArb(), (a) => {
        for (const u of recommend(rs, a).useCases) {
          for (const c of [u.recommended, ...u.alternatives]) {
            if (!c) continue;
            for (const v of [c.score, ...Object.values(c.scoreBreakdown)]) {
              expect(v).toBeGreaterThanOrEqual(0);
              expect(v).toBeLessThanOrEqual(100);
            }
            expect(c.monthlyCostUsd).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      runs,
    );
  });

  it('never recommends or lists as an alternative an excluded option; a use case with none left says why', () => {
    fc.assert(
      fc.property(answersArb(), (a) => {
        for (const u of recommend(rs, a).useCases) {
          const excluded = new Set(u.excluded.map((e) => e.optionId));
          for (const c of [u.recommended, ...u.alternatives]) if (c) expect(excluded.has(c.optionId)).toBe(false);
          expect(excluded.size + u.alternatives.length + (u.recommended ? 1 : 0)).toBe(rs.options.length);
          if (!u.recommended) expect(u.excluded.length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it('raising one use case volume never lowers the monthly cost of any option for it', () => {
    fc.assert(
      fc.property(answersArb(1), fc.double({ min: 1.01, max: 50, noNaN: true }), (a, factor) => {
        const more = { ...a, useCases: a.useCases.map((u) => ({ ...u, monthlyTokens: u.monthlyTokens * factor })) };
        const costs = (x: Answers) => {
          const u = recommend(rs, x).useCases[0];
          return new Map([u?.recommended, ...(u?.alternatives ?? [])].flatMap((c) => (c ? [[c.optionId, c.monthlyCostUsd] as const] : [])));
        };
        const before = costs(a);
        for (const [id, cost] of costs(more)) {
          const was = before.get(id);
          if (was !== undefined) expect(cost).toBeGreaterThanOrEqual(was);
        }
      }),
      runs,
    );
  });

  it('adding a regulation never removes an obligation that held for an option', () => {
    const keys = ['gdpr', 'hipaa', 'euAiAct'] as const;
    fc.assert(
      fc.property(answersArb(2), fc.constantFrom(...keys), (a, key) => {
        const stricter = { ...a, regulation: { ...a.regulation, [key]: true } };
        const obligations = (x: Answers) =>
          new Set(
            explain(rs, x).flatMap((u) =>
              u.rules
                .filter((r) => r.fired && rs.rules.find((c) => c.rule.id === r.ruleId)?.rule.effect === 'obligation')
                .map((r) => `${u.useCaseId}/${r.optionId}/${r.ruleId}`),
            ),
          );
        // A use case the added Act prohibits may not run at all: it carries the prohibition and no other duty.
        const prohibited = new Set(
          key === 'euAiAct' && !a.regulation.euAiAct ? a.useCases.filter((u) => u.aiActRisk === 'prohibited').map((u) => u.id) : [],
        );
        const after = obligations(stricter);
        for (const o of obligations(a)) if (!prohibited.has(o.split('/')[0] ?? '')) expect(after.has(o), o).toBe(true);
        const before = recommend(rs, a);
        const later = recommend(rs, stricter);
        before.useCases.forEach((u, i) => {
          const v = later.useCases[i];
          if (u.recommended && v?.recommended?.optionId === u.recommended.optionId) {
            const ids = new Set(v.obligations.map((o) => o.id));
            for (const o of u.obligations) expect(ids.has(o.id), o.id).toBe(true);
          }
        });
      }),
      runs,
    );
  });

  it('every sensitivity entry of a one-use-case portfolio is a real flip', () => {
    fc.assert(
      fc.property(answersArb(1), (a) => {
        const u = recommend(rs, a).useCases[0];
        for (const s of u?.sensitivity ?? []) {
          const changed = structuredClone(a);
          if (s.input.startsWith('useCases[')) changed.useCases[0]!.monthlyTokens = Number(s.to);
          else {
            const [section, key] = s.input.split('.') as ['team' | 'priorities', string];
            (changed[section] as Record<string, unknown>)[key] = s.to;
          }
          expect(s.to).not.toBe(s.from);
          const then = recommend(rs, changed).useCases[0];
          expect(then?.recommended?.optionId ?? null, s.input).toBe(s.flipsTo);
          // The standings after the change are those the recommendation of the changed answers gives the two options.
          if (s.after) {
            const standing = (c: NonNullable<typeof then>['alternatives'][number] | null | undefined) =>
              c && { score: c.score, monthlyCostUsd: c.monthlyCostUsd, scoreBreakdown: c.scoreBreakdown };
            expect(s.after.flipsTo, s.input).toEqual(standing(then?.recommended));
            const old = then?.alternatives.find((c) => c.optionId === u?.recommended?.optionId);
            if (old) expect(s.after.pick, s.input).toEqual(standing(old));
            expect(s.after.flipsTo.score).toBeGreaterThanOrEqual(s.after.pick.score);
          }
          expect(s.flipsTo).not.toBe(u?.recommended?.optionId ?? null);
          // The rules said to count against the pick after the change: the traced reference has each fire on the pick
          // then, as an exclusion or with points taken off, and not now.
          const pick = u?.recommended?.optionId;
          const on = (answers: Answers) =>
            new Map(
              explain(rs, answers)[0]!
                .rules.filter((r) => r.optionId === pick && r.fired)
                .map((r) => [r.ruleId, r]),
            );
          if (s.againstPick) {
            const [now, then] = [on(a), on(changed)];
            for (const id of s.againstPick) {
              const r = then.get(id);
              const effect = rs.rules.find((c) => c.rule.id === id)?.rule.effect;
              expect(r !== undefined && (effect === 'exclude' || (r.points ?? 0) < 0), id).toBe(true);
              // Newly fired, or a score rule that would take more points off than it does now (a quota passed further).
              const was = now.get(id);
              if (was) expect(effect === 'score' && (r?.points ?? 0) < (was.points ?? 0), id).toBe(true);
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
