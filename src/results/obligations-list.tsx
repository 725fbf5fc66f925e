import type { Obligation, RecommendationV1 } from '../domain';
import type { RuleSetData } from '../engine';
import { dutyWords, localToday } from '../lib/obligation-words';
import { TOPICS } from './labels';
import { SourceList } from './source-list';

/** The use cases whose recommendation carries the obligation (the engine lists it per use case too). */
function useCasesWith(rec: RecommendationV1, id: string): string[] {
  return rec.useCases.filter((u) => u.obligations.some((o) => o.id === id)).map((u) => u.name);
}

function ObligationItem({ o, rec, ruleSet, today }: { o: Obligation; rec: RecommendationV1; ruleSet: RuleSetData; today: string }) {
  const names = useCasesWith(rec, o.id);
  const when = dutyWords(o, today);
  return (
    <li>
      <p className="obligation-text">{o.text}</p>
      {when ? <p className="obligation-when">{when}</p> : null}
      <p className="obligation-scope">
        {names.length > 0 ? `For: ${names.join(', ')}` : 'For the portfolio as a whole'} <span className="rule-id">(rule {o.ruleId})</span>
      </p>
      <SourceList ids={o.sources} ruleSet={ruleSet} />
    </li>
  );
}

/** The portfolio's obligations as the engine deduplicated them, grouped by topic in a fixed order. */
export function ObligationsList({ rec, ruleSet, today = localToday() }: { rec: RecommendationV1; ruleSet: RuleSetData; today?: string }) {
  const obligations = rec.portfolio.obligations;
  const groups = TOPICS.map((t) => ({ ...t, items: obligations.filter((o) => o.topic === t.id) })).filter((g) => g.items.length > 0);
  return (
    <div className="obligations">
      <h3>Obligations you take on</h3>
      {groups.length === 0 ? <p>The rules name no obligations for these recommendations.</p> : null}
      {groups.map((g) => (
        <div key={g.id} className="obligation-group">
          <h4>
            {g.label} <span className="count">({g.items.length})</span>
          </h4>
          <ul className="obligation-items">
            {g.items.map((o) => (
              <ObligationItem key={o.id} o={o} rec={rec} ruleSet={ruleSet} today={today} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
