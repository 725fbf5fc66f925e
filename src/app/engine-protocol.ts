import type { Answers, RecommendationV1 } from '../domain';
import type { RuleSetData } from '../engine';
import type { Brief } from '../lib/brief';
import type { RuleTexts } from '../lib/rule-texts';

/**
 * The messages between the page and the engine's worker (engine-worker.ts). The page sends a pack as its files'
 * text and answers; the worker compiles (keeping the last few packs compiled, by hash) and recommends, so neither
 * the compile nor the recommendation ever holds up typing, sliders or the first paint.
 */
export type EngineRequest =
  | { id: number; type: 'compile'; texts: RuleTexts }
  /** With `brief`, the decision brief too, so that the results page does not build it on the page's thread. */
  | { id: number; type: 'recommend'; texts: RuleTexts; hash: string; answers: Answers; brief?: { today: string } }
  /** Fetch the default pack's files and compile them, all in the worker: the page's thread may still be starting. */
  | { id: number; type: 'load-default' };

/** A pack that did not compile: the file (as the page fetched it) and its first problems, for RuleFileError. */
export interface EngineFileError {
  file: string;
  problems: string[];
}

export type EngineReply =
  | { id: number; type: 'compiled'; data: RuleSetData }
  | { id: number; type: 'loaded'; texts: RuleTexts; data: RuleSetData }
  | { id: number; type: 'recommendation'; recommendation: RecommendationV1; brief?: Brief }
  | { id: number; type: 'rule-file-error'; error: EngineFileError }
  | { id: number; type: 'failed'; message: string };
