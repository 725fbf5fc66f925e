import { describe, expect, it } from 'vitest';
import { exclusionsByScope, recommend } from '../../src/engine';
import { asOfDate } from '../../src/lib/format';
import { toMarkdown } from '../../src/report/markdown';
import { checklistGroups } from '../../src/lib/obligation-words';
import { defaultRuleSet } from '../helpers/rules';
import { basicAnswers } from './fixtures';
import { loadPortfolio } from '../helpers/scenarios';

/** The lines of one section of a use case: from its line that starts with `label` and ends with ":" to the next blank line. */
function section(md: string, useCase: string, label: string): string[] {
  const from = md.indexOf(`## ${useCase}\n`);
  const heading = from < 0 ? null : new RegExp(`\\n${label}[^\\n]*:\\n\\n`, 'g');
  if (heading) heading.lastIndex = from;
  const found = heading?.exec(md);
  if (!found) throw new Error(`no ${label} for ${useCase}`);
  const body = md.slice(found.index + found[0].length);
  return body.slice(0, body.indexOf('\n\n')).split('\n');
}

describe('the Markdown summary', () => {
  const rec = recommend(defaultRuleSet, basicAnswers);
  const md = toMarkdown(rec, defaultRuleSet, basicAnswers, '2026-03-04');

  it('lists under Why only the rules that applied to the pick, each with its rule and sources', () => {
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

  it('lists the duties as a checklist by law and role, says they are not legal advice, and ends with the disclaimer', () => {
    const obligations = md.slice(md.indexOf('### Obligations'), md.indexOf('\n## ', md.indexOf('### Obligations')));
    expect(obligations).toMatch(/^_A planning aid, not legal advice: /m);
    const laws = [...obligations.matchAll(/^#### (.+)$/gm)].map((m) => m[1]);
    expect(laws).toEqual(checklistGroups(rec.portfolio.obligations).map((g) => g.law));
    const items = obligations.split('\n').filter((l) => l.startsWith('- [ ] '));
    expect(items).toHaveLength(rec.portfolio.obligations.length);
    expect(items.some((l) => /^- \[ \] (Before go-live|Ongoing): /.test(l))).toBe(true);
    expect(md).toContain('## About this report');
    expect(md).toMatch(/It is not legal advice/);
  });

  it('names an option ruled out for every use case once, each rule that rules it out beneath it', () => {
    const answers = loadPortfolio('french-public-body');
    const r = recommend(defaultRuleSet, answers);
    const out = toMarkdown(r, defaultRuleSet, answers, '2026-12-07');
    const from = out.indexOf('### Ruled out for every use case\n\n') + '### Ruled out for every use case\n\n'.length;
    const lines = out.slice(from, out.indexOf('\n\n', from)).split('\n');
    const shared = exclusionsByScope(r).portfolio;
    const options = [...new Set(shared.map((e) => e.label))];
    const items = lines.filter((l) => l.startsWith('- '));
    expect(items).toHaveLength(options.length);
    items.forEach((l, k) => expect(l.startsWith(`- ${options[k]}:`)).toBe(true));
    // Every exclusion is there, by its rule; an option with two is followed by both, indented.
    expect(lines.map((l) => /\(([a-z0-9-]+)\)$/.exec(l)?.[1]).filter(Boolean)).toHaveLength(shared.length);
    const twice = options.filter((o) => shared.filter((e) => e.label === o).length > 1);
    expect(twice.length).toBeGreaterThan(0);
    for (const o of twice) {
      const at = lines.indexOf(`- ${o}:`);
      expect(lines.slice(at + 1, at + 3).every((l) => l.startsWith('  - '))).toBe(true);
    }
  });

  it('lists the assumptions behind the costs as the PDF does: changed figures marked, the exchange rate of a converted report, their sources', () => {
    const answers = { ...basicAnswers, currency: 'GBP' as const, assumptions: { inputTokenShare: 0.5 } };
    const out = toMarkdown(recommend(defaultRuleSet, answers), defaultRuleSet, answers, '2026-03-04');
    const part = out.slice(out.indexOf('## Assumptions behind the costs'), out.indexOf('## Sources'));
    expect(part).toContain('| Share of tokens that are input, where a use case gives none | 50% (changed) | This scenario |  |');
    expect(part).toContain('the catalog has 75%');
    const fx = defaultRuleSet.catalog.assumptions.exchangeRates!.GBP;
    expect(part).toContain(`| Pounds sterling per US dollar | ${fx.value} | ${fx.source} | ${fx.asOf} |`);
    expect(out.slice(out.indexOf('## Sources'))).toContain(`- ${fx.source}:`);
    expect(md).not.toContain('per US dollar |');
  });

  it('says the date of the oldest price and names every source the reasons cite', () => {
    expect(rec.portfolio.pricesAsOf).toMatch(/^\d{4}-\d{2}/);
    expect(md).toContain(`- Prices as of ${asOfDate(rec.portfolio.pricesAsOf!)} (the oldest price these costs rest on)`);
    const cited = new Set(
      rec.useCases.flatMap((u) => section(md, u.name, 'Why').flatMap((l) => /\(([a-z0-9-]+); ([^()]+)\)$/.exec(l)?.[2]?.split(', ') ?? [])),
    );
    for (const id of cited) expect(md).toMatch(new RegExp(`^- ${id}: `, 'm'));
  });

  it('keeps text from the answers and the rules inert: no heading, link, image or HTML can be injected', () => {
    const evil = '# Ops\n## Injected heading\n<img src=x onerror=alert(1)> [click](javascript:alert(1)) ![i](x) | a | *b* `c`';
    const answers = { ...basicAnswers, useCases: basicAnswers.useCases.map((u, i) => (i === 0 ? { ...u, name: evil } : u)) };
    const out = toMarkdown(recommend(defaultRuleSet, answers), defaultRuleSet, answers, '2026-03-04');
    const lines = out.split('\n');
    // Every heading is one the summary writes; the name sits on its own heading line, escaped.
    expect(lines.filter((l) => /^#/.test(l))).not.toContain('## Injected heading');
    expect(lines).toContain(
      '## \\# Ops \\#\\# Injected heading \\<img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(1)) \\!\\[i\\](x) \\| a \\| \\*b\\* \\`c\\`',
    );
    expect(out).not.toMatch(/(^|[^\\])<img/);
    expect(out).not.toMatch(/(^|[^\\])\[click\]\(/);
  });

  it('escapes rule text too, and links sources only by their http(s) address', () => {
    const rec = recommend(defaultRuleSet, basicAnswers);
    // A source the summary lists with its address, then given a hostile title and address.
    const listed = /^- ([a-z0-9-]+): .* <https:\/\/[^\s>]+>$/m.exec(toMarkdown(rec, defaultRuleSet, basicAnswers, '2026-03-04'));
    expect(listed).not.toBeNull();
    const id = listed![1]!;
    const rs = { ...defaultRuleSet, sources: new Map(defaultRuleSet.sources) };
    rs.sources.set(id, { ...rs.sources.get(id)!, title: 'Title <script>x</script>', url: 'javascript:alert(1)' });
    const line = toMarkdown(rec, rs, basicAnswers, '2026-03-04')
      .split('\n')
      .find((l) => l.startsWith(`- ${id}: `));
    expect(line).toContain('"Title \\<script\\>x\\</script\\>"');
    expect(line).not.toContain('javascript:');
  });
});
