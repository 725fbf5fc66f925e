import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliEnv } from '../../src/cli/recommend';
import { pdfText } from '../report/pdf-text';

const fixture = 'test/fixtures/answers-basic.json';
const tmp = () => mkdtempSync(join(tmpdir(), 'advisor-pdf-'));
const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

async function run(argv: string[], env: CliEnv = {}) {
  const out: (string | Uint8Array)[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
    env,
  );
  return { code, out, err: err.join('\n') };
}

describe('recommend --format pdf', () => {
  it('writes the report to --out, dated by the clock, with the branding flags (exit 0)', async () => {
    const file = join(tmp(), 'report.pdf');
    const now = () => new Date(2026, 2, 4, 12);
    const r = await run([fixture, '--format', 'pdf', '--out', file, '--prepared-by', 'Ada Lovelace', '--firm', 'Lovelace & Partners'], {
      now,
      stdoutIsTty: true,
    });
    expect(r).toMatchObject({ code: 0, err: '', out: [] });
    const bytes = readFileSync(file);
    expect(isPdf(bytes)).toBe(true);
    const pdf = await pdfText(bytes);
    expect(pdf.author).toBe('Ada Lovelace, Lovelace & Partners');
    expect(pdf.pages[0]?.replace(/\s+/g, '')).toContain('4March2026');
  }, 60_000);

  it('writes the PDF to standard output when it is not a terminal', async () => {
    const r = await run([fixture, '--format', 'pdf'], { stdoutIsTty: false });
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    expect(isPdf(r.out[0] as Uint8Array)).toBe(true);
  }, 60_000);

  it('refuses to write PDF bytes to a terminal and asks for --out (exit 1)', async () => {
    const r = await run([fixture, '--format', 'pdf'], { stdoutIsTty: true });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--out/);
    expect(r.out).toEqual([]);
  });

  it('keeps the exit codes: 2 for invalid answers, 1 for a flag without its value', async () => {
    expect((await run(['package.json', '--format', 'pdf', '--out', join(tmp(), 'x.pdf')])).code).toBe(2);
    expect((await run([fixture, '--format', 'pdf', '--firm'])).code).toBe(1);
  });

  it('runs through npm exactly as the README says', () => {
    const file = join(tmp(), 'report.pdf');
    const r = spawnSync('npm', ['run', '--silent', 'recommend', '--', fixture, '--format', 'pdf', '--out', file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(isPdf(readFileSync(file))).toBe(true);
  }, 60_000);
});
