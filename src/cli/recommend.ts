import { localDay } from '../lib/file-names';
import { readFileSync } from 'node:fs';
import type { Answers, RecommendationV1 } from '../domain';
import { recommend, type RuleSet } from '../engine';
import { Branding, DEFAULT_ACCENT } from '../report/branding';
import { toMarkdown } from '../report/markdown';
import { readAnswersText } from '../lib/answers-file';
import { endQuietlyOnClosedPipe, parseArgs } from './args';
import { loadRuleDir, writeOutput } from './rule-dir';

const USAGE =
  'usage: npm run --silent recommend -- <answers.json> [--format json|md|pdf] [--out FILE] [--rules DIR] [--prepared-by NAME] [--firm FIRM] [--currency USD|EUR|GBP]';
/** The output formats and the options of the commands that write a report (recommend, compare). */
export const FORMATS = new Set(['json', 'md', 'pdf']);
export const FLAGS = new Set(['format', 'out', 'rules', 'prepared-by', 'firm']);

/**
 * The PDF's branding from `--prepared-by` and `--firm`, or what is wrong with them.
 * @example brandingFrom('Ada Lovelace', '') // { preparedBy: 'Ada Lovelace', firm: '', logo: null, accent: '#1f4e79' }
 */
export function brandingFrom(preparedBy: string, firm: string): Branding | string {
  const branding = Branding.safeParse({ preparedBy, firm, logo: null, accent: DEFAULT_ACCENT });
  return branding.success ? branding.data : `--prepared-by and --firm ${branding.error.issues[0]?.message ?? 'are invalid'}`;
}

export interface CliEnv {
  /** Whether standard output is a terminal: PDF bytes are not written to one. */
  stdoutIsTty?: boolean;
  /** The clock, read only for the PDF's date. */
  now?: () => Date;
}

/**
 * The answers in a file, read as the browser reads an imported file (the same size limit, byte order mark and
 * messages); a file that cannot be read is exit 1, answers that are not valid exit 2.
 */
function readAnswers(file: string, err: (s: string) => void): Answers | number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    err(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return 1;
  }
  const read = readAnswersText(text, file);
  if (read.ok) return read.answers;
  for (const m of read.messages) err(m);
  return 2;
}

async function renderPdf(rec: RecommendationV1, answers: Answers, ruleSet: RuleSet, branding: Branding, now: Date): Promise<Uint8Array> {
  // Loaded only for PDF output: @react-pdf/renderer takes a moment to load.
  const { renderReportPdfBuffer } = await import('../report/render-pdf-node');
  const { bytes } = await renderReportPdfBuffer({ recommendation: rec, answers, ruleSet, branding, date: localDay(now) });
  return bytes;
}

interface Options {
  file: string;
  format: 'json' | 'md' | 'pdf';
  rulesDir: string;
  outFile: string | undefined;
  branding: Branding;
  /** Shows amounts in this currency instead of the answers' own. */
  currency: Answers['currency'];
}

const CURRENCIES: ReadonlySet<string> = new Set(['USD', 'EUR', 'GBP']);
const RECOMMEND_FLAGS: ReadonlySet<string> = new Set([...FLAGS, 'currency']);

/** The command line as options, or the message to print (with exit code 1). */
function options(argv: readonly string[]): Options | string {
  const { positional, flags } = parseArgs(argv);
  const unknown = [...flags.keys()].find((f) => !RECOMMEND_FLAGS.has(f));
  if (unknown !== undefined) return `unknown option --${unknown}\n${USAGE}`;
  const text = (name: string, fallback: string) => flags.get(name) ?? fallback;
  const [file, format, rulesDir, outFile] = [positional[0], text('format', 'json'), text('rules', 'rules'), flags.get('out')];
  const [preparedBy, firm] = [text('prepared-by', ''), text('firm', '')];
  const currency = flags.get('currency');
  if (currency !== undefined && (typeof currency !== 'string' || !CURRENCIES.has(currency)))
    return `--currency must be USD, EUR or GBP\n${USAGE}`;
  if (
    !file ||
    positional.length > 1 ||
    typeof format !== 'string' ||
    !FORMATS.has(format) ||
    typeof rulesDir !== 'string' ||
    outFile === true ||
    typeof preparedBy !== 'string' ||
    typeof firm !== 'string'
  )
    return USAGE;
  const branding = brandingFrom(preparedBy, firm);
  if (typeof branding === 'string') return branding;
  return { file, format: format as Options['format'], rulesDir, outFile, branding, currency: currency as Options['currency'] };
}

async function output(
  o: Options,
  rec: RecommendationV1,
  answers: Answers,
  ruleSet: RuleSet,
  now: () => Date,
): Promise<string | Uint8Array> {
  if (o.format === 'pdf') return renderPdf(rec, answers, ruleSet, o.branding, now());
  return o.format === 'md' ? toMarkdown(rec, ruleSet, answers, localDay(now())) : `${JSON.stringify(rec, null, 2)}\n`;
}

/** Runs the CLI; resolves to the exit code (0 ok, 1 usage or I/O, 2 invalid answers, 3 invalid rules). */
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
    err('PDF output is binary and standard output is a terminal: add --out report.pdf (or pipe the output to a file)');
    return 1;
  }
  const read = readAnswers(o.file, err);
  if (typeof read === 'number') return read;
  // --currency shows the amounts in another currency; the JSON stays in US dollars, as RecommendationV1 is.
  const answers = o.currency ? { ...read, currency: o.currency } : read;
  const ruleSet = loadRuleDir(o.rulesDir, err);
  if (typeof ruleSet === 'number') return ruleSet;
  const rec = recommend(ruleSet, answers);
  return writeOutput(() => output(o, rec, answers, ruleSet, env.now ?? (() => new Date())), o, out, err);
}

if (process.argv[1]?.endsWith('recommend.ts')) {
  endQuietlyOnClosedPipe();
  void main(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(`${s}\n`),
    {
      stdoutIsTty: process.stdout.isTTY,
    },
  ).then((code) => {
    process.exitCode = code;
  });
}
