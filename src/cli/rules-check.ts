import { dayNumber, sourceAgeLimits, lintRuleSet, lintScenario, lintScenarioList, type RuleProblem, type RuleSet } from '../engine';
import { localDay } from '../lib/file-names';
import { endQuietlyOnClosedPipe, parseArgs } from './args';
import { formatRuleProblem, loadRuleSet, locateRuleProblem, readScenario, rulesDir, scenarioFiles, scenarioNames } from './rule-dir';

const USAGE = 'usage: npm run rules:check -- [--rules DIR] [--json] [--today YYYY-MM-DD] [--max-source-age-days N]';
const FLAGS = new Set(['rules', 'json', 'today', 'max-source-age-days']);

interface Options {
  dir: string;
  json: boolean;
  today: string;
  maxSourceAgeDays: number | undefined;
}

/** The options, or a line saying what is wrong with them. */
function options(argv: readonly string[], now: Date): Options | string {
  const { positional, flags } = parseArgs(argv, new Set(['json']));
  const unknown = [...flags.keys()].find((f) => !FLAGS.has(f));
  if (unknown !== undefined) return `unknown option --${unknown}`;
  if (positional.length > 0) return `unexpected argument "${positional[0] ?? ''}"`;
  const today = flags.get('today') ?? localDay(now);
  if (typeof today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(today) || dayNumber(today) === null)
    return '--today must be a date as YYYY-MM-DD';
  const max = flags.get('max-source-age-days');
  if (max !== undefined && (typeof max !== 'string' || !/^[1-9]\d{0,5}$/.test(max)))
    return '--max-source-age-days must be a whole number of days, at least 1';
  return { dir: rulesDir(flags), json: flags.get('json') === true, today, maxSourceAgeDays: max === undefined ? undefined : Number(max) };
}

/** The scenario files: listed against the folder, each valid, each expecting only what the rule set has. */
function scenarioProblems(dir: string, rs: RuleSet): RuleProblem[] {
  const problems = lintScenarioList(rs.manifest.scenarios, scenarioFiles(dir));
  const present = new Set(scenarioFiles(dir));
  for (const name of scenarioNames(dir, rs.manifest)) {
    if (!present.has(name)) continue; // reported above as listed but missing
    const read = readScenario(dir, name);
    problems.push(...('problems' in read ? read.problems : lintScenario(rs, read.scenario, `scenarios/${name}`)));
  }
  return problems;
}

/**
 * Validates and lints a rule directory and its scenarios; exit 0 only when clean, 3 when it has problems, 1 on a
 * usage mistake. Sources are aged against `--today` (default: today's local date).
 */
export function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void = out, now = new Date()): number {
  const o = options(argv, now);
  if (typeof o === 'string') {
    err(`${o}\n${USAGE}\n`);
    return 1;
  }
  const loaded = loadRuleSet(o.dir);
  const rs = 'ruleSet' in loaded ? loaded.ruleSet : null;
  const problems = rs
    ? [...lintRuleSet(rs, { today: o.today, maxSourceAgeDays: o.maxSourceAgeDays }), ...scenarioProblems(o.dir, rs)]
    : 'problems' in loaded
      ? loaded.problems
      : [];
  const limits = rs ? sourceAgeLimits(rs, o.maxSourceAgeDays) : null;
  if (o.json) {
    const located = problems.map((p) => ({ ...p, ...locateRuleProblem(o.dir, p) }));
    const ages = { maxSourceAgeDays: limits?.maxDays ?? o.maxSourceAgeDays ?? null, maxSourceAgeDaysByKind: limits?.byKind ?? null };
    out(`${JSON.stringify({ ok: problems.length === 0, today: o.today, ...ages, problems: located }, null, 2)}\n`);
  } else if (rs && limits && problems.length === 0) {
    const scenarios = scenarioNames(o.dir, rs.manifest).length;
    const days = (n: number) => n.toLocaleString('en-US');
    const kinds = Object.entries(limits.byKind)
      .map(([kind, n]) => `${kind} ${days(n)} days, `)
      .join('');
    out(
      `${o.dir}: ${rs.id} ${rs.version}: ${rs.rules.length} rules, ${rs.options.length} options, ${rs.sources.size} sources (none older than ${kinds}others ${days(limits.maxDays)} days on ${o.today}), ${scenarios} scenarios: no problems\n`,
    );
  } else for (const p of problems) out(`${formatRuleProblem(o.dir, p)}\n`);
  return problems.length === 0 ? 0 : 3;
}

if (process.argv[1]?.endsWith('rules-check.ts')) {
  endQuietlyOnClosedPipe();
  process.exitCode = main(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  );
}
