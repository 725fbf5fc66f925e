import type { EngineReply, EngineRequest } from './engine-protocol';
import { handle } from './engine-handler';

/** The engine's worker: each request from the page is answered by engine-handler.ts, off the page's thread. */

/** The worker's global scope, typed as much as used (the DOM and WebWorker libraries cannot share one program). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage: (reply: EngineReply) => void;
};
scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  void handle(event.data).then((reply) => scope.postMessage(reply));
};
