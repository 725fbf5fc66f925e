import { afterEach, describe, expect, it, vi } from 'vitest';
import { EngineClient } from '../../src/app/engine-client';
import { handle } from '../../src/app/engine-handler';
import type { EngineReply, EngineRequest } from '../../src/app/engine-protocol';
import { RuleFileError } from '../../src/app/rule-file-error';
import { recommend } from '../../src/engine';
import { buildBrief } from '../../src/lib/brief';
import { moneyFor } from '../../src/lib/currency';
import { withMoney } from '../../src/lib/format';
import { answers, defaultRuleSet, defaultRuleTexts } from '../helpers/rules';

/**
 * A worker in this thread: every message is structured-cloned both ways, as a real worker's are, and answered by the
 * worker's own handler. `kill` makes it die as a worker whose code failed to load does.
 */
class InThreadWorker {
  static started = 0;
  onmessage: ((event: MessageEvent<EngineReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  dead = false;
  constructor() {
    InThreadWorker.started += 1;
  }
  postMessage(request: EngineRequest) {
    const copy = structuredClone(request);
    void handle(copy).then((reply) => {
      if (!this.dead) this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<EngineReply>);
    });
  }
  terminate() {
    this.dead = true;
  }
  kill() {
    this.onerror?.({ preventDefault() {}, message: '' } as ErrorEvent);
  }
}

const texts = () => defaultRuleTexts({ scenarios: false });

describe('the engine worker, through its client', () => {
  it('compiles the pack to data the page can show and recommends exactly as the engine does on the page', async () => {
    const client = new EngineClient(() => new InThreadWorker() as unknown as Worker);
    const data = await client.compile(texts());
    expect(data.hash).toBe(defaultRuleSet.hash);
    expect(data.rules.map((r) => r.rule.id)).toEqual(defaultRuleSet.rules.map((r) => r.rule.id));
    expect(data.catalog).toEqual(defaultRuleSet.catalog);
    const a = answers();
    await expect(client.recommend({ texts: texts(), data }, a)).resolves.toEqual(recommend(defaultRuleSet, a));
  });

  it("builds the decision brief in the worker as the page would, in the answers' currency", async () => {
    const client = new EngineClient(() => new InThreadWorker() as unknown as Worker);
    const data = await client.compile(texts());
    const a = answers({ currency: 'EUR' });
    const { recommendation, brief } = await client.recommendWithBrief({ texts: texts(), data }, a, '2026-12-07');
    expect(recommendation).toEqual(recommend(defaultRuleSet, a));
    const onPage = withMoney(moneyFor(a, defaultRuleSet.catalog), () => buildBrief(recommendation, a, data, '2026-12-07'));
    expect(brief).toEqual(onPage);
    expect(brief.headline).toMatch(/€/);
  });

  it('answers each request by its own id, however many are open', async () => {
    const client = new EngineClient(() => new InThreadWorker() as unknown as Worker);
    const data = await client.compile(texts());
    const portfolios = [1, 2, 3].map((n) => answers({ priorities: { cost: n, quality: 3, control: 6 - n } }));
    const results = await Promise.all(portfolios.map((a) => client.recommend({ texts: texts(), data }, a)));
    expect(results).toEqual(portfolios.map((a) => recommend(defaultRuleSet, a)));
  });

  it('rejects an invalid pack with a RuleFileError naming the file and the place, as the page shows it', async () => {
    const client = new EngineClient(() => new InThreadWorker() as unknown as Worker);
    const broken = { ...texts(), 'catalog.json': '{ "schemaVersion": 2, "options": [' };
    const error = await client.compile(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleFileError);
    expect((error as RuleFileError).file).toBe('/rules/catalog.json');
    expect((error as RuleFileError).problems[0]).toMatch(/^catalog\.json:1:\d+: /);
  });

  it('fails every open request when the worker dies, and starts a new one for the next', async () => {
    InThreadWorker.started = 0;
    let current: InThreadWorker | null = null;
    const client = new EngineClient(() => (current = new InThreadWorker()) as unknown as Worker);
    const open = client.compile(texts());
    current!.kill();
    await expect(open).rejects.toThrow(/the recommendation engine stopped \(its code could not be loaded; check the connection\)/);
    await expect(client.compile(texts())).resolves.toMatchObject({ hash: defaultRuleSet.hash });
    expect(InThreadWorker.started).toBe(2);
  });

  describe('the default pack, fetched and compiled in the worker', () => {
    /**
     * A server with the default pack's files and their bundle (as vite.config.ts makes it), counting what it is asked
     * for; `refuse` answers that file with 503, `bundle` replaces the bundle's text.
     */
    function server(refuse?: string, bundle: string = JSON.stringify(texts())) {
      const files: Record<string, string> = { ...texts(), 'default-pack.json': bundle };
      const asked: string[] = [];
      vi.stubGlobal('fetch', (url: string) => {
        const name = url.replace(/^\/rules\//, '');
        asked.push(name);
        const body = files[name];
        if (name === refuse || body === undefined)
          return Promise.resolve(new Response('', { status: 503, statusText: 'Service Unavailable' }));
        return Promise.resolve(new Response(body, { status: 200 }));
      });
      return asked;
    }
    afterEach(() => vi.unstubAllGlobals());

    it('hands back the files it fetched and the compiled data, the same pack as compiled on the page', async () => {
      const asked = server();
      const client = new EngineClient(() => new InThreadWorker() as unknown as Worker);
      const pack = await client.loadDefault();
      expect(pack.data.hash).toBe(defaultRuleSet.hash);
      expect(Object.keys(pack.texts).sort()).toEqual(Object.keys(texts()).sort());
      // One request: the bundle holds every file the manifest lists.
      expect(asked).toEqual(['default-pack.json']);
      // The worker keeps it compiled: a recommendation for it needs no second compile and matches the page's engine.
      await expect(client.recommend(pack, answers())).resolves.toEqual(recommend(defaultRuleSet, answers()));
    });

    it('reports a bundle the server refuses as a RuleFileError naming it, as the page shows it', async () => {
      server('default-pack.json');
      const client = new EngineClient(() => new InThreadWorker() as unknown as Worker);
      const failed = client.loadDefault();
      await expect(failed).rejects.toBeInstanceOf(RuleFileError);
      await expect(failed).rejects.toMatchObject({
        file: '/rules/default-pack.json',
        problems: ['the server answered 503 Service Unavailable'],
      });
    });

    it.each([
      ['not JSON', '{ "manifest.json": ', '/rules/default-pack.json', /is not JSON/],
      ['not a bundle', '["manifest.json"]', '/rules/default-pack.json', /is not a rule pack bundle/],
      ['without the manifest', JSON.stringify({ 'catalog.json': '{}' }), '/rules/default-pack.json', /is not a rule pack bundle/],
      [
        'without a listed pack file',
        JSON.stringify(Object.fromEntries(Object.entries(texts()).filter(([name]) => name !== 'packs/quality.json'))),
        '/rules/packs/quality.json',
        /is listed in the manifest but missing/,
      ],
    ])('names what is wrong with a bundle %s', async (_, bundle, file, problem) => {
      server(undefined, bundle);
      const client = new EngineClient(() => new InThreadWorker() as unknown as Worker);
      const error = (await client.loadDefault().catch((e: unknown) => e)) as RuleFileError;
      expect(error).toBeInstanceOf(RuleFileError);
      expect(error.file).toBe(file);
      expect(error.problems[0]).toMatch(problem);
    });
  });
});

describe('the worker loading the default pack', () => {
  it('uses the files it fetched as it started, once; a second load fetches afresh', async () => {
    let given = 0;
    const prefetched = () => (given++ === 0 ? Promise.resolve(texts() as never) : null);
    const first = await handle({ id: 1, type: 'load-default' }, prefetched);
    expect(first.type).toBe('loaded');
    if (first.type === 'loaded') expect(first.data.hash).toBe(defaultRuleSet.hash);
    // No server here: a fresh fetch fails, and says which file, as a RuleFileError reply.
    const second = await handle({ id: 2, type: 'load-default' }, prefetched);
    expect(second.type).toBe('rule-file-error');
  });

  it('reports a prefetch that failed to the request that takes it', async () => {
    const reply = await handle({ id: 3, type: 'load-default' }, () =>
      Promise.reject(new RuleFileError('/rules/manifest.json', ['the request failed'])),
    );
    expect(reply).toEqual({ id: 3, type: 'rule-file-error', error: { file: '/rules/manifest.json', problems: ['the request failed'] } });
  });
});
