import { useState } from 'react';
import type { Choice, UseCaseResult } from '../domain';
import { money } from './format';
import { DIMENSIONS } from './labels';

/** The recommended option first, then the alternatives, best first: the engine's order. */
export function rankedChoices(u: UseCaseResult): Choice[] {
  return [...(u.recommended ? [u.recommended] : []), ...u.alternatives];
}

/** How many options the table lists until the reader asks for all of them. */
export const TOP_OPTIONS = 5;

/**
 * The eligible options with their total and their score on each dimension, as the engine gave them: the top
 * TOP_OPTIONS, and every one on request (a default pack leaves thirty or more eligible; a phone need not lay out
 * them all for each use case).
 */
export function OptionsTable({ u, weights }: { u: UseCaseResult; weights?: string }) {
  const [all, setAll] = useState(false);
  const choices = rankedChoices(u);
  if (choices.length === 0) return null;
  const captionId = `scores-${u.id}`;
  const shown = all ? choices : choices.slice(0, TOP_OPTIONS);
  return (
    <>
      <h4 className="table-title">Scores, each out of 100</h4>
      {weights ? <p className="table-note">{weights}</p> : null}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table role="table" className="data-table score-table stack-table" id={`${captionId}-table`}>
          <caption id={captionId} className="visually-hidden">
            Scores for {u.name}, each out of 100
            {choices.length > shown.length ? `: the top ${shown.length} of ${choices.length} eligible options` : ''}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col">
                Option
              </th>
              <th role="columnheader" scope="col" className="num">
                Total
              </th>
              {DIMENSIONS.map((d) => (
                <th role="columnheader" key={d.id} scope="col" className="num">
                  {d.label}
                </th>
              ))}
              <th role="columnheader" scope="col" className="num">
                Monthly cost
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {shown.map((c, i) => (
              <tr role="row" key={c.optionId} className={i === 0 && u.recommended ? 'is-recommended' : undefined}>
                <th role="rowheader" scope="row">
                  {c.label}
                  {i === 0 && u.recommended ? <span className="tag">Recommended</span> : null}
                </th>
                <td role="cell" data-label="Total" className="num total">
                  {c.score}
                </td>
                {DIMENSIONS.map((d) => (
                  <td role="cell" data-label={d.label} key={d.id} className="num">
                    {c.scoreBreakdown[d.id]}
                  </td>
                ))}
                <td role="cell" data-label="A month" className="num">
                  {money(c.monthlyCostUsd)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {choices.length > TOP_OPTIONS ? (
        <button
          type="button"
          className="button-secondary table-more"
          aria-controls={`${captionId}-table`}
          aria-expanded={all}
          onClick={() => setAll(!all)}
        >
          {all ? `Show the top ${TOP_OPTIONS} only` : `Show all ${choices.length} eligible options`}
        </button>
      ) : null}
    </>
  );
}
