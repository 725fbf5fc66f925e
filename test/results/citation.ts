import { defaultRuleSet } from '../helpers/rules';

/** How the page cites a source id: publisher, title and date from the rule set. */
export function citation(id: string): string {
  const s = defaultRuleSet.sources.get(id);
  if (!s) throw new Error(`no source ${id}`);
  return `${s.publisher}, ${s.title} (${s.date})`;
}
