import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import type { RuleSet } from '../engine';
import { createQueryClient } from '../lib/query-client';
import type { RuleTexts } from '../lib/rule-texts';
import { browserStorage } from '../lib/storage';
import { bootFrom, type OpenedScenario } from '../wizard/boot';
import { EMPTY_SESSION, type CompareSession } from '../scenarios/session';
import { Wizard } from '../wizard/wizard';
import type { RestoredPack } from './adopted-pack';
import { clearAdoptedPack, readAdoptedPack, refusedPack, restoreStudioDraft, saveAdoptedPack, saveStudioDraft } from './pack-storage';
import { ErrorBoundary } from './error-boundary';
import { LoadError } from './load-error';
import { SiteHeader } from './site-header';
import { isOtherView, STUDIO_HASH, useRoute, type View } from './use-route';
import type { PackRef } from './engine-client';
import { isWelcomeHash, useDefaultPack, useFirstUse, useRuleSet } from './use-rule-set';

/** The results (charts and all) load only when the user first reaches them, keeping the first load small. */
const ResultsStep = lazy(() => import('./results-step').then((m) => ({ default: m.ResultsStep })));
/** So does the compare view. */
const CompareRoute = lazy(() => import('./compare-route').then((m) => ({ default: m.CompareRoute })));
/** So does the rules studio: most users never open it. */
const StudioRoute = lazy(() => import('./studio-route').then((m) => ({ default: m.StudioRoute })));

function Pending({ what }: { what: string }) {
  return (
    <p role="status" className="notice">
      Loading {what}…
    </p>
  );
}

/**
 * The wizard, booted afresh from the URL and the saved answers each time it is shown (or from a scenario just opened
 * in the compare view, used once). It does not wait for the rule pack: only the results need it, and they say so
 * while it loads or when it failed.
 */
function WizardRoute({
  pack,
  rulesFailed,
  storage,
  opened,
  onBooted,
}: {
  pack: PackRef | undefined;
  rulesFailed: boolean;
  storage: Storage | null;
  opened: OpenedScenario | null;
  onBooted: () => void;
}) {
  const [boot] = useState(() => bootFrom(window.location.hash, storage, new Date(), opened ?? undefined));
  // The opened scenario is used once: coming back to the wizard later resumes the saved answers, edits and all.
  useEffect(() => onBooted(), [onBooted]);
  return (
    <Wizard
      boot={boot}
      storage={storage}
      isOtherRoute={isOtherView}
      renderResults={(answers, onChange) => (
        // Mounted at once, so that the results' code loads while the worker compiles the pack.
        <ErrorBoundary what="The results">
          <Suspense fallback={<Pending what="the results" />}>
            <ResultsStep pack={pack} rulesFailed={rulesFailed} answers={answers} onChange={onChange} storage={storage} />
          </Suspense>
        </ErrorBoundary>
      )}
    />
  );
}

/** Says when the wizard runs on a pack from the studio, or when a kept pack could not be used. */
function PackBanner({ adopted, onReset }: { adopted: RestoredPack; onReset: () => void }) {
  if (adopted.status === 'none') return null;
  if (adopted.status === 'refused') return <p className="notice notice-warning">{adopted.message}</p>;
  const rs = adopted.ruleSet;
  return (
    <div className="notice notice-warning pack-banner">
      <p>
        The wizard uses an edited rule pack from the rules studio: {rs.id} {rs.version} (hash {rs.hash.slice(0, 12)}).
      </p>
      <p>
        <a href={STUDIO_HASH}>Open the rules studio</a>{' '}
        <button type="button" className="button-secondary" onClick={onReset}>
          Use the default pack
        </button>
      </p>
    </div>
  );
}

/** A kept pack while it compiles, or what came of it. */
type AdoptedState = RestoredPack | { status: 'pending' };

/**
 * The pack adopted in the studio: read from storage at once, compiled by a module loaded only when a pack is kept
 * (so the first page load of everyone else does not carry the compiler).
 */
function useAdoptedPack(storage: Storage | null) {
  const [adopted, setAdopted] = useState<AdoptedState>(() => {
    const stored = readAdoptedPack(storage);
    return stored.status === 'stored' ? { status: 'pending' } : stored;
  });
  useEffect(() => {
    if (adopted.status !== 'pending') return;
    let live = true;
    import('./adopted-pack')
      .then((m) => live && setAdopted(m.restoreAdoptedPack(storage)))
      .catch(() => live && setAdopted(refusedPack('the code that reads it did not load; check the connection and reload')));
    return () => {
      live = false;
    };
  }, [adopted.status, storage]);
  return [adopted, setAdopted] as const;
}

function Content({ view }: { view: View }) {
  const studioQuery = useRuleSet(view === 'studio');
  const used = useFirstUse(view !== 'wizard' || !isWelcomeHash(window.location.hash));
  const packQuery = useDefaultPack(used);
  const query = view === 'studio' ? studioQuery : packQuery;
  const [storage] = useState(browserStorage);
  const [adopted, setAdopted] = useAdoptedPack(storage);
  const onAdopt = useCallback(
    (texts: RuleTexts, ruleSet: RuleSet) => {
      setAdopted({ status: 'restored', texts, ruleSet });
      return saveAdoptedPack(storage, texts);
    },
    [storage, setAdopted],
  );
  const [studioDraft, setStudioDraft] = useState(() => restoreStudioDraft(storage));
  const onDraft = useCallback(
    (texts: RuleTexts | null) => {
      setStudioDraft(texts);
      return saveStudioDraft(storage, texts);
    },
    [storage],
  );
  const [opened, setOpened] = useState<OpenedScenario | null>(null);
  const onOpen = useCallback((scenario: OpenedScenario) => {
    setOpened(scenario);
    window.location.hash = '#/review';
  }, []);
  const onBooted = useCallback(() => setOpened(null), []);
  const [compareSession, setCompareSession] = useState<CompareSession>(EMPTY_SESSION);
  const onReset = useCallback(() => {
    clearAdoptedPack(storage);
    setAdopted({ status: 'none' });
  }, [storage, setAdopted]);

  const loadError = query.isError ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : null;
  if (adopted.status === 'pending') return <Pending what="the edited rule pack" />;
  if (view === 'studio') {
    if (studioQuery.isPending) return <Pending what="the rule pack" />;
    if (studioQuery.isError) return loadError;
    return (
      <ErrorBoundary what="The rules studio">
        <Suspense fallback={<Pending what="the rules studio" />}>
          <StudioRoute
            storage={storage}
            adopted={adopted.status === 'restored' ? adopted : null}
            defaultRuleSet={studioQuery.data}
            draft={studioDraft}
            onDraft={onDraft}
            onAdopt={onAdopt}
            onReset={onReset}
          />
        </Suspense>
      </ErrorBoundary>
    );
  }
  const pack: PackRef | undefined = adopted.status === 'restored' ? { texts: adopted.texts, data: adopted.ruleSet } : packQuery.data;
  if (view === 'compare')
    return (
      <>
        {adopted.status === 'restored' ? null : loadError}
        <PackBanner adopted={adopted} onReset={onReset} />
        <ErrorBoundary what="The compare view">
          <Suspense fallback={<Pending what="the compare view" />}>
            <CompareRoute
              storage={storage}
              pack={pack}
              rulesFailed={packQuery.isError}
              onOpen={onOpen}
              session={compareSession}
              onSession={setCompareSession}
            />
          </Suspense>
        </ErrorBoundary>
      </>
    );
  return (
    <>
      {adopted.status === 'restored' ? null : loadError}
      <PackBanner adopted={adopted} onReset={onReset} />
      {/* A new pack starts the wizard afresh (from the saved answers); the default pack arriving does not. */}
      <WizardRoute
        key={adopted.status === 'restored' ? adopted.ruleSet.hash : 'default'}
        pack={pack}
        rulesFailed={packQuery.isError}
        storage={storage}
        opened={opened}
        onBooted={onBooted}
      />
    </>
  );
}

/** The composition root: the query client, the rule pack, the wizard with the results composed in, and the studio. */
export function App() {
  const [client] = useState(createQueryClient);
  const route = useRoute();
  return (
    <QueryClientProvider client={client}>
      <SiteHeader view={route.view} wizardHash={route.wizardHash} />
      <main className="site-main" id="main">
        <ErrorBoundary what="The page">
          <Content view={route.view} />
        </ErrorBoundary>
      </main>
    </QueryClientProvider>
  );
}
