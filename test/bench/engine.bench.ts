import { bench, describe } from 'vitest';
import { recommend } from '../../src/engine';
import { bigRuleFiles } from '../helpers/big-pack';
import { compileOrThrow, defaultRuleSet } from '../helpers/rules';
import { portfolio } from './portfolio';

const big = compileOrThrow(bigRuleFiles(5000));

describe(`default pack (${defaultRuleSet.rules.length} rules, ${defaultRuleSet.options.length} options), with sensitivity`, () => {
  for (const n of [1, 10, 50]) {
    const a = portfolio(n);
    bench(`${n} use case${n > 1 ? 's' : ''}`, () => {
      recommend(defaultRuleSet, a);
    });
  }
});

describe(`generated pack (${big.rules.length} rules)`, () => {
  const a = portfolio(20);
  bench('20 use cases', () => {
    recommend(big, a);
  }, { iterations: 3, time: 0, warmupIterations: 1 });
});
