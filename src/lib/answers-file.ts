import { AnswersInput, formatProblem, parseWithProblems, upgradedFrom, type Answers } from '../domain';
import { localDay, slug } from './file-names';

/** Largest answers file accepted, in characters: a real one is a few kilobytes; this stops a wrong file early. */
export const MAX_ANSWERS_CHARS = 1_000_000;

export type ReadAnswers = { ok: true; answers: Answers; upgradedFrom?: number } | { ok: false; messages: string[] };

/**
 * Reads an answers file's text: too large, not JSON, or not valid answers is refused with what is wrong,
 * one line per problem naming the field (as the CLI reports them).
 * @example readAnswersText('{', 'a.json') // { ok: false, messages: ['a.json is not valid JSON: ...'] }
 */
export function readAnswersText(text: string, fileName: string): ReadAnswers {
  if (text.length > MAX_ANSWERS_CHARS) {
    const size = text.length.toLocaleString('en');
    return { ok: false, messages: [`${fileName} is too large to be an answers file (${size} characters; at most 1,000,000).`] };
  }
  // Editors on Windows may save a byte order mark, which JSON.parse refuses.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, messages: [`${fileName} is empty.`] };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, messages: [`${fileName} is not valid JSON: ${reason}`] };
  }
  const parsed = parseWithProblems(AnswersInput, json);
  if (!parsed.ok) return { ok: false, messages: parsed.problems.map(formatProblem) };
  return { ok: true, answers: parsed.data, ...upgradedFrom(json) };
}

/**
 * The export's file name: the organisation's name and the local date.
 * @example answersFileName(answers, new Date(2026, 10, 29)) // 'acme-bank-answers-2026-11-29.json'
 */
export function answersFileName(answers: Answers, date: Date): string {
  return `${slug(answers.organization.name) || 'model-portfolio'}-answers-${localDay(date)}.json`;
}

/**
 * The answers as a file: pretty JSON, without `$schema` (a path that only made sense where the file came from).
 * @example await answersBlob(answers).text() // '{\n  "schemaVersion": 1, ...'
 */
export function answersBlob(answers: Answers): Blob {
  const { $schema: _schema, ...rest } = answers;
  return new Blob([`${JSON.stringify(rest, null, 2)}\n`], { type: 'application/json' });
}
