import { useEffect, useRef, useState } from 'react';
import { download } from '../lib/download';
import { localDay } from '../lib/file-names';
import type { Answers, RecommendationV1 } from '../domain';
import type { RuleSetData } from '../engine';
import { BrandingForm } from '../report/branding-form';
import { reportFileName } from '../report/format';
import { toMarkdown } from '../report/markdown';
import { makePdf } from '../report/pdf-job';
import { PDF_STAGES, type PdfStage } from '../report/pdf-protocol';
import { useBranding } from '../report/use-branding';

interface Props {
  ruleSet: RuleSetData;
  answers: Answers;
  recommendation: RecommendationV1;
  storage: Storage | null;
}

export type PdfState =
  | { status: 'idle' }
  | { status: 'busy'; stage: PdfStage | null }
  | { status: 'done'; fileName: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** What each step of making the PDF is, in words, with the number of use cases the report covers. */
function stageText(stage: PdfStage | null, what: string): string {
  if (stage === 'layout') return `laying out ${what}`;
  return 'loading the PDF maker';
}

/** Today as YYYY-MM-DD in the user's time zone: the date on the report and in the file names. */
export function today(): string {
  return localDay(new Date());
}

export function PdfStatus({ state }: { state: PdfState }) {
  if (state.status === 'failed')
    return (
      <div role="alert" className="notice notice-error">
        <p>The PDF could not be made: {state.message.replace(/[.\s]+$/, '')}.</p>
        <p>
          Your answers are kept. Try again; if it fails again, download the Markdown or JSON instead: they hold the same recommendation.
        </p>
      </div>
    );
  const text =
    state.status === 'done'
      ? `The PDF is ready: ${state.fileName}`
      : state.status === 'cancelled'
        ? 'The PDF was cancelled. Your answers are kept.'
        : '';
  return (
    <p role="status" aria-live="polite" className={text ? 'notice notice-info' : 'visually-hidden'}>
      {text}
    </p>
  );
}

/** Which step the PDF is at, as a progress bar a screen reader can read, and the way to stop it. */
export function PdfProgress({ stage, what, onCancel }: { stage: PdfStage | null; what: string; onCancel: () => void }) {
  const step = stage === null ? 1 : PDF_STAGES.indexOf(stage) + 1;
  const label = `Preparing the PDF, step ${step} of ${PDF_STAGES.length}: ${stageText(stage, what)}…`;
  return (
    <div className="notice notice-info pdf-progress">
      <p id="pdf-progress-label" role="status" aria-live="polite">
        {label}
      </p>
      <progress aria-labelledby="pdf-progress-label" max={PDF_STAGES.length} value={step - 0.5} />
      <button type="button" className="button-secondary" onClick={onCancel}>
        Cancel the PDF
      </button>
    </div>
  );
}

/**
 * A PDF made in the worker: its state for PdfProgress and PdfStatus, `run` to start one (ignored while one is
 * being made), `cancel` to stop it. Leaving the page ends a PDF still being made.
 */
export function usePdfJob() {
  const [pdf, setPdf] = useState<PdfState>({ status: 'idle' });
  const job = useRef<AbortController | null>(null);
  useEffect(() => () => job.current?.abort(), []);
  const run = async (
    make: (signal: AbortSignal, onStage: (stage: PdfStage) => void) => Promise<{ blob: Blob; fileName: string }>,
  ): Promise<void> => {
    if (job.current) return;
    const controller = new AbortController();
    job.current = controller;
    setPdf({ status: 'busy', stage: null });
    try {
      const { blob, fileName } = await make(controller.signal, (stage) => setPdf({ status: 'busy', stage }));
      download(blob, fileName);
      setPdf({ status: 'done', fileName });
    } catch (error) {
      if (controller.signal.aborted) setPdf({ status: 'cancelled' });
      else setPdf({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      job.current = null;
    }
  };
  return { pdf, run, cancel: () => job.current?.abort() };
}

/**
 * The export panel under the results: PDF report, Markdown and JSON, all made in this browser from the engine's
 * recommendation for the current answers; the PDF code loads only when asked for.
 */
export function ReportActions({ ruleSet, answers, recommendation, storage }: Props) {
  const { branding, setBranding, notice } = useBranding(storage);
  const name = (ext: 'md' | 'json') => reportFileName(answers.organization.name, today(), ext);

  const { pdf, run, cancel } = usePdfJob();
  const downloadPdf = () =>
    run((signal, onStage) => makePdf({ recommendation, answers, ruleSet, branding, date: today() }, { signal, onStage }));

  return (
    <section aria-labelledby="report-heading" className="report-actions">
      <h2 id="report-heading">Report</h2>
      <p>Download the recommendation for your records or your client. Everything is made in this browser.</p>
      {notice ? <p className="notice notice-warning">{notice}</p> : null}
      <BrandingForm value={branding} onChange={setBranding} />
      <div className="step-actions">
        <button type="button" onClick={() => void downloadPdf()} aria-disabled={pdf.status === 'busy'}>
          Download PDF report
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => download(new Blob([toMarkdown(recommendation, ruleSet, answers, today())], { type: 'text/markdown' }), name('md'))}
        >
          Download Markdown
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => download(new Blob([`${JSON.stringify(recommendation, null, 2)}\n`], { type: 'application/json' }), name('json'))}
        >
          Download JSON (RecommendationV1)
        </button>
      </div>
      {pdf.status === 'busy' ? (
        <PdfProgress
          stage={pdf.stage}
          what={`the report for ${recommendation.useCases.length} use case${recommendation.useCases.length === 1 ? '' : 's'}`}
          onCancel={cancel}
        />
      ) : null}
      <PdfStatus state={pdf} />
    </section>
  );
}
