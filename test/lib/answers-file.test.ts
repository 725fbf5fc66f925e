import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnswersInput } from '../../src/domain';
import { MAX_ANSWERS_CHARS, answersBlob, answersFileName, readAnswersText } from '../../src/lib/answers-file';

const text = readFileSync('test/fixtures/answers-basic.json', 'utf8');
const answers = AnswersInput.parse(JSON.parse(text));

function messagesOf(result: ReturnType<typeof readAnswersText>): string[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.messages;
}

describe('readAnswersText', () => {
  it('reads a valid answers file', () => {
    expect(readAnswersText(text, 'acme.json')).toEqual({ ok: true, answers });
  });

  it('reads a version 1 file as version 2, says so, and keeps every answer', () => {
    const v1 = readFileSync('test/fixtures/answers-v1.json', 'utf8');
    expect(JSON.parse(v1)).toMatchObject({ schemaVersion: 1 });
    expect(readAnswersText(v1, 'old.json')).toEqual({ ok: true, answers, upgradedFrom: 1 });
  });

  it('accepts a $schema key and a byte order mark', () => {
    const withSchema = JSON.stringify({ $schema: '../rules/schema/answers.schema.json', ...answers });
    const read = readAnswersText(`\uFEFF${withSchema}`, 'a.json');
    expect(read.ok).toBe(true);
  });

  it('refuses a file over 1,000,000 characters without parsing it', () => {
    const big = `${text}${' '.repeat(MAX_ANSWERS_CHARS)}`;
    expect(messagesOf(readAnswersText(big, 'big.json'))).toEqual([expect.stringMatching(/^big\.json is too large .*at most 1,000,000/)]);
    expect(readAnswersText(text.padEnd(MAX_ANSWERS_CHARS, ' '), 'edge.json').ok).toBe(true);
  });

  it('reports a JSON syntax error with the parser message', () => {
    const broken = '{ "schemaVersion": 1, }';
    let parserMessage = '';
    try {
      JSON.parse(broken);
    } catch (error) {
      parserMessage = (error as Error).message;
    }
    expect(messagesOf(readAnswersText(broken, 'broken.json'))).toEqual([`broken.json is not valid JSON: ${parserMessage}`]);
  });

  it('says when the file is empty', () => {
    expect(messagesOf(readAnswersText('  \n', 'empty.json'))).toEqual(['empty.json is empty.']);
  });

  it('reports schema problems one line per field', () => {
    const json = JSON.parse(text) as Record<string, unknown> & { useCases: Record<string, unknown>[] };
    delete json.team;
    json.useCases[0] = { ...json.useCases[0], monthlyTokens: 0 };
    json.colour = 'blue';
    const messages = messagesOf(readAnswersText(JSON.stringify(json), 'bad.json'));
    expect(messages).toContain('team: is required');
    expect(messages).toContain('useCases[0].monthlyTokens: must be greater than 0');
    expect(messages).toContain('(root): unknown key "colour"');
    expect(messages).toHaveLength(3);
  });

  it('refuses JSON that is not an object', () => {
    expect(messagesOf(readAnswersText('[1, 2]', 'list.json'))).toEqual(['(root): must be an object, not an array']);
  });
});

describe('answersFileName', () => {
  const named = (name: string) => ({ ...answers, organization: { ...answers.organization, name } });

  it('is the organisation slug, "answers" and the local date', () => {
    expect(answersFileName(answers, new Date(2026, 10, 29, 23, 59))).toBe('acme-bank-answers-2026-11-29.json');
    expect(answersFileName(named('Acme'), new Date(2026, 0, 5))).toBe('acme-answers-2026-01-05.json');
  });

  it('keeps only safe characters', () => {
    expect(answersFileName(named('  Ærø Bank & Co. / Zürich  '), new Date(2026, 4, 1))).toBe('aero-bank-co-zurich-answers-2026-05-01.json');
    expect(answersFileName(named('../../etc/passwd'), new Date(2026, 4, 1))).toBe('etc-passwd-answers-2026-05-01.json');
  });

  it('falls back to a generic name when nothing is left', () => {
    expect(answersFileName(named('株式会社'), new Date(2026, 4, 1))).toBe('model-portfolio-answers-2026-05-01.json');
  });
});

describe('answersBlob', () => {
  it('holds pretty JSON of the answers without $schema, which reads back the same', async () => {
    const blob = answersBlob({ $schema: 'https://example.test/answers.schema.json', ...answers });
    expect(blob.type).toBe('application/json');
    const body = await blob.text();
    expect(body).not.toContain('$schema');
    expect(body.startsWith('{\n  "schemaVersion": 2,')).toBe(true);
    expect(readAnswersText(body, 'round-trip.json')).toEqual({ ok: true, answers });
  });
});
