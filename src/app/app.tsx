import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, lazy, useState } from 'react';
import type { RuleSet } from '../engine';
import { createQueryClient } from '../lib/query-client';
import { browserStorage } from '../lib/storage';
import { bootFrom } from '../wizard/boot';
import { Wizard } from '../wizard/wizard';
import { ErrorBoundary } from './error-boundary';
import { RuleFileError } from './load-rules';
import { useRuleSet } from './use-rule-set';

/** The results (charts and all) load only when the user first reaches them, keeping the first load small. */
const ResultsStep = lazy(() => import('./results-step').then((m) => ({ default: m.ResultsStep })));

function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const problems = error instanceof RuleFileError ? error.problems : [error.message];
  return (
    <div role="alert" className="notice notice-error">
      <h2>The rule pack could not be loaded</h2>
      <p>
        {error instanceof RuleFileError ? (
          <>
            Failed on <code>{error.file}</code>:
          </>
        ) : (
          'Loading failed:'
        )}
      </p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p>Your answers are saved in this browser and will be there when the rules load.</p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}

function Loaded({ ruleSet }: { ruleSet: RuleSet }) {
  const [storage] = useState(browserStorage);
  const [boot] = useState(() => bootFrom(window.location.hash, storage, new Date()));
  return (
    <Wizard
      boot={boot}
      storage={storage}
      renderResults={(answers, onPriorities) => (
        <ErrorBoundary what="The results">
          <Suspense
            fallback={
              <p role="status" className="notice">
                Loading the results…
              </p>
            }
          >
            <ResultsStep ruleSet={ruleSet} answers={answers} onPriorities={onPriorities} storage={storage} />
          </Suspense>
        </ErrorBoundary>
      )}
    />
  );
}

function Content() {
  const query = useRuleSet();
  if (query.isPending) {
    return (
      <p role="status" className="notice">
        Loading the rule pack…
      </p>
    );
  }
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return <Loaded ruleSet={query.data} />;
}

/** The composition root: the query client, the rule pack, and the wizard with the results composed in. */
export function App() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <header className="site-header">
        <p className="site-name">Model portfolio advisor</p>
      </header>
      <main className="site-main" id="main">
        <ErrorBoundary what="The wizard">
          <Content />
        </ErrorBoundary>
      </main>
    </QueryClientProvider>
  );
}
