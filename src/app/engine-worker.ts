import type { RuleTexts } from '../lib/rule-texts';
import type { EngineReply, EngineRequest } from './engine-protocol';
import { fetchRuleTexts } from './fetch-rules';

/**
 * The engine's worker: each request from the page is answered by engine-handler.ts, off the page's thread.
 *
 * The worker starts fetching the default pack's files as it starts, while the engine's code (the larger part)
 * loads: the results wait on both, and one after the other cost a phone a round trip more. A failure of that
 * fetch is reported to the request that takes it; a retry fetches afresh.
 */

/** The worker's global scope, typed as much as used (the DOM and WebWorker libraries cannot share one program). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage: (reply: EngineReply) => void;
};

let prefetched: Promise<RuleTexts> | null = fetchRuleTexts(new AbortController().signal, { scenarios: false });
prefetched.catch(() => undefined);

/** The default pack's files fetched at start, once; null once taken. */
function takePrefetched(): Promise<RuleTexts> | null {
  const taken = prefetched;
  prefetched = null;
  return taken;
}

const handler = import('./engine-handler');

scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  void handler
    .then(({ handle }) => handle(request, takePrefetched))
    .catch((error: unknown): EngineReply => ({
      id: request.id,
      type: 'failed',
      message: `the recommendation engine could not be loaded (${error instanceof Error ? error.message : String(error)}); check the connection and try again`,
    }))
    .then((reply) => scope.postMessage(reply));
};
