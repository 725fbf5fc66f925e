import { CatalogTable } from './catalog-table';
import { CATALOG_URL, MANIFEST_URL } from './load-rules';
import { useRulesSummary, type RulesSummaryState } from './use-rules-summary';

function LoadError({ state, onRetry }: { state: Extract<RulesSummaryState, { status: 'error' }>; onRetry: () => void }) {
  return (
    <div role="alert" className="notice notice-error">
      <h2>The rule pack could not be loaded</h2>
      <p>
        {state.url ? (
          <>
            Failed to load <code>{state.url}</code>: {state.detail}.
          </>
        ) : (
          <>
            Failed to load <code>{MANIFEST_URL}</code> or <code>{CATALOG_URL}</code>: {state.detail}.
          </>
        )}
      </p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}

function Content() {
  const { state, retry } = useRulesSummary();
  if (state.status === 'loading') {
    return (
      <p role="status" className="notice">
        Loading the rule pack…
      </p>
    );
  }
  if (state.status === 'error') return <LoadError state={state} onRetry={retry} />;
  const { manifest, catalog } = state.summary;
  return (
    <>
      <section aria-labelledby="pack-heading">
        <h2 id="pack-heading">Rule pack</h2>
        <p className="pack-title">{manifest.title}</p>
        <dl className="pack-facts">
          <div>
            <dt>Id</dt>
            <dd>
              <code>{manifest.id}</code>
            </dd>
          </div>
          <div>
            <dt>Version</dt>
            <dd>{manifest.version}</dd>
          </div>
          <div>
            <dt>Rule files</dt>
            <dd>{manifest.packs.length}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="catalog-heading">
        <h2 id="catalog-heading">Catalog</h2>
        <p>The deployment options the engine scores for every use case.</p>
        <CatalogTable catalog={catalog} />
      </section>
    </>
  );
}

/** The composition root. Until the wizard lands it shows the rule pack and catalog the engine works from. */
export function App() {
  return (
    <>
      <header className="site-header">
        <h1>Model portfolio advisor</h1>
        <p>
          Which AI models to run for which work: open weights or proprietary, managed or self-hosted, per use case.
        </p>
      </header>
      <main className="site-main">
        <p className="notice notice-info">
          The interview, the recommendation view and the PDF report are not built yet. This page lists the rule pack
          and the catalog that the recommendation engine works from.
        </p>
        <Content />
      </main>
    </>
  );
}
