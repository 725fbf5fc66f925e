import { describe, expect, it } from 'vitest';
import type { CatalogFile, TokenPrices } from '../../src/domain';
import { compileRuleSet, lintRuleSet, type RuleFiles } from '../../src/engine';
import { compileOrThrow, defaultRuleFiles } from '../helpers/rules';

type Pack = { rules: Record<string, unknown>[] };
const pack = (files: RuleFiles, name: string) => files.packs[name] as Pack;
const firstRule = (files: RuleFiles, name = 'licensing.json') => pack(files, name).rules[0] as Record<string, unknown>;

const defaults = defaultRuleFiles();
const defaultSourceCount = (defaults.sources as { sources: unknown[] }).sources.length;
const defaultScenarioCount = (defaults.manifest as { scenarios: string[] }).scenarios.length;
const optionIndex = (id: string) => (defaults.catalog as CatalogFile).options.findIndex((o) => o.id === id);
/** An option of the catalog, to break in place (the files are plain JSON, typed here as the schema says they are). */
const catalogOption = (f: RuleFiles, id: string) => (f.catalog as CatalogFile).options[optionIndex(id)]!;
const firstConfig = (f: RuleFiles, id: string) => catalogOption(f, id).selfHosting!.configs[0]!;

describe('compileRuleSet refuses a broken pack, naming file and path', () => {
  it.each([
    {
      name: 'duplicate rule id',
      edit: (f: RuleFiles) => {
        firstRule(f).id = 'gdpr-dpia';
      },
      file: 'packs/licensing.json',
      path: 'rules[0].id',
      message: /duplicate rule id "gdpr-dpia"/,
    },
    {
      name: 'unknown source',
      edit: (f: RuleFiles) => {
        firstRule(f).sources = ['nope'];
      },
      file: 'packs/licensing.json',
      path: 'rules[0].sources[0]',
      message: /unknown source "nope"/,
    },
    {
      name: 'no source',
      edit: (f: RuleFiles) => {
        firstRule(f).sources = [];
      },
      file: 'packs/licensing.json',
      path: 'rules[0].sources',
      message: /at least one source/,
    },
    {
      name: 'unknown fact',
      edit: (f: RuleFiles) => {
        firstRule(f).when = { '==': [{ var: 'useCase.colour' }, 1] };
      },
      file: 'packs/licensing.json',
      path: 'rules[0].when',
      message: /unknown fact "useCase.colour"/,
    },
    {
      name: 'unknown operator',
      edit: (f: RuleFiles) => {
        firstRule(f).when = { eval: ['1'] };
      },
      file: 'packs/licensing.json',
      path: 'rules[0].when',
      message: /unknown JSON Logic operator "eval"/,
    },
    {
      name: 'unknown option id',
      edit: (f: RuleFiles) => {
        firstRule(f).appliesTo = { optionIds: ['gpt-9'] };
      },
      file: 'packs/licensing.json',
      path: 'rules[0].appliesTo.optionIds',
      message: /unknown option id "gpt-9"/,
    },
    {
      name: 'bad effect',
      edit: (f: RuleFiles) => {
        firstRule(f).effect = 'boost';
      },
      file: 'packs/licensing.json',
      path: 'rules[0].effect',
      message: /./,
    },
    {
      name: 'unknown key',
      edit: (f: RuleFiles) => {
        firstRule(f).colour = 'red';
      },
      file: 'packs/licensing.json',
      path: 'rules[0]',
      message: /unknown key "colour"/,
    },
    {
      name: 'catalog value with an unknown source',
      edit: (f: RuleFiles) => {
        (f.catalog as { gpuTypes: { purchaseUsd: { source: string } }[] }).gpuTypes[0]!.purchaseUsd.source = 'blog';
      },
      file: 'catalog.json',
      path: 'gpuTypes[0].purchaseUsd.source',
      message: /unknown source "blog"/,
    },
    {
      name: 'option without an input price',
      edit: (f: RuleFiles) => {
        delete (catalogOption(f, 'gpt-oss-120b-together').priceUsdPerMillion as Partial<TokenPrices>).input;
      },
      file: 'catalog.json',
      path: `options[${optionIndex('gpt-oss-120b-together')}].priceUsdPerMillion.input`,
      message: /required/,
    },
    {
      name: 'negative decode throughput',
      edit: (f: RuleFiles) => {
        firstConfig(f, 'gpt-oss-120b-self-hosted').decodeTokensPerSecond.value = -5;
      },
      file: 'catalog.json',
      path: `options[${optionIndex('gpt-oss-120b-self-hosted')}].selfHosting.configs[0].decodeTokensPerSecond.value`,
      message: /./,
    },
    {
      name: 'unknown GPU type',
      edit: (f: RuleFiles) => {
        firstConfig(f, 'gpt-oss-120b-self-hosted').gpuType = 'tpu-v9';
      },
      file: 'catalog.json',
      path: `options[${optionIndex('gpt-oss-120b-self-hosted')}].selfHosting.configs[0].gpuType`,
      message: /unknown GPU type "tpu-v9"/,
    },
    {
      name: 'weights that do not fit the GPUs of a replica',
      edit: (f: RuleFiles) => {
        firstConfig(f, 'gpt-oss-120b-self-hosted').quantisation = 'bf16';
      },
      file: 'catalog.json',
      path: `options[${optionIndex('gpt-oss-120b-self-hosted')}].selfHosting.configs[0].gpusPerReplica`,
      message: /^1 × NVIDIA H100 80GB \(SXM\) \(80 GB\) cannot hold gpt-oss-120b in bf16 \(234 GB of weights/,
    },
    {
      name: 'closed weights offered as managed inference',
      edit: (f: RuleFiles) => {
        catalogOption(f, 'gpt-5.5-api').deployment = 'managed';
      },
      file: 'catalog.json',
      path: `options[${optionIndex('gpt-5.5-api')}].deployment`,
      message: /must be api: GPT-5\.5 has closed weights/,
    },
    {
      name: 'duplicate source id',
      edit: (f: RuleFiles) => {
        (f.sources as { sources: unknown[] }).sources.push({ id: 'gdpr', publisher: 'EU', title: 'Again', date: '2026-01' });
      },
      file: 'sources.json',
      path: `sources[${defaultSourceCount}].id`,
      message: /duplicate source id "gdpr"/,
    },
    {
      name: 'scenario file name that is not kebab-case .json',
      edit: (f: RuleFiles) => {
        (f.manifest as { scenarios: string[] }).scenarios.push('Bad Name.txt');
      },
      file: 'manifest.json',
      path: `scenarios[${defaultScenarioCount}]`,
      message: /must be a file name in scenarios\//,
    },
    {
      name: 'pack file not in the manifest',
      edit: (f: RuleFiles) => {
        f.packs['extra.json'] = { topic: 'x', rules: [] };
      },
      file: 'packs/extra.json',
      path: '(root)',
      message: /not listed/,
    },
  ])('$name', ({ edit, file, path, message }) => {
    const files = defaultRuleFiles();
    edit(files);
    const result = compileRuleSet(files);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const hit = result.problems.find((p) => p.file === file && p.path === path);
    expect(hit, JSON.stringify(result.problems)).toBeDefined();
    expect(hit?.message).toMatch(message);
  });

  it('gives the same hash for the same pack however it is formatted, and another for a changed one', () => {
    const a = compileOrThrow(defaultRuleFiles());
    const reordered = defaultRuleFiles();
    reordered.manifest = Object.fromEntries(Object.entries(reordered.manifest as object).reverse());
    expect(compileOrThrow(reordered).hash).toBe(a.hash);
    const changed = defaultRuleFiles();
    firstRule(changed).text = 'changed';
    expect(compileOrThrow(changed).hash).not.toBe(a.hash);
  });
});

describe('lintRuleSet', () => {
  it('finds nothing in the default pack', () => {
    expect(lintRuleSet(compileOrThrow(defaultRuleFiles()))).toEqual([]);
    expect(lintRuleSet(compileOrThrow(defaultRuleFiles()), { today: '2026-11-29' })).toEqual([]);
  });

  it('names a rule whose option condition holds for no option', () => {
    const files = defaultRuleFiles();
    firstRule(files, 'context-tools.json').when = { '>': [{ var: 'option.contextWindowTokens' }, 10_000_000] };
    const problems = lintRuleSet(compileOrThrow(files));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'packs/context-tools.json', path: 'rules[0].when' });
    expect(problems[0]?.message).toMatch(/can never fire/);
  });

  it('names a rule that selects no option and one that is always false', () => {
    const files = defaultRuleFiles();
    firstRule(files).appliesTo = { weights: ['closed'], modelIds: ['llama-3.1-70b'] };
    pack(files, 'licensing.json').rules[1]!.when = false;
    const messages = lintRuleSet(compileOrThrow(files)).map((p) => `${p.path} ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^rules\[0\].appliesTo .*selects no option/),
      expect.stringMatching(/^rules\[1\].when .*always false/),
    ]);
  });
});
