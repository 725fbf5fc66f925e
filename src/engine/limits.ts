import { formatPath } from '../domain';
import type { RuleFiles, RuleProblem } from './rule-set';

/**
 * Limits on a rule pack, checked before anything is parsed, so that a runaway pack (a generator gone wrong, a
 * hostile file in the studio) is refused with a message naming the file instead of hanging or overflowing the
 * stack. The engine benchmarks run a 5,000-rule pack; the default pack has about 60 rules in 14 files.
 */
export const RULE_PACK_LIMITS = {
  /** Rules across every pack file. */
  rules: 20_000,
  /** Pack files, listed in the manifest or given. */
  packFiles: 200,
  /**
   * Objects and arrays nested inside one another anywhere in a file. A rule's `when` sits 3 levels down in its
   * pack file and each JSON Logic operator takes 2 levels (its object and its argument list), so this allows
   * conditions about 30 operators deep; the default pack's deepest is 4.
   */
  depth: 64,
} as const;

/** The path of the first value nested deeper than `max`, or null. Iterative: a deep file must not overflow the stack. */
function tooDeep(value: unknown, max: number): (string | number)[] | null {
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: value, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: (string | number)[] };
    if (node === null || typeof node !== 'object') continue;
    if (path.length >= max) return path;
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const [key, child] = entries[i] as [string | number, unknown];
      stack.push({ node: child, path: [...path, key] });
    }
  }
  return null;
}

function depthProblem(file: string, value: unknown): RuleProblem[] {
  const path = tooDeep(value, RULE_PACK_LIMITS.depth);
  if (!path) return [];
  // The first few steps say which rule or entry it is; the full path would be 64 steps long.
  return [
    {
      file,
      path: formatPath(path.slice(0, 3)),
      message: `nests objects and arrays more than ${RULE_PACK_LIMITS.depth} levels deep; simplify it`,
    },
  ];
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Checks the rule files against RULE_PACK_LIMITS without parsing them; empty when within every limit.
 * @example checkLimits(files) // [{ file: 'packs/big.json', path: 'rules', message: 'the packs hold 25,000 rules in all (this file 6,000); ...' }]
 */
export function checkLimits(files: RuleFiles): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const names = Object.keys(files.packs);
  const listed = (files.manifest as { packs?: unknown } | null)?.packs;
  if (Array.isArray(listed) && listed.length > RULE_PACK_LIMITS.packFiles)
    problems.push({
      file: 'manifest.json',
      path: 'packs',
      message: `lists ${count(listed.length)} pack files; at most ${RULE_PACK_LIMITS.packFiles} are allowed`,
    });
  if (names.length > RULE_PACK_LIMITS.packFiles)
    problems.push({
      file: 'packs',
      path: '(folder)',
      message: `holds ${count(names.length)} pack files; at most ${RULE_PACK_LIMITS.packFiles} are allowed`,
    });
  if (problems.length > 0) return problems;
  problems.push(
    ...depthProblem('manifest.json', files.manifest),
    ...depthProblem('catalog.json', files.catalog),
    ...depthProblem('sources.json', files.sources),
  );
  const sizes = names.sort().map((name) => {
    const rules = (files.packs[name] as { rules?: unknown } | null)?.rules;
    return Array.isArray(rules) ? rules.length : 0;
  });
  const total = sizes.reduce((a, b) => a + b, 0);
  let running = 0;
  names.forEach((name, i) => {
    const file = `packs/${name}`;
    const size = sizes[i] ?? 0;
    running += size;
    // Named on the file that takes the total past the limit, so the message points somewhere to look.
    if (total > RULE_PACK_LIMITS.rules && running > RULE_PACK_LIMITS.rules && running - size <= RULE_PACK_LIMITS.rules)
      problems.push({
        file,
        path: 'rules',
        message: `the packs hold ${count(total)} rules in all (this file ${count(size)}); at most ${count(RULE_PACK_LIMITS.rules)} are allowed`,
      });
    problems.push(...depthProblem(file, files.packs[name]));
  });
  return problems;
}
