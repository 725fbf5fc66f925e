import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import { CatalogFile, PriceSnapshot, parseWithProblems } from '../domain';
import { comparePrices, dayNumber, type PriceDifference } from '../engine';
import { localDay } from '../lib/file-names';
import { jsonSyntaxProblems, locateProblem } from '../lib/json-positions';
import { endQuietlyOnClosedPipe, parseArgs } from './args';
import { rulesDir } from './rule-dir';

const USAGE = 'usage: npm run catalog:prices -- <api.json> [--rules DIR] [--write] [--today YYYY-MM-DD]';
const FLAGS = new Set(['rules', 'write', 'today']);

/** A snapshot or a catalog bigger than this is not what the command expects: refused before parsing. */
const MAX_FILE_BYTES = 50_000_000;

type Out = (s: string) => void;

interface Options {
  snapshot: string;
  dir: string;
  write: boolean;
  today: string;
}

function options(argv: readonly string[], now: Date): Options | string {
  const { positional, flags } = parseArgs(argv, new Set(['write']));
  const unknown = [...flags.keys()].find((f) => !FLAGS.has(f));
  if (unknown !== undefined) return `unknown option --${unknown}`;
  if (positional.length !== 1)
    return positional.length === 0 ? 'name the snapshot file (models.dev api.json format)' : `unexpected argument "${positional[1] ?? ''}"`;
  const today = flags.get('today') ?? localDay(now);
  if (typeof today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(today) || dayNumber(today) === null)
    return '--today must be a date as YYYY-MM-DD';
  return { snapshot: positional[0] ?? '', dir: rulesDir(flags), write: flags.get('write') === true, today };
}

/** A file's text, or a line saying why it cannot be read. */
function readText(file: string): { text: string } | { problem: string } {
  try {
    const text = readFileSync(file, 'utf8');
    return text.length > MAX_FILE_BYTES ? { problem: `${file}: too large (${text.length.toLocaleString('en-US')} characters)` } : { text };
  } catch {
    return { problem: `cannot read ${file}` };
  }
}

/** Parses and validates a JSON file, or gives its problems as `file:line:column: path: message`. */
function parseFile<T>(
  file: string,
  text: string,
  schema: Parameters<typeof parseWithProblems<T>>[0],
): { data: T } | { problems: string[] } {
  const syntax = jsonSyntaxProblems(text);
  if (syntax.length > 0) return { problems: syntax.map((p) => `${file}:${p.line}:${p.column}: (file): invalid JSON: ${p.message}`) };
  const parsed = parseWithProblems(schema, JSON.parse(text) as unknown);
  if (parsed.ok) return { data: parsed.data };
  return {
    problems: parsed.problems.map((p) => {
      const at = locateProblem(text, p.path, p.message);
      return `${file}:${at.line}:${at.column}: ${p.path}: ${p.message}`;
    }),
  };
}

const price = (n: number | null, field: string) => (n === null ? '—' : field.includes('tokens') ? n.toLocaleString('en-US') : `$${n}`);

function table(differences: PriceDifference[]): string {
  const rows = differences.map((d) => [
    d.optionId,
    d.field,
    price(d.catalog, d.field),
    price(d.snapshot, d.field),
    d.changePercent === null ? (d.catalog === null ? 'not in catalog' : '—') : `${d.changePercent > 0 ? '+' : ''}${d.changePercent}%`,
  ]);
  const head = ['option', 'price', 'catalog', 'snapshot', 'change'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c >= 2 ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

/** catalog.json with every writable difference set to the snapshot's value and its "as of" date set to today. */
function rewrite(text: string, differences: PriceDifference[], today: string): { text: string; written: number } {
  let out = text;
  let written = 0;
  const formattingOptions = { insertSpaces: true, tabSize: 2 };
  for (const d of differences) {
    if (!d.path || d.snapshot === null) continue;
    const valuePath = d.valueKey ? [...d.path, 'value', d.valueKey] : [...d.path, 'value'];
    out = applyEdits(out, modify(out, valuePath, d.snapshot, { formattingOptions }));
    out = applyEdits(out, modify(out, [...d.path, 'asOf'], today, { formattingOptions }));
    written += 1;
  }
  return { text: out, written };
}

/**
 * Compares the catalog's per-token prices with a models.dev api.json snapshot that the rule author downloaded: prints
 * every price that differs, with the change in percent, and with --write updates those prices and their "as of"
 * dates in catalog.json. Exit 0 on success, 1 on a usage mistake or an unreadable file, 2 when the snapshot is
 * malformed, 3 when the catalog is invalid. It reads files only: nothing goes online.
 */
export function main(argv: readonly string[], out: Out, err: Out = out, now = new Date()): number {
  const o = options(argv, now);
  if (typeof o === 'string') {
    err(`${o}\n${USAGE}\n`);
    return 1;
  }
  const catalogFile = join(o.dir, 'catalog.json');
  const snapshotText = readText(o.snapshot);
  const catalogText = readText(catalogFile);
  for (const r of [snapshotText, catalogText]) if ('problem' in r) return (err(`${r.problem}\n`), 1);
  if (!('text' in snapshotText) || !('text' in catalogText)) return 1;
  const snapshot = parseFile(o.snapshot, snapshotText.text, PriceSnapshot);
  if ('problems' in snapshot) return (err(`${snapshot.problems.join('\n')}\n`), 2);
  const catalog = parseFile(catalogFile, catalogText.text, CatalogFile);
  if ('problems' in catalog) return (err(`${catalog.problems.join('\n')}\n`), 3);
  const { differences, missing, compared } = comparePrices(catalog.data, snapshot.data);
  for (const m of missing) err(`${m.optionId}: ${m.provider}/${m.model} is not in ${o.snapshot}\n`);
  if (differences.length === 0) {
    out(`${compared} options compared: every price matches ${o.snapshot}\n`);
    return 0;
  }
  out(
    `${table(differences)}\n\n${differences.length} ${differences.length === 1 ? 'price differs' : 'prices differ'} across ${compared} options compared.\n`,
  );
  const unwritable = differences.filter((d) => !d.path);
  if (unwritable.length > 0) out(`${unwritable.length} of them the catalog does not have: add those by hand, with their source.\n`);
  if (!o.write) {
    out("Run again with --write to update them in catalog.json (check each against the vendor's own page first).\n");
    return 0;
  }
  const updated = rewrite(catalogText.text, differences, o.today);
  writeFileSync(catalogFile, updated.text);
  out(
    `Updated ${updated.written} ${updated.written === 1 ? 'price' : 'prices'} in ${catalogFile}, each as of ${o.today}. Update the sources' accessed dates in sources.json once checked.\n`,
  );
  return 0;
}

if (process.argv[1]?.endsWith('catalog-prices.ts')) {
  endQuietlyOnClosedPipe();
  process.exitCode = main(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  );
}
