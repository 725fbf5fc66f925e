import type { RecommendationDiff, UseCaseDiff } from './diff';
import { money, moneyDelta, percent, signed } from './format';

function score(value: number | null): string {
  return value === null ? 'excluded' : String(value);
}

function UseCaseChange({ u }: { u: UseCaseDiff }) {
  const pick = (c: UseCaseDiff['before']) => (c ? `${c.label} (score ${c.score})` : 'nothing (every option excluded)');
  return (
    <li className="studio-diff-use-case">
      <h4>{u.name}</h4>
      <p>
        {u.pickChanged ? (
          <>
            <strong>Recommendation changes</strong> from {pick(u.before)} to {pick(u.after)}.
          </>
        ) : (
          <>Recommendation stays {pick(u.after)}.</>
        )}
      </p>
      {u.monthlyCost.before !== u.monthlyCost.after ? (
        <p>
          Monthly cost: {money(u.monthlyCost.before)} → {money(u.monthlyCost.after)} (
          {moneyDelta(u.monthlyCost.after - u.monthlyCost.before)})
          {u.pickChanged ? '' : ': same option, different cost (the cost model or capacity shared with other use cases changed)'}
        </p>
      ) : null}
      {u.options.length > 0 ? (
        <table className="studio-table">
          <caption className="visually-hidden">Scores that moved for {u.name}</caption>
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {u.options.map((o) => (
              <tr key={o.optionId}>
                <th scope="row">{o.label}</th>
                <td>{score(o.before)}</td>
                <td>{score(o.after)}</td>
                <td>
                  {o.before !== null && o.after !== null
                    ? signed(o.after - o.before)
                    : o.after === null
                      ? 'now excluded'
                      : 'no longer excluded'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {u.rules.length > 0 ? (
        <>
          <p className="studio-diff-subhead">Rules that now act differently:</p>
          <ul>
            {u.rules.map((r) => (
              <li key={`${r.ruleId}/${r.optionId}`}>
                <code>{r.ruleId}</code> on <code>{r.optionId}</code>: {r.before ?? 'did not fire'} → {r.after ?? 'does not fire'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {u.obligationsAdded.length + u.obligationsRemoved.length > 0 ? (
        <p>
          Obligations:{' '}
          {u.obligationsAdded
            .map((o) => `+ ${o}`)
            .concat(u.obligationsRemoved.map((o) => `− ${o}`))
            .join(', ')}
        </p>
      ) : null}
    </li>
  );
}

/** The recommendation diff between the pack in use and the edited pack, for one set of answers. */
export function DiffView({ diff }: { diff: RecommendationDiff }) {
  if (!diff.changed) return <p className="notice">No change: the edited pack gives the same recommendation for these answers.</p>;
  const cost = diff.monthlyCost;
  const share = diff.openWeightsShare;
  const list = (label: string, added: string[], removed: string[]) =>
    added.length + removed.length > 0 ? (
      <li>
        {label}:{' '}
        {added
          .map((o) => `+ ${o}`)
          .concat(removed.map((o) => `− ${o}`))
          .join(', ')}
      </li>
    ) : null;
  return (
    <div className="studio-diff">
      <h3>Portfolio</h3>
      <ul>
        <li>
          Monthly cost: {money(cost.before)} → {money(cost.after)} ({moneyDelta(cost.after - cost.before)})
        </li>
        <li>
          Tokens on open weights: {percent(share.before)} → {percent(share.after)}
        </li>
        {list('Obligations', diff.obligationsAdded, diff.obligationsRemoved)}
        {list('Notes', diff.notesAdded, diff.notesRemoved)}
      </ul>
      <h3>
        {diff.useCases.length} use case{diff.useCases.length === 1 ? '' : 's'} affected
      </h3>
      <ul className="studio-diff-list">
        {diff.useCases.map((u) => (
          <UseCaseChange key={u.id} u={u} />
        ))}
      </ul>
    </div>
  );
}
