import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export interface Position {
  line: number;
  column: number;
}

/**
 * The segments of a problem path as the engine writes it.
 * @example pathSegments('rules[3].when') // ['rules', 3, 'when']
 */
export function pathSegments(path: string): (string | number)[] {
  if (path === '(root)' || path === '(file)' || path === '') return [];
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return out;
}

/** 1-based line and column of a character offset. @example positionAt('{\n  "a": 1}', 4) // { line: 2, column: 3 } */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Where a problem sits in a JSON file: the first syntax error for invalid JSON, else the node at the path, or
 * its nearest ancestor when the path names something missing (an absent key is reported on its parent).
 * @example locate('{"rules":[{"id":"x"}]}', 'rules[0].id') // { line: 1, column: 17 }
 */
export function locate(text: string, path: string): Position {
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors[0]) return positionAt(text, errors[0].offset);
  const tree = parseTree(text);
  if (!tree) return { line: 1, column: 1 };
  const segments = pathSegments(path);
  let node: Node | undefined;
  for (let n = segments.length; n >= 0 && !node; n -= 1) node = findNodeAtLocation(tree, segments.slice(0, n));
  // A property's value node: point at its key, where an author looks.
  const at = node?.parent?.type === 'property' && node.parent.children?.[1] === node ? node.parent : node;
  return positionAt(text, at?.offset ?? 0);
}

/**
 * Where a rule-file problem sits: as `locate`, except that an unknown key, which validation reports on the object
 * holding it, is placed on the key itself, where the author should look.
 * @example locateProblem('{"a": {"x": 1}}', 'a', 'unknown key "x"') // { line: 1, column: 8 }
 */
export function locateProblem(text: string, path: string, message: string): Position {
  const key = /^unknown keys? "([^"]+)"/.exec(message)?.[1];
  if (key === undefined) return locate(text, path);
  const base = path === '(root)' ? '' : path;
  return locate(text, `${base}${base ? '.' : ''}${key}`);
}

/** What each of jsonc-parser's error codes means, in words an author reads. */
const SYNTAX_WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'not a valid number',
  PropertyNameExpected: 'a property name in double quotes is expected here',
  ValueExpected: 'a value is expected here',
  ColonExpected: 'a colon is missing after the property name',
  CommaExpected: 'a comma is missing',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'text after the end of the JSON',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed with "',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'not a valid \\u escape',
  InvalidEscapeCharacter: 'not a valid escape after \\',
  InvalidCharacter: 'a character not allowed in a string (a line break or tab must be escaped)',
};

/** A JSON syntax problem: where, and what in words. */
export interface SyntaxProblem extends Position {
  message: string;
}

/**
 * The syntax errors of a JSON text (strict JSON: no comments, no trailing commas), each with its line, column
 * and a message in words; empty when the text parses.
 * @example jsonSyntaxProblems('{"a": 1 "b": 2}') // [{ line: 1, column: 9, message: 'a comma is missing' }]
 */
export function jsonSyntaxProblems(text: string): SyntaxProblem[] {
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  return errors.map((e) => {
    const code = printParseErrorCode(e.error);
    return { ...positionAt(text, e.offset), message: SYNTAX_WORDS[code] ?? code };
  });
}
