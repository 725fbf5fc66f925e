import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect } from 'react';
import type { Answers, RecommendationV1 } from '../domain';
import type { Brief } from '../lib/brief';
import { localToday } from '../lib/obligation-words';
import { ResultsView } from '../results/results-view';
import { SaveScenario } from '../scenarios/save-scenario';
import { prefetchFormSteps } from '../wizard/form-steps-loader';
import type { ResultsChange } from '../wizard/step-view';
import { engineClient, type PackRef } from './engine-client';
import { ErrorBoundary } from './error-boundary';
import { ReportActions } from './report-actions';

interface Props {
  /** The rule pack, once the worker has compiled it. */
  pack: PackRef | undefined;
  /** The default pack could not be loaded (the page says why at the top). */
  rulesFailed: boolean;
  answers: Answers;
  /** A change the results page makes to the answers: the priorities or the planning figures. */
  onChange: (change: ResultsChange) => void;
  storage: Storage | null;
}

/** A recommendation with the answers it was worked out for, and its decision brief. */
interface Worked {
  answers: Answers;
  recommendation: RecommendationV1;
  brief: Brief;
}

/**
 * The recommendation for the answers and its brief, worked out by the engine's worker: once per change of answers or
 * pack, and the page and the downloads show the same one. While a new one is worked out (a slider moved) the last one stays.
 */
function useRecommendation(pack: PackRef | undefined, answers: Answers) {
  return useQuery({
    queryKey: ['recommendation', pack?.data.hash, answers],
    queryFn: async (): Promise<Worked> => {
      if (!pack) throw new Error('no rule pack yet');
      return { answers, ...(await engineClient().recommendWithBrief(pack, answers, localToday())) };
    },
    enabled: pack !== undefined,
    placeholderData: keepPreviousData,
    retry: false,
    gcTime: 60_000,
  });
}

/** The results step: the recommendation and the downloads, each in its own error boundary. Loaded on first use. */
export function ResultsStep({ pack, rulesFailed, answers, onChange, storage }: Props) {
  const query = useRecommendation(pack, answers);
  // The results are a large tree: rendered at transition priority, React yields to input every few milliseconds.
  const shown = useDeferredValue(query.data);
  // The question steps' code (for going back to edit), once the results are shown rather than while they load.
  const ready = shown !== undefined;
  useEffect(() => {
    if (!ready) return;
    // After the frame that paints the results, not before it: a request started earlier counts against the page's load.
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(prefetchFormSteps)));
    return () => cancelAnimationFrame(frame);
  }, [ready]);
  if (!pack)
    return rulesFailed ? (
      <p className="notice notice-error">
        The recommendation needs the rule pack, which could not be loaded: see the message at the top of the page.
      </p>
    ) : (
      <p role="status" className="notice">
        Loading the rule pack…
      </p>
    );
  if (query.isError && !query.data)
    return (
      <div role="alert" className="notice notice-error">
        <p>The recommendation could not be worked out: {query.error.message.replace(/[.\s]+$/, '')}.</p>
        <p>Your answers are kept.</p>
        <button type="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </div>
    );
  if (!shown)
    return (
      <p role="status" className="notice">
        Working out the recommendation…
      </p>
    );
  const updating = query.isPlaceholderData || shown !== query.data;
  return (
    <>
      <p role="status" className={updating ? 'notice notice-info' : 'visually-hidden'}>
        {updating ? 'Updating the recommendation…' : ''}
      </p>
      <ErrorBoundary what="The results">
        <ResultsView
          ruleSet={pack.data}
          answers={shown.answers}
          recommendation={shown.recommendation}
          brief={shown.brief}
          onPriorities={(priorities) => onChange({ priorities })}
          priorities={answers.priorities}
          onAssumptions={(assumptions) => onChange({ assumptions })}
          onCurrency={(currency) => onChange({ currency })}
          currency={answers.currency}
          assumptions={answers.assumptions}
        />
      </ErrorBoundary>
      <ErrorBoundary what="The report downloads">
        <ReportActions ruleSet={pack.data} answers={shown.answers} recommendation={shown.recommendation} storage={storage} />
      </ErrorBoundary>
      <ErrorBoundary what="The scenario library">
        <SaveScenario storage={storage} answers={answers} />
      </ErrorBoundary>
    </>
  );
}
