import type { CatalogOption, OptionSelector } from '../domain';
import type { OptionFacts } from './facts';

/**
 * Whether a rule's `appliesTo` selects an option: every given filter must match; absent selects all.
 * @example selectorMatches({ weights: ['open'] }, option, facts) // true for an open-weights option
 */
export function selectorMatches(sel: OptionSelector | undefined, option: CatalogOption, facts: OptionFacts): boolean {
  if (!sel) return true;
  if (sel.weights && !sel.weights.includes(facts.weights)) return false;
  if (sel.deployment && !sel.deployment.includes(option.deployment)) return false;
  if (sel.channels && !sel.channels.includes(option.channel)) return false;
  if (sel.modelIds && !sel.modelIds.includes(option.modelId)) return false;
  if (sel.optionIds && !sel.optionIds.includes(option.id)) return false;
  return true;
}
