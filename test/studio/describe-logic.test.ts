import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeLogic, describeValue } from '../../src/studio/describe-logic';
import { defaultRuleFiles } from '../helpers/rules';

const v = (path: string) => ({ var: path });

describe('describeLogic', () => {
  const conditions: [string, unknown, string][] = [
    ['== on an enum fact', { '==': [v('useCase.dataSensitivity'), 'health'] }, "the use case's data sensitivity is health"],
    ['=== reads like ==', { '===': [v('useCase.audience'), 'customer-facing'] }, "the use case's audience is customer-facing"],
    ['!= ', { '!=': [v('useCase.task'), 'translation'] }, "the use case's task is not translation"],
    ['!== ', { '!==': [v('useCase.accuracy'), 'critical'] }, "the use case's accuracy need is not critical"],
    ['a literal on the left is swapped', { '==': ['health', v('useCase.dataSensitivity')] }, "the use case's data sensitivity is health"],
    ['value words', { '==': [v('useCase.task'), 'code-generation'] }, "the use case's task is code generation"],
    ['<', { '<': [v('option.contextWindowTokens'), 200000] }, "the option's context window (tokens) is below 200,000"],
    ['<=', { '<=': [v('team.mlEngineers'), 2] }, "the team's number of ML engineers is at most 2"],
    [
      '>',
      { '>': [v('organization.monthlyActiveUsers'), v('option.licence.monthlyActiveUserLimit')] },
      "the organisation's monthly active user count is above the option's licence limit on monthly active users",
    ],
    ['>=', { '>=': [v('useCase.monthlyTokens'), 1e9] }, "the use case's monthly token volume is at least 1,000,000,000"],
    ['> with the literal first flips', { '>': [3, v('team.mlEngineers')] }, "the team's number of ML engineers is below 3"],
    [
      'between',
      { '<': [0, v('derived.utilisation'), 0.3] },
      "the option's average GPU utilisation (0 to 1) is between 0 and 0.3 (exclusive)",
    ],
    ['a yes/no fact', v('regulation.hipaa'), 'HIPAA applies'],
    ['! of a yes/no fact', { '!': v('option.baaAvailable') }, 'the option has no BAA'],
    ['! with a list argument', { '!': [v('option.baaAvailable')] }, 'the option has no BAA'],
    ['!! of a yes/no fact', { '!!': v('useCase.longContext') }, 'the use case needs long context'],
    ['== false on a yes/no fact', { '==': [v('option.baaAvailable'), false] }, 'the option has no BAA'],
    ['!= true on a yes/no fact', { '!=': [v('regulation.gdpr'), true] }, 'GDPR does not apply'],
    ['! of an optional enum', { '!': v('useCase.aiActRisk') }, "the use case's EU AI Act risk tier is not set"],
    ['== null', { '==': [v('useCase.aiActRisk'), null] }, "the use case's EU AI Act risk tier is not set"],
    ['a number fact alone', v('team.mlEngineers'), "the team's number of ML engineers is not zero"],
    ['an unknown fact', { '!': v('option.somethingNew') }, 'not option.somethingNew'],
    ['an unknown fact compared', { '==': [v('x.y'), 'z'] }, 'x.y is "z"'],
    [
      'in a literal list',
      { in: [v('useCase.dataSensitivity'), ['confidential', 'personal', 'health']] },
      "the use case's data sensitivity is confidential, personal or health",
    ],
    [
      '! in a list of two',
      { '!': { in: [v('useCase.aiActRisk'), ['limited', 'high']] } },
      "the use case's EU AI Act risk tier is neither limited nor high",
    ],
    ['in a fact list', { in: ['eu', v('option.regions')] }, "the EU is among the option's regions"],
    ['! in a fact list', { '!': { in: ['eu', v('option.regions')] } }, "the EU is not among the option's regions"],
    ['in a string', { in: ['GPT', v('option.model')] }, `the option's model contains "GPT"`],
    [
      'and',
      { and: [v('regulation.hipaa'), { '==': [v('useCase.dataSensitivity'), 'health'] }, { '!': v('option.baaAvailable') }] },
      "HIPAA applies and the use case's data sensitivity is health and the option has no BAA",
    ],
    [
      'or inside and gets parentheses',
      { and: [v('regulation.euAiAct'), { or: [v('useCase.fineTuning'), v('useCase.longContext')] }] },
      'the EU AI Act applies and (the use case needs fine-tuning or the use case needs long context)',
    ],
    [
      '! of and (De Morgan)',
      { '!': { and: [v('regulation.gdpr'), v('regulation.hipaa')] } },
      'GDPR does not apply or HIPAA does not apply',
    ],
    ['! of ==', { '!': { '==': [v('team.gpuAccess'), 'none'] } }, "the team's GPU access is not none"],
    ['! of <', { '!': { '<': [v('team.mlEngineers'), 2] } }, "the team's number of ML engineers is not below 2"],
    ['missing', { missing: ['useCase.aiActRisk'] }, "the use case's EU AI Act risk tier is missing"],
    ['! missing', { '!': { missing: ['useCase.aiActRisk', 'x.y'] } }, "all of the use case's EU AI Act risk tier, x.y are given"],
    ['missing_some', { missing_some: [1, ['a', 'b']] }, 'fewer than 1 of a, b is given'],
    [
      'if',
      { if: [v('regulation.hipaa'), v('option.baaAvailable'), true] },
      'if HIPAA applies then the option offers a BAA; otherwise always',
    ],
    [
      'arithmetic in a comparison',
      { '>': [{ '*': [2, v('derived.qualityGapPp')] }, 10] },
      "2 × the option's quality gap to the best option is above 10",
    ],
    ['true', true, 'always'],
    ['false', false, 'never'],
    ['an unknown operator', { cat: ['a', v('x')] }, '{"cat":["a",{"var":"x"}]}'],
    ['! of an unknown operator', { '!': { substr: ['abc', 1] } }, 'not {"substr":["abc",1]}'],
    ['an object that is no operation', { a: 1, b: 2 }, '{"a":1,"b":2}'],
  ];

  it.each(conditions)('%s', (_name, logic, expected) => {
    expect(describeLogic(logic)).toBe(expected);
  });

  it('has words (not JSON, not bare paths) for every condition of the default pack', () => {
    const files = defaultRuleFiles();
    for (const pack of Object.values(files.packs) as { rules: { id: string; when: unknown }[] }[]) {
      for (const rule of pack.rules) {
        const text = describeLogic(rule.when);
        expect(text, rule.id).not.toMatch(/[{}]|\b(useCase|option|regulation|team|organization|derived|portfolio)\.[a-z]/i);
      }
    }
  });

  it('never throws and never returns empty text, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (logic) => {
        const text = describeLogic(logic);
        return typeof text === 'string' && text.length > 0;
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on operator-shaped JSON', () => {
    const ops = [
      '==',
      '!=',
      '===',
      '!==',
      '<',
      '<=',
      '>',
      '>=',
      'and',
      'or',
      '!',
      '!!',
      'in',
      'var',
      'missing',
      'missing_some',
      'if',
      '?:',
      '+',
      '-',
      '*',
      '/',
      '%',
      'min',
      'max',
      'cat',
    ];
    const { node } = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.jsonValue({ maxDepth: 1 }),
        fc.constantFrom(...['useCase.task', 'option.baaAvailable', 'option.regions', 'x', ''].map((p) => ({ var: p }))),
        fc
          .tuple(fc.constantFrom(...ops), fc.oneof(tie('node'), fc.array(tie('node'), { maxLength: 4 })))
          .map(([op, args]) => ({ [op]: args })),
      ),
    }));
    fc.assert(
      fc.property(node, (logic) => {
        const text = describeLogic(logic);
        const value = describeValue(logic);
        return text.length > 0 && value.length > 0;
      }),
      { numRuns: 500 },
    );
  });

  it('shows a very deep expression as JSON past a depth rather than overflowing', () => {
    let logic: unknown = v('regulation.gdpr');
    for (let i = 0; i < 5000; i += 1) logic = { '!': logic };
    expect(describeLogic(logic).length).toBeGreaterThan(0);
  });
});

describe('describeValue', () => {
  const values: [string, unknown, string][] = [
    ['a product', { '*': [2, v('derived.qualityGapPp')] }, "2 × the option's quality gap to the best option"],
    [
      'nested arithmetic gets parentheses',
      { '-': [50, { '*': [4, v('derived.qualityGapPp')] }] },
      "50 − (4 × the option's quality gap to the best option)",
    ],
    ['unary minus', { '-': v('derived.costIndex') }, "−the option's cost index"],
    ['division and modulo', { '/': [{ '%': [7, 3] }, 2] }, '(7 mod 3) ÷ 2'],
    ['min', { min: [10, v('team.mlEngineers')] }, "the lower of 10 and the team's number of ML engineers"],
    ['max of three', { max: [1, 2, 3] }, 'the highest of 1, 2 and 3'],
    ['if', { if: [v('useCase.longContext'), -5, 0] }, 'if the use case needs long context then -5; otherwise 0'],
    ['var with a default', { var: ['useCase.aiActRisk', 'minimal'] }, "the use case's EU AI Act risk tier (minimal when not set)"],
    ['a quality score', v('option.quality.multilingual'), "the option's multilingual score"],
    ['a condition as a value', { '==': [v('useCase.task'), 'agent'] }, "whether the use case's task is agent"],
    ['a plain number', 12.5, '12.5'],
  ];
  it.each(values)('%s', (_name, logic, expected) => {
    expect(describeValue(logic)).toBe(expected);
  });
});
