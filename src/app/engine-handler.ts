import { recommend, ruleSetData, type RuleSet } from '../engine';
import { buildBrief } from '../lib/brief';
import { moneyFor } from '../lib/currency';
import { withMoney } from '../lib/format';
import type { RuleTexts } from '../lib/rule-texts';
import type { EngineReply, EngineRequest } from './engine-protocol';
import { fetchRuleTexts } from './fetch-rules';
import { compileFetched } from './load-rules';
import { RuleFileError } from './rule-file-error';

/**
 * What the engine's worker does (engine-worker.ts wires it to the worker's messages): compiles rule packs and recommends off the page's thread. Packs stay compiled by hash (the
 * default pack and, for a rule author, an edited one); a pack it has not seen is compiled from the text sent along.
 */

const KEEP = 3;
const compiled = new Map<string, RuleSet>();

function keep(rs: RuleSet): RuleSet {
  compiled.delete(rs.hash);
  compiled.set(rs.hash, rs);
  while (compiled.size > KEEP) compiled.delete(compiled.keys().next().value as string);
  return rs;
}

async function packFor(texts: RuleTexts, hash?: string): Promise<RuleSet> {
  const known = hash === undefined ? undefined : compiled.get(hash);
  return keep(known ?? (await compileFetched(texts)));
}

/**
 * Answers one request from the page. Never throws: a failure comes back as a reply. `prefetched` gives the default
 * pack's files when the worker has fetched them already (once; null after).
 * @example await handle({ id: 1, type: 'compile', texts })
 */
export async function handle(request: EngineRequest, prefetched: () => Promise<RuleTexts> | null = () => null): Promise<EngineReply> {
  try {
    if (request.type === 'compile') return { id: request.id, type: 'compiled', data: ruleSetData(await packFor(request.texts)) };
    if (request.type === 'load-default') {
      const texts = await (prefetched() ?? fetchRuleTexts(new AbortController().signal, { scenarios: false }));
      return { id: request.id, type: 'loaded', texts, data: ruleSetData(await packFor(texts)) };
    }
    const rs = await packFor(request.texts, request.hash);
    const recommendation = recommend(rs, request.answers);
    const asked = request.brief;
    if (!asked) return { id: request.id, type: 'recommendation', recommendation };
    // In the answers' currency, as the results page shows every amount.
    const brief = withMoney(moneyFor(request.answers, rs.catalog), () => buildBrief(recommendation, request.answers, rs, asked.today));
    return { id: request.id, type: 'recommendation', recommendation, brief };
  } catch (error) {
    if (error instanceof RuleFileError)
      return { id: request.id, type: 'rule-file-error', error: { file: error.file, problems: error.problems } };
    return { id: request.id, type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
