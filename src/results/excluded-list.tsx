import type { UseCaseResult } from '../domain';
import { exclusionsByOption, type RuleSetData } from '../engine';
import { Disclosure } from './disclosure';
import { SourceList } from './source-list';

type Exclusion = UseCaseResult['excluded'][number];

/** The sources of the exclusion rule, from the engine's reasons. */
function sourcesOf(u: UseCaseResult, ruleId: string): string[] {
  return u.reasons.find((r) => r.effect === 'exclude' && r.ruleId === ruleId)?.sources ?? [];
}

/** Each option with the rules that excluded it, the reason, the rule and its sources. */
function Groups({ groups, u, ruleSet }: { groups: ReturnType<typeof exclusionsByOption>; u: UseCaseResult; ruleSet: RuleSetData }) {
  return (
    <ul className="excluded-list">
      {groups.map((g) => (
        <li key={g.optionId}>
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
  );
}

/**
 * The exclusions that hold for every use case, listed once under the portfolio (the use cases then list only their
 * own). `u` is any use case: the sources of the rules are read from its reasons.
 */
export function PortfolioExclusions({ u, excluded, ruleSet }: { u: UseCaseResult; excluded: readonly Exclusion[]; ruleSet: RuleSetData }) {
  const groups = exclusionsByOption(excluded);
  if (groups.length === 0) return null;
  return (
    <Disclosure
      className="portfolio-excluded"
      summary={`Ruled out for every use case (${groups.length} ${groups.length === 1 ? 'option' : 'options'})`}
    >
      <Groups groups={groups} u={u} ruleSet={ruleSet} />
    </Disclosure>
  );
}

interface ExcludedProps {
  /** The use case (its reasons carry the exclusion rules' sources). */
  u: UseCaseResult;
  ruleSet: RuleSetData;
  /** The exclusions to list: the use case's own, when those that hit every use case are listed for the portfolio. */
  excluded?: readonly Exclusion[];
  /** How many options are ruled out for every use case and listed with the portfolio instead. */
  sharedOptions?: number;
}

/** "Ruled out": each excluded option and the reason. */
export function ExcludedList({ u, ruleSet, excluded = u.excluded, sharedOptions = 0 }: ExcludedProps) {
  const groups = exclusionsByOption(excluded);
  const where = 'see “Ruled out for every use case” under the portfolio.';
  const many = sharedOptions === 1 ? 'one option is' : `${sharedOptions} options are`;
  let line: string | null = null;
  if (groups.length === 0)
    line = sharedOptions > 0 ? `None for this use case alone; ${many} ruled out for every use case: ${where}` : 'No option was ruled out.';
  else if (sharedOptions > 0)
    line = `${sharedOptions === 1 ? 'One more option is' : `${sharedOptions} more options are`} ruled out for every use case: ${where}`;
  return (
    <div className="excluded">
      <h4>Ruled out</h4>
      {groups.length === 0 ? null : (
        <Disclosure
          className="panel excluded-panel"
          summary={`${groups.length === 1 ? 'The option' : `The ${groups.length} options`} ruled out for this use case, and why`}
        >
          <Groups groups={groups} u={u} ruleSet={ruleSet} />
        </Disclosure>
      )}
      {line ? <p className={sharedOptions > 0 ? 'excluded-shared' : undefined}>{line}</p> : null}
    </div>
  );
}
