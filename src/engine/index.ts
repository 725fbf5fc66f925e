/** The engine's one public entry: compile rule files, recommend, explain. Pure: no DOM, fetch, clock or randomness. */
export { compileRuleSet, splitConditions } from './rule-set';
export type { RuleFiles, RuleProblem, RuleSet, CompiledRule, CompileResult } from './rule-set';
export { ruleSetData } from './rule-set-data';
export type { RuleSetData } from './rule-set-data';
export { recommend } from './recommend';
export { explain } from './trace';
export type { RuleTrace, UseCaseTrace } from './trace';
export type { ConditionResult, RuleResult } from './evaluate-rule';
export { perTokenMonthlyCost, sizeSelfHosted, optionMonthlyCost, HOURS_PER_MONTH } from './cost';
export { knownFactPaths } from './facts';
export { canonicalJson, sha256Hex } from './hash';
export { KNOWN_OPERATORS, varPaths, operators } from './logic';
export { checkScenario } from './scenarios';
export type { ScenarioFailure, ScenarioDifference, RuleDifference } from './scenarios';
export {
  lintRuleSet,
  lintScenario,
  lintScenarioList,
  sourceAgeLimits,
  DEFAULT_MAX_SOURCE_AGE_DAYS,
  DEFAULT_SOURCE_AGE_BY_KIND,
} from './lint';
export { dayNumber, daysBetween } from './dates';
export type { LintOptions } from './lint';
export { RULE_PACK_LIMITS } from './limits';
export { costCurves, logVolumes } from './cost-curve';
export { comparePrices } from './authoring/price-diff';
export type { PriceComparison, PriceDifference } from './authoring/price-diff';
export type { CostCurve, CostPoint } from './cost-curve';
export {
  CLOSE_CALL_POINTS,
  decisionOf,
  runnerUpOf,
  sameModelChannels,
  dimensionShares,
  dimensionWeights,
  exclusionsByOption,
  exclusionsByScope,
  pooledDependencyOf,
  premiumOf,
  PREMIUM_RATIO,
} from './decision';
export type { Decision, DimensionShare, ExclusionsByScope, PooledDependency, Premium } from './decision';
export { withAssumptions, catalogWith, unknownGpuTypes, isEmpty as changesNothing } from './assumptions';
