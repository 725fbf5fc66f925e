import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as prices } from '../../src/cli/catalog-prices';

/**
 * catalog:prices against the models.dev fixture (test/fixtures/models-dev/api.json, five real model files of
 * 2026-07-02): a copy of the default rules and of the snapshot, with one price changed here and there.
 */
import type { CatalogFile, PriceSnapshot } from '../../src/domain';

const SNAPSHOT = 'test/fixtures/models-dev/api.json';

function fixture(change?: (snapshot: PriceSnapshot) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-prices-'));
  cpSync('rules', join(dir, 'rules'), { recursive: true });
  const snapshot = join(dir, 'api.json');
  copyFileSync(SNAPSHOT, snapshot);
  if (change) {
    const json = JSON.parse(readFileSync(snapshot, 'utf8')) as PriceSnapshot;
    change(json);
    writeFileSync(snapshot, JSON.stringify(json, null, 2));
  }
  return { rules: join(dir, 'rules'), snapshot, catalog: join(dir, 'rules', 'catalog.json') };
}

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = prices(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
    new Date(2026, 11, 6, 12),
  );
  return { code, out: out.join(''), err: err.join('') };
}

const catalogOf = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as CatalogFile;
const option = (file: string, id: string) => catalogOf(file).options.find((o) => o.id === id)!;
/** The cost of one model in the snapshot, to change in place. */
const cost = (s: PriceSnapshot, provider: string, model: string) => s[provider]!.models[model]!.cost!;

/** `file:line:column` of the first occurrence of `needle` in the file, worked out here from its text. */
function at(file: string, needle: string): string {
  const text = readFileSync(file, 'utf8');
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} not in ${file}`);
  const before = text.slice(0, offset);
  return `${file}:${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
}

describe('catalog:prices compares the catalog with a models.dev snapshot', () => {
  it('finds nothing to change when the snapshot agrees, and names the options the snapshot lacks', () => {
    const f = fixture();
    const r = run([f.snapshot, '--rules', f.rules]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`2 options compared: every price matches ${f.snapshot}\n`);
    // Every option that says where its prices come from but is not in the five-file fixture is named, on stderr.
    const named = catalogOf(f.catalog).options.filter((o) => o.pricesFrom && o.priceUsdPerMillion).length - 2;
    expect(r.err.trim().split('\n')).toHaveLength(named);
    expect(r.err).toContain(`gpt-4o-api: openai/gpt-4o is not in ${f.snapshot}\n`);
  });

  it('prints each changed price with its change, and leaves catalog.json alone without --write', () => {
    const f = fixture((s) => {
      cost(s, 'openai', 'gpt-5.5').input = 6;
      cost(s, 'openai', 'gpt-5.5').tiers![0]!.output = 40.5;
      cost(s, 'togetherai', 'openai/gpt-oss-120b').cache_read = 0.075;
    });
    const before = readFileSync(f.catalog, 'utf8');
    const r = run([f.snapshot, '--rules', f.rules]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        'option                 price                catalog  snapshot          change',
        'gpt-5.5-api            input                     $5        $6            +20%',
        'gpt-5.5-api            long-context output      $45     $40.5            -10%',
        'gpt-oss-120b-together  cached input               —    $0.075  not in catalog',
        '',
        '3 prices differ across 2 options compared.',
        '1 of them the catalog does not have: add those by hand, with their source.',
        "Run again with --write to update them in catalog.json (check each against the vendor's own page first).",
        '',
      ].join('\n'),
    );
    expect(readFileSync(f.catalog, 'utf8')).toBe(before);
  });

  it('with --write sets each changed price and its as-of date, touches nothing else, and then finds nothing to change', () => {
    const f = fixture((s) => {
      cost(s, 'openai', 'gpt-5.5').output = 33;
      cost(s, 'openai', 'gpt-5.5').tiers![0]!.tier.size = 300000;
    });
    const before = option(f.catalog, 'gpt-5.5-api').priceUsdPerMillion!;
    const text = readFileSync(f.catalog, 'utf8');
    const r = run([f.snapshot, '--rules', f.rules, '--write', '--today', '2026-12-07']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Updated 2 prices in ${f.catalog}, each as of 2026-12-07.`);
    const after = option(f.catalog, 'gpt-5.5-api').priceUsdPerMillion!;
    expect(after.output).toEqual({ ...before.output, value: 33, asOf: '2026-12-07' });
    expect(after.longContext).toEqual({
      ...before.longContext,
      value: { ...before.longContext!.value, aboveInputTokens: 300000 },
      asOf: '2026-12-07',
    });
    expect(after.input).toEqual(before.input);
    // Only those lines changed: the rest of the file keeps its formatting byte for byte.
    const changed = readFileSync(f.catalog, 'utf8')
      .split('\n')
      .filter((line, i) => line !== text.split('\n')[i]);
    expect(changed).toHaveLength(4);
    expect(run([f.snapshot, '--rules', f.rules]).out).toBe(`2 options compared: every price matches ${f.snapshot}\n`);
  });
});

describe('catalog:prices refuses bad input with what and where', () => {
  it('a snapshot that is not JSON: exit 2 at the syntax error', () => {
    const f = fixture();
    writeFileSync(f.snapshot, '{\n  "openai": {\n    "models": ]\n');
    const r = run([f.snapshot, '--rules', f.rules]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^${f.snapshot}:3:15: \\(file\\): invalid JSON: `));
    expect(r.out).toBe('');
  });

  it('a snapshot with a negative price: exit 2 at the price, catalog untouched', () => {
    const f = fixture((s) => (cost(s, 'anthropic', 'claude-sonnet-5').output = -10));
    const before = readFileSync(f.catalog, 'utf8');
    const r = run([f.snapshot, '--rules', f.rules, '--write']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^${at(f.snapshot, '"output": -10')}: anthropic\\.models\\.claude-sonnet-5\\.cost\\.output: `));
    expect(readFileSync(f.catalog, 'utf8')).toBe(before);
  });

  it('an invalid catalog: exit 3 with each problem at its place', () => {
    const f = fixture();
    const catalog = catalogOf(f.catalog);
    const i = catalog.options.findIndex((o) => o.id === 'gpt-5.5-api');
    Object.assign(catalog.options[i]!, { channel: 'carrier-pigeon' });
    catalog.options[i]!.priceUsdPerMillion!.output.value = -30;
    writeFileSync(f.catalog, JSON.stringify(catalog, null, 2));
    const r = run([f.snapshot, '--rules', f.rules]);
    expect(r.code).toBe(3);
    expect(r.err.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${at(f.catalog, '"channel": "carrier-pigeon"')}: options\\[${i}\\]\\.channel: `)),
      expect.stringMatching(new RegExp(`^${at(f.catalog, '"value": -30')}: options\\[${i}\\]\\.priceUsdPerMillion\\.output\\.value: `)),
    ]);
  });

  it.each([
    [[], 'name the snapshot file (models.dev api.json format)'],
    [['a.json', 'b.json'], 'unexpected argument "b.json"'],
    [['a.json', '--today', '2026-13-01'], '--today must be a date as YYYY-MM-DD'],
    [['a.json', '--dry-run'], 'unknown option --dry-run'],
  ])('exit 1 with usage for %j', (argv, message) => {
    const r = run(argv);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${message}\nusage: npm run catalog:prices -- <api.json> [--rules DIR] [--write] [--today YYYY-MM-DD]\n`);
  });

  it('a snapshot that cannot be read: exit 1 naming it', () => {
    const r = run(['/nonexistent/api.json']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('cannot read /nonexistent/api.json\n');
  });
});
