import { useQuery } from '@tanstack/react-query';
import { loadRuleSet } from './load-rules';

/** The compiled default rule pack, loaded once. @example const { data: ruleSet, error, refetch } = useRuleSet() */
export function useRuleSet() {
  return useQuery({ queryKey: ['rule-set', 'default'], queryFn: ({ signal }) => loadRuleSet(signal) });
}
