import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as scenarios } from '../../src/cli/rules-test';
import { ScenarioFile } from '../../src/domain';
import { checkScenario } from '../../src/engine';
import { defaultRuleSet } from '../helpers/rules';

type Json = Record<string, unknown>;

const clinicFile = 'rules/scenarios/hipaa-clinic-without-ml-team.json';
const clinic = JSON.parse(readFileSync(clinicFile, 'utf8')) as Json;
const basicAnswers = JSON.parse(readFileSync('test/fixtures/answers-basic.json', 'utf8')) as Json;

/** A copy of the default pack with extra scenario files, listed in the manifest unless `list` is false. */
function fixture(files: Record<string, unknown>, { list = true, manifest }: { list?: boolean; manifest?: (m: Json) => void } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'rules-test-'));
  cpSync('rules', dir, { recursive: true });
  for (const [name, value] of Object.entries(files)) writeFileSync(join(dir, 'scenarios', name), JSON.stringify(value, null, 2));
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Json;
  if (list) (m.scenarios as string[]).push(...Object.keys(files));
  manifest?.(m);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m, null, 2));
  return dir;
}

function run(dir: string) {
  const out: string[] = [];
  const code = scenarios(['--rules', dir], (s) => out.push(s));
  return { code, text: out.join('') };
}

/** How many scenarios the default pack lists. */
const listed = (JSON.parse(readFileSync('rules/manifest.json', 'utf8')) as { scenarios: string[] }).scenarios.length;

const wrong = {
  title: 'Deliberately wrong',
  description: 'x',
  answers: basicAnswers,
  expect: { useCases: { 'code-assist': { recommended: { weights: 'open' } } } },
};

describe('rules:test on a failing scenario prints expected, actual and the rules that made the difference', () => {
  it('for a recommendation that went the other way: each rule with its points for both options and its weight', () => {
    const dir = fixture({ 'zz-wrong.json': wrong });
    const { code, text } = run(dir);
    expect(code).toBe(1);
    const [failure] = checkScenario(defaultRuleSet, ScenarioFile.parse(wrong));
    const d = failure!.difference!;
    const gap = Math.round(((d.expectedScore ?? 0) - (d.actualScore ?? 0)) * 10) / 10;
    expect(gap).toBeLessThan(0);
    const block = [
      'FAIL zz-wrong.json: Deliberately wrong',
      '  useCases.code-assist.recommended',
      '    expected: {"weights":"open"}',
      `    actual:   ${failure!.actual}`,
      `    best option meeting the expectation: ${d.expectedOptionId}, score ${d.expectedScore}, ${-gap} behind ${d.actualOptionId}`,
      "    rules that made the difference, largest first (points each option got on the rule's dimension; what that weighs in the total score, expected minus recommended):",
      ...failure!.rules.map((r) => `      ${r}`),
    ].join('\n');
    expect(text).toContain(`${block}\n`);
    expect(text).toMatch(
      new RegExp(
        `\\n      quality-benchmark-gap \\(quality\\): [+-][\\d.]+ for ${d.expectedOptionId}, \\+[\\d.]+ for ${d.actualOptionId}; weighs -[\\d.]+\\n`,
      ),
    );
    expect(text).toMatch(new RegExp(`\\n${listed} passed, 1 failed\\n$`));
  });

  it('for an expected option that was excluded: the exclusions that removed it', () => {
    const excluded = {
      ...clinic,
      title: 'Mistral wanted',
      expect: { useCases: { 'visit-note-summaries': { recommended: { modelId: 'mistral-large-3' } } } },
    };
    const { text } = run(fixture({ 'zz-excluded.json': excluded }));
    expect(text).toContain(
      'FAIL zz-excluded.json: Mistral wanted\n  useCases.visit-note-summaries.recommended\n    expected: {"modelId":"mistral-large-3"}\n    actual:   ',
    );
    expect(text).toMatch(
      /\n {4}no eligible option meets the expectation\n {4}rules that made the difference \(exclusions of the options meeting the expectation\):\n {6}hipaa-no-baa-excluded: excluded mistral-large-3-api\n {6}ops-self-hosted-no-engineers: excluded mistral-large-3-self-hosted\n/,
    );
  });
});

describe('rules:test runs the scenarios the manifest lists', () => {
  it('not a file the manifest leaves out; a listed file that is missing fails', () => {
    const dir = fixture({ 'zz-unlisted.json': wrong }, { list: false, manifest: (m) => (m.scenarios as string[]).push('zz-gone.json') });
    const { code, text } = run(dir);
    expect(code).toBe(1);
    expect(text).not.toMatch(/zz-unlisted/);
    expect(text).toContain(`FAIL zz-gone.json\n  ${dir}/scenarios/zz-gone.json: (file): cannot read ${dir}/scenarios/zz-gone.json\n`);
    expect(text).toMatch(new RegExp(`\\n${listed} passed, 1 failed\\n$`));
  });

  it('every file in scenarios/ when the manifest has no list', () => {
    const { code, text } = run(
      fixture({ 'zz-extra.json': { ...clinic, title: 'A copy' } }, { list: false, manifest: (m) => delete m.scenarios }),
    );
    expect(code).toBe(0);
    expect(text).toMatch(/^ok {3}zz-extra\.json: A copy$/m);
    expect(text).toMatch(new RegExp(`\\n${listed + 1} passed, 0 failed\\n$`));
  });

  it('an invalid scenario fails with its problems at file:line:column', () => {
    const { code, text } = run(fixture({ 'zz-invalid.json': { ...clinic, title: '' } }));
    expect(code).toBe(1);
    expect(text).toMatch(/FAIL zz-invalid\.json\n {2}\/\S+\/scenarios\/zz-invalid\.json:3:3: title: must be at least 1 characters\n/);
  });
});
