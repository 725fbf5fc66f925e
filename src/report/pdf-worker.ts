import { isComparisonRequest, type PdfReply, type PdfRequest } from './pdf-protocol';

/**
 * Makes the PDF report off the page's thread: a 50-use-case report takes seconds of layout, during which the page
 * stays usable and its Cancel button works (the page ends this worker). One report at a time; the page keeps a
 * worker that finished for the next report (pdf-job.ts), which then finds the code loaded and the fonts read.
 */

/** The worker's global scope, typed as much as used (the DOM and WebWorker libraries cannot share one program). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<PdfRequest>) => void) | null; postMessage: (reply: PdfReply) => void };

async function make(input: PdfRequest): Promise<PdfReply> {
  scope.postMessage({ type: 'stage', stage: 'code' });
  let render: typeof import('./render-pdf');
  try {
    render = await import('./render-pdf');
  } catch (error) {
    return { type: 'failed', message: error instanceof Error ? error.message : String(error), codeMissing: true };
  }
  scope.postMessage({ type: 'stage', stage: 'layout' });
  try {
    const { blob, fileName } = isComparisonRequest(input)
      ? await render.renderComparisonPdf(input.comparison)
      : await render.renderReportPdf(input);
    return { type: 'done', blob, fileName };
  } catch (error) {
    return { type: 'failed', message: error instanceof Error ? error.message : String(error), codeMissing: false };
  }
}

scope.onmessage = (event) => {
  void make(event.data).then((reply) => scope.postMessage(reply));
};
