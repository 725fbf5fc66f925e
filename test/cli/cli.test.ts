import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecommendationV1 } from '../../src/domain';
import { main as check } from '../../src/cli/rules-check';
import { main as recommendCli, type CliEnv } from '../../src/cli/recommend';
import { main as scenarios } from '../../src/cli/rules-test';

async function run(argv: string[], env: CliEnv = {}) {
  const out: (string | Uint8Array)[] = [];
  const err: string[] = [];
  const code = await recommendCli(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
    env,
  );
  const text = out.map((s) => (typeof s === 'string' ? s : Buffer.from(s).toString('latin1'))).join('');
  return { code, out: text, err: err.join('\n') };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'advisor-'));
const fixture = 'test/fixtures/answers-basic.json';

describe('recommend CLI', () => {
  it('exit 0: prints exactly a RecommendationV1 as JSON', async () => {
    const r = await run([fixture]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(RecommendationV1.safeParse(JSON.parse(r.out)).success).toBe(true);
  });

  it('exit 0: writes Markdown to --out with every use case', async () => {
    const file = join(tmp(), 'r.md');
    expect((await run([fixture, '--format', 'md', '--out', file])).code).toBe(0);
    const md = readFileSync(file, 'utf8');
    for (const name of ['Internal document analysis', 'Client support assistant', 'Code assistant', '## Sources'])
      expect(md).toContain(name);
  });

  it('--currency shows the Markdown in euros or pounds at the stated rate; the JSON stays in US dollars', async () => {
    const usd = JSON.parse((await run([fixture])).out) as RecommendationV1;
    const eur = await run([fixture, '--format', 'md', '--currency', 'EUR']);
    expect(eur.code).toBe(0);
    expect(eur.out).toMatch(/Amounts are in euros, converted from US dollars at [\d.]+ EUR per USD/);
    expect(eur.out).toMatch(/for about €[\d,]+ a month/);
    expect(eur.out).not.toMatch(/about \$[\d,]+ a month/);
    expect(JSON.parse((await run([fixture, '--currency', 'GBP'])).out)).toEqual(usd);
    const bad = await run([fixture, '--currency', 'JPY']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^--currency must be USD, EUR or GBP\nusage: /);
  });

  it('exit 2: one line per problem naming the field, no stack trace', async () => {
    const dir = tmp();
    const answers = JSON.parse(readFileSync(fixture, 'utf8')) as { useCases: { monthlyTokens: number }[]; team?: unknown; extra?: boolean };
    answers.useCases[0]!.monthlyTokens = 0;
    delete answers.team;
    answers.extra = true;
    writeFileSync(join(dir, 'a.json'), JSON.stringify(answers));
    const r = await run([join(dir, 'a.json')]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n').sort()).toEqual([
      '(root): unknown key "extra"',
      'team: is required',
      'useCases[0].monthlyTokens: must be greater than 0',
    ]);
    expect(r.out).toBe('');
  });

  it('exit 2: a file that is not JSON', async () => {
    const file = join(tmp(), 'a.json');
    writeFileSync(file, '{ not json');
    const r = await run([file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/a\.json is not valid JSON: /);
  });

  it('exit 3: an invalid rule pack, naming file and JSON path', async () => {
    const dir = tmp();
    cpSync('rules', dir, { recursive: true });
    const file = join(dir, 'packs', 'licensing.json');
    const pack = JSON.parse(readFileSync(file, 'utf8')) as { rules: { effect: string }[] };
    pack.rules[1]!.effect = 'boost';
    writeFileSync(file, JSON.stringify(pack));
    const r = await run([fixture, '--rules', dir]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(new RegExp(`${dir}/packs/licensing\\.json:\\d+:\\d+: rules\\[1\\]\\.effect:`));
  });

  it('exit 1 with usage for a missing argument or an unknown format', async () => {
    expect((await run([])).code).toBe(1);
    expect((await run([fixture, '--format', 'xml'])).err).toMatch(/usage/);
  });

  it('exit 1 with usage for an unknown option, rather than ignoring a misspelt one', async () => {
    const r = await run([fixture, '--formt', 'md']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^unknown option --formt\nusage: npm run --silent recommend -- <answers\.json>/);
  });

  it('exit 1 for a rule folder that does not exist, as the README says of an unreadable file', async () => {
    const r = await run([fixture, '--rules', join(tmp(), 'nowhere')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^cannot read the rule folder .*nowhere: no such folder$/);
    expect((await run([join(tmp(), 'none.json')])).code).toBe(1);
  });

  it("exit 2 for an answers file over the browser's limit of 1,000,000 characters, before parsing it", async () => {
    const file = join(tmp(), 'big.json');
    writeFileSync(file, `{"pad":"${'x'.repeat(1_000_001)}"}`);
    const r = await run([file]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${file} is too large to be an answers file (1,000,011 characters; at most 1,000,000).`);
  });

  it('stops quietly when the reader of its output closes the pipe', () => {
    // The JSON is about 200 KB, more than a pipe holds, so the write meets the closed pipe.
    const r = spawnSync('sh', ['-c', `npx tsx src/cli/recommend.ts ${fixture} | head -c 20`], { encoding: 'utf8' });
    expect(r.stdout).toBe('{\n  "schemaVersion":');
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    // Starting Node and tsx takes seconds, more on a busy machine (CI failed on the default 5 s once).
  }, 30_000);

  it('runs through npm exactly as the README says', () => {
    const out = execFileSync('npm', ['run', '--silent', 'recommend', '--', fixture], { encoding: 'utf8' });
    expect((JSON.parse(out) as { schemaVersion: number }).schemaVersion).toBe(1);
    const bad = spawnSync('npm', ['run', '--silent', 'recommend', '--', 'package.json'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/);
    // Two npm processes, each starting Node and tsx: seconds, more on a busy machine.
  }, 30_000);
});

describe('rules:check and rules:test', () => {
  it('the default pack is clean', () => {
    const out: string[] = [];
    // A fixed day: sources age, and a unit test must not start failing on a date. CI's rules:check uses the real one.
    expect(check(['--today', '2026-11-29'], (s) => out.push(s))).toBe(0);
    expect(out.join('')).toMatch(/no problems/);
  });

  it('reports problems as JSON with --json and exits 3', () => {
    const dir = tmp();
    cpSync('rules', dir, { recursive: true });
    writeFileSync(join(dir, 'sources.json'), '{"sources": [}');
    const out: string[] = [];
    expect(check(['--rules', dir, '--json'], (s) => out.push(s))).toBe(3);
    const report = JSON.parse(out.join('')) as { ok: boolean; problems: unknown[] };
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ file: 'sources.json', message: expect.stringMatching(/invalid JSON/) });
  });

  it('a failing scenario prints what was expected, what came out and the deciding rules', () => {
    const dir = tmp();
    cpSync('rules', dir, { recursive: true });
    const answers = JSON.parse(readFileSync(fixture, 'utf8'));
    writeFileSync(
      join(dir, 'scenarios', 'zz-wrong.json'),
      JSON.stringify({
        title: 'Deliberately wrong',
        description: 'x',
        answers,
        expect: { useCases: { 'code-assist': { recommended: { weights: 'open' } } } },
      }),
    );
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { scenarios: string[] };
    manifest.scenarios.push('zz-wrong.json');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const out: string[] = [];
    expect(scenarios(['--rules', dir], (s) => out.push(s))).toBe(1);
    const text = out.join('');
    expect(text).toMatch(/FAIL zz-wrong\.json/);
    expect(text).toMatch(/expected: \{"weights":"open"\}/);
    expect(text).toMatch(/actual: {3}\S+/);
    expect(text).toMatch(/quality-benchmark-gap/);
  });
});
