import { useMemo } from 'react';
import type { AnswersV1 } from '../domain';
import { recommend, type RuleSet } from '../engine';
import { PortfolioSummary } from './portfolio-summary';
import { PrioritySliders } from './priority-sliders';
import { UseCaseResultView } from './use-case-result';

interface ResultsProps {
  ruleSet: RuleSet;
  answers: AnswersV1;
  /** Called as the priority sliders move; the caller passes back answers with the new priorities. Without it, no sliders. */
  onPriorities?: (p: AnswersV1['priorities']) => void;
}

/** The recommendation for the answers, as the engine gives it: the portfolio first, then each use case. */
export function ResultsView({ ruleSet, answers, onPriorities }: ResultsProps) {
  const rec = useMemo(() => recommend(ruleSet, answers), [ruleSet, answers]);
  return (
    <div className="results">
      <PortfolioSummary rec={rec} ruleSet={ruleSet} />
      {onPriorities ? <PrioritySliders priorities={answers.priorities} onPriorities={onPriorities} /> : null}
      <section aria-labelledby="use-cases-heading">
        <h2 id="use-cases-heading">Use cases</h2>
        {rec.useCases.map((u, i) => (
          <UseCaseResultView key={u.id} u={u} index={i} answers={answers} ruleSet={ruleSet} />
        ))}
      </section>
      <p className="pack-line">
        Rule pack {rec.ruleSet.id} {rec.ruleSet.version}, hash <code>{rec.ruleSet.hash.slice(0, 12)}</code>
      </p>
    </div>
  );
}
