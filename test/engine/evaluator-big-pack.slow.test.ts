import { describe } from 'vitest';
import { bigRuleFiles } from '../helpers/big-pack';
import { evaluatorProperties } from '../helpers/evaluator-properties';
import { compileOrThrow } from '../helpers/rules';

/** The evaluator's properties (evaluator.slow.test.ts, on the default pack) on a generated 1,000-rule pack: slower, so in the slow project. */
describe('the evaluator gives what the traced reference gives from scratch, on a 1,000-rule pack', { timeout: 60_000 }, () => {
  evaluatorProperties('generated 1,000-rule pack', compileOrThrow(bigRuleFiles(1000)), 4);
});
