import { describe, expect, it } from 'vitest';
import type { ScenarioFile } from '../../src/domain';
import { dayNumber, lintRuleSet, lintScenario, lintScenarioList, recommend, type RuleFiles } from '../../src/engine';
import { isOptionStatic } from '../../src/engine/shadow';
import { answers, compileOrThrow, defaultRuleFiles, defaultRuleSet, useCase } from '../helpers/rules';

type Json = Record<string, unknown>;

/** The default files plus a pack `fixture.json` holding `rules`, listed last in the manifest. */
function withPack(rules: Json[], edit?: (f: RuleFiles) => void): RuleFiles {
  const files = defaultRuleFiles();
  files.packs['fixture.json'] = { topic: 'fixture', rules };
  (files.manifest as { packs: string[] }).packs.push('fixture.json');
  edit?.(files);
  return files;
}

const health = { '==': [{ var: 'useCase.dataSensitivity' }, 'health'] };
const hipaa = { var: 'regulation.hipaa' };
// Conditions no exclusion of the default pack uses, so that only the fixture's exclusions can shadow.
const agent = { '==': [{ var: 'useCase.task' }, 'agent'] };
const external = { '==': [{ var: 'useCase.audience' }, 'customer-facing'] };
const rule = (id: string, over: Json): Json => ({
  id,
  text: `Rule ${id}.`,
  when: { and: [agent, external] },
  sources: ['article-2026'],
  ...over,
});
const score = (id: string, over: Json = {}): Json => rule(id, { effect: 'score', dimension: 'quality', points: 5, ...over });
const exclude = (id: string, over: Json = {}): Json => rule(id, { effect: 'exclude', ...over });
/** The default catalog's option ids that match, in catalog order, as lint lists them. */
const ids = (test: (o: (typeof defaultRuleSet.options)[number]) => boolean) =>
  defaultRuleSet.options
    .filter(test)
    .map((o) => o.id)
    .join(', ');
/** Options the default lifecycle rules rule out whatever the answers: retired, or with a retirement announced. */
const deprecated = (o: (typeof defaultRuleSet.options)[number]) => o.daysToRetirement !== null && o.daysToRetirement > 0;
const fixtureProblems = (files: RuleFiles) => lintRuleSet(compileOrThrow(files)).filter((p) => p.file === 'packs/fixture.json');

describe('source age', () => {
  it('the default pack is clean on 2026-11-29 under its own limit', () => {
    expect(lintRuleSet(defaultRuleSet, { today: '2026-11-29' })).toEqual([]);
  });

  it('names the source, its date, its age and the limit, at its date in sources.json', () => {
    const files = defaultRuleFiles();
    const sources = (files.sources as { sources: { id: string; date: string }[] }).sources;
    const i = sources.findIndex((s) => s.id === 'article-2026');
    sources[i]!.date = '2020-01-15';
    const problems = lintRuleSet(compileOrThrow(files), { today: '2026-11-29', maxSourceAgeDays: 2000 });
    // The GDPR (2016) and the HIPAA rule (2013) are older still, but laws do not age.
    expect(problems).toEqual([expect.objectContaining({ file: 'sources.json', path: `sources[${i}].date` })]);
    expect(problems[0]?.message).toBe(
      'source "article-2026" is dated 2020-01-15, 2,510 days before 2026-11-29; the limit is 2,000 days (re-check it and update its date)',
    );
  });

  it('ages every kind but laws, licences and model releases, and a source without a kind', () => {
    const files = defaultRuleFiles();
    const sources = (files.sources as { sources: { id: string; date: string; accessed?: string; kind?: string }[] }).sources;
    for (const s of sources) {
      s.date = '2000-01-01';
      delete s.accessed;
    }
    sources.forEach((s, n) => {
      if (n === 0) delete s.kind;
    });
    const reported = new Set(lintRuleSet(compileOrThrow(files), { today: '2026-11-29' }).map((p) => /"([^"]+)"/.exec(p.message)?.[1]));
    for (const [n, s] of sources.entries()) {
      const ages = n === 0 || !['law', 'licence', 'release'].includes(s.kind ?? '');
      expect(reported.has(s.id), `${s.id} (${s.kind ?? 'no kind'})`).toBe(ages);
    }
  });

  /** The default pack with one source of the given kind last read `days` days before 2026-11-29. */
  const agedBy = (
    days: number,
    kind: string,
    manifest: { maxSourceAgeDays?: number; maxSourceAgeDaysByKind?: Record<string, number> } = {},
  ) => {
    const files = defaultRuleFiles();
    const m = files.manifest as typeof manifest;
    delete m.maxSourceAgeDays;
    delete m.maxSourceAgeDaysByKind;
    Object.assign(m, manifest);
    const sources = (files.sources as { sources: { id: string; date: string; accessed?: string; kind?: string }[] }).sources;
    const s = sources.find((x) => x.id === 'article-2026');
    if (!s) throw new Error('article-2026');
    s.kind = kind;
    const day = new Date(Date.UTC(2026, 10, 29) - days * 86_400_000).toISOString().slice(0, 10);
    s.accessed = day;
    return (maxSourceAgeDays?: number) =>
      lintRuleSet(compileOrThrow(files), { today: '2026-11-29', ...(maxSourceAgeDays ? { maxSourceAgeDays } : {}) }).filter((p) =>
        p.message.includes('"article-2026"'),
      );
  };

  it('uses the caller limit first, then the manifest, then 730 days, for kinds without a limit of their own', () => {
    expect(agedBy(731, 'article')()).toHaveLength(1);
    expect(agedBy(730, 'article')()).toHaveLength(0);
    expect(agedBy(800, 'article')(900)).toHaveLength(0);
    expect(agedBy(800, 'article', { maxSourceAgeDays: 900 })()).toHaveLength(0);
    expect(agedBy(901, 'article', { maxSourceAgeDays: 900 })(2000)).toHaveLength(0);
    expect(agedBy(901, 'article', { maxSourceAgeDays: 900 })()).toHaveLength(1);
  });

  it('holds prices to 180 days and benchmarks to 365 unless the manifest sets other limits, and says so', () => {
    const price = agedBy(181, 'pricing')();
    expect(price).toEqual([expect.objectContaining({ file: 'sources.json', path: expect.stringMatching(/^sources\[\d+\]\.accessed$/) })]);
    expect(price[0]?.message).toMatch(
      /"article-2026" was last read on 2026-06-01, 181 days before 2026-11-29; the limit for a pricing source is 180 days/,
    );
    expect(agedBy(180, 'pricing')()).toHaveLength(0);
    expect(agedBy(366, 'benchmark')()).toHaveLength(1);
    expect(agedBy(365, 'benchmark')()).toHaveLength(0);
    // The caller's limit is for the other kinds: it does not loosen the price limit.
    expect(agedBy(181, 'pricing')(5000)).toHaveLength(1);
    expect(agedBy(181, 'pricing', { maxSourceAgeDaysByKind: { pricing: 200 } })()).toHaveLength(0);
  });

  it('counts a month-only date from its first day, and is not checked without today', () => {
    expect(dayNumber('2026-11') ?? 0).toBe(dayNumber('2026-11-01'));
    expect(dayNumber('2026-02-30')).toBeNull();
    expect(dayNumber('1970-01-02')).toBe(1);
    // Every price was read on 2026-12-06 or 07: 181 days after the last read, each price source is due for a re-check,
    // and 180 days after the first read nothing is.
    const pricing = [...defaultRuleSet.sources.values()].filter((s) => s.kind === 'pricing').map((s) => s.id);
    expect(pricing.length).toBeGreaterThan(10);
    const problems = lintRuleSet(defaultRuleSet, { today: '2027-06-06' });
    expect(problems.map((p) => /"([^"]+)"/.exec(p.message)?.[1]).sort()).toEqual([...pricing].sort());
    expect(lintRuleSet(defaultRuleSet, { today: '2027-06-04' })).toEqual([]);
    expect(lintRuleSet(defaultRuleSet)).toEqual([]);
    expect(() => lintRuleSet(defaultRuleSet, { today: 'yesterday' })).toThrow(/YYYY-MM-DD/);
  });

  it('names a source date that does not exist', () => {
    const files = defaultRuleFiles();
    (files.sources as { sources: { date: string }[] }).sources[0]!.date = '2026-13';
    expect(lintRuleSet(compileOrThrow(files), { today: '2026-11-29' })).toEqual([
      { file: 'sources.json', path: 'sources[0].date', message: 'source "article-2026" is dated 2026-13, which is not a real date' },
    ]);
  });
});

describe('rules wholly shadowed by an exclusion', () => {
  it('a score rule whose options an exclusion with a subset of its conditions rules out', () => {
    const files = withPack([
      exclude('fx-exclude', { when: { and: [agent] }, appliesTo: { weights: ['closed'] } }),
      score('fx-score', { appliesTo: { deployment: ['api'] } }),
    ]);
    expect(fixtureProblems(files)).toEqual([
      {
        file: 'packs/fixture.json',
        path: 'rules[1]',
        message: `rule "fx-score" is wholly shadowed by exclusions "fx-exclude" (packs/fixture.json, on ${ids((o) => o.deployment === 'api' && !deprecated(o))}) and "lifecycle-deprecated" (packs/lifecycle.json, on ${ids((o) => o.deployment === 'api' && deprecated(o))}): on every option where it can fire (${ids((o) => o.deployment === 'api' && !deprecated(o))}, ${ids((o) => o.deployment === 'api' && deprecated(o))}) the option is excluded whenever it fires, so its points never count`,
      },
    ]);
  });

  it('an exclusion condition on option facts counts where it holds for the option (the default HIPAA exclusion)', () => {
    const when = { and: [health, hipaa] };
    // Per-token open-weights hosts sign no BAA in this catalog; the hyperscalers do.
    const files = withPack([
      score('fx-host-health', { when, appliesTo: { channels: ['inference-host'] } }),
      score('fx-any-health', { when }),
    ]);
    const problems = fixtureProblems(files);
    expect(problems.map((p) => p.path)).toEqual(['rules[0]']);
    expect(problems[0]?.message).toContain(
      `shadowed by exclusion "hipaa-no-baa-excluded" (packs/regulation-hipaa.json): on every option where it can fire (${ids((o) => o.channel === 'inference-host')})`,
    );
  });

  it('several exclusions may cover different options; each is named with its options', () => {
    const files = withPack([
      exclude('fx-ex-open', { when: agent, appliesTo: { weights: ['open'] } }),
      exclude('fx-ex-closed', { when: external, appliesTo: { weights: ['closed'] } }),
      score('fx-score', { appliesTo: { deployment: ['api', 'managed'] } }),
    ]);
    expect(fixtureProblems(files)[0]?.message).toContain(
      `rule "fx-score" is wholly shadowed by exclusions "fx-ex-closed" (packs/fixture.json, on ${ids((o) => o.weights === 'closed' && o.deployment === 'api' && !deprecated(o))}) and "lifecycle-deprecated" (packs/lifecycle.json, on ${ids(deprecated)}) and "fx-ex-open" (packs/fixture.json, on ${ids((o) => o.weights === 'open' && o.deployment === 'managed' && !o.retired)}) and "lifecycle-retired" (packs/lifecycle.json, on ${ids((o) => o.retired)})`,
    );
  });

  it('is not reported when the exclusion needs a condition the rule lacks', () => {
    const extra = { '>': [{ var: 'useCase.monthlyTokens' }, 1] };
    const files = withPack([
      exclude('fx-exclude', { when: { and: [agent, external, extra] }, appliesTo: { weights: ['closed'] } }),
      score('fx-score', { appliesTo: { weights: ['closed'] } }),
    ]);
    expect(fixtureProblems(files)).toEqual([]);
  });

  it('is not reported when the exclusion misses an option the rule can fire on', () => {
    const files = withPack([
      exclude('fx-exclude-api', { appliesTo: { deployment: ['api'] } }),
      score('fx-score', { appliesTo: { weights: ['closed', 'open'], deployment: ['api', 'self-hosted'] } }),
    ]);
    expect(fixtureProblems(files)).toEqual([]);
  });

  it('is not reported on options where the rule itself cannot fire, so an exclusion need not cover those', () => {
    const files = withPack([
      exclude('fx-exclude-api', { appliesTo: { deployment: ['api'] } }),
      score('fx-score', { when: { and: [agent, external, { '==': [{ var: 'option.deployment' }, 'api'] }] } }),
    ]);
    expect(fixtureProblems(files).map((p) => p.message)).toEqual([
      expect.stringContaining(
        `"fx-score" is wholly shadowed by exclusions "fx-exclude-api" (packs/fixture.json, on ${ids((o) => o.deployment === 'api' && !deprecated(o))}) and "lifecycle-deprecated" (packs/lifecycle.json, on ${ids((o) => o.deployment === 'api' && deprecated(o))})`,
      ),
    ]);
  });

  it('obligations and notes on excluded options are shadowed, but not those every option carries', () => {
    const files = withPack([
      exclude('fx-exclude-all', { when: agent }),
      rule('fx-obligation-closed', { effect: 'obligation', obligationTopic: 'security', appliesTo: { weights: ['closed'] } }),
      rule('fx-note-per-option', { effect: 'note', when: { and: [agent, external, { var: 'option.baaAvailable' }] } }),
      rule('fx-obligation-everywhere', { effect: 'obligation', obligationTopic: 'security' }),
    ]);
    const problems = fixtureProblems(files);
    expect(problems.map((p) => p.path)).toEqual(['rules[1]', 'rules[2]']);
    expect(problems[0]?.message).toMatch(/so its obligation is never shown$/);
    expect(problems[1]?.message).toMatch(/so its note is never shown$/);
    // What the check relies on: the engine shows the duty of a rule on every option even when all are excluded.
    const rs = compileOrThrow(files);
    const u = recommend(rs, answers({ useCases: [useCase({ task: 'agent', audience: 'customer-facing' })] })).useCases[0];
    expect(u?.recommended).toBeNull();
    expect(u?.obligations.map((o) => o.id)).toContain('fx-obligation-everywhere');
    expect(u?.obligations.map((o) => o.id)).not.toContain('fx-obligation-closed');
    expect(u?.reasons.map((r) => r.ruleId)).not.toContain('fx-note-per-option');
  });

  it('a shadowed score rule never shows among the reasons, whatever the answers', () => {
    const files = withPack([
      exclude('fx-exclude', { when: { and: [agent] }, appliesTo: { weights: ['closed'] } }),
      score('fx-score', { appliesTo: { deployment: ['api'] } }),
    ]);
    const rs = compileOrThrow(files);
    expect(fixtureProblems(files)).toHaveLength(1);
    for (const task of ['agent', 'translation'] as const) {
      for (const audience of ['internal', 'customer-facing'] as const) {
        expect(recommend(rs, answers({ useCases: [useCase({ task, audience })] })).useCases[0]?.reasons.map((r) => r.ruleId)).not.toContain(
          'fx-score',
        );
      }
    }
  });

  it('tells option-static conditions from the rest, conservatively', () => {
    expect(isOptionStatic({ '!': [{ var: 'option.baaAvailable' }] })).toBe(true);
    expect(isOptionStatic(true)).toBe(true);
    expect(isOptionStatic({ some: [{ var: 'option.regions' }, { '==': [{ var: '' }, 'eu'] }] })).toBe(true);
    expect(isOptionStatic({ some: [{ var: 'option.regions' }, { '==': [{ var: '' }, { var: '../useCase.task' }] }] })).toBe(false);
    expect(isOptionStatic({ '==': [{ var: 'useCase.task' }, 'agent'] })).toBe(false);
    expect(isOptionStatic({ missing: ['option.x'] })).toBe(false);
    expect(isOptionStatic({ var: '' })).toBe(false);
  });
});

describe('scenario listing', () => {
  it('reports a file not listed, a listed file missing and a file listed twice', () => {
    expect(lintScenarioList(['a.json', 'gone.json', 'a.json'], ['a.json', 'b.json'])).toEqual([
      { file: 'manifest.json', path: 'scenarios[1]', message: 'lists "gone.json" but there is no such file in scenarios/' },
      { file: 'manifest.json', path: 'scenarios[2]', message: 'lists "a.json" twice' },
      { file: 'scenarios/b.json', path: '(root)', message: 'is not listed in manifest.json "scenarios"' },
    ]);
  });

  it('reports nothing without a list, or when list and folder agree', () => {
    expect(lintScenarioList(undefined, ['a.json'])).toEqual([]);
    expect(lintScenarioList(['a.json'], ['a.json'])).toEqual([]);
  });
});

describe('scenario expectations', () => {
  const scenario = (expect: ScenarioFile['expect']): ScenarioFile => ({ title: 't', description: 'd', answers: answers(), expect });

  it('names use cases, options, models and rules that do not exist, at the expectation', () => {
    const problems = lintScenario(
      defaultRuleSet,
      scenario({
        useCases: {
          uc: {
            recommended: { optionId: 'gpt-9', modelId: 'gpt' },
            excluded: ['nope'],
            obligations: ['hipaa-no-baa-excluded'],
            reasons: ['no-such-rule'],
          },
          other: {},
        },
        portfolio: { notes: ['gdpr-dpia'] },
      }),
      'scenarios/x.json',
    );
    expect(problems).toEqual([
      { file: 'scenarios/x.json', path: 'expect.useCases.uc.recommended.optionId', message: 'unknown option id "gpt-9"' },
      { file: 'scenarios/x.json', path: 'expect.useCases.uc.recommended.modelId', message: 'unknown model id "gpt"' },
      { file: 'scenarios/x.json', path: 'expect.useCases.uc.excluded[0]', message: 'unknown option id "nope"' },
      {
        file: 'scenarios/x.json',
        path: 'expect.useCases.uc.obligations[0]',
        message: 'rule "hipaa-no-baa-excluded" is an exclude rule, not an obligation rule',
      },
      { file: 'scenarios/x.json', path: 'expect.useCases.uc.reasons[0]', message: 'unknown rule id "no-such-rule"' },
      { file: 'scenarios/x.json', path: 'expect.useCases.other', message: 'the answers have no use case "other"' },
      { file: 'scenarios/x.json', path: 'expect.portfolio.notes[0]', message: 'rule "gdpr-dpia" is an obligation rule, not a note rule' },
    ]);
  });
});
