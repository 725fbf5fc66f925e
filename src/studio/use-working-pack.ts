import { useDeferredValue, useMemo, useState } from 'react';
import type { Answers } from '../domain';
import { checkScenario, lintRuleSet, recommend, type RuleSet } from '../engine';
import { localDay } from '../lib/file-names';
import { compileRuleTexts, located, type RuleTexts } from '../lib/rule-texts';
import { diffRecommendations } from './diff';
import { changedFiles } from './pack-files';
import type { ScenarioRow } from './scenario-table';

/**
 * The edited pack and all that follows from it, recomputed as the author types (deferred, so typing stays
 * responsive): compiled or refused with problems, what rules:check would add, the diff against the pack in use
 * for some answers, and every scenario under both packs.
 */
export function useWorkingPack(
  base: { texts: RuleTexts; ruleSet: RuleSet },
  initial: RuleTexts,
  compare: { scenario: string | null; yours: Answers | null },
) {
  const [working, setWorking] = useState<RuleTexts>(initial);
  const deferred = useDeferredValue(working);
  const compiled = useMemo(() => compileRuleTexts(deferred), [deferred]);
  const baseCompiled = useMemo(() => compileRuleTexts(base.texts), [base.texts]);
  // The last pack that compiled: the rule browser keeps showing it while the author fixes a broken edit.
  const [lastGood, setLastGood] = useState<RuleSet>(compiled.ok ? compiled.ruleSet : base.ruleSet);
  if (compiled.ok && compiled.ruleSet !== lastGood) setLastGood(compiled.ruleSet);
  const editedSet = compiled.ok ? compiled.ruleSet : null;
  const warnings = useMemo(
    () => (compiled.ok ? lintRuleSet(compiled.ruleSet, { today: localDay(new Date()) }).map((p) => located(deferred, p)) : []),
    [compiled, deferred],
  );
  const scenarios = useMemo(
    () => (compiled.ok ? compiled.scenarios : baseCompiled.ok ? baseCompiled.scenarios : []),
    [compiled, baseCompiled],
  );
  // The user's answers, or those of the scenario picked instead (or of the first, when there are no answers).
  const picked = compare.scenario === null ? undefined : (scenarios.find((s) => s.file === compare.scenario) ?? scenarios[0]);
  const answers = picked ? picked.scenario.answers : compare.yours;
  const diff = useMemo(
    () => (editedSet && answers ? diffRecommendations(recommend(base.ruleSet, answers), recommend(editedSet, answers)) : null),
    [base.ruleSet, editedSet, answers],
  );
  const current = useMemo(
    () => new Map(scenarios.map((s) => [s.file, checkScenario(base.ruleSet, s.scenario)])),
    [base.ruleSet, scenarios],
  );
  const rows: ScenarioRow[] = useMemo(
    () =>
      scenarios.map((s) => ({
        file: s.file,
        title: s.scenario.title,
        current: current.get(s.file) ?? null,
        edited: editedSet ? checkScenario(editedSet, s.scenario) : null,
      })),
    [scenarios, current, editedSet],
  );
  return {
    working,
    setWorking,
    compiled,
    editedSet,
    lastGood,
    warnings,
    scenarios,
    answers,
    /** The scenario whose answers are compared, or null for the user's own. */
    comparedScenario: picked?.file ?? null,
    diff,
    rows,
    problems: compiled.ok ? [] : compiled.problems,
    changed: changedFiles(base.texts, working),
  };
}
