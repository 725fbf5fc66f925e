import { download } from '../lib/download';
import type { ComparedScenario } from '../lib/comparison';
import { slug } from '../lib/file-names';
import { comparisonMarkdown } from '../report/comparison-markdown';
import { makeComparisonPdf } from '../report/pdf-job';
import { useBranding } from '../report/use-branding';
import { PdfProgress, PdfStatus, today, usePdfJob } from './report-actions';

/**
 * The downloads of a comparison: a PDF (with the branding set for reports) and Markdown, both made in this browser.
 */
export function ComparisonActions({ scenarios, storage }: { scenarios: ComparedScenario[]; storage: Storage | null }) {
  const { branding } = useBranding(storage);
  const { pdf, run, cancel } = usePdfJob();
  const client = slug(scenarios[0]?.answers.organization.name ?? '') || 'client';
  return (
    <section aria-labelledby="comparison-report-heading" className="report-actions">
      <h2 id="comparison-report-heading">Download the comparison</h2>
      <p>The PDF uses the branding set under the results (prepared by, firm, logo, colour).</p>
      <div className="step-actions">
        <button
          type="button"
          aria-disabled={pdf.status === 'busy'}
          onClick={() => void run((signal, onStage) => makeComparisonPdf({ scenarios, branding, date: today() }, { signal, onStage }))}
        >
          Download the comparison as PDF
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            download(
              new Blob([comparisonMarkdown(scenarios, today())], { type: 'text/markdown' }),
              `model-portfolio-comparison-${client}-${today()}.md`,
            )
          }
        >
          Download the comparison as Markdown
        </button>
      </div>
      {pdf.status === 'busy' ? (
        <PdfProgress stage={pdf.stage} what={`the comparison of ${scenarios.length} scenarios`} onCancel={cancel} />
      ) : null}
      <PdfStatus state={pdf} />
    </section>
  );
}
