import { readFileSync } from 'node:fs';
import { recommend } from '../engine';
import { buildComparison, MAX_COMPARED, MIN_COMPARED, type ComparedScenario } from '../lib/comparison';
import { localDay } from '../lib/file-names';
import type { Branding } from '../report/branding';
import { comparisonMarkdown } from '../report/comparison-markdown';
import { readScenarioFile, type FileScenario } from '../scenarios/scenario-file';
import { endQuietlyOnClosedPipe, parseArgs } from './args';
import { FLAGS, FORMATS, brandingFrom, type CliEnv } from './recommend';
import { loadRuleDir, writeOutput } from './rule-dir';

const USAGE =
  'usage: npm run --silent compare -- <scenario.json> <scenario.json> [more, up to 4 scenarios] [--format json|md|pdf] [--out FILE] [--rules DIR] [--prepared-by NAME] [--firm FIRM]';

interface Options {
  files: string[];
  format: 'json' | 'md' | 'pdf';
  rulesDir: string;
  outFile: string | undefined;
  branding: Branding;
}

function options(argv: readonly string[]): Options | string {
  const { positional, flags } = parseArgs(argv);
  const unknown = [...flags.keys()].find((f) => !FLAGS.has(f));
  if (unknown !== undefined) return `unknown option --${unknown}\n${USAGE}`;
  const [format, rulesDir, outFile, preparedBy, firm] = ['format', 'rules', 'out', 'prepared-by', 'firm'].map((f) => flags.get(f));
  if (
    positional.length === 0 ||
    (format !== undefined && (typeof format !== 'string' || !FORMATS.has(format))) ||
    rulesDir === true ||
    outFile === true ||
    preparedBy === true ||
    firm === true
  )
    return USAGE;
  const branding = brandingFrom(preparedBy ?? '', firm ?? '');
  if (typeof branding === 'string') return branding;
  return {
    files: positional,
    format: (format ?? 'json') as Options['format'],
    rulesDir: rulesDir ?? 'rules',
    outFile,
    branding,
  };
}

/** The scenarios in the files (an answers file is one, a scenario set may hold several), or the exit code. */
function readScenarios(files: readonly string[], err: (s: string) => void): FileScenario[] | number {
  const out: FileScenario[] = [];
  let invalid = false;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      err(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      return 1;
    }
    const read = readScenarioFile(text, file);
    for (const p of read.problems) err(p);
    if (!read.ok || read.problems.length > 0) invalid = true;
    if (read.ok) out.push(...read.scenarios);
  }
  if (invalid) return 2;
  if (out.length < MIN_COMPARED || out.length > MAX_COMPARED) {
    err(
      `the files hold ${out.length} scenario${out.length === 1 ? '' : 's'}; a comparison takes ${MIN_COMPARED} to ${MAX_COMPARED}\n${USAGE}`,
    );
    return 1;
  }
  return out;
}

/**
 * Compares two to four scenarios (answers files or scenario sets) as JSON (the comparison's data, the same byte for
 * byte for the same files), Markdown or PDF. Exit 0 ok, 1 usage or I/O, 2 an invalid scenario, 3 invalid rules.
 */
export async function main(
  argv: readonly string[],
  out: (s: string | Uint8Array) => void,
  err: (s: string) => void,
  env: CliEnv = {},
): Promise<number> {
  const o = options(argv);
  if (typeof o === 'string') {
    err(o);
    return 1;
  }
  if (o.format === 'pdf' && !o.outFile && env.stdoutIsTty) {
    err('PDF output is binary and standard output is a terminal: add --out comparison.pdf (or pipe the output to a file)');
    return 1;
  }
  const read = readScenarios(o.files, err);
  if (typeof read === 'number') return read;
  const ruleSet = loadRuleDir(o.rulesDir, err);
  if (typeof ruleSet === 'number') return ruleSet;
  const scenarios: ComparedScenario[] = read.map((s) => ({ ...s, recommendation: recommend(ruleSet, s.answers) }));
  const date = localDay((env.now ?? (() => new Date()))());
  return writeOutput(
    async () => {
      if (o.format === 'pdf') {
        const { renderComparisonPdfBuffer } = await import('../report/render-pdf-node');
        return (await renderComparisonPdfBuffer({ scenarios, branding: o.branding, date })).bytes;
      }
      return o.format === 'md' ? comparisonMarkdown(scenarios, date) : `${JSON.stringify(buildComparison(scenarios), null, 2)}\n`;
    },
    o,
    out,
    err,
  );
}

if (process.argv[1]?.endsWith('compare.ts')) {
  endQuietlyOnClosedPipe();
  void main(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(`${s}\n`),
    { stdoutIsTty: process.stdout.isTTY },
  ).then((code) => {
    process.exitCode = code;
  });
}
