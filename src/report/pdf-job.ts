import { ruleSetData } from '../engine';
import type { ReportInput } from './build-report';
import type { ComparisonInput } from './comparison-report';
import type { PdfReply, PdfRequest, PdfStage } from './pdf-protocol';

/** The PDF code could not be fetched from the site: a dropped connection or a redeployed site, not news to a user. */
export class PdfCodeUnavailable extends Error {
  constructor() {
    super('the part of the page that makes PDFs could not be fetched from the site; check the connection');
    this.name = 'PdfCodeUnavailable';
  }
}

export interface PdfJobOptions {
  /** Called as the worker reaches each step. */
  onStage?: (stage: PdfStage) => void;
  /** Aborting ends the worker at once; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
  /** Starts the worker; tests pass their own. */
  start?: () => Worker;
}

const startPdfWorker = () => new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'pdf' });

/**
 * Makes the PDF report in a Web Worker: the page stays responsive while a long report is laid out, and the signal
 * cancels it. The rule set goes over as plain data (a compiled pack's prepared logic cannot be copied to a worker).
 * @example const { blob, fileName } = await makePdf(input, { onStage: setStage, signal: controller.signal })
 */
export function makePdf(input: ReportInput, options: PdfJobOptions = {}): Promise<{ blob: Blob; fileName: string }> {
  return runPdfJob({ ...input, ruleSet: ruleSetData(input.ruleSet) } satisfies ReportInput, options);
}

/**
 * Makes the PDF of a comparison of scenarios in the same worker, with the same progress and cancelling.
 * @example const { blob, fileName } = await makeComparisonPdf({ scenarios, branding, date }, { signal })
 */
export function makeComparisonPdf(comparison: ComparisonInput, options: PdfJobOptions = {}): Promise<{ blob: Blob; fileName: string }> {
  return runPdfJob({ kind: 'comparison', comparison }, options);
}

/** How long a worker that made a PDF is kept for the next one before it is ended, freeing its memory. */
export const WARM_WORKER_MS = 120_000;

/**
 * The worker that made the last PDF, kept for the next: its code is loaded, its fonts read and its layout code
 * compiled, so a second report of ten use cases takes about two thirds of the first's time. Only the latest is
 * kept, for the `start` that made it; it is ended after WARM_WORKER_MS unused.
 */
let warm: { worker: Worker; start: () => Worker; timer: ReturnType<typeof setTimeout> } | null = null;

function takeWarm(start: () => Worker): Worker | null {
  if (!warm || warm.start !== start) return null;
  clearTimeout(warm.timer);
  const { worker } = warm;
  warm = null;
  return worker;
}

function keepWarm(worker: Worker, start: () => Worker): void {
  if (warm) {
    clearTimeout(warm.timer);
    warm.worker.terminate();
  }
  const timer = setTimeout(() => {
    if (warm?.worker === worker) warm = null;
    worker.terminate();
  }, WARM_WORKER_MS);
  warm = { worker, start, timer };
}

function runPdfJob(
  request: PdfRequest,
  { onStage, signal, start = startPdfWorker }: PdfJobOptions,
): Promise<{ blob: Blob; fileName: string }> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    let worker: Worker;
    try {
      worker = takeWarm(start) ?? start();
    } catch {
      return reject(new PdfCodeUnavailable());
    }
    const detach = () => {
      worker.onmessage = null;
      worker.onerror = null;
      signal?.removeEventListener('abort', onAbort);
    };
    // A worker that failed, or was cancelled mid-layout, is ended; one that finished is kept for the next report.
    const finish = () => {
      detach();
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      reject(signal?.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<PdfReply>) => {
      const reply = event.data;
      if (reply.type === 'stage') return onStage?.(reply.stage);
      if (reply.type === 'done') {
        detach();
        keepWarm(worker, start);
        resolve({ blob: reply.blob, fileName: reply.fileName });
      } else {
        finish();
        reject(reply.codeMissing ? new PdfCodeUnavailable() : new Error(reply.message));
      }
    };
    // The worker's own script did not load (or it died): the PDF code is what could not be fetched.
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new PdfCodeUnavailable());
    };
    worker.postMessage(request);
  });
}
