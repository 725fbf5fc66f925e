import { useEffect, useState } from 'react';

type FormSteps = typeof import('./steps/form-steps');

let loaded: FormSteps | null = null;
let loading: Promise<FormSteps> | null = null;

/**
 * Loads the question steps' code once; later calls get the same promise. The wizard asks for it when the browser is
 * idle after the first page, so that a click on Start rarely waits.
 * @example await loadFormSteps()
 */
export function loadFormSteps(): Promise<FormSteps> {
  loading ??= import('./steps/form-steps').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = null; // a dropped connection: the next attempt fetches again
      throw error;
    },
  );
  return loading;
}

/** Starts loading the question steps' code when the browser is next idle; a failure is left to `useFormSteps`. */
export function prefetchFormSteps(): void {
  const prefetch = () => void loadFormSteps().catch(() => undefined);
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(prefetch);
  else setTimeout(prefetch, 200);
}

type FormStepsState = { status: 'ready'; steps: FormSteps } | { status: 'loading' } | { status: 'failed'; retry: () => void };

/**
 * The question steps' module: at once when it has loaded, else `loading` (and it starts loading) or `failed` with a
 * retry when its code could not be fetched.
 */
export function useFormSteps(wanted: boolean): FormStepsState {
  const [, rerender] = useState(0);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || loaded || failed) return;
    let live = true;
    loadFormSteps().then(
      () => live && rerender((n) => n + 1),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [wanted, failed]);
  if (loaded) return { status: 'ready', steps: loaded };
  return failed ? { status: 'failed', retry: () => setFailed(false) } : { status: 'loading' };
}
