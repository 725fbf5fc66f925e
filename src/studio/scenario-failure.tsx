import type { ScenarioFailure } from '../engine';
import { signed } from './format';

/** For a wrong recommendation: which rules made the gap between the expected option and the one chosen, as a table. */
function DifferenceTable({ failure }: { failure: ScenarioFailure }) {
  const d = failure.difference;
  if (!d) return null;
  const scores = d.rules.filter((r) => r.effect === 'score');
  const exclusions = d.rules.filter((r) => r.effect === 'exclude');
  return (
    <>
      <p>
        {d.expectedOptionId
          ? `Best option meeting the expectation: ${d.expectedOptionId} (score ${d.expectedScore ?? '?'}), against ${d.actualOptionId ?? 'nothing'} (score ${d.actualScore ?? '?'}).`
          : 'No eligible option meets the expectation.'}
      </p>
      {scores.length > 0 ? (
        <div className="studio-table-scroll">
          <table className="studio-table">
            <caption>Rules that scored the two options differently, largest part first</caption>
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Dimension</th>
                <th scope="col">Expected option</th>
                <th scope="col">Chosen option</th>
                <th scope="col">Part in the gap</th>
              </tr>
            </thead>
            <tbody>
              {scores.map((r) => (
                <tr key={r.ruleId}>
                  <th scope="row">
                    <code>{r.ruleId}</code>
                  </th>
                  <td>{r.dimension}</td>
                  <td>{signed(r.expectedPoints ?? 0)}</td>
                  <td>{signed(r.actualPoints ?? 0)}</td>
                  <td>
                    {(r.weighted ?? 0) > 0
                      ? `helps the expected option by ${signed(r.weighted ?? 0)}`
                      : `favours the chosen option by ${signed(-(r.weighted ?? 0))}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {exclusions.length > 0 ? (
        <ul>
          {exclusions.map((r) => (
            <li key={`${r.ruleId}/${r.optionId ?? ''}`}>
              <code>{r.ruleId}</code> excluded {r.optionId}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** One unmet expectation: where, what was expected, what came out, and the rules behind it. */
export function ScenarioFailureItem({ failure }: { failure: ScenarioFailure }) {
  return (
    <li className="studio-scenario-failure">
      <p>
        <code>{failure.where}</code>: expected {failure.expected}; got {failure.actual}.
      </p>
      {failure.difference ? (
        <DifferenceTable failure={failure} />
      ) : failure.rules.length > 0 ? (
        <p>Rules: {failure.rules.join('; ')}</p>
      ) : null}
    </li>
  );
}
