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
import { COMPARISON_DISCLAIMER } from './comparison-report';
import { text } from './markdown';

const row = (cells: readonly string[]) => `| ${cells.map(text).join(' | ')} |`;
const rule = (n: number) => `|${'---|'.repeat(n)}`;

/**
 * Two to four scenarios compared, as Markdown: the headline, the portfolio figures, the pick per use case, the duties
 * and the answers that differ. User and rule text is escaped (a scenario name cannot start a heading or a link).
 * @example comparisonMarkdown([allApi, hybrid], '2026-12-07').split('\n')[0] // '# Scenario comparison'
 */
export function comparisonMarkdown(scenarios: readonly ComparedScenario[], date: string): string {
  const c = buildComparison(scenarios);
  const names = c.scenarios.map((s) => s.name);
  const head = (corner: string) => [row([corner, ...names]), rule(names.length + 1)];
  const lines = [
    '# Scenario comparison',
    '',
    `${text(date)}. ${c.scenarios.length} scenarios: ${names.map((n) => `“${text(n)}”`).join(', ')}.`,
    '',
    ...comparisonSentences(c).map((s) => `- ${text(s)}`),
    '',
    '## Portfolio',
    '',
    ...head('Figure'),
    ...totalsRows(c).map((r) => row([r.label, ...r.values])),
    '',
    '## Pick per use case',
    '',
    ...head('Use case'),
    ...c.useCases.map((u) =>
      row([u.name, ...u.cells.map((x) => (x.kind === 'pick' ? `${cellWords(x)}. ${marginCell(x)}.` : `${cellWords(x)}.`))]),
    ),
    '',
    '## Duties that differ',
    '',
  ];
  if (c.obligations.length === 0) lines.push(`Every scenario carries the same duties (${c.sharedObligations}).`, '');
  else
    lines.push(
      `${sharedWords(c)} and are not listed. Each scenario's report has all its duties, with their dates and sources.`,
      '',
      ...c.obligations.map((o) => `- ${o.law ? `**${text(o.law)}:** ` : ''}${text(o.text)} _${text(whereWords(c, o.present))}_`),
      '',
    );
  lines.push('## Answers that differ', '');
  if (c.differences.length === 0) lines.push('The answers are the same in every scenario.', '');
  else lines.push(...head('Answer'), ...c.differences.map((d) => row([`${d.section}: ${d.label}`, ...d.values])), '');
  lines.push(
    '## Rule packs',
    '',
    ...c.scenarios.map((s) => `- ${text(s.name)}: ${text(s.ruleSet)}`),
    '',
    '## About this comparison',
    '',
    ...COMPARISON_DISCLAIMER.flatMap((p) => [text(p), '']),
  );
  return lines.join('\n');
}
