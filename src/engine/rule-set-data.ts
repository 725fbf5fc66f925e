import type { CompiledRule, RuleSet } from './rule-set';

/*
 * In a module of its own, apart from the compiler: the page and the PDF job use it, and importing it must not bring
 * the rule schemas and JSON Logic into their bundle.
 */

/**
 * A rule set without its compiled logic: what the results, the reports and the charts read (the catalog, the
 * sources, each rule as written). Plain data that survives structured cloning, so a Web Worker can compile and
 * recommend and hand this to the page. A full RuleSet is one too.
 */
export interface RuleSetData extends Omit<RuleSet, 'rules'> {
  rules: Pick<CompiledRule, 'rule' | 'file' | 'index' | 'order' | 'topic' | 'scope'>[];
}

/**
 * The data of a compiled rule set (or of rule-set data that may be one), with the prepared logic left out.
 * @example postMessage(ruleSetData(ruleSet)) // structured-cloneable
 */
export function ruleSetData(rs: RuleSetData): RuleSetData {
  return {
    ...rs,
    rules: rs.rules.map(({ rule, file, index, order, topic, scope }) => ({ rule, file, index, order, topic, scope })),
  };
}
