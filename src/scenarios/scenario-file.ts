import { AnswersInput, formatProblem, parseWithProblems, type Answers } from '../domain';
import { readAnswersText } from '../lib/answers-file';
import { localDay } from '../lib/file-names';
import { MAX_SCENARIOS, tidyName, type Scenario } from './library';

/** What a scenario-set file says it is, so that an answers file and a set are told apart. */
export const SCENARIO_SET_FORMAT = 'model-portfolio-advisor/scenarios';

/** A scenario as a file brings it: a name and valid (migrated) answers. */
export interface FileScenario {
  name: string;
  answers: Answers;
  /** When it was last saved, as a scenario set records it. */
  savedAt?: string;
}

export type ReadScenarios = { ok: true; scenarios: FileScenario[]; problems: string[] } | { ok: false; problems: string[] };

/** Largest scenario-set file: a scenario's answers are a few kilobytes, and the library holds MAX_SCENARIOS of them. */
export const MAX_SET_CHARS = 5_000_000;

/**
 * The library as one file: the scenarios' names, dates and answers, nothing else (no ids: they are this browser's).
 * @example await scenarioSetBlob(scenarios, new Date()).text() // '{\n  "format": "model-portfolio-advisor/scenarios", ...'
 */
export function scenarioSetBlob(scenarios: readonly Scenario[], now: Date): Blob {
  const file = {
    format: SCENARIO_SET_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    scenarios: scenarios.map((s) => ({ name: s.name, savedAt: s.savedAt, answers: withoutSchemaPath(s.answers) })),
  };
  return new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' });
}

function withoutSchemaPath(a: Answers): Answers {
  const { $schema: _schema, ...rest } = a;
  return rest;
}

/** @example scenarioSetFileName(new Date(2026, 11, 7)) // 'model-portfolio-scenarios-2026-12-07.json' */
export function scenarioSetFileName(now: Date): string {
  return `model-portfolio-scenarios-${localDay(now)}.json`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A file's name without its folder and extension: the name of a scenario that came as an answers file. */
const baseName = (fileName: string) => fileName.replace(/^.*[\\/]/, '').replace(/\.json$/i, '') || fileName;

/**
 * Reads a file that is either a scenario set (this app's export) or one answers file. A set's unreadable scenarios
 * are reported by name and position and the readable ones kept; an answers file becomes one scenario named after
 * the file.
 * @example readScenarioFile(text, 'hybrid.json') // { ok: true, scenarios: [{ name: 'hybrid', answers }], problems: [] }
 */
export function readScenarioFile(text: string, fileName: string): ReadScenarios {
  if (text.length > MAX_SET_CHARS)
    return { ok: false, problems: [`${fileName} is too large (${text.length.toLocaleString('en')} characters; at most 5,000,000).`] };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // Not JSON: the answers reader says so in its own words.
    return fromAnswers(text, fileName);
  }
  // Anything but a set is read as one answers file (which has its own size limit and messages).
  if (!isRecord(json) || json.format !== SCENARIO_SET_FORMAT) return fromAnswers(text, fileName);
  if (json.version !== 1)
    return {
      ok: false,
      problems: [`${fileName} is a scenario set of a version this app cannot read (version ${JSON.stringify(json.version ?? null)}).`],
    };
  if (!Array.isArray(json.scenarios)) return { ok: false, problems: [`${fileName}: scenarios must be a list.`] };
  if (json.scenarios.length > MAX_SCENARIOS)
    return { ok: false, problems: [`${fileName} holds ${json.scenarios.length} scenarios; at most ${MAX_SCENARIOS} can be imported.`] };
  const scenarios: FileScenario[] = [];
  const problems: string[] = [];
  json.scenarios.forEach((entry: unknown, i) => {
    const where = `${fileName}, scenario ${i + 1}`;
    if (!isRecord(entry) || typeof entry.name !== 'string' || entry.name.trim() === '') {
      problems.push(`${where}: has no name; it was not imported.`);
      return;
    }
    const parsed = parseWithProblems(AnswersInput, entry.answers);
    if (!parsed.ok) {
      const first = parsed.problems[0];
      const more = parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more)` : '';
      problems.push(
        `${where} (“${tidyName(entry.name)}”): answers.${first ? formatProblem(first) : 'invalid'}${more}; it was not imported.`,
      );
      return;
    }
    const savedAt = typeof entry.savedAt === 'string' && !Number.isNaN(Date.parse(entry.savedAt)) ? { savedAt: entry.savedAt } : {};
    scenarios.push({ name: tidyName(entry.name), answers: parsed.data, ...savedAt });
  });
  if (scenarios.length === 0) return { ok: false, problems: problems.length > 0 ? problems : [`${fileName} holds no scenarios.`] };
  return { ok: true, scenarios, problems };
}

/** One answers file as one scenario named after the file; each problem names the file. */
function fromAnswers(text: string, fileName: string): ReadScenarios {
  const read = readAnswersText(text, fileName);
  if (read.ok) return { ok: true, scenarios: [{ name: tidyName(baseName(fileName)), answers: read.answers }], problems: [] };
  return { ok: false, problems: read.messages.map((m) => (m.startsWith(fileName) ? m : `${fileName}: ${m}`)) };
}
