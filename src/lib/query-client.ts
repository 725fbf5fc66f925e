import { QueryClient } from '@tanstack/react-query';

/**
 * The app's one query client. Rule files change only when an author edits them (the dev server then reloads the
 * page), so they never go stale on their own, and a failed load is retried once before the error shows.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: Infinity, retry: 1, refetchOnWindowFocus: false },
    },
  });
}
