import { useMemo } from 'react';
import type { Answers, RecommendationV1, UseCaseResult } from '../domain';
import { catalogWith, costCurves, runnerUpOf, type RuleSetData } from '../engine';
import { decisionSentences, weightWords } from '../lib/decision-words';
import { CostChart } from './cost-chart';
import { Disclosure } from './disclosure';
import { ExcludedList } from './excluded-list';
import { tokenWords, money } from './format';
import { DEPLOYMENT_LABELS, TASK_LABELS } from './labels';
import { OptionsTable } from './options-table';
import { PickFigures } from './pick-figures';
import { ScoreBars } from './score-bars';
import { againstPickOf, flipWords, sensitivityText } from '../lib/sensitivity-words';
import { tokenMixWords } from '../lib/token-mix';
import { WhyNotPanel } from './why-not-panel';
import { WhyPanel } from './why-panel';

interface UseCaseProps {
  u: UseCaseResult;
  index: number;
  answers: Answers;
  ruleSet: RuleSetData;
  /** The whole recommendation: a pooled self-hosted cost names the other use cases on its deployment. */
  rec: RecommendationV1;
  /** The exclusions to list for this use case (those that hit every use case are listed for the portfolio). */
  excluded?: UseCaseResult['excluded'];
  /** How many options are ruled out for every use case. */
  sharedExclusions?: number;
}

function Pick({ u }: { u: UseCaseResult }) {
  const r = u.recommended;
  if (!r) return <p className="pick pick-none">No option is recommended: every option is excluded.</p>;
  const runnerUp = runnerUpOf(u);
  if (u.closeCall && runnerUp)
    return (
      <div className="pick-block pick-close">
        <p className="pick-flag">Too close to call</p>
        <p className="pick">
          <strong>{r.label}</strong>: score {r.score} of 100, about {money(r.monthlyCostUsd)} a month, <em>or</em>{' '}
          <strong>{runnerUp.label}</strong>: score {runnerUp.score} of 100, about {money(runnerUp.monthlyCostUsd)} a month.
        </p>
      </div>
    );
  return (
    <div className="pick-block">
      <p className="pick">
        <strong>{r.label}</strong>: score {r.score} of 100, about {money(r.monthlyCostUsd)} a month.
      </p>
      <p className="pick-kind">{DEPLOYMENT_LABELS[r.deployment]}</p>
    </div>
  );
}

/** The margin and what decided it, what a dearer pick buys, what a pooled cost depends on. */
function DecisionNotes({ rec, index, answers, ruleSet }: Pick<UseCaseProps, 'rec' | 'index' | 'answers' | 'ruleSet'>) {
  const sentences = decisionSentences(rec, index, answers.priorities, ruleSet);
  if (sentences.length === 0) return null;
  return (
    <ul className="decision-notes">
      {sentences.map((s) => (
        <li key={s}>{s}</li>
      ))}
    </ul>
  );
}

function Sensitivities({ u, ruleSet, priorities }: { u: UseCaseResult; ruleSet: RuleSetData; priorities: Answers['priorities'] }) {
  const labelOf = (id: string) => flipWords(id, u.recommended?.optionId, ruleSet.options);
  return (
    <div className="sensitivity">
      <h4>What would change this</h4>
      {u.sensitivity.length === 0 ? (
        <p>No nearby change in volume, team or priorities would change this recommendation.</p>
      ) : (
        <ul>
          {u.sensitivity.map((s) => (
            <li key={`${s.input}-${s.to}`}>{sensitivityText(s, labelOf, againstPickOf(u, ruleSet, priorities))}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What lies behind a use case's pick: every option's scores (table and bars), cost against volume, and the reasoning. */
function Details({ u, index, answers, ruleSet, excluded, sharedExclusions }: Omit<UseCaseProps, 'rec'>) {
  const useCase = answers.useCases[index];
  const curves = useMemo(() => costCurves(ruleSet, answers, index, u), [ruleSet, answers, index, u]);
  return (
    <>
      <PickFigures
        pick={u.recommended}
        ruleSet={ruleSet}
        mix={useCase ? tokenMixWords(useCase, catalogWith(ruleSet.catalog, answers.assumptions)) : null}
      />
      <div className="scores-grid">
        <OptionsTable u={u} weights={weightWords(answers.priorities, ruleSet.scoring.feasibilityWeight)} />
        <ScoreBars u={u} />
      </div>
      <h4>Cost as volume changes</h4>
      {useCase ? <CostChart curves={curves} volume={useCase.monthlyTokens} name={u.name} recommended={u.recommended} /> : null}
      <div className="reasoning-grid">
        <Sensitivities u={u} ruleSet={ruleSet} priorities={answers.priorities} />
        <ExcludedList u={u} ruleSet={ruleSet} excluded={excluded} sharedOptions={sharedExclusions} />
      </div>
      <WhyPanel u={u} ruleSet={ruleSet} />
      <WhyNotPanel u={u} ruleSet={ruleSet} />
    </>
  );
}

/**
 * One use case: the pick, its margin and what decided it, then (on request: a portfolio's page would otherwise be
 * many screens long, and slow to build on a phone) the scores, the cost chart and the reasoning.
 */
export function UseCaseResultView({ u, index, answers, ruleSet, rec, excluded, sharedExclusions }: UseCaseProps) {
  const useCase = answers.useCases[index];
  return (
    <section className="use-case-result" aria-labelledby={`uc-${u.id}`}>
      <h3 id={`uc-${u.id}`} tabIndex={-1}>
        {u.name}
      </h3>
      {useCase ? (
        <p className="use-case-meta">
          {TASK_LABELS[useCase.task]} · {useCase.audience === 'internal' ? 'internal' : 'customer-facing'} · about{' '}
          {tokenWords(useCase.monthlyTokens)} tokens a month
        </p>
      ) : null}
      <Pick u={u} />
      <DecisionNotes rec={rec} index={index} answers={answers} ruleSet={ruleSet} />
      <Disclosure className="use-case-details" summary="Scores, cost chart, what would change this, and why">
        <Details u={u} index={index} answers={answers} ruleSet={ruleSet} excluded={excluded} sharedExclusions={sharedExclusions} />
      </Disclosure>
    </section>
  );
}
