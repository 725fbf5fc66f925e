import type { Source } from '../domain';
import type { RuleSet } from '../engine';

/** Only web addresses become links: a loaded pack is untrusted, and a javascript: URL must stay text. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function Citation({ source }: { source: Source }) {
  return (
    <>
      {source.publisher}, <cite>{source.title}</cite> (as of {source.date})
      {source.url ? (
        <>
          {' '}
          {isWebUrl(source.url) ? (
            <a href={source.url} rel="noreferrer" className="studio-url">
              {source.url}
            </a>
          ) : (
            <code className="studio-url">{source.url}</code>
          )}
        </>
      ) : null}
    </>
  );
}

/** The sources a rule cites, looked up in the rule set; an id the set does not know is shown as it is. */
export function SourceCitations({ ids, ruleSet }: { ids: readonly string[]; ruleSet: RuleSet }) {
  return (
    <ul className="studio-sources" aria-label="Sources">
      {ids.map((id) => {
        const source = ruleSet.sources.get(id);
        return (
          <li key={id}>
            {source ? (
              <Citation source={source} />
            ) : (
              <>
                <code>{id}</code> (not in sources.json)
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
