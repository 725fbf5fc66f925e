import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchRuleTexts, takePrefetchedRuleTexts } from '../../src/app/fetch-rules';
import { RuleFileError } from '../../src/app/rule-file-error';

/** A server holding a manifest that lists one pack file, counting the requests it answers. */
function server(status = 200) {
  const requests: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    requests.push(url);
    const body = url.endsWith('manifest.json') ? JSON.stringify({ packs: ['one.json'] }) : '{}';
    return Promise.resolve(new Response(body, { status, statusText: status === 200 ? 'OK' : 'Service Unavailable' }));
  });
  return requests;
}

describe('prefetching the default pack before the first render', () => {
  afterEach(() => {
    takePrefetchedRuleTexts();
    vi.unstubAllGlobals();
  });

  it('fetches the manifest and the files it lists once, and hands them over once', async () => {
    const requests = server();
    prefetchRuleTexts();
    prefetchRuleTexts();
    const texts = await takePrefetchedRuleTexts();
    expect(Object.keys(texts ?? {})).toEqual(['manifest.json', 'catalog.json', 'sources.json', 'packs/one.json']);
    expect(requests).toEqual(['/rules/manifest.json', '/rules/catalog.json', '/rules/sources.json', '/rules/packs/one.json']);
    // Taken once: a retry fetches afresh.
    expect(takePrefetchedRuleTexts()).toBeNull();
  });

  it('keeps a failure for the loader to report, naming the file, without an unhandled rejection', async () => {
    server(503);
    prefetchRuleTexts();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const taken = takePrefetchedRuleTexts();
    await expect(taken).rejects.toBeInstanceOf(RuleFileError);
    await expect(taken).rejects.toThrow(/manifest\.json/);
  });
});
