import { useState } from 'react';
import { download } from '../lib/download';
import { localDay } from '../lib/file-names';
import type { Answers, RecommendationV1 } from '../domain';
import type { RuleSetData } from '../engine';
import { BrandingForm } from '../report/branding-form';
import { reportFileName } from '../report/format';
import { toMarkdown } from '../report/markdown';
import { useBranding } from '../report/use-branding';

interface Props {
  ruleSet: RuleSetData;
  answers: Answers;
  recommendation: RecommendationV1;
  storage: Storage | null;
}

const PDF_CODE_UNAVAILABLE = 'the part of the page that makes PDFs could not be fetched from the site; check the connection';

type PdfState = { status: 'idle' } | { status: 'busy' } | { status: 'done'; fileName: string } | { status: 'failed'; message: string };

/** Today as YYYY-MM-DD in the user's time zone: the date on the report and in the file names. */
function today(): string {
  return localDay(new Date());
}

function PdfStatus({ state }: { state: PdfState }) {
  if (state.status === 'failed')
    return (
      <div role="alert" className="notice notice-error">
        <p>The PDF could not be made: {state.message.replace(/[.\s]+$/, '')}.</p>
        <p>Your answers are kept. Try again; if it fails again, download the Markdown or JSON instead: they hold the same recommendation.</p>
      </div>
    );
  return (
    <p role="status" aria-live="polite" className={state.status === 'idle' ? 'visually-hidden' : 'notice notice-info'}>
      {state.status === 'busy' ? 'Preparing the PDF…' : state.status === 'done' ? `The PDF is ready: ${state.fileName}` : ''}
    </p>
  );
}

/**
 * The export panel under the results: PDF report, Markdown and JSON, all made in this browser from the engine's
 * recommendation for the current answers; the PDF code loads only when asked for.
 */
export function ReportActions({ ruleSet, answers, recommendation, storage }: Props) {
  const { branding, setBranding, notice } = useBranding(storage);
  const [pdf, setPdf] = useState<PdfState>({ status: 'idle' });
  const name = (ext: 'md' | 'json') => reportFileName(answers.organization.name, today(), ext);

  const downloadPdf = async () => {
    if (pdf.status === 'busy') return;
    setPdf({ status: 'busy' });
    let loaded = false;
    try {
      const { renderReportPdf } = await import('../report/render-pdf');
      loaded = true;
      const { blob, fileName } = await renderReportPdf({ recommendation, answers, ruleSet, branding, date: today() });
      download(blob, fileName);
      setPdf({ status: 'done', fileName });
    } catch (error) {
      // The PDF code is fetched from the site on first use: a dropped connection fails it with a module URL, not news to a user.
      const message = loaded ? (error instanceof Error ? error.message : String(error)) : PDF_CODE_UNAVAILABLE;
      setPdf({ status: 'failed', message });
    }
  };

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
        <button type="button" className="button-secondary" onClick={() => download(new Blob([toMarkdown(recommendation, ruleSet)], { type: 'text/markdown' }), name('md'))}>
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
      <PdfStatus state={pdf} />
    </section>
  );
}
