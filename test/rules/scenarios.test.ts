import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRuleFiles } from '../../src/cli/load-rules';
import { ScenarioFile, formatProblem, parseWithProblems } from '../../src/domain';
import { checkScenario, compileRuleSet, type RuleSet } from '../../src/engine';

const RULES_DIR = 'rules';
const SCENARIO_DIR = join(RULES_DIR, 'scenarios');

function loadDefaultRuleSet(): RuleSet {
  const { files, problems } = readRuleFiles(RULES_DIR);
  if (!files) throw new Error(`cannot read the default pack:\n${problems.map((p) => `${p.file}: ${p.message}`).join('\n')}`);
  const compiled = compileRuleSet(files);
  if (!compiled.ok) throw new Error(`the default pack does not compile:\n${compiled.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n')}`);
  return compiled.ruleSet;
}

/** Parses one scenario file; a bad file throws with every problem listed, so the test names the field. */
function loadScenario(name: string): ScenarioFile {
  const file = join(SCENARIO_DIR, name);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: invalid JSON: ${(error as Error).message}`);
  }
  const parsed = parseWithProblems(ScenarioFile, raw);
  if (!parsed.ok) throw new Error(`${file} is not a valid scenario:\n${parsed.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  return parsed.data;
}

/** The title for the test name; an unparsable file falls back to its file name and fails inside its test. */
function titleOf(name: string): string {
  try {
    return loadScenario(name).title;
  } catch {
    return name;
  }
}

const names = readdirSync(SCENARIO_DIR)
  .filter((n) => n.endsWith('.json'))
  .sort();
const ruleSet = loadDefaultRuleSet();

describe('worked scenarios of the default rule pack', () => {
  it('has at least 12 scenario files', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(names.map((name) => [name, titleOf(name)] as const))('%s', (name, title) => {
    it(title, () => {
      const scenario = loadScenario(name);
      expect(checkScenario(ruleSet, scenario)).toEqual([]);
    });
  });
});
