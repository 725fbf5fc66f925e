import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnswersInput, type Answers } from '../../src/domain';
import { addScenario, readLibrary } from '../../src/scenarios/library';
import {
  MAX_SET_CHARS,
  SCENARIO_SET_FORMAT,
  readScenarioFile,
  scenarioSetBlob,
  scenarioSetFileName,
} from '../../src/scenarios/scenario-file';
import { MapStorage } from '../helpers/storage';

const text = (path: string) => readFileSync(path, 'utf8');
/** A fixture's answers without its `$schema` path (which only makes sense next to the file; exports leave it out). */
function fixture(path: string): Answers {
  const { $schema: _schema, ...answers } = AnswersInput.parse(JSON.parse(text(path)));
  return answers;
}
const startup = fixture('test/fixtures/portfolios/startup-5-person-chatbot.json');
const hospital = fixture('test/fixtures/portfolios/us-hospital-hipaa.json');
const now = new Date(2026, 11, 7, 10, 0);

describe('scenario files', () => {
  it('export a library as one file that imports back to the same names and answers', async () => {
    const s = new MapStorage();
    addScenario(s, 'All-API', startup, now);
    addScenario(s, 'Hospital <b>#1</b>', hospital, now);
    const blob = scenarioSetBlob(readLibrary(s).scenarios, now);
    const body = await blob.text();
    expect(JSON.parse(body)).toMatchObject({ format: SCENARIO_SET_FORMAT, version: 1 });
    expect(body).not.toMatch(/"id"\s*:\s*"[0-9a-f-]{36}"/);
    expect(readScenarioFile(body, 'set.json')).toEqual({
      ok: true,
      scenarios: [
        { name: 'All-API', answers: startup, savedAt: now.toISOString() },
        { name: 'Hospital <b>#1</b>', answers: hospital, savedAt: now.toISOString() },
      ],
      problems: [],
    });
    expect(scenarioSetFileName(now)).toBe('model-portfolio-scenarios-2026-12-07.json');
  });

  it('read an answers file as one scenario named after the file, migrating an older format', () => {
    expect(readScenarioFile(text('test/fixtures/answers-v1.json'), 'C:\\exports\\acme-hybrid.json')).toMatchObject({
      ok: true,
      scenarios: [{ name: 'acme-hybrid', answers: { schemaVersion: 2 } }],
    });
  });

  it('import the readable scenarios of a set and name each one they could not, with the field at fault', () => {
    const file = JSON.stringify({
      format: SCENARIO_SET_FORMAT,
      version: 1,
      scenarios: [
        { name: 'Good', answers: startup },
        { name: 'Bad', answers: { ...startup, useCases: [{ ...startup.useCases[0], monthlyTokens: -5 }] } },
        { answers: startup },
      ],
    });
    const read = readScenarioFile(file, 'set.json');
    expect(read).toEqual({
      ok: true,
      scenarios: [{ name: 'Good', answers: startup }],
      problems: [
        'set.json, scenario 2 (“Bad”): answers.useCases[0].monthlyTokens: must be greater than 0; it was not imported.',
        'set.json, scenario 3: has no name; it was not imported.',
      ],
    });
  });

  it.each([
    ['not JSON', '{ nope', /x\.json is not valid JSON/],
    ['empty', '', /x\.json is empty/],
    ['a set of an unknown version', JSON.stringify({ format: SCENARIO_SET_FORMAT, version: 9, scenarios: [] }), /version 9/],
    ['a set without scenarios', JSON.stringify({ format: SCENARIO_SET_FORMAT, version: 1, scenarios: [] }), /holds no scenarios/],
    ['too large', ' '.repeat(MAX_SET_CHARS + 1), /too large/],
    [
      'answers with a wrong field',
      JSON.stringify({ ...startup, team: { ...startup.team, mlEngineers: -1 } }),
      /^x\.json: team\.mlEngineers: /,
    ],
  ])('refuse a file that is %s, saying what is wrong', (_, body, message) => {
    const read = readScenarioFile(body, 'x.json');
    expect(read.ok).toBe(false);
    expect(read.problems[0]).toMatch(message);
  });

  it('tidy a name from a file as a typed one is: one line, at most 120 characters', () => {
    const file = JSON.stringify({
      format: SCENARIO_SET_FORMAT,
      version: 1,
      scenarios: [{ name: `Hybrid\n# ${'x'.repeat(150)}`, answers: startup }],
    });
    const read = readScenarioFile(file, 'set.json');
    const name = read.ok ? read.scenarios[0]!.name : '';
    expect(name).toHaveLength(120);
    expect(name).toMatch(/^Hybrid # x+…$/);
  });
});
