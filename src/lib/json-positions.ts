import { findNodeAtLocation, parse, parseTree, type Node, type ParseError } from 'jsonc-parser';

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
