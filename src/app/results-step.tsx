import { useMemo } from 'react';
import type { Answers } from '../domain';
import { recommend, type RuleSet } from '../engine';
import { ResultsView } from '../results/results-view';
import { ErrorBoundary } from './error-boundary';
import { ReportActions } from './report-actions';

interface Props {
  ruleSet: RuleSet;
  answers: Answers;
  onPriorities: (p: Answers['priorities']) => void;
  storage: Storage | null;
}

/** The results step: the recommendation and the downloads, each in its own error boundary. Loaded on first use. */
export function ResultsStep({ ruleSet, answers, onPriorities, storage }: Props) {
  // Once per change of answers or pack: the page and the downloads show the same recommendation.
  const recommendation = useMemo(() => recommend(ruleSet, answers), [ruleSet, answers]);
  return (
    <>
      <ErrorBoundary what="The results">
        <ResultsView ruleSet={ruleSet} answers={answers} recommendation={recommendation} onPriorities={onPriorities} />
      </ErrorBoundary>
      <ErrorBoundary what="The report downloads">
        <ReportActions ruleSet={ruleSet} answers={answers} recommendation={recommendation} storage={storage} />
      </ErrorBoundary>
    </>
  );
}
