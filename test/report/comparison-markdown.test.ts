import { describe, expect, it } from 'vitest';
import { buildComparison, totalsRows } from '../../src/lib/comparison';
import { comparisonMarkdown } from '../../src/report/comparison-markdown';
import { buildComparisonReport } from '../../src/report/comparison-report';
import { loadPortfolio as load, scenario } from '../helpers/scenarios';
import { branding } from './fixtures';

const hospital = load('us-hospital-hipaa');
const hostile = 'Hybrid\n# Injected heading <img src=x onerror=alert(1)> [link](javascript:alert(1))';
const scenarios = [
  scenario('All-API', hospital),
  scenario(hostile, { ...hospital, team: { mlEngineers: 12, mlopsMaturity: 'advanced', gpuAccess: 'cloud' } }),
];

describe('the comparison as Markdown and as the PDF’s model', () => {
  const md = comparisonMarkdown(scenarios, '2026-12-07');
  const c = buildComparison(scenarios);

  it('has the sections of the compare view, in order', () => {
    expect([...md.matchAll(/^#{1,2} (.+)$/gm)].map((m) => m[1])).toEqual([
      'Scenario comparison',
      'Portfolio',
      'Pick per use case',
      'Duties that differ',
      'Answers that differ',
      'Rule packs',
      'About this comparison',
    ]);
  });

  it('shows the same figures as the compare view and the PDF', () => {
    const pdf = buildComparisonReport({ scenarios, branding, date: '2026-12-07' });
    const portfolio = pdf.sections[0]!.table!.rows.map((r) => r.cells);
    for (const row of totalsRows(c)) {
      expect(md).toContain(`| ${row.label} | ${row.values.join(' | ')} |`);
      expect(portfolio).toContainEqual([row.label, ...row.values]);
    }
  });

  it('keeps a scenario name inert: it cannot start a heading, an element or a link', () => {
    expect(md).not.toMatch(/^# Injected/m);
    // Every `<` and `]` of the name comes escaped.
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(md).toContain('Hybrid \\# Injected heading \\<img src=x onerror=alert(1)\\> \\[link\\](javascript:alert(1))');
  });

  it('names the PDF after the client and the date, and its metadata after the scenarios', () => {
    const pdf = buildComparisonReport({ scenarios, branding, date: '2026-12-07' });
    expect(pdf.fileName).toBe('model-portfolio-comparison-riverside-regional-medical-center-2026-12-07.pdf');
    expect(pdf.meta.title).toBe('Scenario comparison: Riverside Regional Medical Center');
    expect(pdf.meta.author).toBe('Ada Lovelace, Lovelace & Partners');
    expect(pdf.cover.date).toBe('7 December 2026');
  });
});
