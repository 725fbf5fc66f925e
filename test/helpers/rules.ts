import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRuleFiles } from '../../src/cli/load-rules';
import type { Answers, UseCase } from '../../src/domain';
import { compileRuleSet, type RuleFiles, type RuleSet } from '../../src/engine';

/** The default rule files as parsed JSON; each call returns a fresh deep copy a test may change. */
export function defaultRuleFiles(): RuleFiles {
  const { files, problems } = readRuleFiles('rules');
  if (!files) throw new Error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  return structuredClone(files);
}

export function compileOrThrow(files: RuleFiles): RuleSet {
  const r = compileRuleSet(files);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n'));
  return r.ruleSet;
}

export const defaultRuleSet: RuleSet = compileOrThrow(defaultRuleFiles());

export function useCase(over: Partial<UseCase> = {}): UseCase {
  return {
    id: 'uc',
    name: 'Use case',
    task: 'document-analysis',
    audience: 'internal',
    dataSensitivity: 'internal',
    accuracy: 'standard',
    monthlyTokens: 1e9,
    ...over,
  };
}

/** Answers with sensible defaults; override any section. */
export function answers(over: Partial<Omit<Answers, 'useCases'>> & { useCases?: UseCase[] } = {}): Answers {
  return {
    schemaVersion: 2,
    organization: { name: 'Acme', industry: 'technology', regions: ['us'] },
    regulation: { gdpr: false, hipaa: false, euAiAct: false, dataResidency: 'none' },
    team: { mlEngineers: 4, mlopsMaturity: 'basic', gpuAccess: 'cloud' },
    priorities: { cost: 3, quality: 3, control: 3 },
    useCases: [useCase()],
    ...over,
  };
}

/** The default pack as the app loads it: each file's text by its path under rules/ (scenarios the manifest lists included). */
export function defaultRuleTexts({ scenarios = true } = {}): Record<string, string> {
  const read = (name: string) => readFileSync(join('rules', name), 'utf8');
  const manifest = JSON.parse(read('manifest.json')) as { packs: string[]; scenarios?: string[] };
  const names = [
    'manifest.json',
    'catalog.json',
    'sources.json',
    ...manifest.packs.map((p) => `packs/${p}`),
    ...(scenarios ? (manifest.scenarios ?? []).map((s) => `scenarios/${s}`) : []),
  ];
  return Object.fromEntries(names.map((n) => [n, read(n)]));
}
