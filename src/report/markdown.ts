import type { RecommendationV1 } from '../domain';
import type { RuleSet } from '../engine';
import { asOfDate } from '../lib/format';
import { shownReasons } from './report-use-case';

const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The recommendation as Markdown: portfolio summary, then each use case with its reasons and sources.
 * Everything comes from the engine's output; nothing is decided here.
 */
export function toMarkdown(rec: RecommendationV1, rs: RuleSet): string {
  const p = rec.portfolio;
  const lines: string[] = [
    '# AI model portfolio recommendation',
    '',
    `Rule pack: ${rec.ruleSet.id} ${rec.ruleSet.version} (sha256 ${rec.ruleSet.hash.slice(0, 12)}…)`,
    '',
    '## Portfolio',
    '',
    `- Monthly cost: ${usd(p.monthlyCostUsd)} (all-proprietary baseline ${usd(p.allProprietaryMonthlyCostUsd)})`,
    `- Share of tokens on open weights: ${(p.openWeightsTokenShare * 100).toFixed(1)}%`,
    ...(p.pricesAsOf ? [`- Prices as of ${asOfDate(p.pricesAsOf)} (the oldest price these costs rest on)`] : []),
    '',
    '| Use case | Recommended | Score | Monthly cost |',
    '|---|---|---|---|',
    ...rec.useCases.map((u) =>
      u.recommended
        ? `| ${cell(u.name)} | ${cell(u.recommended.label)} | ${u.recommended.score} | ${usd(u.recommended.monthlyCostUsd)} |`
        : `| ${cell(u.name)} | none: every option excluded | | |`,
    ),
    '',
  ];
  if (p.obligations.length) lines.push('### Obligations', '', ...p.obligations.map((o) => `- [${o.topic}] ${o.text} (${o.ruleId})`), '');
  if (p.notes.length) lines.push('### Notes', '', ...p.notes.map((n) => `- ${n.text} (${n.ruleId})`), '');
  for (const u of rec.useCases) {
    lines.push(`## ${u.name}`, '');
    lines.push(u.recommended ? `Recommended: **${u.recommended.label}**, score ${u.recommended.score}, ${usd(u.recommended.monthlyCostUsd)} a month.` : 'No option is permissible.', '');
    if (u.alternatives.length) lines.push('Alternatives: ' + u.alternatives.map((a) => `${a.label} (${a.score})`).join(', '), '');
    if (u.excluded.length) lines.push('Excluded:', '', ...u.excluded.map((e) => `- ${e.label}: ${e.reason} (${e.ruleId})`), '');
    // The rules behind this outcome only: what applied to the pick (or, with none, the exclusions), as in the PDF.
    const why = shownReasons(u);
    lines.push('Why:', '', ...why.map((r) => `- ${r.text}${r.points === undefined ? '' : ` [${r.points > 0 ? '+' : ''}${r.points}]`} (${r.ruleId}; ${r.sources.join(', ')})`), '');
    if (u.sensitivity.length)
      lines.push('What would change this:', '', ...u.sensitivity.map((s) => `- ${s.input} from ${s.from} to ${s.to}: ${s.flipsTo ?? 'no option left'}`), '');
  }
  const cited = new Set(rec.useCases.flatMap((u) => [...shownReasons(u), ...u.obligations].flatMap((r) => r.sources)));
  lines.push('## Sources', '');
  for (const id of [...cited].sort()) {
    const s = rs.sources.get(id);
    if (s) lines.push(`- ${id}: ${s.publisher}, "${s.title}", ${s.date}${s.quotedBy ? ` (as quoted by ${s.quotedBy})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
