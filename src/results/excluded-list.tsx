import type { UseCaseResult } from '../domain';
import type { RuleSetData } from '../engine';
import { SourceList } from './source-list';

/** The options each ruled out, with every rule that excluded them, as the engine listed them. */
function byOption(u: UseCaseResult) {
  const groups = new Map<string, { label: string; items: UseCaseResult['excluded'] }>();
  for (const e of u.excluded) {
    const g = groups.get(e.optionId) ?? { label: e.label, items: [] };
    g.items.push(e);
    groups.set(e.optionId, g);
  }
  return [...groups.entries()];
}

/** The sources of the exclusion rule, from the engine's reasons. */
function sourcesOf(u: UseCaseResult, ruleId: string): string[] {
  return u.reasons.find((r) => r.effect === 'exclude' && r.ruleId === ruleId)?.sources ?? [];
}

/** "Ruled out": each excluded option and the reason. */
export function ExcludedList({ u, ruleSet }: { u: UseCaseResult; ruleSet: RuleSetData }) {
  const groups = byOption(u);
  return (
    <div className="excluded">
      <h4>Ruled out</h4>
      {groups.length === 0 ? <p>No option was ruled out.</p> : null}
      {groups.length === 0 ? null : (
        <ul className="excluded-list">
          {groups.map(([id, g]) => (
            <li key={id}>
              <strong>{g.label}</strong>
              <ul>
                {g.items.map((e) => (
                  <li key={e.ruleId}>
                    {e.reason}{' '}
                    <span className="rule-id">
                      ({e.topic}; rule {e.ruleId})
                    </span>
                    <SourceList ids={sourcesOf(u, e.ruleId)} ruleSet={ruleSet} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
