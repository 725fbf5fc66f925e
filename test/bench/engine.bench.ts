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
  // Ten timed runs after three warm-up runs (the first runs pay for JIT compilation): about 3 s, and a mean that
  // one busy moment on this shared 2-core machine does not decide.
  bench(
    '20 use cases',
    () => {
      recommend(big, a);
    },
    { iterations: 10, time: 0, warmupIterations: 3 },
  );
});
