import { useMemo } from 'react';
import type { Answers, RecommendationV1, ScenarioAssumptions } from '../domain';
import { exclusionsByScope, type RuleSetData } from '../engine';
import { buildBrief, type Brief } from '../lib/brief';
import { moneyFor } from '../lib/currency';
import { showMoneyIn, type Currency } from '../lib/format';
import { localToday } from '../lib/obligation-words';
import { AssumptionsPanel } from './assumptions-panel';
import { DecisionBrief } from './decision-brief';
import { PortfolioSummary } from './portfolio-summary';
import { PrioritySliders } from './priority-sliders';
import { UseCaseResultView } from './use-case-result';

interface ResultsProps {
  ruleSet: RuleSetData;
  answers: Answers;
  /** The engine's recommendation for these answers and this rule set (made once by the caller, shared with the downloads). */
  recommendation: RecommendationV1;
  /** The recommendation's decision brief, where the caller has it (the engine's worker builds it); else built here. */
  brief?: Brief | undefined;
  /** Called as the priority sliders move; the caller passes back answers with the new priorities. Without it, no sliders. */
  onPriorities?: (p: Answers['priorities']) => void;
  /** Where the sliders stand, when they have moved ahead of the recommendation shown (it is being worked out). */
  priorities?: Answers['priorities'];
  /** Called when a planning figure is changed (null: every figure the catalog's). Without it, no assumptions panel. */
  onAssumptions?: (a: ScenarioAssumptions | null) => void;
  /** The planning figures as last changed, when they are ahead of the recommendation shown. */
  assumptions?: ScenarioAssumptions | undefined;
  /** Called when another currency is chosen (null: US dollars). */
  onCurrency?: (c: Currency | null) => void;
  /** The currency as last chosen, when it is ahead of the recommendation shown. */
  currency?: Currency | undefined;
}

/** The recommendation for the answers, as the engine gives it: the portfolio first, then each use case. */
export function ResultsView({
  ruleSet,
  answers,
  recommendation: rec,
  brief: given,
  onPriorities,
  priorities = answers.priorities,
  onAssumptions,
  assumptions = answers.assumptions,
  onCurrency,
  currency = answers.currency,
}: ResultsProps) {
  // Every amount below is shown in the answers' currency (at the rate the brief states).
  showMoneyIn(moneyFor(answers, ruleSet.catalog));
  const scopes = useMemo(() => exclusionsByScope(rec), [rec]);
  const shared = new Set(scopes.portfolio.map((e) => e.optionId)).size;
  const brief = useMemo(() => given ?? buildBrief(rec, answers, ruleSet, localToday()), [given, rec, answers, ruleSet]);
  return (
    <div className="results">
      <DecisionBrief brief={brief} />
      <PortfolioSummary rec={rec} ruleSet={ruleSet} sharedExclusions={scopes.portfolio} planning={answers.planning} />
      {onPriorities ? (
        <PrioritySliders priorities={priorities} onPriorities={onPriorities} feasibilityWeight={ruleSet.scoring.feasibilityWeight} />
      ) : null}
      {onAssumptions ? (
        <AssumptionsPanel
          ruleSet={ruleSet}
          gpuAccess={answers.team.gpuAccess}
          assumptions={assumptions}
          onAssumptions={onAssumptions}
          currency={currency ?? 'USD'}
          {...(onCurrency ? { onCurrency } : {})}
        />
      ) : null}
      <section aria-labelledby="use-cases-heading">
        <h2 id="use-cases-heading">Use cases</h2>
        {rec.useCases.map((u, i) => (
          <UseCaseResultView
            key={u.id}
            u={u}
            index={i}
            answers={answers}
            ruleSet={ruleSet}
            rec={rec}
            excluded={scopes.useCases[i]}
            sharedExclusions={shared}
          />
        ))}
      </section>
      <p className="pack-line">
        Rule pack {rec.ruleSet.id} {rec.ruleSet.version}, hash <code>{rec.ruleSet.hash.slice(0, 12)}</code>
      </p>
    </div>
  );
}
