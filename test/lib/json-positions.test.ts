import { describe, expect, it } from 'vitest';
import { locate, locateProblem, pathSegments, positionAt } from '../../src/lib/json-positions';

const pack = `{
  "topic": "gdpr",
  "rules": [
    {
      "id": "a",
      "when": { "==": [{ "var": "x" }, 1] }
    },
    {
      "id": "b"
    }
  ]
}
`;

describe('positions of rule-file problems', () => {
  it.each([
    ['(root)', []],
    ['rules[3].when', ['rules', 3, 'when']],
    ['options[0].regions.value', ['options', 0, 'regions', 'value']],
    ['rules[1].sources[0]', ['rules', 1, 'sources', 0]],
  ])('reads the path %s', (path, segments) => {
    expect(pathSegments(path)).toEqual(segments);
  });

  it('counts lines and columns from 1', () => {
    expect(positionAt('{\n  "a": 1}', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('{\n  "a": 1}', 4)).toEqual({ line: 2, column: 3 });
  });

  it('points at the key of the property a path names', () => {
    expect(locate(pack, 'rules[0].when')).toEqual({ line: 6, column: 7 });
    expect(locate(pack, 'rules[1].id')).toEqual({ line: 9, column: 7 });
  });

  it('points at the nearest existing parent of a missing key, and at the start for the root', () => {
    expect(locate(pack, 'rules[1].when')).toEqual({ line: 8, column: 5 });
    expect(locate(pack, '(root)')).toEqual({ line: 1, column: 1 });
  });

  it('points at the first syntax error of invalid JSON', () => {
    expect(locate('{\n  "a": 1,\n  "b" 2\n}', '(file)')).toEqual({ line: 3, column: 7 });
  });
});

describe('locateProblem', () => {
  const text = '{\n  "rules": [\n    {\n      "id": "a",\n      "wieght": 3\n    }\n  ]\n}';
  it('places an unknown key on the key, not on the object that holds it', () => {
    expect(locateProblem(text, 'rules[0]', 'unknown key "wieght"')).toEqual({ line: 5, column: 7 });
    expect(locateProblem('{\n  "x": 1\n}', '(root)', 'unknown keys "x", "y"')).toEqual({ line: 2, column: 3 });
  });
  it('places anything else at its path', () => {
    expect(locateProblem(text, 'rules[0].id', 'must be kebab-case')).toEqual(locate(text, 'rules[0].id'));
  });
});
