import type { ReportInput } from './build-report';
import type { ComparisonInput } from './comparison-report';

/** The messages between the page and the PDF worker (pdf-worker.ts): a recommendation's report, or a comparison. */
export type PdfRequest = ReportInput | { kind: 'comparison'; comparison: ComparisonInput };

/** @example isComparisonRequest({ kind: 'comparison', comparison }) // true */
export function isComparisonRequest(r: PdfRequest): r is { kind: 'comparison'; comparison: ComparisonInput } {
  return 'kind' in r && r.kind === 'comparison';
}

/** The steps of making a PDF, in order, as the progress bar shows them. */
export const PDF_STAGES = ['code', 'layout'] as const;
export type PdfStage = (typeof PDF_STAGES)[number];

export type PdfReply =
  | { type: 'stage'; stage: PdfStage }
  | { type: 'done'; blob: Blob; fileName: string }
  /** `codeMissing`: the PDF code could not be fetched from the site (a dropped connection, a redeployed site). */
  | { type: 'failed'; message: string; codeMissing: boolean };
