import { LogicEngine } from 'json-logic-engine';

/**
 * One interpreted JSON Logic engine for the whole app. Interpreted `run` only: the library's compiled mode
 * builds code with eval, which a strict Content-Security-Policy forbids.
 */
const engine = new LogicEngine(undefined, { maxDepth: 64 });

/** The operators a condition may use. @example KNOWN_OPERATORS.has('==') // true */
export const KNOWN_OPERATORS: ReadonlySet<string> = new Set(Object.keys(engine.methods as object));

/** Turns whatever the library threw into a plain Error naming the problem. */
function logicError(error: unknown): Error {
  const message = error instanceof Error && error.message ? error.message : (JSON.stringify(error) ?? 'unknown error');
  return new Error(`JSON Logic failed: ${message}`);
}

/**
 * Evaluates a JSON Logic expression against data; throws a plain Error naming the problem.
 * @example runLogic({ '>': [{ var: 'x' }, 3] }, { x: 5 }) // true
 */
export function runLogic(logic: unknown, data: unknown): unknown {
  try {
    return engine.run(logic, data);
  } catch (error) {
    throw logicError(error);
  }
}

/** A JSON Logic expression made ready to run many times; throws a plain Error naming the problem. */
export type PreparedLogic = (data: unknown) => unknown;

/**
 * Prepares an expression that will run many times (a compiled rule's conditions). `run` turns an expression into
 * the library's closures (its interpreted optimiser: no eval) on first sight and keeps them in the engine's
 * `optimizedMap`; taking them from there once saves the per-call lookup, and keeps working when the library's
 * guard against many first-seen expressions in a row switches that optimiser off for later `run` calls.
 * @example prepareLogic({ '>': [{ var: 'x' }, 3] })({ x: 5 }) // true
 */
export function prepareLogic(logic: unknown): PreparedLogic {
  if (logic === null || typeof logic !== 'object') return () => logic;
  try {
    engine.missesSinceSeen = 0;
    engine.run(logic, {});
  } catch {
    // Running against no data may fail; the closures are built before anything runs.
  }
  const optimised: unknown = engine.optimizedMap.get(logic);
  const run: PreparedLogic =
    typeof optimised === 'function'
      ? (data) => (optimised as (data: unknown, above: unknown[]) => unknown)(data, [])
      : optimised !== undefined
        ? () => optimised
        : (data): unknown => engine.run(logic, data);
  return (data) => {
    try {
      return run(data);
    } catch (error) {
      throw logicError(error);
    }
  };
}

/** JSON Logic truthiness (empty arrays are false, as the spec says). @example truthy([]) // false */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

/**
 * Every `var` path an expression reads, in order of appearance, without duplicates.
 * @example varPaths({ and: [{ var: 'team.mlEngineers' }, { var: ['useCase.task', 'x'] }] }) // ['team.mlEngineers', 'useCase.task']
 */
export function varPaths(logic: unknown): string[] {
  const out = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [op, args] of Object.entries(node)) {
      if (op === 'var') {
        const path: unknown = Array.isArray(args) ? (args as unknown[])[0] : args;
        if (typeof path === 'string' && path !== '') out.add(path);
        else if (typeof path === 'number') out.add(String(path));
        if (Array.isArray(args)) (args as unknown[]).slice(1).forEach(walk);
      } else walk(args);
    }
  };
  walk(logic);
  return [...out];
}

/**
 * Every operator an expression uses, so that a rule check can name unknown ones.
 * @example operators({ '==': [{ var: 'a' }, 1] }) // ['==', 'var']
 */
export function operators(logic: unknown): string[] {
  const out = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [op, args] of Object.entries(node)) {
        out.add(op);
        walk(args);
      }
    }
  };
  walk(logic);
  return [...out];
}

/** Reads a dotted path from plain data, as `var` does. @example readPath({ a: { b: 2 } }, 'a.b') // 2 */
export function readPath(data: unknown, path: string): unknown {
  let node: unknown = data;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[key];
  }
  return node === undefined ? null : node;
}
