import { NO_DUTIES } from '../lib/brief';
import type { Obligation, RecommendationV1 } from '../domain';
import type { RuleSetData } from '../engine';
import { checklistGroups, itemWords, localToday, phaseWords } from '../lib/obligation-words';
import { SourceList } from './source-list';

/** The use cases whose recommendation carries the obligation (the engine lists it per use case too). */
function useCasesWith(rec: RecommendationV1, id: string): string[] {
  return rec.useCases.filter((u) => u.obligations.some((o) => o.id === id)).map((u) => u.name);
}

function ObligationItem({
  o,
  rec,
  ruleSet,
  today,
  headed,
}: {
  o: Obligation;
  rec: RecommendationV1;
  ruleSet: RuleSetData;
  today: string;
  /** Under a role heading the role is not repeated. */
  headed: boolean;
}) {
  const names = useCasesWith(rec, o.id);
  const when = itemWords(o, headed, today);
  const phase = phaseWords(o);
  return (
    <li>
      <p className="obligation-text">
        {phase ? <span className={`phase phase-${o.phase}`}>{phase}</span> : null}
        {phase ? ' ' : null}
        {o.text}
      </p>
      {when ? <p className="obligation-when">{when}</p> : null}
      <p className="obligation-scope">
        {names.length > 0 ? `For: ${names.join(', ')}` : 'For the portfolio as a whole'} <span className="rule-id">(rule {o.ruleId})</span>
      </p>
      <SourceList ids={o.sources} ruleSet={ruleSet} />
    </li>
  );
}

/** The portfolio's obligations as the engine deduplicated them: a checklist grouped by law, then by role. */
export function ObligationsList({ rec, ruleSet, today = localToday() }: { rec: RecommendationV1; ruleSet: RuleSetData; today?: string }) {
  const groups = checklistGroups(rec.portfolio.obligations);
  return (
    <div className="obligations">
      <h3 id="obligations-heading" tabIndex={-1}>
        Obligations you take on
      </h3>
      {groups.length === 0 ? <p>{NO_DUTIES}</p> : null}
      {groups.map((g) => (
        <div key={g.law} className="obligation-group">
          <h4>
            {g.law} <span className="count">({g.count})</span>
          </h4>
          {g.roles.map((r) => (
            <div key={r.role ?? ''} className="obligation-role">
              {r.heading ? <h5>{r.heading}</h5> : null}
              <ul className="obligation-items">
                {r.items.map((o) => (
                  <ObligationItem key={o.id} o={o} rec={rec} ruleSet={ruleSet} today={today} headed={r.heading !== null} />
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
