import type { Effect } from '../domain';
import type { CompiledRule } from '../engine';

/** What the rule browser filters on; empty strings mean "any". */
export interface RuleFilter {
  topic: string;
  effect: Effect | '';
  search: string;
}

export const NO_FILTER: RuleFilter = { topic: '', effect: '', search: '' };

/** Each rule's searchable text, worked out once per compiled rule rather than on every keystroke. */
const haystacks = new WeakMap<CompiledRule, string>();

function haystack(r: CompiledRule): string {
  let text = haystacks.get(r);
  if (text === undefined) {
    text = [r.rule.id, r.rule.text, ...r.rule.sources].join('\n').toLowerCase();
    haystacks.set(r, text);
  }
  return text;
}

/**
 * The rules matching a filter, in pack order. The search matches ids, texts and source ids, case-insensitively;
 * every word of it must appear.
 * @example filterRules(ruleSet.rules, { topic: 'regulation-hipaa', effect: 'exclude', search: 'baa' })
 */
export function filterRules(rules: readonly CompiledRule[], filter: RuleFilter): CompiledRule[] {
  const words = filter.search.toLowerCase().split(/\s+/).filter(Boolean);
  return rules.filter(
    (r) =>
      (filter.topic === '' || r.topic === filter.topic) &&
      (filter.effect === '' || r.rule.effect === filter.effect) &&
      words.every((w) => haystack(r).includes(w)),
  );
}

/**
 * The pack topics of a rule set, in pack order, without duplicates.
 * @example ruleTopics(ruleSet.rules) // ['quality', 'audience-accuracy', ...]
 */
export function ruleTopics(rules: readonly CompiledRule[]): string[] {
  return [...new Set(rules.map((r) => r.topic))];
}
