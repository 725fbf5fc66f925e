import { useQuery } from '@tanstack/react-query';
import type { PackRef } from './engine-client';

/**
 * The default rule pack for the wizard: its files fetched here, compiled by the engine's worker, which hands back the
 * pack's data (catalog, sources, rules as written) for the results to show. The page's thread never compiles it.
 * @example const { data: pack, error, refetch } = useDefaultPack()
 */
export function useDefaultPack() {
  return useQuery({
    queryKey: ['pack', 'default'],
    queryFn: async ({ signal }): Promise<PackRef> => {
      const [{ fetchRuleTexts }, { engineClient }] = await Promise.all([import('./fetch-rules'), import('./engine-client')]);
      const engine = engineClient();
      engine.warm();
      const texts = await fetchRuleTexts(signal, { scenarios: false });
      return { texts, data: await engine.compile(texts) };
    },
  });
}

/**
 * The compiled default rule pack, for the rules studio, which edits and runs it on the page: loaded only there.
 * @example const { data: ruleSet, error, refetch } = useRuleSet(view === 'studio')
 */
export function useRuleSet(enabled: boolean) {
  return useQuery({ queryKey: ['rule-set', 'default'], queryFn: async ({ signal }) => (await import('./load-rules')).loadRuleSet(signal), enabled });
}
