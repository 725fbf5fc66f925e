import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, RecommendationV1 } from '../../src/domain';
import { canonicalJson, recommend, sha256Hex, type RuleFiles, type RuleSet } from '../../src/engine';
import { answersArb } from '../helpers/arbitraries';
import { bigRuleFiles } from '../helpers/big-pack';
import { compileOrThrow, defaultRuleFiles } from '../helpers/rules';
import { portfolio } from '../bench/portfolio';

/**
 * Pins the engine's output, sensitivity above all, to what it gave before sensitivity was made faster: each case
 * keeps its answers, every use case's sensitivity and a hash of the recommendation JSON (without `ruleSet`, so a
 * manifest version bump alone does not break it). After a deliberate change of the rules, the catalog or the
 * engine's output, rewrite it with
 * `UPDATE_SENSITIVITY_FIXTURE=1 npx vitest run --project slow test/engine/sensitivity-fixture.slow.test.ts`.
 */
const FILE = 'test/fixtures/sensitivity-snapshot.json';

type Pack = 'default' | 'big-5000';

interface Case {
  pack: Pack;
  label: string;
  answers: Answers;
  sensitivity: RecommendationV1['useCases'][number]['sensitivity'][];
  sha256: string;
}

interface Fixture {
  /** Hash of what decides the output: the packs, the catalog and the manifest's scoring. */
  contentHash: Record<Pack, string>;
  cases: Case[];
}

const loaded = new Map<Pack, { files: RuleFiles; ruleSet: RuleSet }>();
function pack(name: Pack) {
  let p = loaded.get(name);
  if (!p) {
    const files = name === 'default' ? defaultRuleFiles() : bigRuleFiles(5000);
    loaded.set(name, (p = { files, ruleSet: compileOrThrow(files) }));
  }
  return p;
}

function contentHash(name: Pack): string {
  const { files, ruleSet } = pack(name);
  return sha256Hex(canonicalJson({ packs: files.packs, catalog: files.catalog, scoring: ruleSet.scoring }));
}

function observe(name: Pack, label: string, answers: Answers): Case {
  const { ruleSet: _ruleSet, ...out } = recommend(pack(name).ruleSet, answers);
  return { pack: name, label, answers, sensitivity: out.useCases.map((u) => u.sensitivity), sha256: sha256Hex(JSON.stringify(out)) };
}

function scenarioAnswers(): [string, Answers][] {
  return readdirSync('rules/scenarios')
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [`scenario ${f}`, (JSON.parse(readFileSync(`rules/scenarios/${f}`, 'utf8')) as { answers: Answers }).answers]);
}

function generate(): Fixture {
  const cases: Case[] = [];
  for (const n of [1, 10, 50]) cases.push(observe('default', `portfolio(${n})`, portfolio(n)));
  for (const [label, a] of scenarioAnswers()) cases.push(observe('default', label, a));
  fc.sample(answersArb(4), { seed: 20240601, numRuns: 40 }).forEach((a, i) => cases.push(observe('default', `random ${i}`, a)));
  cases.push(observe('big-5000', 'portfolio(20)', portfolio(20)));
  const small: Answers = {
    ...portfolio(12),
    team: { mlEngineers: 0, mlopsMaturity: 'none', gpuAccess: 'none' },
    priorities: { cost: 5, quality: 1, control: 2 },
  };
  cases.push(observe('big-5000', 'portfolio(12), no ML team, cost first', small));
  const strong: Answers = {
    ...portfolio(12),
    team: { mlEngineers: 12, mlopsMaturity: 'advanced', gpuAccess: 'on-prem' },
    priorities: { cost: 2, quality: 4, control: 5 },
  };
  cases.push(observe('big-5000', 'portfolio(12), strong ML team, control first', strong));
  fc.sample(answersArb(3), { seed: 7, numRuns: 4 }).forEach((a, i) => cases.push(observe('big-5000', `random ${i}`, a)));
  return { contentHash: { default: contentHash('default'), 'big-5000': contentHash('big-5000') }, cases };
}

if (process.env.UPDATE_SENSITIVITY_FIXTURE) writeFileSync(FILE, `${JSON.stringify(generate(), null, 1)}\n`);
const fixture = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Fixture) : undefined;

describe('recommendations and their sensitivity match the pinned fixture', () => {
  it('the fixture exists and was made from these rules', () => {
    expect(fixture, `${FILE} is missing`).toBeDefined();
    for (const name of ['default', 'big-5000'] as const) {
      expect(fixture?.contentHash[name], `the ${name} rules changed since ${FILE} was written: rewrite it (see the test's header)`).toBe(
        contentHash(name),
      );
    }
  });

  it.each((fixture?.cases ?? []).map((c) => [c.pack, c.label, c] as const))('%s pack, %s', (_pack, _label, c) => {
    const now = observe(c.pack, c.label, c.answers);
    expect(now.sensitivity).toEqual(c.sensitivity);
    expect(now.sha256).toBe(c.sha256);
  });
});
