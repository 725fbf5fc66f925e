import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { PackRef } from './engine-client';

/**
 * The default rule pack for the wizard: its files fetched here, compiled by the engine's worker, which hands back the
 * pack's data (catalog, sources, rules as written) for the results to show. The page's thread never compiles it.
 * Loaded only once `enabled`.
 * @example const { data: pack, error, refetch } = useDefaultPack(true)
 */
export function useDefaultPack(enabled: boolean) {
  return useQuery({
    queryKey: ['pack', 'default'],
    enabled,
    queryFn: async (): Promise<PackRef> => {
      const [{ engineClient }, { takeDefaultPack }] = await Promise.all([import('./engine-client'), import('./default-pack')]);
      return takeDefaultPack() ?? engineClient().loadDefault();
    },
  });
}

/**
 * The compiled default rule pack, for the rules studio, which edits and runs it on the page: loaded only there.
 * @example const { data: ruleSet, error, refetch } = useRuleSet(view === 'studio')
 */
export function useRuleSet(enabled: boolean) {
  return useQuery({
    queryKey: ['rule-set', 'default'],
    queryFn: async ({ signal }) => (await import('./load-rules')).loadRuleSet(signal),
    enabled,
  });
}

/** Whether the address is the welcome page's (the wizard's first page: `#/` or no fragment). */
export function isWelcomeHash(hash: string): boolean {
  return hash === '' || hash === '#' || hash === '#/';
}

/**
 * Whether the page has been used yet: true at once when `already`, else from the first click, tap or key press.
 * The welcome page waits for it before loading the rule pack, which no one reading it needs, so a phone spends
 * its first seconds on the page and not on the pack; anything past the welcome page loads the pack at once.
 * @example const used = useFirstUse(!isWelcomeHash(window.location.hash))
 */
export function useFirstUse(already: boolean): boolean {
  const [used, setUsed] = useState(already);
  useEffect(() => {
    if (used) return;
    const onUse = () => setUsed(true);
    const events = ['pointerdown', 'keydown'] as const;
    for (const e of events) window.addEventListener(e, onUse, { once: true, capture: true });
    return () => {
      for (const e of events) window.removeEventListener(e, onUse, { capture: true });
    };
  }, [used]);
  return used;
}
