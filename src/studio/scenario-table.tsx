import { Fragment } from 'react';
import type { ScenarioFailure } from '../engine';
import { ScenarioFailureItem } from './scenario-failure';

/** One scenario's outcome under the pack in use and under the edited pack (null while the edit is refused). */
export interface ScenarioRow {
  file: string;
  title: string;
  current: ScenarioFailure[] | null;
  edited: ScenarioFailure[] | null;
}

function verdict(failures: ScenarioFailure[] | null): string {
  if (failures === null) return 'not run';
  return failures.length === 0 ? '✓ passes' : `✗ fails (${failures.length})`;
}

/** Pass or fail of every scenario in the pack, side by side, with what an edited pack gets wrong. */
export function ScenarioTable({ rows }: { rows: readonly ScenarioRow[] }) {
  if (rows.length === 0)
    return <p className="notice">This pack has no scenarios. List scenario files in manifest.json under "scenarios".</p>;
  const failing = rows.filter((r) => r.edited !== null && r.edited.length > 0).length;
  const refused = rows.some((r) => r.edited === null);
  const failingNow = rows.filter((r) => r.current !== null && r.current.length > 0).length;
  return (
    <>
      <p role="status">
        {rows.length} scenarios:{' '}
        {refused
          ? `not run with the edited pack, which is refused; ${failingNow === 0 ? 'all pass' : `${failingNow} fail`} with the pack in use`
          : failing === 0
            ? 'all pass with the edited pack'
            : `${failing} fail with the edited pack`}
        .
      </p>
      <div className="studio-table-scroll">
        <table className="studio-table">
          <caption className="visually-hidden">Scenario results</caption>
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              <th scope="col">Pack in use</th>
              <th scope="col">Edited pack</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <Fragment key={r.file}>
                <tr>
                  <th scope="row">
                    {r.title}
                    <br />
                    <code className="studio-muted">{r.file}</code>
                  </th>
                  <td className={r.current && r.current.length > 0 ? 'studio-fail' : 'studio-pass'}>{verdict(r.current)}</td>
                  <td className={r.edited && r.edited.length > 0 ? 'studio-fail' : 'studio-pass'}>{verdict(r.edited)}</td>
                </tr>
                {r.edited && r.edited.length > 0 ? (
                  <tr className="studio-failure-row">
                    <td colSpan={3}>
                      <details>
                        <summary>What the edited pack gets wrong in “{r.title}”</summary>
                        <ul>
                          {r.edited.map((f, i) => (
                            <ScenarioFailureItem key={`${f.where}-${i}`} failure={f} />
                          ))}
                        </ul>
                      </details>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
