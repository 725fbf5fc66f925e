import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswersInput } from '../../src/domain';
import { premiumOf, recommend } from '../../src/engine';
import { answersArb } from '../helpers/arbitraries';
import { defaultRuleSet } from '../helpers/rules';

const DIR = 'test/fixtures/portfolios';
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, answers: AnswersInput.parse(JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8'))) }));

describe('judgement the issue asks for, over any answers', { timeout: 30_000 }, () => {
  it('never puts customer-facing or critical work on self-hosting a team of fewer than four ML engineers cannot staff a rota for', () => {
    fc.assert(
      fc.property(answersArb(3), (a) => {
        const rec = recommend(defaultRuleSet, a);
        rec.useCases.forEach((u, i) => {
          const uc = a.useCases[i]!;
          if (a.team.mlEngineers < 4 && (uc.audience === 'customer-facing' || uc.accuracy === 'critical'))
            expect(u.recommended?.deployment).not.toBe('self-hosted');
        });
      }),
      { numRuns: 40 },
    );
  });

  it('a pick that costs twice the cheapest eligible option or more, by a material amount, is better on something else, and says on what', () => {
    fc.assert(
      fc.property(answersArb(3), (a) => {
        for (const u of recommend(defaultRuleSet, a).useCases) {
          const p = premiumOf(u, defaultRuleSet);
          if (p) expect(p.buys.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('the ten fixture portfolios', () => {
  it('are ten, each valid answers a consultant would meet', () => {
    expect(fixtures.map((f) => f.file).sort()).toEqual([
      'apac-multilingual-store.json',
      'childrens-maths-tutor.json',
      'coding-assistant-500-devs.json',
      'defence-air-gapped.json',
      'eu-bank-credit-high-risk.json',
      'french-public-body.json',
      'long-context-agent.json',
      'media-50b-summaries.json',
      'startup-5-person-chatbot.json',
      'us-hospital-hipaa.json',
    ]);
  });

  it.each(fixtures)('$file: every use case gets a pick with its margin, and the same answers give the same JSON', ({ answers }) => {
    const rec = recommend(defaultRuleSet, answers);
    for (const u of rec.useCases) {
      expect(u.recommended, u.id).not.toBeNull();
      expect(u.margin === null || u.margin >= 0).toBe(true);
    }
    expect(JSON.stringify(recommend(defaultRuleSet, answers))).toBe(JSON.stringify(rec));
  });

  it('a quality-first coding team gets a strong coding model, not the cheapest small one', () => {
    const { answers } = fixtures.find((f) => f.file === 'coding-assistant-500-devs.json')!;
    const tiers = recommend(defaultRuleSet, answers).useCases.map(
      (u) => defaultRuleSet.catalog.models.find((m) => m.label === u.recommended?.model)?.tier,
    );
    expect(tiers.every((t) => t === 'frontier' || t === 'balanced')).toBe(true);
  });
});
