import { factInfo, valueWord } from './fact-vocabulary';
import { compact, formatNumber, joinWords, operation, varPath, type Operation } from './phrase-kit';

/** Deeper than any rule anyone writes by hand; past it, the rest is shown as JSON. */
const MAX_DEPTH = 32;

/** A clause, and the word it joins its parts with, so that a nested and/or inside the other gets parentheses. */
interface Clause {
  text: string;
  joined?: 'and' | 'or';
}

/** Each comparison's words when it holds and when it is negated. */
const COMPARISONS: Readonly<Record<string, readonly [string, string]>> = {
  '==': ['is', 'is not'],
  '===': ['is', 'is not'],
  '!=': ['is not', 'is'],
  '!==': ['is not', 'is'],
  '<': ['is below', 'is not below'],
  '<=': ['is at most', 'is not at most'],
  '>': ['is above', 'is not above'],
  '>=': ['is at least', 'is not at least'],
};
/** The same comparison with its sides swapped, so that the fact comes first. */
const FLIPPED: Readonly<Record<string, string>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
const ARITHMETIC: Readonly<Record<string, string>> = { '+': '+', '-': '−', '*': '×', '/': '÷', '%': 'mod' };
const CONDITIONS = new Set(['and', 'or', '!', '!!', 'in', 'missing', 'missing_some', ...Object.keys(COMPARISONS)]);

const has = (table: object, key: string) => Object.hasOwn(table, key);
const plain = (text: string, negated: boolean): Clause => ({ text: negated ? `not ${text}` : text });
const isLiteral = (node: unknown) => operation(node) === null;

function literalTruth(node: unknown): boolean {
  return Array.isArray(node) ? node.length > 0 : Boolean(node);
}

function truth(o: Operation, node: unknown, negated: boolean, depth: number): Clause {
  const path = varPath(node);
  const fact = path === undefined || o.args.length > 1 ? undefined : factInfo(path);
  if (!fact) return plain(path && o.args.length === 1 ? path : value(node, depth), negated);
  if (fact.kind === 'bool') return { text: (negated ? fact.no : fact.yes) ?? fact.noun };
  const [yes, no] =
    fact.kind === 'number'
      ? ['is not zero', 'is zero or not set']
      : fact.kind === 'list'
        ? ['is not empty', 'is empty']
        : ['is set', 'is not set'];
  return { text: `${fact.noun} ${negated ? no : yes}` };
}

function junction(o: Operation, negated: boolean, depth: number): Clause {
  const word = (o.op === 'and') !== negated ? 'and' : 'or';
  const parts = o.args.map((a) => clause(a, negated, depth + 1));
  if (parts.length === 1 && parts[0]) return parts[0];
  const texts = parts.map((p) => (p.joined && p.joined !== word ? `(${p.text})` : p.text));
  return { text: texts.join(` ${word} `), joined: word };
}

function comparison(o: Operation, negated: boolean, depth: number): string {
  const [a, b, c] = o.args;
  if (o.args.length === 3 && (o.op === '<' || o.op === '<=')) {
    const ends = o.op === '<' ? 'exclusive' : 'inclusive';
    return `${value(b, depth)} is ${negated ? 'not ' : ''}between ${value(a, depth)} and ${value(c, depth)} (${ends})`;
  }
  const swap = isLiteral(a) && !isLiteral(b);
  const [left, right, op] = swap ? [b, a, FLIPPED[o.op] ?? o.op] : [a, b, o.op];
  const path = varPath(left);
  const positive = (op === '==' || op === '===') !== negated;
  if (op === '==' || op === '===' || op === '!=' || op === '!==') {
    const fact = path === undefined ? undefined : factInfo(path);
    if (typeof right === 'boolean' && fact?.kind === 'bool') return (right === positive ? fact.yes : fact.no) ?? fact.noun;
    if (right === null) return `${value(left, depth)} is ${positive ? 'not set' : 'set'}`;
  }
  const said = (COMPARISONS[op] ?? ['is', 'is not'])[negated ? 1 : 0];
  return `${value(left, depth)} ${said} ${value(right, depth, path)}`;
}

function membership(args: unknown[], negated: boolean, depth: number): string {
  const [needle, hay] = args;
  if (Array.isArray(hay)) {
    const items = hay.map((v) => value(v, depth, varPath(needle)));
    const subject = value(needle, depth);
    if (items.length === 0) return `${subject} is ${negated ? 'not ' : ''}in an empty list`;
    if (!negated) return `${subject} is ${joinWords(items, 'or')}`;
    if (items.length === 1) return `${subject} is not ${items[0] ?? ''}`;
    return items.length === 2
      ? `${subject} is neither ${items[0] ?? ''} nor ${items[1] ?? ''}`
      : `${subject} is none of ${items.join(', ')}`;
  }
  const hayPath = varPath(hay);
  if (typeof hay === 'string' || (hayPath !== undefined && factInfo(hayPath)?.kind === 'text'))
    return `${value(hay, depth)} ${negated ? 'does not contain' : 'contains'} ${value(needle, depth)}`;
  return `${value(needle, depth, hayPath)} is ${negated ? 'not ' : ''}among ${value(hay, depth)}`;
}

function factName(node: unknown, depth: number): string {
  return typeof node === 'string' ? (factInfo(node)?.noun ?? node) : value(node, depth);
}

function missing(o: Operation, negated: boolean, depth: number): string {
  if (o.op === 'missing_some') {
    const [need, paths] = o.args;
    const names = Array.isArray(paths) ? paths.map((p) => factName(p, depth)) : [value(paths, depth)];
    return `${negated ? 'at least' : 'fewer than'} ${value(need, depth)} of ${names.join(', ')} ${negated ? 'are' : 'is'} given`;
  }
  const names = o.args.flatMap((a) => (Array.isArray(a) ? (a as unknown[]) : [a])).map((p) => factName(p, depth));
  if (names.length === 1) return `${names[0] ?? ''} is ${negated ? 'given' : 'missing'}`;
  return negated ? `all of ${names.join(', ')} are given` : `any of ${names.join(', ')} is missing`;
}

/** `if` as a chain: "if C1 then A; if C2 then B; otherwise D", where the branches are clauses or values. */
function branches(args: unknown[], depth: number, branch: (node: unknown) => string): string {
  const parts: string[] = [];
  for (let i = 0; i + 1 < args.length; i += 2) parts.push(`if ${clause(args[i], false, depth + 1).text} then ${branch(args[i + 1])}`);
  if (args.length % 2 === 1) parts.push(`otherwise ${branch(args[args.length - 1])}`);
  return parts.join('; ');
}

function clause(node: unknown, negated: boolean, depth: number): Clause {
  const o = operation(node);
  if (depth > MAX_DEPTH) return plain(compact(node), negated);
  if (!o) {
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) return plain(compact(node), negated);
    return { text: literalTruth(node) !== negated ? 'always' : 'never' };
  }
  if (o.op === '!') return clause(o.args[0], !negated, depth + 1);
  if (o.op === '!!') return clause(o.args[0], negated, depth + 1);
  if (o.op === 'var') return truth(o, node, negated, depth);
  if ((o.op === 'and' || o.op === 'or') && o.args.length > 0) return junction(o, negated, depth);
  if (o.op === 'in' && o.args.length === 2) return { text: membership(o.args, negated, depth) };
  if (o.op === 'missing' || o.op === 'missing_some') return { text: missing(o, negated, depth) };
  if ((o.op === 'if' || o.op === '?:') && o.args.length > 1)
    return { text: branches(o.args, depth, (b) => clause(b, negated, depth + 1).text) };
  if (has(COMPARISONS, o.op) && (o.args.length === 2 || o.args.length === 3)) return { text: comparison(o, negated, depth) };
  if (has(ARITHMETIC, o.op) || o.op === 'min' || o.op === 'max')
    return { text: `${value(node, depth)} ${negated ? 'is zero' : 'is not zero'}` };
  return plain(compact(node), negated);
}

function operand(node: unknown, depth: number): string {
  const o = operation(node);
  const text = value(node, depth + 1);
  return o && (has(ARITHMETIC, o.op) || o.op === 'if') && o.args.length > 1 ? `(${text})` : text;
}

function arithmetic(o: Operation, node: unknown, depth: number): string {
  const [first] = o.args;
  if (o.args.length === 1 && o.op === '-') return `−${operand(first, depth)}`;
  if (o.args.length === 1 && o.op === '+') return `${value(first, depth + 1)} as a number`;
  if (o.args.length < 2) return compact(node);
  return o.args.map((a) => operand(a, depth)).join(` ${ARITHMETIC[o.op] ?? o.op} `);
}

function extreme(o: Operation, node: unknown, depth: number): string {
  const items = o.args.map((a) => value(a, depth + 1));
  if (items.length < 2) return items[0] ?? compact(node);
  const word = o.op === 'min' ? (items.length === 2 ? 'lower' : 'lowest') : items.length === 2 ? 'higher' : 'highest';
  return `the ${word} of ${joinWords(items, 'and')}`;
}

function variable(o: Operation, node: unknown, depth: number): string {
  const path = varPath(node);
  if (path === '') return 'all the facts';
  if (path === undefined) return compact(node);
  const noun = factInfo(path)?.noun ?? path;
  return o.args.length > 1 ? `${noun} (${value(o.args[1], depth + 1, path)} when not set)` : noun;
}

function value(node: unknown, depth: number, hint?: string): string {
  if (depth > MAX_DEPTH) return compact(node);
  if (node === null || node === undefined) return 'nothing';
  if (typeof node === 'boolean') return String(node);
  if (typeof node === 'number') return formatNumber(node);
  if (typeof node === 'string') return valueWord(hint, node) || JSON.stringify(node);
  if (Array.isArray(node)) return node.length === 0 ? 'an empty list' : `the list ${node.map((v) => value(v, depth + 1, hint)).join(', ')}`;
  const o = operation(node);
  if (!o) return compact(node);
  if (o.op === 'var') return variable(o, node, depth);
  if (has(ARITHMETIC, o.op)) return arithmetic(o, node, depth);
  if (o.op === 'min' || o.op === 'max') return extreme(o, node, depth);
  if ((o.op === 'if' || o.op === '?:') && o.args.length > 1) return branches(o.args, depth, (b) => value(b, depth + 1));
  if (CONDITIONS.has(o.op)) return `whether ${clause(node, false, depth + 1).text}`;
  return compact(node);
}

/**
 * A JSON Logic condition in plain English, in the words the wizard uses for the facts; what it has no words
 * for (unknown operators, malformed nodes) appears as compact JSON. Never throws; never returns empty text.
 * @example describeLogic({ '!': { var: 'option.baaAvailable' } }) // 'the option has no BAA'
 */
export function describeLogic(logic: unknown): string {
  try {
    return clause(logic, false, 0).text || compact(logic);
  } catch {
    return compact(logic);
  }
}

/**
 * A JSON Logic expression that computes a value (a score rule's points) in plain English.
 * @example describeValue({ '*': [2, { var: 'derived.qualityGapPp' }] }) // "2 × the option's quality gap to the best option"
 */
export function describeValue(logic: unknown): string {
  try {
    return value(logic, 0) || compact(logic);
  } catch {
    return compact(logic);
  }
}
