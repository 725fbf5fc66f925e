import { renderToBuffer } from '@react-pdf/renderer';
import { moneyFor } from '../lib/currency';
import { US_DOLLARS, withMoneyWhile } from '../lib/format';
import { buildReport, type ReportInput } from './build-report';
import { ComparisonDocument } from './comparison-document';
import { buildComparisonReport, type ComparisonInput } from './comparison-report';
import { registerReportFonts } from './pdf-fonts';
import { ReportDocument } from './report-document';

/**
 * The repository's public/fonts/ (the files the browser fetches), as a file path: react-pdf reads a path with fs
 * and would fetch() a file: URL, which Node cannot. src/report may not import node:url (lint), hence the decoding.
 */
const FONTS_DIR = decodeURIComponent(new URL('../../public/fonts/', import.meta.url).pathname);

/**
 * Renders the report in Node (the CLI and the tests): the same document the browser downloads.
 * @example const { bytes, fileName } = await renderReportPdfBuffer({ recommendation, answers, ruleSet, branding, date: '2026-03-04' })
 */
export async function renderReportPdfBuffer(input: ReportInput): Promise<{ bytes: Uint8Array; fileName: string }> {
  registerReportFonts(FONTS_DIR);
  const model = buildReport(input);
  const buffer = await withMoneyWhile(moneyFor(input.answers, input.ruleSet.catalog), () =>
    renderToBuffer(<ReportDocument model={model} />),
  );
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), fileName: model.fileName };
}

/** Renders a comparison of scenarios in Node: the same document the compare view downloads. */
export async function renderComparisonPdfBuffer(input: ComparisonInput): Promise<{ bytes: Uint8Array; fileName: string }> {
  registerReportFonts(FONTS_DIR);
  const model = buildComparisonReport(input);
  const buffer = await withMoneyWhile(US_DOLLARS, () => renderToBuffer(<ComparisonDocument model={model} />));
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), fileName: model.fileName };
}
