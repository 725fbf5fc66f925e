import type { Answers, CatalogFile } from '../domain';
import { percent } from './format';

type UseCase = Answers['useCases'][number];

/**
 * A use case's token mix as its cost was worked out: the share of input, how much of that input the prompt cache
 * serves, the share sent as batches and, where it is a long one, the size of a request (it decides whether
 * long-context prices apply); a figure the use case does not give is the catalog's planning default, and says so.
 * With the volume and the prices in the appendix, a reader can redo the per-token cost by hand. `catalog` is the
 * one the costs used (scenario changes applied).
 * @example tokenMixWords({ ...u, inputShare: 0.95, cachedShare: 0.5 }, catalog) // '95% input, 50% of it cached; no batches (default)'
 */
export function tokenMixWords(
  u: Pick<UseCase, 'inputShare' | 'cachedShare' | 'batchShare' | 'longContext' | 'requestInputTokens'>,
  catalog: CatalogFile,
): string {
  const a = catalog.assumptions;
  const mark = (own: number | undefined) => (own === undefined ? ' (default)' : '');
  const input = u.inputShare ?? a.inputTokenShare.value;
  const cached = u.cachedShare ?? a.cachedShare.value;
  const batch = u.batchShare ?? a.batchShare.value;
  const batchWords = batch === 0 ? 'no batches' : `${percent(batch)} sent as batches`;
  const request = u.requestInputTokens ?? (u.longContext ? a.longContextRequestTokens.value : undefined);
  const requestWords =
    request === undefined ? '' : `; requests of ${request.toLocaleString('en')} input tokens${mark(u.requestInputTokens)}`;
  return `${percent(input)} input${mark(u.inputShare)}, ${percent(cached)} of it cached${mark(u.cachedShare)}; ${batchWords}${mark(u.batchShare)}${requestWords}`;
}
