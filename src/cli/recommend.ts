import { readFileSync, writeFileSync } from 'node:fs';
import { AnswersV1, formatProblem, parseWithProblems } from '../domain';
import { recommend } from '../engine';
import { parseArgs } from './args';
import { toMarkdown } from '../report/markdown';
import { formatRuleProblem, loadRuleSet } from './rule-dir';

const USAGE = 'usage: npm run --silent recommend -- <answers.json> [--format json|md] [--out FILE] [--rules DIR]';

/** Runs the CLI; returns the exit code (0 ok, 1 usage or I/O, 2 invalid answers, 3 invalid rules). */
export function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  const { positional, flags } = parseArgs(argv);
  const file = positional[0];
  const format = flags.get('format') ?? 'json';
  const rulesDir = flags.get('rules') ?? 'rules';
  const outFile = flags.get('out');
  if (!file || positional.length > 1 || (format !== 'json' && format !== 'md') || rulesDir === true || outFile === true) {
    err(format === 'pdf' ? 'PDF output is not available yet; use --format json or md' : USAGE);
    return 1;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    err(e.code ? `cannot read ${file}: ${e.code}` : `${file}: invalid JSON: ${e.message}`);
    return e.code ? 1 : 2;
  }
  const parsed = parseWithProblems(AnswersV1, raw);
  if (!parsed.ok) {
    for (const p of parsed.problems) err(formatProblem(p));
    return 2;
  }
  const loaded = loadRuleSet(rulesDir);
  if ('problems' in loaded) {
    for (const p of loaded.problems) err(formatRuleProblem(rulesDir, p));
    return 3;
  }
  const rec = recommend(loaded.ruleSet, parsed.data);
  const text = format === 'md' ? toMarkdown(rec, loaded.ruleSet) : `${JSON.stringify(rec, null, 2)}\n`;
  if (outFile) writeFileSync(outFile, text);
  else out(text);
  return 0;
}

if (process.argv[1]?.endsWith('recommend.ts')) {
  process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(`${s}\n`));
}
