import { moreDutiesWords, noDutiesWords, type Brief, type BriefPick } from '../lib/brief';
import { money } from './format';
import { InPageLink } from './in-page-link';

/** The pick in the brief's table: the option, or both options of a close call, with how it runs. */
function PickCell({ p }: { p: BriefPick }) {
  if (!p.pick) return <>None: every option is excluded</>;
  return (
    <>
      <strong>{p.pick.label}</strong>
      {p.equalChoice ? (
        <>
          {' '}
          or <strong>{p.equalChoice.label}</strong>
        </>
      ) : null}
      <span className="brief-kind">{p.pick.deploymentLabel}</span>
    </>
  );
}

function CostCell({ p }: { p: BriefPick }) {
  if (!p.pick) return <>–</>;
  return (
    <>
      {money(p.pick.monthlyCostUsd)}
      {p.equalChoice ? <span className="brief-kind">or {money(p.equalChoice.monthlyCostUsd)}</span> : null}
    </>
  );
}

/**
 * The decision per use case. On a phone each row stacks into a card, each value under its column's name, so that the
 * cost is never behind a sideways scroll; the roles are explicit so that the stacked table is still a table to a
 * screen reader.
 */
function PicksTable({ picks }: { picks: BriefPick[] }) {
  return (
    <table role="table" className="data-table picks-table stack-table brief-table">
      <caption>Recommendation per use case</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">
            Use case
          </th>
          <th role="columnheader" scope="col">
            Recommended
          </th>
          <th role="columnheader" scope="col">
            Margin
          </th>
          <th role="columnheader" scope="col" className="num">
            Monthly cost
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {picks.map((p) => (
          <tr role="row" key={p.useCaseId} className={p.closeCall ? 'brief-close' : undefined}>
            <th role="rowheader" scope="row">
              <InPageLink to={`uc-${p.useCaseId}`}>{p.name}</InPageLink>
            </th>
            <td role="cell" data-label="Recommended">
              <PickCell p={p} />
            </td>
            <td role="cell" data-label="Margin">
              {p.margin}
            </td>
            <td role="cell" data-label="Monthly cost" className="num">
              <CostCell p={p} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Duties({ brief }: { brief: Brief }) {
  const more = moreDutiesWords(brief);
  return (
    <div className="brief-part">
      <h3>Duties that come first</h3>
      {brief.firstDuties.length === 0 ? (
        <p>{noDutiesWords(brief)}</p>
      ) : (
        <ol className="brief-duties">
          {brief.firstDuties.map((d) => (
            <li key={`${d.law}-${d.text}`}>
              <p>
                <strong>{d.law}</strong>
                {d.phase ? <span className={`phase phase-${d.phase}`}>{d.phaseLabel}</span> : null} {d.text}
              </p>
              {d.when ? <p className="obligation-when">{d.when}</p> : null}
            </li>
          ))}
        </ol>
      )}
      {more === null ? null : (
        <p className="brief-more">
          <InPageLink to="obligations-heading">{more}</InPageLink>
        </p>
      )}
    </div>
  );
}

/**
 * The decision on one screen: the portfolio against the all-proprietary baseline, the pick per use case with its
 * margin and cost, the duties that come first and the next steps. The rest of the page holds the detail behind it.
 */
export function DecisionBrief({ brief }: { brief: Brief }) {
  return (
    <section aria-labelledby="decision-heading" className="decision-brief">
      <h2 id="decision-heading">The decision</h2>
      <p className="brief-headline">{brief.headline}</p>
      {brief.extra ? <p>{brief.extra}</p> : null}
      {brief.range ? <p>{brief.range}</p> : null}
      {brief.assumptions ? <p className="brief-assumptions">{brief.assumptions}</p> : null}
      {brief.currency ? <p className="brief-assumptions">{brief.currency}</p> : null}
      <div className="table-scroll" role="region" aria-label="Recommendation per use case" tabIndex={0}>
        <PicksTable picks={brief.picks} />
      </div>
      <Duties brief={brief} />
      {brief.nextSteps.length > 0 ? (
        <div className="brief-part">
          <h3>Next steps</h3>
          <ol className="brief-steps">
            {brief.nextSteps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
