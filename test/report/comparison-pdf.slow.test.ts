import { describe, expect, it } from 'vitest';
import { buildComparison, totalsRows } from '../../src/lib/comparison';
import { renderComparisonPdfBuffer } from '../../src/report/render-pdf-node';
import { loadPortfolio as load, scenario } from '../helpers/scenarios';
import { branding } from './fixtures';
import { overflowing, overprinted, pdfText } from './pdf-text';

/** Text compared without white space or the hyphens where long names wrapped. */
const squash = (s: string) => s.replace(/\s+|\u00ad|-\s/g, '');

describe('the comparison PDF (rendered in Node)', () => {
  it('holds the headline, every table, the scenarios’ names, page numbers and the metadata; a long name wraps', async () => {
    const bank = load('eu-bank-credit-high-risk');
    const longName = 'Self-host-the-bulk-of-the-credit-workload-on-rented-GPUs-in-Frankfurt-with-an-on-call-rota-of-six-engineers-v2';
    const scenarios = [
      scenario('All-API', bank),
      scenario('Hybrid', { ...bank, team: { mlEngineers: 12, mlopsMaturity: 'advanced', gpuAccess: 'cloud' } }),
      scenario(longName, {
        ...bank,
        priorities: { cost: 5, quality: 3, control: 5 },
        team: { mlEngineers: 12, mlopsMaturity: 'advanced', gpuAccess: 'cloud' },
      }),
    ];
    const { bytes, fileName } = await renderComparisonPdfBuffer({ scenarios, branding, date: '2026-12-07' });
    expect(fileName).toMatch(/^model-portfolio-comparison-.+-2026-12-07\.pdf$/);
    const pdf = await pdfText(bytes);
    const text = squash(pdf.text);
    const c = buildComparison(scenarios);
    const wanted = [
      'Portfolio',
      'Pick per use case',
      'Duties that differ',
      'Answers that differ',
      'Rule packs',
      'Disclaimer',
      ...scenarios.map((s) => s.name),
      ...c.useCases.map((u) => u.name),
      ...totalsRows(c).flatMap((r) => [r.label, ...r.values]),
    ];
    expect(wanted.filter((w) => !text.includes(squash(w)))).toEqual([]);
    expect(pdf.title).toBe(`Scenario comparison: ${bank.organization.name}`);
    expect(pdf.author).toBe('Ada Lovelace, Lovelace & Partners');
    const n = pdf.pages.length;
    expect(n).toBeGreaterThanOrEqual(2);
    pdf.pages.slice(1).forEach((page, i) => expect(squash(page)).toContain(squash(`Page ${i + 2} of ${n}`)));
    expect(await overflowing(bytes)).toEqual([]);
    expect(await overprinted(bytes)).toEqual([]);
  });
});
