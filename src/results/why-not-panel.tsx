import type { Choice, Reason, UseCaseResult } from '../domain';
import { runnerUpOf, type RuleSetData } from '../engine';
import { Disclosure } from './disclosure';
import { DIMENSIONS } from './labels';
import { ReasonItem } from './reason-item';

/** Score reasons that include `a` and not `b`: points the engine gave one option and not the other. */
function pointsOnlyFor(reasons: readonly Reason[], a: string, b: string): Reason[] {
  return reasons.filter((r) => r.effect === 'score' && r.optionIds.includes(a) && !r.optionIds.includes(b));
}

function Comparison({ pick, runnerUp }: { pick: Choice; runnerUp: Choice }) {
  return (
    <table className="data-table compare-table">
      <caption>Scores side by side, each out of 100, the recommended option first</caption>
      <thead>
        <tr>
          <th scope="col">Dimension</th>
          <th scope="col" className="num">
            {pick.label}
          </th>
          <th scope="col" className="num">
            {runnerUp.label}
          </th>
        </tr>
      </thead>
      <tbody>
        {DIMENSIONS.map((d) => (
          <tr key={d.id}>
            <th scope="row">{d.label}</th>
            <td className="num">{pick.scoreBreakdown[d.id]}</td>
            <td className="num">{runnerUp.scoreBreakdown[d.id]}</td>
          </tr>
        ))}
        <tr className="total-row">
          <th scope="row">Total, weighted by your priorities</th>
          <td className="num">{pick.score}</td>
          <td className="num">{runnerUp.score}</td>
        </tr>
      </tbody>
    </table>
  );
}

function ReasonGroup({ title, reasons, ruleSet }: { title: string; reasons: Reason[]; ruleSet: RuleSetData }) {
  return (
    <div className="reason-group">
      <h4>{title}</h4>
      {reasons.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="reasons">
          {reasons.map((r) => (
            <ReasonItem key={`${r.ruleId}-${r.points ?? ''}`} reason={r} ruleSet={ruleSet} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** "Why not" the runner-up: the two side by side, and the rules that gave points to one of them and not the other. */
export function WhyNotPanel({ u, ruleSet }: { u: UseCaseResult; ruleSet: RuleSetData }) {
  const pick = u.recommended;
  const runnerUp = runnerUpOf(u);
  if (!pick || !runnerUp) return null;
  return (
    <Disclosure className="panel why-not-panel" summary={`Why not ${runnerUp.label}?`}>
      <Comparison pick={pick} runnerUp={runnerUp} />
      <p className="panel-intro">
        Rules that gave both the same points are left out; a rule that gave each a different number of points appears in both lists.
      </p>
      <ReasonGroup
        title={`Points ${pick.label} got that ${runnerUp.label} did not`}
        reasons={pointsOnlyFor(u.reasons, pick.optionId, runnerUp.optionId)}
        ruleSet={ruleSet}
      />
      <ReasonGroup
        title={`Points ${runnerUp.label} got that ${pick.label} did not`}
        reasons={pointsOnlyFor(u.reasons, runnerUp.optionId, pick.optionId)}
        ruleSet={ruleSet}
      />
    </Disclosure>
  );
}
