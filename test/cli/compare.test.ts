import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as compareCli } from '../../src/cli/compare';
import { SCENARIO_SET_FORMAT } from '../../src/scenarios/scenario-file';

async function run(argv: string[]) {
  const out: (string | Uint8Array)[] = [];
  const err: string[] = [];
  const code = await compareCli(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
    { now: () => new Date(2026, 11, 7) },
  );
  return { code, out: out.map((s) => (typeof s === 'string' ? s : Buffer.from(s).toString('latin1'))).join(''), err: err.join('\n') };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'advisor-compare-'));
const startup = 'test/fixtures/portfolios/startup-5-person-chatbot.json';
const hospital = 'test/fixtures/portfolios/us-hospital-hipaa.json';
const bank = 'test/fixtures/portfolios/eu-bank-credit-high-risk.json';

describe('compare CLI', () => {
  it('exit 0: prints the comparison as JSON, the same bytes every time', async () => {
    const [a, b] = [await run([startup, hospital, bank]), await run([startup, hospital, bank])];
    expect(a.code).toBe(0);
    expect(a.err).toBe('');
    expect(a.out).toBe(b.out);
    const c = JSON.parse(a.out) as { scenarios: { name: string }[] };
    expect(c.scenarios.map((s) => s.name)).toEqual(['startup-5-person-chatbot', 'us-hospital-hipaa', 'eu-bank-credit-high-risk']);
  });

  it('exit 0: reads a scenario set as several scenarios, and writes Markdown to --out', async () => {
    const dir = tmp();
    const answers = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as unknown;
    const set = {
      format: SCENARIO_SET_FORMAT,
      version: 1,
      scenarios: [
        { name: 'All-API', answers: answers(hospital) },
        { name: 'Bank', answers: answers(bank) },
      ],
    };
    writeFileSync(join(dir, 'set.json'), JSON.stringify(set));
    expect((await run([join(dir, 'set.json'), '--format', 'md', '--out', join(dir, 'c.md')])).code).toBe(0);
    const md = readFileSync(join(dir, 'c.md'), 'utf8');
    expect(md).toMatch(/^# Scenario comparison\n\n2026-12-07\. 2 scenarios: “All-API”, “Bank”\./);
  });

  it('exit 1 with usage for one scenario, five, an unknown option or format', async () => {
    for (const argv of [
      [startup],
      [startup, startup, startup, startup, startup],
      [startup, hospital, '--formt', 'md'],
      [startup, hospital, '--format', 'docx'],
    ]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.err).toMatch(/usage: npm run --silent compare -- /);
    }
  });

  it('exit 2: a scenario that is not valid answers, naming the file and the field', async () => {
    const dir = tmp();
    const bad = JSON.parse(readFileSync(startup, 'utf8')) as { team: { mlEngineers: number } };
    bad.team.mlEngineers = -1;
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const r = await run([hospital, join(dir, 'bad.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.json: team\.mlEngineers: /);
  });

  it('exit 3: an invalid rule pack', async () => {
    const dir = tmp();
    cpSync('rules', dir, { recursive: true });
    writeFileSync(join(dir, 'manifest.json'), '{');
    const r = await run([startup, hospital, '--rules', dir]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/manifest\.json/);
  });
});
