import './zod-config';
import type { z } from 'zod';

/** One problem with an input, located by a path such as `useCases[2].monthlyTokens`. */
export interface Problem {
  path: string;
  message: string;
}

/**
 * Formats a zod path the way a person reads it.
 * @example formatPath(['useCases', 2, 'monthlyTokens']) // 'useCases[2].monthlyTokens'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

const GENERIC = /^(Too (small|big)|Invalid|Expected)/;

function describe(issue: z.core.$ZodIssue): string {
  const typeLike = issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union';
  if (typeLike && issue.input === undefined) return 'is required';
  if (!GENERIC.test(issue.message) && issue.code !== 'unrecognized_keys') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${article(issue.expected)}, not ${kind(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `must hold at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string') return `must be at least ${String(issue.minimum)} characters`;
      return `must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `must hold at most ${String(issue.maximum)} item(s)`;
      if (issue.origin === 'string') return `must be at most ${String(issue.maximum)} characters`;
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    default:
      return issue.message;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`.slice(0, 60);
}

/**
 * Validates untrusted data and, when it fails, says what and where, one problem per field.
 * Parses with `reportInput` so that a missing field reads "is required" rather than a type error.
 * @example parseWithProblems(AnswersInput, json) // { ok: false, problems: [{ path: 'team', message: 'is required' }] }
 */
export function parseWithProblems<T>(schema: z.ZodType<T>, data: unknown): { ok: true; data: T } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? { ok: true, data: result.data } : { ok: false, problems: toProblems(result.error) };
}

/**
 * Turns a zod error (parsed with `reportInput: true`) into one line per problem, each naming the field.
 * @example toProblems(err) // [{ path: 'useCases[0].monthlyTokens', message: 'must be greater than 0' }]
 */
export function toProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    return { path, message: describe(issue) };
  });
}

/** @example formatProblem({ path: 'team', message: 'is required' }) // 'team: is required' */
export function formatProblem(p: Problem): string {
  return `${p.path}: ${p.message}`;
}
