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

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${article(issue.expected)}, not ${kind(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `must hold at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string') return issue.message.startsWith('Too') ? 'must not be empty' : issue.message;
      return issue.message.startsWith('Too')
        ? `must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}`
        : issue.message;
    case 'too_big':
      if (issue.origin === 'array') return `must hold at most ${String(issue.maximum)} item(s)`;
      if (issue.origin === 'string') return `must be at most ${String(issue.maximum)} characters`;
      return issue.message.startsWith('Too') ? `must be at most ${String(issue.maximum)}` : issue.message;
    case 'invalid_union':
      return issue.message === 'Invalid input' ? 'does not match any allowed form' : issue.message;
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
 * Turns a zod error into one line per problem, each naming the field.
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
