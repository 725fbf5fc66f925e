import { useMemo } from 'react';
import type { AnswersV1, RecommendationV1, UseCaseResult } from '../domain';
import { recommend, type RuleSet } from '../engine';
import { percent, signed, usd } from './format';

interface ResultsProps {
  ruleSet: RuleSet;
  answers: AnswersV1;
}

function Summary({ rec }: { rec: RecommendationV1 }) {
  const p = rec.portfolio;
  const factor = p.monthlyCostUsd > 0 ? p.allProprietaryMonthlyCostUsd / p.monthlyCostUsd : null;
  return (
    <section aria-labelledby="summary-heading" className="results-summary">
      <h2 id="summary-heading">Portfolio</h2>
      <dl className="figures">
        <div>
          <dt>Monthly cost</dt>
          <dd>{usd(p.monthlyCostUsd)}</dd>
        </div>
        <div>
          <dt>All-proprietary baseline</dt>
          <dd>
            {usd(p.allProprietaryMonthlyCostUsd)}
            {factor && factor > 1 ? ` (${factor.toFixed(1)}× the recommended cost)` : ''}
          </dd>
        </div>
        <div>
          <dt>Tokens on open weights</dt>
          <dd>{percent(p.openWeightsTokenShare)}</dd>
        </div>
      </dl>
    </section>
  );
}

function UseCaseCard({ u }: { u: UseCaseResult }) {
  const r = u.recommended;
  return (
    <section className="use-case-result" aria-labelledby={`uc-${u.id}`}>
      <h3 id={`uc-${u.id}`}>{u.name}</h3>
      {r ? (
        <p className="pick">
          <strong>{r.label}</strong>: score {r.score} of 100, about {usd(r.monthlyCostUsd)} a month.
        </p>
      ) : (
        <p className="pick">No option is recommended: every option is excluded.</p>
      )}
      <details>
        <summary>Why ({u.reasons.length} rules)</summary>
        <ul className="reasons">
          {u.reasons.map((reason) => (
            <li key={`${reason.ruleId}-${reason.points ?? ''}`}>
              <span className={`effect effect-${reason.effect}`}>
                {reason.effect === 'score' && reason.points !== undefined ? signed(reason.points) : reason.effect}
              </span>{' '}
              {reason.text} <span className="rule-id">({reason.ruleId})</span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** The recommendation for the answers, as the engine gives it. */
export function ResultsView({ ruleSet, answers }: ResultsProps) {
  const rec = useMemo(() => recommend(ruleSet, answers), [ruleSet, answers]);
  return (
    <div className="results">
      <Summary rec={rec} />
      <section aria-labelledby="use-cases-heading">
        <h2 id="use-cases-heading">Use cases</h2>
        {rec.useCases.map((u) => (
          <UseCaseCard key={u.id} u={u} />
        ))}
      </section>
      <p className="pack-line">
        Rule pack {rec.ruleSet.id} {rec.ruleSet.version}, hash <code>{rec.ruleSet.hash.slice(0, 12)}</code>
      </p>
    </div>
  );
}
