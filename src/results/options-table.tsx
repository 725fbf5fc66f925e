import type { Choice, UseCaseResult } from '../domain';
import { usd } from './format';
import { DIMENSIONS } from './labels';

/** The recommended option first, then the alternatives, best first: the engine's order. */
export function rankedChoices(u: UseCaseResult): Choice[] {
  return [...(u.recommended ? [u.recommended] : []), ...u.alternatives];
}

/** Every eligible option with its total and its score on each dimension, as the engine gave them. */
export function OptionsTable({ u }: { u: UseCaseResult }) {
  const choices = rankedChoices(u);
  if (choices.length === 0) return null;
  const captionId = `scores-${u.id}`;
  return (
    <>
      <h4 className="table-title">Scores, each out of 100</h4>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table score-table">
          <caption id={captionId} className="visually-hidden">
            Scores for {u.name}, each out of 100
          </caption>
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col" className="num">
                Total
              </th>
              {DIMENSIONS.map((d) => (
                <th key={d.id} scope="col" className="num">
                  {d.label}
                </th>
              ))}
              <th scope="col" className="num">
                Monthly cost
              </th>
            </tr>
          </thead>
          <tbody>
            {choices.map((c, i) => (
              <tr key={c.optionId} className={i === 0 && u.recommended ? 'is-recommended' : undefined}>
                <th scope="row">
                  {c.label}
                  {i === 0 && u.recommended ? <span className="tag">Recommended</span> : null}
                </th>
                <td className="num total">{c.score}</td>
                {DIMENSIONS.map((d) => (
                  <td key={d.id} className="num">
                    {c.scoreBreakdown[d.id]}
                  </td>
                ))}
                <td className="num">{usd(c.monthlyCostUsd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
