import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as check } from '../../src/cli/rules-check';
import { daysBetween } from '../../src/engine';

/**
 * rules:check against small broken fixtures: a copy of the default pack with one thing broken, usually in a pack
 * file `broken.json` that the test writes itself. Each test asserts the whole line, `file:line:column: path:
 * message`, with the position worked out here from the file's text (not by the code under test).
 */
type Json = Record<string, unknown>;

const base: Json = {
  id: 'fx-rule',
  text: 'A fixture rule.',
  when: { '==': [{ var: 'useCase.task' }, 'agent'] },
  effect: 'score',
  dimension: 'quality',
  points: 5,
  sources: ['article-2026'],
};
const agent = { '==': [{ var: 'useCase.task' }, 'agent'] };

function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rules-check-'));
  cpSync('rules', dir, { recursive: true });
  return dir;
}

const readJson = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json;
const writeJson = (dir: string, file: string, value: unknown) => writeFileSync(join(dir, file), `${JSON.stringify(value, null, 2)}\n`);

function edit(dir: string, file: string, change: (json: Json) => void) {
  const json = readJson(dir, file);
  change(json);
  writeJson(dir, file, json);
}

/** A copy of the default pack plus packs/broken.json holding `rules`, listed in the manifest. */
function withPack(rules: Json[]): string {
  const dir = fixture();
  writeJson(dir, 'packs/broken.json', { topic: 'broken', rules });
  edit(dir, 'manifest.json', (m) => (m.packs as string[]).push('broken.json'));
  return dir;
}

/** `dir/file:line:column` of the n-th occurrence of `needle` (or of the object around it), computed from the text. */
function at(dir: string, file: string, needle: string, { nth = 0, object = false } = {}): string {
  const text = readFileSync(join(dir, file), 'utf8');
  let offset = -1;
  for (let i = 0; i <= nth; i += 1) offset = text.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`${needle} not in ${file}`);
  if (object) offset = text.lastIndexOf('{', offset);
  const before = text.slice(0, offset);
  return `${dir}/${file}:${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
}

/** How many "accessed" keys come before the source with this id in the file: its nth, for at(). */
function accessedBefore(dir: string, id: string): number {
  const text = readFileSync(join(dir, 'sources.json'), 'utf8');
  return (text.slice(0, text.indexOf(`"id": "${id}"`)).match(/"accessed"/g) ?? []).length;
}

function run(argv: string[], now?: Date) {
  const out: string[] = [];
  const err: string[] = [];
  const code = check(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
    now,
  );
  return { code, lines: out.join('').split('\n').filter(Boolean), out: out.join(''), err: err.join('') };
}

/** rules:check on the fixture (sources aged on a fixed day unless the flags say another); expects exit 3 and returns the lines. */
function problems(dir: string, ...flags: string[]): string[] {
  const r = run(['--rules', dir, ...(flags.includes('--today') ? [] : ['--today', '2026-11-29']), ...flags]);
  expect(r.code, r.out).toBe(3);
  return r.lines;
}

/** The default pack's files, read here (not through the code under test) to count and index what the messages name. */
const defaults = {
  catalog: JSON.parse(readFileSync('rules/catalog.json', 'utf8')) as {
    asOf: string;
    models: { id: string; weights: string }[];
    options: { id: string; modelId: string; deployment: string; retires?: { value: string } }[];
  },
  sources: (
    JSON.parse(readFileSync('rules/sources.json', 'utf8')) as { sources: { id: string; kind?: string; accessed?: string; date: string }[] }
  ).sources,
  manifest: JSON.parse(readFileSync('rules/manifest.json', 'utf8')) as { packs: string[]; scenarios: string[] },
};

describe('rules:check: the default pack', () => {
  it('is clean on the day its sources were read, under its own source age limits', () => {
    const r = run(['--today', '2026-12-06']);
    expect(r.code, r.out).toBe(0);
    const { catalog, sources, manifest } = defaults;
    expect(r.out).toMatch(
      new RegExp(
        `^rules: default \\d+\\.\\d+\\.\\d+: \\d+ rules, ${catalog.options.length} options, ${sources.length} sources \\(none older than pricing 180 days, benchmark 365 days, others 1,095 days on 2026-12-06\\), ${manifest.scenarios.length} scenarios: no problems\n$`,
      ),
    );
  });
});

describe('rules:check names each problem as file:line:column: path: message', () => {
  it('invalid JSON, at the syntax error', () => {
    const dir = fixture();
    writeFileSync(join(dir, 'sources.json'), '{\n  "sources": [}\n');
    expect(problems(dir)).toEqual([
      expect.stringMatching(new RegExp(`^${dir}/sources\\.json:2:15: \\(file\\): invalid JSON: Unexpected token '}'[^\\n]*$`)),
    ]);
  });

  it('a schema error', () => {
    const dir = withPack([{ ...base, effect: 'boost' }]);
    expect(problems(dir)).toEqual([`${at(dir, 'packs/broken.json', '"effect"')}: rules[0].effect: does not match any allowed form`]);
  });

  it('a rule without a source', () => {
    const dir = withPack([{ ...base, sources: [] }]);
    expect(problems(dir)).toEqual([`${at(dir, 'packs/broken.json', '"sources"')}: rules[0].sources: must cite at least one source`]);
  });

  it('an unknown source, in a rule and in the catalog', () => {
    const dir = withPack([{ ...base, sources: ['nope'] }]);
    edit(dir, 'catalog.json', (c) => ((c.gpuTypes as { purchaseUsd: Json }[])[0]!.purchaseUsd.source = 'blog'));
    expect(problems(dir)).toEqual([
      `${at(dir, 'catalog.json', '"source": "blog"')}: gpuTypes[0].purchaseUsd.source: unknown source "blog"`,
      `${at(dir, 'packs/broken.json', '"nope"')}: rules[0].sources[0]: unknown source "nope"`,
    ]);
  });

  it('an unknown fact and an unknown operator', () => {
    const dir = withPack([
      { ...base, when: { '==': [{ var: 'useCase.colour' }, 'red'] } },
      { ...base, id: 'fx-two', when: { eval: ['1'] } },
    ]);
    expect(problems(dir)).toEqual([
      `${at(dir, 'packs/broken.json', '"when"')}: rules[0].when: unknown fact "useCase.colour"`,
      `${at(dir, 'packs/broken.json', '"when"', { nth: 1 })}: rules[1].when: unknown JSON Logic operator "eval"`,
    ]);
  });

  it('an unknown option id and an unknown model id', () => {
    const dir = withPack([{ ...base, appliesTo: { optionIds: ['gpt-9'], modelIds: ['gpt'] } }]);
    expect(problems(dir)).toEqual([
      `${at(dir, 'packs/broken.json', '"optionIds"')}: rules[0].appliesTo.optionIds: unknown option id "gpt-9"`,
      `${at(dir, 'packs/broken.json', '"modelIds"')}: rules[0].appliesTo.modelIds: unknown model id "gpt"`,
    ]);
  });

  it('a duplicate rule id and a duplicate source id', () => {
    const dir = withPack([{ ...base, id: 'gdpr-dpia' }]);
    edit(dir, 'sources.json', (s) => (s.sources as Json[]).push({ id: 'gdpr', publisher: 'EU', title: 'GDPR again', date: '2026-01' }));
    expect(problems(dir)).toEqual([
      `${at(dir, 'sources.json', '"id": "gdpr"', { nth: 1 })}: sources[${defaults.sources.length}].id: duplicate source id "gdpr"`,
      `${at(dir, 'packs/broken.json', '"id"')}: rules[0].id: duplicate rule id "gdpr-dpia" (also in packs/regulation-gdpr.json)`,
    ]);
  });

  it('a pack file the manifest does not list, and a listed one that is missing', () => {
    const dir = fixture();
    writeJson(dir, 'packs/extra.json', { topic: 'extra', rules: [] });
    edit(dir, 'manifest.json', (m) => (m.packs as string[]).push('gone.json'));
    expect(problems(dir)).toEqual([
      `${at(dir, 'manifest.json', '"packs"')}: packs: lists "gone.json" but no such file was given`,
      `${dir}/packs/extra.json:1:1: (root): is not listed in manifest.json "packs"`,
    ]);
  });

  it('rules that can never fire', () => {
    const dir = withPack([
      { ...base, appliesTo: { weights: ['closed'], deployment: ['self-hosted'] } },
      { ...base, id: 'fx-false', when: { and: [agent, false] } },
      { ...base, id: 'fx-no-option', when: { '>': [{ var: 'option.contextWindowTokens' }, 10_000_000] } },
    ]);
    expect(problems(dir)).toEqual([
      `${at(dir, 'packs/broken.json', '"appliesTo"')}: rules[0].appliesTo: rule "fx-rule" can never fire: its appliesTo selects no option in the catalog`,
      `${at(dir, 'packs/broken.json', '"when"', { nth: 1 })}: rules[1].when: rule "fx-false" can never fire: condition 2 is always false`,
      expect.stringMatching(
        new RegExp(
          `^${at(dir, 'packs/broken.json', '"when"', { nth: 2 })}: rules\\[2\\]\\.when: rule "fx-no-option" can never fire: its condition holds for none of the options it applies to \\(option\\.contextWindowTokens = \\[`,
        ),
      ),
    ]);
  });

  it('a rule wholly shadowed by an exclusion, naming the exclusion', () => {
    // A condition no rule of the default pack has, so that the exclusion shadows only the fixture's rule.
    const small = { '<': [{ var: 'useCase.monthlyTokens' }, 12_345] };
    const dir = withPack([
      {
        ...base,
        id: 'fx-exclude',
        when: small,
        effect: 'exclude',
        dimension: undefined,
        points: undefined,
        appliesTo: { weights: ['open'] },
      },
      { ...base, id: 'fx-score', when: { and: [agent, small] }, appliesTo: { deployment: ['managed'] } },
    ]);
    // Open-weights managed options; a retired one is also shadowed by lifecycle-retired, which the message names too.
    const { catalog } = defaults;
    const open = new Set(catalog.models.filter((m) => m.weights === 'open').map((m) => m.id));
    const openManaged = catalog.options.filter((o) => open.has(o.modelId) && o.deployment === 'managed');
    const retired = openManaged.filter((o) => o.retires !== undefined && o.retires.value <= catalog.asOf).map((o) => o.id);
    const live = openManaged.map((o) => o.id).filter((id) => !retired.includes(id));
    expect(live.length).toBeGreaterThan(1);
    const by = retired.length
      ? `exclusions "fx-exclude" (packs/broken.json, on ${live.join(', ')}) and "lifecycle-retired" (packs/lifecycle.json, on ${retired.join(', ')})`
      : 'exclusion "fx-exclude" (packs/broken.json)';
    expect(problems(dir)).toEqual([
      `${at(dir, 'packs/broken.json', '"id": "fx-score"', { object: true })}: rules[1]: rule "fx-score" is wholly shadowed by ${by}: on every option where it can fire (${openManaged.map((o) => o.id).join(', ')}) the option is excluded whenever it fires, so its points never count`,
    ]);
  });

  it("sources past their kind's age limit, at the day they were last read, and undated reads at their date", () => {
    const dir = fixture();
    // One price source loses its accessed day: it then ages from its publication month.
    const undated = defaults.sources.findIndex((x) => x.kind === 'pricing' && x.date.length === 7);
    edit(dir, 'sources.json', (j) => delete (j.sources as Json[])[undated]!.accessed);
    const source = defaults.sources[undated]!;
    const pricing = defaults.sources.map((x, i) => ({ ...x, i })).filter((x) => x.kind === 'pricing' && x.i !== undated);
    expect(pricing.length).toBeGreaterThan(5);
    // Read on 2026-12-06 or 07: 180 days after the last read is still in time, 181 days is not.
    expect(run(['--rules', dir, '--today', '2027-05-01']).lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${dir}/sources\\.json:\\d+:\\d+: sources\\[${undated}\\]\\.date: source "${source.id}" is dated ${source.date}, \\d+ days before 2027-05-01; the limit for a pricing source is 180 days \\(re-check it and update its date\\)$`,
        ),
      ),
    ]);
    const lines = problems(dir, '--today', '2027-06-04');
    expect(lines.filter((l) => l.includes('.accessed:'))).toEqual([]);
    expect(pricing.every((x) => x.accessed === '2026-12-06' || x.accessed === '2026-12-07')).toBe(true);
    const late = problems(dir, '--today', '2027-06-06').filter((l) => l.includes('.accessed:'));
    expect(late).toEqual(
      pricing.map(
        (x) =>
          `${at(dir, 'sources.json', '"accessed"', { nth: accessedBefore(dir, x.id) })}: sources[${x.i}].accessed: source "${x.id}" was last read on ${x.accessed}, ${daysBetween(x.accessed!, '2027-06-06')} days before 2027-06-06; the limit for a pricing source is 180 days (re-check it and update its accessed date)`,
      ),
    );
  });

  it('--max-source-age-days sets the limit for the kinds the manifest leaves out; laws and licences never age', () => {
    const lines = problems(fixture(), '--today', '2027-03-17', '--max-source-age-days', '100');
    const named = lines.map((l) => /source "([^"]+)"/.exec(l)?.[1]);
    // Read more than 100 days before 2027-03-17, that is before 2026-12-07.
    const expected = defaults.sources
      .filter((x) => !['pricing', 'benchmark', 'law', 'licence', 'release'].includes(x.kind ?? ''))
      .filter((x) => (x.accessed ?? x.date) < '2026-12-07')
      .map((x) => x.id);
    expect(defaults.sources.filter((x) => x.kind === 'documentation' && x.accessed === '2026-12-07').length).toBeGreaterThan(0);
    expect(expected.length).toBeGreaterThan(0);
    expect(named).toEqual(expected);
    expect(lines.at(-1)).toMatch(
      / was last read on 2026-12-06, 101 days before 2027-03-17; the limit is 100 days \(re-check it and update its accessed date\)$/,
    );
  });

  it('a scenario file the manifest does not list, a listed one that is missing, an invalid one, and unknown ids in one', () => {
    const dir = fixture();
    const valid = readJson(dir, 'scenarios/hipaa-clinic-without-ml-team.json');
    writeJson(dir, 'scenarios/zz-unlisted.json', valid);
    writeJson(dir, 'scenarios/zz-invalid.json', { ...valid, answers: { ...(valid.answers as Json), team: undefined } });
    writeJson(dir, 'scenarios/zz-unknown.json', {
      ...valid,
      expect: { useCases: { 'visit-note-summaries': { reasons: ['no-such-rule'] } } },
    });
    edit(dir, 'manifest.json', (m) => (m.scenarios as string[]).push('zz-gone.json', 'zz-invalid.json', 'zz-unknown.json'));
    expect(problems(dir)).toEqual([
      `${at(dir, 'manifest.json', '"zz-gone.json"')}: scenarios[${defaults.manifest.scenarios.length}]: lists "zz-gone.json" but there is no such file in scenarios/`,
      `${dir}/scenarios/zz-unlisted.json:1:1: (root): is not listed in manifest.json "scenarios"`,
      `${at(dir, 'scenarios/zz-invalid.json', '"answers"')}: answers.team: is required`,
      `${at(dir, 'scenarios/zz-unknown.json', '"no-such-rule"')}: expect.useCases.visit-note-summaries.reasons[0]: unknown rule id "no-such-rule"`,
    ]);
  });

  it('packs over the limits: too many rules, a condition nested too deep, too many pack files', () => {
    const many = withPack(Array.from({ length: 20_000 }, () => ({})));
    expect(problems(many)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${at(many, 'packs/broken.json', '"rules"')}: rules: the packs hold 20,\\d{3} rules in all \\(this file 20,000\\); at most 20,000 are allowed$`,
        ),
      ),
    ]);
    const deep = withPack([{ ...base, when: JSON.parse(`${'{"!":['.repeat(40)}true${']}'.repeat(40)}`) as unknown }]);
    expect(problems(deep)).toEqual([
      `${at(deep, 'packs/broken.json', '"when"')}: rules[0].when: nests objects and arrays more than 64 levels deep; simplify it`,
    ]);
    const files = fixture();
    const names = Array.from({ length: 190 }, (_, i) => `extra-${i}.json`);
    for (const n of names) writeJson(files, `packs/${n}`, { topic: 'extra', rules: [] });
    edit(files, 'manifest.json', (m) => (m.packs as string[]).push(...names));
    expect(problems(files)).toEqual([
      `${at(files, 'manifest.json', '"packs"')}: packs: lists ${defaults.manifest.packs.length + 190} pack files; at most 200 are allowed`,
      `${files}/packs: (folder): holds ${defaults.manifest.packs.length + 190} pack files; at most 200 are allowed`,
    ]);
  });
});

describe('rules:check options', () => {
  it('--json prints every problem with its position, the day and the limit used', () => {
    const dir = withPack([{ ...base, sources: ['nope'] }]);
    const r = run(['--rules', dir, '--json', '--today', '2026-11-29']);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.out) as { ok: boolean; today: string; maxSourceAgeDays: number | null; problems: unknown[] };
    const [, line, column] = at(dir, 'packs/broken.json', '"nope"').split(':').slice(-3);
    expect(report).toEqual({
      ok: false,
      today: '2026-11-29',
      maxSourceAgeDays: null,
      maxSourceAgeDaysByKind: null,
      problems: [
        {
          file: 'packs/broken.json',
          path: 'rules[0].sources[0]',
          message: 'unknown source "nope"',
          line: Number(line),
          column: Number(column),
        },
      ],
    });
    const clean = JSON.parse(run(['--json', '--today', '2026-11-29', '--max-source-age-days', '6000']).out) as unknown;
    expect(clean).toEqual({
      ok: true,
      today: '2026-11-29',
      maxSourceAgeDays: 6000,
      maxSourceAgeDaysByKind: { pricing: 180, benchmark: 365 },
      problems: [],
    });
  });

  it('ages sources against the local date when --today is absent', () => {
    const first = defaults.sources.findIndex((x) => x.kind === 'pricing');
    const r = run(['--json'], new Date(2027, 5, 5, 0, 5));
    expect(r.code).toBe(3);
    expect(JSON.parse(r.out)).toMatchObject({
      today: '2027-06-05',
      maxSourceAgeDays: 1095,
      problems: expect.arrayContaining([
        {
          file: 'sources.json',
          path: `sources[${first}].accessed`,
          message: expect.stringMatching(/ 181 days before 2027-06-05/) as unknown,
          line: expect.any(Number) as unknown,
          column: expect.any(Number) as unknown,
        },
      ]),
    });
    expect(run([], new Date(2027, 5, 4, 23, 55)).code).toBe(0);
  });

  it.each([
    [['--today', '2026-02-30'], '--today must be a date as YYYY-MM-DD'],
    [['--today', '29/11/2026'], '--today must be a date as YYYY-MM-DD'],
    [['--max-source-age-days', '0'], '--max-source-age-days must be a whole number of days, at least 1'],
    [['--max-source-age-days', 'two'], '--max-source-age-days must be a whole number of days, at least 1'],
    [['--max-age', '3'], 'unknown option --max-age'],
  ])('exit 1 with usage for %j', (argv, message) => {
    const r = run(argv);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe(`${message}\nusage: npm run rules:check -- [--rules DIR] [--json] [--today YYYY-MM-DD] [--max-source-age-days N]\n`);
  });
});
