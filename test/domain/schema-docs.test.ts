import { describe, expect, it } from 'vitest';
import { generateSchemas } from '../../src/cli/schemas';

type Node = Record<string, unknown>;

/** The schema a node stands for: itself, or the definition its $ref points at (within the same file). */
function resolve(root: Node, node: Node): Node {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  let at: unknown = root;
  for (const part of ref.slice(2).split('/')) at = (at as Node)[part];
  return { ...(at as Node), ...node };
}

const isLeaf = (n: Node) => (n.type === 'string' || n.type === 'number' || n.type === 'integer') && !('enum' in n) && !('const' in n);

/** Every property of every object in the schema, with where it is. */
function properties(root: Node): { path: string; schema: Node }[] {
  const out: { path: string; schema: Node }[] = [];
  const seen = new Set<unknown>();
  const walk = (raw: unknown, path: string) => {
    if (raw === null || typeof raw !== 'object' || seen.has(raw)) return;
    seen.add(raw);
    if (Array.isArray(raw)) return raw.forEach((x, i) => walk(x, `${path}[${i}]`));
    const node = resolve(root, raw as Node);
    const props = node.properties as Record<string, Node> | undefined;
    for (const [key, value] of Object.entries(props ?? {})) {
      if (key === '$schema') continue;
      out.push({ path: `${path}.${key}`, schema: resolve(root, value) });
      walk(value, `${path}.${key}`);
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'properties') walk(value, `${path}/${key}`);
  };
  walk(root, '');
  return out;
}

// The files rule authors write: each field explains itself in the editor as they type.
const AUTHORED = [
  'answers.schema.json',
  'catalog.schema.json',
  'manifest.schema.json',
  'pack.schema.json',
  'scenario.schema.json',
  'sources.schema.json',
];

describe('JSON Schema for the files rule authors write', () => {
  const schemas = generateSchemas();
  it.each(AUTHORED)('%s describes every field, with examples for every free-form value', (name) => {
    const root = JSON.parse(schemas[name] ?? '{}') as Node;
    const props = properties(root);
    expect(props.length).toBeGreaterThan(3);
    expect(props.filter((p) => typeof p.schema.description !== 'string').map((p) => p.path)).toEqual([]);
    expect(props.filter((p) => isLeaf(p.schema) && !Array.isArray(p.schema.examples)).map((p) => p.path)).toEqual([]);
  });
});
