import type { Source } from '../domain';
import type { RuleSetData } from '../engine';

function Citation({ source }: { source: Source }) {
  const title = source.url ? (
    <a href={source.url} rel="noreferrer noopener">
      {source.title}
    </a>
  ) : (
    source.title
  );
  return (
    <cite>
      {source.publisher}, {title} ({source.date})
    </cite>
  );
}

/** The sources a rule cites: publisher, title and date, looked up in the rule set; unknown ids shown as they are. */
export function SourceList({ ids, ruleSet }: { ids: readonly string[]; ruleSet: RuleSetData }) {
  if (ids.length === 0) return null;
  return (
    <ul className="sources" aria-label="Sources">
      {ids.map((id) => {
        const source = ruleSet.sources.get(id);
        return <li key={id}>{source ? <Citation source={source} /> : <code>{id}</code>}</li>;
      })}
    </ul>
  );
}
