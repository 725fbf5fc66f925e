import { engineClient, type PackRef } from './engine-client';

/*
 * The default rule pack, asked of the engine's worker as early as the page's first script: past the welcome page the
 * results wait on it, and going through React, a lazy chunk and the page's thread first cost a phone a second.
 */

let started: Promise<PackRef> | null = null;

/** Starts loading the default pack in the worker (once). */
export function startDefaultPack(): void {
  if (started) return;
  started = engineClient().loadDefault();
  // A failure is reported when the wizard's loader takes the promise; it must not be an unhandled rejection first.
  started.catch(() => undefined);
}

/**
 * The pack `startDefaultPack` began to load, once; null when it was not started or was already taken (a retry after
 * a failure loads afresh).
 * @example const pack = await (takeDefaultPack() ?? engineClient().loadDefault())
 */
export function takeDefaultPack(): Promise<PackRef> | null {
  const taken = started;
  started = null;
  return taken;
}
