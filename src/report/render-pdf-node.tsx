import { renderToBuffer } from '@react-pdf/renderer';
import { buildReport, type ReportInput } from './build-report';
import { ReportDocument } from './report-document';

/**
 * Renders the report in Node (the CLI and the tests): the same document the browser downloads.
 * @example const { bytes, fileName } = await renderReportPdfBuffer({ recommendation, answers, ruleSet, branding, date: '2026-03-04' })
 */
export async function renderReportPdfBuffer(input: ReportInput): Promise<{ bytes: Uint8Array; fileName: string }> {
  const model = buildReport(input);
  const buffer = await renderToBuffer(<ReportDocument model={model} />);
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), fileName: model.fileName };
}
