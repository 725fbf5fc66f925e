import { useCallback, useEffect, useState } from 'react';
import { loadRulesSummary, RuleFileError, type RulesSummary } from './load-rules';

export type RulesSummaryState =
  | { status: 'loading' }
  | { status: 'ready'; summary: RulesSummary }
  | { status: 'error'; url: string | null; detail: string };

function toErrorState(error: unknown): RulesSummaryState {
  if (error instanceof RuleFileError) return { status: 'error', url: error.url, detail: error.detail };
  return { status: 'error', url: null, detail: error instanceof Error ? error.message : String(error) };
}

/**
 * Loads the manifest and catalog once, and again on `retry`.
 * @example const { state, retry } = useRulesSummary()
 */
export function useRulesSummary(): { state: RulesSummaryState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<RulesSummaryState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    loadRulesSummary(controller.signal).then(
      (summary) => setState({ status: 'ready', summary }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState(toErrorState(error));
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return { state, retry };
}
