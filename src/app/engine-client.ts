import type { Answers, RecommendationV1 } from '../domain';
import type { Brief } from '../lib/brief';
import type { RuleSetData } from '../engine';
import type { RuleTexts } from '../lib/rule-texts';
import type { EngineReply, EngineRequest } from './engine-protocol';
import { RuleFileError } from './rule-file-error';

/** A pack as the wizard's results use it: its files' text (for the worker) and its data (for the page). */
export interface PackRef {
  texts: RuleTexts;
  data: RuleSetData;
}

type Pending = { resolve: (reply: EngineReply) => void; reject: (error: Error) => void };

/** Whatever the worker's request is, without the id the client gives it. */
type Request = EngineRequest extends infer R ? (R extends EngineRequest ? Omit<R, 'id'> : never) : never;

/**
 * The page's side of the engine's worker: one worker, started on first use; each request is answered by id. When the
 * worker dies (its code failed to load, it ran out of memory), every open request fails with a message saying so
 * and the next request starts a new worker.
 */
export class EngineClient {
  private worker: Worker | null = null;
  private next = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly start: () => Worker) {}

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = this.start();
    worker.onmessage = (event: MessageEvent<EngineReply>) => {
      const waiting = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      waiting?.resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(`the recommendation engine stopped (${event.message || 'its code could not be loaded; check the connection'})`);
    };
    this.worker = worker;
    return worker;
  }

  private fail(message: string): void {
    this.worker?.terminate();
    this.worker = null;
    for (const waiting of this.pending.values()) waiting.reject(new Error(message));
    this.pending.clear();
  }

  private ask(request: Request): Promise<EngineReply> {
    const worker = this.ensure();
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  }

  /** Starts the worker now, so that its code loads while the rule files are fetched. */
  warm(): void {
    this.ensure();
  }

  /**
   * Compiles a pack in the worker. Rejects with a RuleFileError (file and problems) when the pack is invalid.
   * @example const data = await engine.compile(texts)
   */
  async compile(texts: RuleTexts): Promise<RuleSetData> {
    const reply = await this.ask({ type: 'compile', texts });
    if (reply.type === 'compiled') return reply.data;
    throw replyError(reply);
  }

  /**
   * The default pack, fetched and compiled in the worker: from the page's first script on, nothing of it waits for
   * the page's thread. Rejects with a RuleFileError (file and problems) when a file cannot be fetched or is invalid.
   * @example const pack = await engine.loadDefault()
   */
  async loadDefault(): Promise<PackRef> {
    const reply = await this.ask({ type: 'load-default' });
    if (reply.type === 'loaded') return { texts: reply.texts, data: reply.data };
    throw replyError(reply);
  }

  /**
   * The recommendation for the answers under the pack, worked out in the worker.
   * @example const rec = await engine.recommend(pack, answers)
   */
  async recommend(pack: PackRef, answers: Answers): Promise<RecommendationV1> {
    const reply = await this.ask({ type: 'recommend', texts: pack.texts, hash: pack.data.hash, answers });
    if (reply.type === 'recommendation') return reply.recommendation;
    throw replyError(reply);
  }

  /**
   * The recommendation and its decision brief as of `today`, both worked out in the worker: on a phone, building the
   * brief on the page's thread held up the results' first paint.
   * @example const { recommendation, brief } = await engine.recommendWithBrief(pack, answers, localToday())
   */
  async recommendWithBrief(pack: PackRef, answers: Answers, today: string): Promise<{ recommendation: RecommendationV1; brief: Brief }> {
    const reply = await this.ask({ type: 'recommend', texts: pack.texts, hash: pack.data.hash, answers, brief: { today } });
    if (reply.type === 'recommendation' && reply.brief) return { recommendation: reply.recommendation, brief: reply.brief };
    throw replyError(reply);
  }
}

function replyError(reply: EngineReply): Error {
  if (reply.type === 'rule-file-error') return new RuleFileError(reply.error.file, reply.error.problems);
  if (reply.type === 'failed') return new Error(reply.message);
  return new Error(`the engine answered ${reply.type} out of turn`);
}

let shared: EngineClient | null = null;

/** The app's one engine worker (a module worker, bundled by Vite from engine-worker.ts). */
export function engineClient(): EngineClient {
  shared ??= new EngineClient(() => new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'engine' }));
  return shared;
}
