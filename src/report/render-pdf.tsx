import { pdf } from '@react-pdf/renderer';
import { moneyFor } from '../lib/currency';
import { US_DOLLARS, withMoneyWhile } from '../lib/format';
import { buildReport, type ReportInput } from './build-report';
import { ComparisonDocument } from './comparison-document';
import { buildComparisonReport, type ComparisonInput } from './comparison-report';
import { registerReportFonts } from './pdf-fonts';
import { ReportDocument } from './report-document';

/**
 * Renders the report in the browser. Load this module with a dynamic import(): it brings @react-pdf/renderer,
 * which only an export needs.
 * @example const { blob, fileName } = await (await import('../report/render-pdf')).renderReportPdf(input)
 */
export async function renderReportPdf(input: ReportInput): Promise<{ blob: Blob; fileName: string }> {
  // From the app's own origin (public/fonts/ is served at /fonts/): the CSP allows connect-src 'self' only.
  registerReportFonts(`${import.meta.env.BASE_URL}fonts/`);
  const model = buildReport(input);
  const blob = await withMoneyWhile(moneyFor(input.answers, input.ruleSet.catalog), () => pdf(<ReportDocument model={model} />).toBlob());
  return { blob, fileName: model.fileName };
}

/** Renders a comparison of scenarios in the browser (loaded the same way as renderReportPdf). */
export async function renderComparisonPdf(input: ComparisonInput): Promise<{ blob: Blob; fileName: string }> {
  registerReportFonts(`${import.meta.env.BASE_URL}fonts/`);
  const model = buildComparisonReport(input);
  // Scenarios may ask for different currencies: a comparison shows US dollars, as the engine works them out.
  const blob = await withMoneyWhile(US_DOLLARS, () => pdf(<ComparisonDocument model={model} />).toBlob());
  return { blob, fileName: model.fileName };
}
