import {
  buildComparison,
  cellWords,
  comparisonSentences,
  marginCell,
  sharedWords,
  totalsRows,
  whereWords,
  type ComparedScenario,
} from '../lib/comparison';
import { slug } from '../lib/file-names';
import type { Branding } from './branding';
import { reportAccent } from './branding';
import { DISCLAIMER } from './build-report';
import { longDate } from './format';
import { breakable, type Cover, type Table } from './report-model';

export interface ComparisonInput {
  scenarios: ComparedScenario[];
  branding: Branding;
  /** YYYY-MM-DD: the caller reads the clock. */
  date: string;
}

export interface ComparisonModel {
  fileName: string;
  meta: { title: string; author: string; subject: string; keywords: string; creator: string };
  accent: string;
  runningHeader: string;
  cover: Cover;
  sentences: string[];
  sections: { title: string; note: string | null; table: Table | null; items?: string[] }[];
  rulePacks: string[];
  /** The cover's rule-pack line: the pack, when every scenario was worked out with the same one; else empty. */
  packLine: string;
  disclaimer: string[];
}

export const COMPARISON_TITLE = 'Scenario comparison';

/** What the comparison is and is not: the report's disclaimer, its last paragraph worded for a comparison. */
export const COMPARISON_DISCLAIMER = [
  ...DISCLAIMER.slice(0, 2),
  "The same scenarios and the same rule pack always give the same comparison. Each scenario's own report shows its reasoning, its sources and which answers would change its picks.",
];
const CREATOR = 'Model portfolio advisor';

/** A table with the row heading first and one equal column per scenario. */
function grid(corner: string, names: readonly string[], rows: { cells: string[]; strong?: boolean }[]): Table {
  const first = 0.28;
  return {
    columns: [{ header: corner, width: first }, ...names.map((n) => ({ header: breakable(n), width: (1 - first) / names.length }))],
    rows: rows.map((r) => ({ ...r, cells: r.cells.map(breakable) })),
  };
}

/**
 * The comparison as the PDF's document model: a cover, the headline, and the tables the compare view shows.
 * @example buildComparisonReport({ scenarios, branding: EMPTY_BRANDING, date: '2026-12-07' }).fileName // 'model-portfolio-comparison-acme-2026-12-07.pdf'
 */
export function buildComparisonReport({ scenarios, branding, date }: ComparisonInput): ComparisonModel {
  const c = buildComparison(scenarios);
  const names = c.scenarios.map((s) => s.name);
  const clients = [...new Set(c.scenarios.map((s) => s.organization))];
  const client = clients.join(', ');
  const preparedBy = branding.preparedBy.trim();
  const firm = branding.firm.trim();
  return {
    fileName: `model-portfolio-comparison-${slug(clients[0] ?? '') || 'client'}-${date}.pdf`,
    meta: {
      title: `${COMPARISON_TITLE}: ${client}`,
      author: [preparedBy, firm].filter(Boolean).join(', ') || CREATOR,
      subject: `${names.length} scenarios compared: ${names.join(', ')}.`,
      keywords: 'AI models, scenarios, comparison',
      creator: CREATOR,
    },
    accent: reportAccent(branding).color,
    runningHeader: `${client} · ${COMPARISON_TITLE}`,
    cover: {
      title: COMPARISON_TITLE,
      subtitle: breakable(`${names.length} scenarios: ${names.join(' · ')}`),
      client: breakable(client),
      preparedBy,
      firm,
      date: longDate(date),
      logo: branding.logo,
    },
    sentences: comparisonSentences(c).map(breakable),
    sections: [
      {
        title: 'Portfolio',
        note: null,
        table: grid(
          'Figure',
          names,
          totalsRows(c).map((r) => ({ cells: [r.label, ...r.values] })),
        ),
      },
      {
        title: 'Pick per use case',
        note: 'Each cell: the pick, how it runs, its score of 100 and its cost a month, and its margin over the runner-up.',
        table: grid(
          'Use case',
          names,
          c.useCases.map((u) => ({
            cells: [u.name, ...u.cells.map((x) => (x.kind === 'pick' ? `${cellWords(x)}. ${marginCell(x)}.` : `${cellWords(x)}.`))],
          })),
        ),
      },
      c.obligations.length === 0
        ? { title: 'Duties that differ', note: `Every scenario carries the same duties (${c.sharedObligations}).`, table: null }
        : {
            title: 'Duties that differ',
            note: `${sharedWords(c)} and are not listed. Each scenario's report has all its duties, with their dates and sources.`,
            table: null,
            items: c.obligations.map((o) => breakable(`${o.law ? `${o.law}: ` : ''}${o.text} ${whereWords(c, o.present)}`)),
          },
      c.differences.length === 0
        ? { title: 'Answers that differ', note: 'The answers are the same in every scenario.', table: null }
        : {
            title: 'Answers that differ',
            note: 'What differs in the answers, which explains the differences above.',
            table: grid(
              'Answer',
              names,
              c.differences.map((d) => ({ cells: [`${d.section}: ${d.label}`, ...d.values] })),
            ),
          },
    ],
    rulePacks: c.scenarios.map((s) => `${s.name}: rule pack ${s.ruleSet}`),
    packLine: c.mixedRuleSets ? '' : `Rule pack ${c.scenarios[0]?.ruleSet ?? ''}`,
    disclaimer: COMPARISON_DISCLAIMER,
  };
}
