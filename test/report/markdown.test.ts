import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine';
import { asOfDate } from '../../src/lib/format';
import { toMarkdown } from '../../src/report/markdown';
import { defaultRuleSet } from '../helpers/rules';
import { basicAnswers } from './fixtures';

/** The lines of one section of a use case: from its "label:" line to the next blank line after the list. */
function section(md: string, useCase: string, label: string): string[] {
  const from = md.indexOf(`## ${useCase}\n`);
  const start = md.indexOf(`\n${label}:\n\n`, from);
  if (from < 0 || start < 0) throw new Error(`no ${label} for ${useCase}`);
  const body = md.slice(start + label.length + 4);
  return body.slice(0, body.indexOf('\n\n')).split('\n');
}

describe('the Markdown summary', () => {
  const rec = recommend(defaultRuleSet, basicAnswers);
  const md = toMarkdown(rec, defaultRuleSet);

  it("lists under Why only the rules that applied to the pick, each with its rule and sources", () => {
    for (const u of rec.useCases) {
      const pick = u.recommended!.optionId;
      const applied = u.reasons.filter((r) => r.optionIds.length === 0 || r.optionIds.includes(pick));
      const others = u.reasons.filter((r) => !applied.includes(r));
      expect(others.length, `${u.name}: some rules apply only to other options`).toBeGreaterThan(0);
      const why = section(md, u.name, 'Why');
      expect(why).toHaveLength(applied.length);
      expect(why.map((line) => /\(([a-z0-9-]+);/.exec(line)?.[1])).toEqual(applied.map((r) => r.ruleId));
    }
  });

  it('says the date of the oldest price and names every source the reasons cite', () => {
    expect(rec.portfolio.pricesAsOf).toMatch(/^\d{4}-\d{2}/);
    expect(md).toContain(`- Prices as of ${asOfDate(rec.portfolio.pricesAsOf!)} (the oldest price these costs rest on)`);
    const cited = new Set(rec.useCases.flatMap((u) => section(md, u.name, 'Why').flatMap((l) => /; ([^)]+)\)$/.exec(l)?.[1]?.split(', ') ?? [])));
    for (const id of cited) expect(md).toMatch(new RegExp(`^- ${id}: `, 'm'));
  });
});
