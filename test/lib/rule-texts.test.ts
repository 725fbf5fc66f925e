import { describe, expect, it } from 'vitest';
import { compileRuleTexts, formatLocated, RULE_TEXT_LIMITS, type LocatedProblem } from '../../src/lib/rule-texts';
import { defaultRuleFiles, compileOrThrow, defaultRuleTexts } from '../helpers/rules';

function problems(texts: Record<string, string>): LocatedProblem[] {
  const r = compileRuleTexts(texts);
  if (r.ok) throw new Error('expected the pack to be refused');
  return r.problems;
}

/** The default pack with one file's text changed by `edit`. */
function edited(file: string, edit: (text: string) => string): Record<string, string> {
  const texts = defaultRuleTexts();
  return { ...texts, [file]: edit(texts[file] ?? '') };
}

describe('compileRuleTexts', () => {
  it('compiles the default pack with its scenarios, to the same hash as the CLI', () => {
    const r = compileRuleTexts(defaultRuleTexts());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ruleSet.hash).toBe(compileOrThrow(defaultRuleFiles()).hash);
    expect(r.scenarios.length).toBeGreaterThanOrEqual(12);
    expect(r.scenarios.every((s) => s.file.startsWith('scenarios/'))).toBe(true);
  });

  it('places a syntax error at its line and column', () => {
    const [p] = problems(edited('packs/licensing.json', (t) => t.replace('"rules": [', '"rules": [,')));
    expect(p?.file).toBe('packs/licensing.json');
    expect(p?.message).toMatch(/^invalid JSON/);
    const lines = (defaultRuleTexts()['packs/licensing.json'] ?? '').split('\n');
    expect(p?.line).toBe(lines.findIndex((l) => l.includes('"rules": [')) + 1);
    expect(formatLocated(p as LocatedProblem)).toMatch(/^packs\/licensing\.json:\d+:\d+: \(file\): invalid JSON/);
  });

  it('places a schema error on the key it is about', () => {
    const texts = edited('packs/regulation-hipaa.json', (t) => t.replace('"id": "hipaa-sign-baa"', '"id": "Hipaa Sign BAA"'));
    const [p] = problems(texts);
    expect(p).toMatchObject({ file: 'packs/regulation-hipaa.json', message: 'must be kebab-case' });
    const line = (texts['packs/regulation-hipaa.json'] ?? '').split('\n')[(p?.line ?? 0) - 1];
    expect(line).toContain('"Hipaa Sign BAA"');
  });

  it('places an unknown key on the key itself, not on the object that holds it', () => {
    const texts = edited('packs/regulation-hipaa.json', (t) =>
      t.replace('"id": "hipaa-sign-baa",', '"id": "hipaa-sign-baa",\n      "wieght": 3,'),
    );
    const [p] = problems(texts);
    expect(p?.message).toBe('unknown key "wieght"');
    expect((texts['packs/regulation-hipaa.json'] ?? '').split('\n')[(p?.line ?? 0) - 1]).toContain('"wieght"');
  });

  it('says in words what is wrong with invalid JSON', () => {
    const [p] = problems(edited('packs/licensing.json', (t) => t.replace(/"topic": "([^"]+)",/, '"topic": "$1"')));
    expect(p?.message).toBe('invalid JSON: a comma is missing');
  });

  it('refuses points that are neither a number nor an expression, such as a string', () => {
    const texts = edited('packs/audience-accuracy.json', (t) => t.replace(/"points": -?\d+/, '"points": "lots"'));
    expect(problems(texts)[0]).toMatchObject({
      file: 'packs/audience-accuracy.json',
      message: expect.stringMatching(/^must be a number from -100 to 100, or a JSON Logic expression/),
    });
  });

  it('refuses an unknown fact and names the rule condition', () => {
    const texts = edited('packs/regulation-hipaa.json', (t) => t.replace('"var": "regulation.hipaa"', '"var": "regulation.hippa"'));
    expect(problems(texts).map((p) => p.message)).toContain('unknown fact "regulation.hippa"');
  });

  it('refuses a missing listed pack file, a pack file the manifest does not list and a file outside the layout', () => {
    const texts = defaultRuleTexts();
    const { ['packs/licensing.json']: _gone, ...rest } = texts;
    expect(problems(rest).map(formatLocated).join('\n')).toMatch(
      /manifest\.json:\d+:\d+: packs: lists "licensing\.json" but no such file was given/,
    );
    expect(problems({ ...texts, 'packs/extra.json': '{"topic":"x","rules":[]}' })[0]).toMatchObject({
      file: 'packs/extra.json',
      message: 'is not listed in manifest.json "packs"',
    });
    expect(problems({ ...texts, 'notes/readme.json': '{}' })[0]).toMatchObject({ file: 'notes/readme.json' });
  });

  it('refuses an unlisted or invalid scenario, unless scenarios are not asked for', () => {
    const texts = defaultRuleTexts();
    expect(problems({ ...texts, 'scenarios/extra.json': '{}' })[0]).toMatchObject({
      file: 'scenarios/extra.json',
      message: 'is not listed in manifest.json "scenarios"',
    });
    const name = Object.keys(texts).find((n) => n.startsWith('scenarios/')) ?? '';
    const broken = { ...texts, [name]: (texts[name] ?? '').replace('"title":', '"titel":') };
    expect(problems(broken).map((p) => `${p.file} ${p.message}`)).toContain(`${name} unknown key "titel"`);
    expect(compileRuleTexts(defaultRuleTexts({ scenarios: false }), { scenarios: false }).ok).toBe(true);
  });

  it('refuses too many files and oversized files with the limit in the message', () => {
    const many = Object.fromEntries(Array.from({ length: RULE_TEXT_LIMITS.files + 1 }, (_, i) => [`packs/p${i}.json`, '{}']));
    expect(problems(many)[0]?.message).toMatch(/at most 300/);
    const big = { ...defaultRuleTexts(), 'catalog.json': ' '.repeat(RULE_TEXT_LIMITS.bytesPerFile + 1) };
    expect(problems(big)[0]).toMatchObject({ file: 'catalog.json', message: 'is larger than the 5 MB limit' });
  });
});
