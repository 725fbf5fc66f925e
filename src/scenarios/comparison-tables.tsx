import type { ReactNode } from 'react';
import { DEPLOYMENT_LABELS } from '../domain';
import { money } from '../lib/format';
import { comparisonSentences, marginCell, sharedWords, totalsRows, whereWords, type Comparison, type PickCell } from '../lib/comparison';

/**
 * A table that reads as a table to a screen reader at every width (the roles are explicit, so the narrow layout's
 * CSS cannot strip them) and, on a phone, stacks each row's cells under its heading with the scenario's name.
 */
function CompareTable({
  caption,
  corner,
  scenarios,
  rows,
}: {
  caption: string;
  corner: string;
  scenarios: readonly string[];
  rows: { key: string; header: ReactNode; cells: ReactNode[] }[];
}) {
  return (
    <table role="table" className="compare-table">
      <caption>{caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">
            {corner}
          </th>
          {scenarios.map((name, i) => (
            <th role="columnheader" scope="col" key={i}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((r) => (
          <tr role="row" key={r.key}>
            <th role="rowheader" scope="row">
              {r.header}
            </th>
            {r.cells.map((c, i) => (
              <td role="cell" key={i} data-scenario={scenarios[i]}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Pick({ cell }: { cell: PickCell }) {
  if (cell.kind === 'absent') return <span className="muted">Not in this scenario</span>;
  if (cell.kind === 'none') return <span>None: every option excluded</span>;
  return (
    <>
      <strong>{cell.label}</strong>
      <span className="compare-figures">
        {DEPLOYMENT_LABELS[cell.deployment]} · {money(cell.monthlyCostUsd)} a month · score {cell.score}
      </span>
      <span className={cell.closeCall ? 'compare-close' : 'compare-figures'}>{marginCell(cell)}</span>
    </>
  );
}

/** The comparison: its headline, the totals, the picks per use case, the duties that differ and the answers that differ. */
export function ComparisonTables({ comparison: c }: { comparison: Comparison }) {
  const names = c.scenarios.map((s) => s.name);
  return (
    <div className="comparison">
      <ul className="compare-headline">
        {comparisonSentences(c).map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <CompareTable
        caption="Portfolio"
        corner="Figure"
        scenarios={names}
        rows={totalsRows(c).map((r) => ({ key: r.label, header: r.label, cells: r.values }))}
      />
      <CompareTable
        caption="Pick per use case (cost a month, score of 100, margin over the runner-up)"
        corner="Use case"
        scenarios={names}
        rows={c.useCases.map((u) => ({ key: u.id, header: u.name, cells: u.cells.map((cell, i) => <Pick key={i} cell={cell} />) }))}
      />
      <h3>Duties that differ</h3>
      {c.obligations.length === 0 ? (
        <p>Every scenario carries the same duties ({c.sharedObligations}).</p>
      ) : (
        <>
          <p>{sharedWords(c)} and are not listed. Each scenario&apos;s report has all its duties, with their dates and sources.</p>
          <ul className="compare-duties">
            {c.obligations.map((o) => (
              <li key={o.ruleId}>
                {o.law ? <strong>{o.law}: </strong> : null}
                {o.text} <span className="compare-where">{whereWords(c, o.present)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Answers that differ</h3>
      {c.differences.length === 0 ? (
        <p>The answers are the same in every scenario.</p>
      ) : (
        <CompareTable
          caption="What differs in the answers, which explains the differences above"
          corner="Answer"
          scenarios={names}
          rows={c.differences.map((d, i) => ({
            key: `${i}`,
            header: (
              <>
                <span className="compare-law">{d.section}: </span>
                {d.label}
              </>
            ),
            cells: d.values,
          }))}
        />
      )}
    </div>
  );
}
