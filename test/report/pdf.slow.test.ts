import { describe, expect, it } from 'vitest';
import { AnswersInput, type Answers } from '../../src/domain';
import { buildReport } from '../../src/report/build-report';
import { HEADINGS } from '../../src/report/report-model';
import { renderReportPdfBuffer } from '../../src/report/render-pdf-node';
import { defaultRuleSet } from '../helpers/rules';
import { basicAnswers, branding, reportInput, tenUseCases } from './fixtures';
import { overflowing, overprinted, pdfFonts, pdfText } from './pdf-text';

/** Text compared without white space: a title may wrap anywhere. */
const squash = (s: string) => s.replace(/\s+/g, '');

async function renderAndRead(answers: Answers) {
  const input = reportInput(answers);
  const started = performance.now();
  const { bytes, fileName } = await renderReportPdfBuffer(input);
  const ms = performance.now() - started;
  return { input, bytes, fileName, ms, pdf: await pdfText(bytes) };
}

function expectCompleteReport({ input, pdf }: Awaited<ReturnType<typeof renderAndRead>>) {
  const text = squash(pdf.text);
  // Lists of what is missing, so a failure says what without printing the whole report.
  const missing = (wanted: string[]) => wanted.filter((w) => !text.includes(squash(w)));
  expect(missing(Object.values(HEADINGS))).toEqual([]);
  expect(missing(input.answers.useCases.map((u) => u.name))).toEqual([]);
  // Every source the report numbers (build-report.test checks that list against what the report cites).
  const cited = new Set(buildReport(input).sources.map((s) => s.id));
  expect(missing([...cited].map((id) => defaultRuleSet.sources.get(id)!.title))).toEqual([]);
  expect(missing([defaultRuleSet.hash])).toEqual([]);
  expect(pdf.title).toBe(`AI model portfolio recommendation: ${input.answers.organization.name}`);
  expect(pdf.author).toBe('Ada Lovelace, Lovelace & Partners');
  const n = pdf.pages.length;
  pdf.pages.forEach((page, i) => {
    if (i > 0) expect(squash(page).includes(squash(`Page ${i + 1} of ${n}`)), `page number on page ${i + 1}`).toBe(true);
    // Nothing but the running header and the footer would be an empty page.
    const body = squash(page).replace(squash(`${input.answers.organization.name} · AI model portfolio recommendation`), '');
    expect(body.length, `page ${i + 1} has content`).toBeGreaterThan(60);
  });
}

describe('the PDF report (rendered in Node)', () => {
  it('for test/fixtures/answers-basic.json holds every section, use case, source, the hash, page numbers and the metadata', async () => {
    const r = await renderAndRead(basicAnswers);
    expect(Buffer.from(r.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(r.fileName).toBe('model-portfolio-acme-bank-2026-03-04.pdf');
    expectCompleteReport(r);
    const first = squash(r.pdf.pages[0]!);
    expect(['Acme Bank', 'Ada Lovelace', 'Lovelace & Partners', '4 March 2026'].filter((line) => !first.includes(squash(line)))).toEqual(
      [],
    );
  }, 60_000);

  it('for a generated portfolio of 10 use cases', async () => {
    const r = await renderAndRead(tenUseCases());
    expect(await overprinted(r.bytes)).toEqual([]);
    console.log(
      `PDF for 10 use cases: ${r.pdf.pages.length} pages, ${Math.round(r.bytes.length / 1024)} KB, generated in ${Math.round(r.ms)} ms`,
    );
    expectCompleteReport(r);
    const kickers = buildReport(r.input).useCases.map((_, i) => `Use case ${i + 1} of 10`);
    expect(kickers.filter((k) => !r.pdf.text.includes(k))).toEqual([]);
  }, 120_000);

  it('wraps names of 120 characters without a space instead of letting them run off the page', async () => {
    const long = (stem: string) => `${stem}-${'x'.repeat(120 - stem.length - 1)}`;
    const answers: Answers = {
      ...basicAnswers,
      organization: { ...basicAnswers.organization, name: long('Globex') },
      useCases: basicAnswers.useCases.map((u, i) => (i === 0 ? { ...u, name: long('Claims') } : u)),
    };
    const { bytes } = await renderReportPdfBuffer(reportInput(answers));
    expect(await overflowing(bytes)).toEqual([]);
    // Each name is all there, broken only where a hyphen was added at a line end.
    const text = (await pdfText(bytes)).text.replace(/-\s|\s|\u00ad/g, '');
    expect(text).toContain(long('Globex'));
    expect(text).toContain(long('Claims'));
  }, 120_000);

  it('prints Greek, Cyrillic, Polish and Turkish names exactly, in the embedded Liberation Sans', async () => {
    // Letters outside Windows-1252, which the PDF's built-in Helvetica could not print.
    const names = {
      organization: 'Ελληνική Τράπεζα & Сбербанк',
      preparedBy: 'Łucja Wąsowska-Şahin',
      firm: 'Doğan Işık & Żółkiewski',
      useCase: 'Анализ договоров: Łódź, İzmir, Θεσσαλονίκη',
    };
    const answers = AnswersInput.parse({
      ...basicAnswers,
      organization: { ...basicAnswers.organization, name: names.organization },
      useCases: basicAnswers.useCases.map((u, i) => (i === 0 ? { ...u, name: names.useCase } : u)),
    });
    const input = { ...reportInput(answers), branding: { ...branding, preparedBy: names.preparedBy, firm: names.firm } };
    const { bytes } = await renderReportPdfBuffer(input);
    const pdf = await pdfText(bytes);

    const cover = pdf.pages[0]!.replace(/\s+/g, ' ');
    expect([names.organization, names.preparedBy, names.firm].filter((name) => !cover.includes(name))).toEqual([]);
    // A use-case title may wrap; its letters must all come back.
    expect(squash(pdf.text)).toContain(squash(names.useCase));
    expect(pdf.text).not.toContain('\uFFFD');
    expect(pdf.title).toBe(`AI model portfolio recommendation: ${names.organization}`);
    expect(pdf.author).toBe(`${names.preparedBy}, ${names.firm}`);

    // Subsets (a six-letter tag before the name) of the bundled font, embedded; Courier only for the hex hash.
    const fonts = await pdfFonts(bytes);
    expect(fonts.map((f) => ({ ...f, name: f.name.replace(/^[A-Z]{6}\+/, '') }))).toEqual([
      { name: 'Courier', embedded: false },
      { name: 'LiberationSans', embedded: true },
      { name: 'LiberationSans-Bold', embedded: true },
    ]);
    expect(fonts.filter((f) => f.name.includes('Liberation')).every((f) => /^[A-Z]{6}\+/.test(f.name))).toBe(true);
  }, 60_000);
});
