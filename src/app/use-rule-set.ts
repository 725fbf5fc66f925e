import { useQuery } from '@tanstack/react-query';

/**
 * The compiled default rule pack, loaded once. The compiler (rule schemas, JSON Logic) loads with it, after the
 * first page is on screen: the wizard does not need it until the results.
 * @example const { data: ruleSet, error, refetch } = useRuleSet()
 */
export function useRuleSet() {
  return useQuery({ queryKey: ['rule-set', 'default'], queryFn: async ({ signal }) => (await import('./load-rules')).loadRuleSet(signal) });
}
