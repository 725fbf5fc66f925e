import type { Reason, UseCaseResult } from '../domain';
import type { RuleSetData } from '../engine';
import { Disclosure } from './disclosure';
import { ReasonItem, reasonsFor } from './reason-item';

const GROUPS: readonly { effect: Reason['effect']; title: string }[] = [
  { effect: 'score', title: 'Points' },
  { effect: 'exclude', title: 'Exclusions' },
  { effect: 'obligation', title: 'Obligations' },
  { effect: 'note', title: 'Notes' },
];

/** The rules behind a use case's verdict: those that fired for the recommended option, or, with none left, every exclusion. */
function shownReasons(u: UseCaseResult): Reason[] {
  if (u.recommended) return reasonsFor(u.reasons, u.recommended.optionId);
  return u.reasons.filter((r) => r.effect !== 'score');
}

/** "Why": the rules that fired, in the engine's order, with their effect in points and their sources. */
export function WhyPanel({ u, ruleSet }: { u: UseCaseResult; ruleSet: RuleSetData }) {
  const reasons = shownReasons(u);
  const subject = u.recommended ? u.recommended.label : 'no option';
  return (
    <Disclosure className="panel why-panel" summary={`Why (${reasons.length} rules)`}>
      <p className="panel-intro">
        The rules that fired for {subject}, in rule-pack order. Every dimension starts at {ruleSet.scoring.baseline} points before the rules
        add theirs, and ends between 0 and 100.
      </p>
      {GROUPS.map((group) => {
        const items = reasons.filter((r) => r.effect === group.effect);
        if (items.length === 0) return null;
        return (
          <div key={group.effect} className="reason-group">
            <h4>{group.title}</h4>
            <ul className="reasons">
              {items.map((r) => (
                <ReasonItem key={`${r.ruleId}-${r.points ?? ''}`} reason={r} ruleSet={ruleSet} />
              ))}
            </ul>
          </div>
        );
      })}
    </Disclosure>
  );
}
