import { type Answers, type RecommendationV1 } from '../domain';
import { catalogWith, exclusionsByOption, exclusionsByScope, type RuleSetData } from '../engine';
import { buildBrief, NO_DUTIES, moreDutiesWords, noDutiesWords, type Brief } from '../lib/brief';
import { decisionSentences, verdictWords, weightWords } from '../lib/decision-words';
import { moneyFor } from '../lib/currency';
import { asOfDate, money, withMoney } from '../lib/format';
import { checklistGroups, itemWords, phaseWords } from '../lib/obligation-words';
import { againstPickOf, flipWords, sensitivityText } from '../lib/sensitivity-words';
import { tokenMixWords } from '../lib/token-mix';
import { baselineLabel, projectionSentences, projectionTable } from '../lib/projection-words';
import { DISCLAIMER, usedOptions } from './build-report';
import { tokens } from './format';
import { buildAssumptions } from './report-assumptions';
import { shownReasons } from './report-use-case';

/** Said where the duties are listed, so that a checklist forwarded on its own still says what it is. */
const DUTIES_CAVEAT = 'A planning aid, not legal advice: a starting point for your own legal and compliance review, not a complete list.';

/**
 * Text from the answers or the rules, made inert in Markdown: on one line (a newline in a name cannot start a
 * heading or a list), with every character that could open markup, a link, an image or HTML escaped.
 * @example text('Ops\n# <img src=x>') // 'Ops \\# \\<img src=x\\>'
 */
export function text(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>#|~!&]/g, (c) => `\\${c}`);
}

const cell = text;

/** A web address as an autolink, only for http(s) addresses without spaces or angle brackets; anything else is left out. */
const link = (url: string | undefined) => (url && /^https?:\/\/[^\s<>]+$/.test(url) ? ` <${url}>` : '');

/** The decision brief, as at the top of the results page and the PDF: the same sentences and figures. */
/**
 * Excluded options, one item each: the reason on the same line, or, for an option more than one rule rules out, each
 * reason on its own line beneath it (as the results page lists them).
 */
function exclusionLines(excluded: RecommendationV1['useCases'][number]['excluded']): string[] {
  return exclusionsByOption(excluded).flatMap(({ label, items }) => {
    const reasons = items.map((e) => `${text(e.reason)} (${text(e.ruleId)})`);
    return reasons.length === 1 ? [`- ${text(label)}: ${reasons[0]}`] : [`- ${text(label)}:`, ...reasons.map((r) => `  - ${r}`)];
  });
}

function briefLines(brief: Brief): string[] {
  const more = moreDutiesWords(brief, true);
  return [
    '## The decision',
    '',
    text(brief.headline),
    '',
    ...(brief.extra ? [text(brief.extra), ''] : []),
    ...(brief.range ? [text(brief.range), ''] : []),
    ...(brief.assumptions ? [text(brief.assumptions), ''] : []),
    ...(brief.currency ? [text(brief.currency), ''] : []),
    '| Use case | Recommended | Margin | Monthly cost |',
    '|---|---|---|---|',
    ...brief.picks.map((p) =>
      p.pick
        ? `| ${cell(p.name)} | ${cell(`${p.pick.label}${p.equalChoice ? ` or ${p.equalChoice.label}` : ''}`)} | ${cell(p.margin)} | ${money(p.pick.monthlyCostUsd)}${p.equalChoice ? ` or ${money(p.equalChoice.monthlyCostUsd)}` : ''} |`
        : `| ${cell(p.name)} | None: every option is excluded | ${cell(p.margin)} | |`,
    ),
    '',
    '### Duties that come first',
    '',
    ...(brief.firstDuties.length === 0
      ? [text(noDutiesWords(brief) ?? NO_DUTIES)]
      : brief.firstDuties.map(
          (d) => `- **${text(d.law)}**${d.phaseLabel ? ` (${d.phaseLabel})` : ''}: ${text(d.text)}${d.when ? ` ${text(d.when)}` : ''}`,
        )),
    ...(more === null ? [] : ['', `${text(more)}.`]),
    '',
    ...(brief.nextSteps.length > 0 ? ['### Next steps', '', ...brief.nextSteps.map((s, i) => `${i + 1}. ${text(s)}`), ''] : []),
  ];
}

/**
 * The recommendation as Markdown: the decision brief, the portfolio, then each use case with its reasons and sources.
 * Everything comes from the engine's output; nothing is decided here. `today` (YYYY-MM-DD) dates the duties.
 */
export function toMarkdown(rec: RecommendationV1, rs: RuleSetData, answers: Answers, today: string): string {
  return withMoney(moneyFor(answers, rs.catalog), () => markdown(rec, rs, answers, today));
}

/**
 * The planning figures the costs rest on (and the GPU prices, with a self-hosted pick), as the PDF's appendix lists
 * them: changed ones marked, the exchange rate of a converted report among them. Their sources join `cited`.
 */
function assumptionLines(rec: RecommendationV1, rs: RuleSetData, answers: Answers, cited: Set<string>): string[] {
  const used = usedOptions(rec);
  const groups = buildAssumptions(
    catalogWith(rs.catalog, answers.assumptions),
    new Map(rs.options.map((o) => [o.id, o.label])),
    { short: (id) => id },
    used.optionIds,
    used.gpuIds,
    rs.catalog,
    moneyFor(answers, rs.catalog).currency,
  ).filter((g) => g.title === 'Planning assumptions' || g.title === 'GPU prices');
  const lines = ['## Assumptions behind the costs', ''];
  for (const g of groups) {
    lines.push(`### ${g.title}`, '', '| Figure | Value | Source | As of |', '|---|---|---|---|');
    for (const r of g.table.rows) {
      const [item = '', value = '', source = '', asOf = ''] = r.cells;
      if (rs.sources.has(source)) cited.add(source);
      lines.push(`| ${cell(item)} | ${cell(value)} | ${cell(source)} | ${cell(asOf)} |`);
      if (r.note && value.endsWith('(changed)')) lines.push(`| | ${cell(r.note)} | | |`);
    }
    lines.push('');
  }
  return lines;
}

function markdown(rec: RecommendationV1, rs: RuleSetData, answers: Answers, today: string): string {
  const p = rec.portfolio;
  const scopes = exclusionsByScope(rec);
  const lines: string[] = [
    '# AI model portfolio recommendation',
    '',
    `Rule pack: ${text(rec.ruleSet.id)} ${text(rec.ruleSet.version)} (sha256 ${rec.ruleSet.hash.slice(0, 12)}…)`,
    '',
    ...briefLines(buildBrief(rec, answers, rs, today)),
    '## Portfolio',
    '',
    `- Monthly cost: ${money(p.monthlyCostUsd)} (${baselineLabel(rec).charAt(0).toLowerCase()}${baselineLabel(rec).slice(1)}: ${money(p.allProprietaryMonthlyCostUsd)})`,
    `- Share of tokens on open weights: ${(p.openWeightsTokenShare * 100).toFixed(1)}%`,
    ...(p.pricesAsOf ? [`- Prices as of ${asOfDate(p.pricesAsOf)} (the oldest price these costs rest on)`] : []),
    '',
  ];
  if (p.projection?.length) {
    lines.push(
      `### Cost over ${p.projection.length} years`,
      '',
      ...projectionSentences(rec, answers.planning).flatMap((s) => [text(s), '']),
    );
    const table = projectionTable(rec);
    lines.push(`| ${table.columns.join(' | ')} |`, `|${table.columns.map(() => '---').join('|')}|`);
    lines.push(...table.rows.map((cells) => `| ${cells.map(cell).join(' | ')} |`), '', text(table.note), '');
  }
  if (p.obligations.length) {
    lines.push('### Obligations', '', `_${DUTIES_CAVEAT}_`, '');
    for (const g of checklistGroups(p.obligations)) {
      lines.push(`#### ${text(g.law)}`, '');
      for (const r of g.roles) {
        if (r.heading) lines.push(`${r.heading}:`, '');
        for (const o of r.items) {
          const phase = phaseWords(o);
          const when = itemWords(o, r.heading !== null);
          lines.push(`- [ ] ${phase ? `${phase}: ` : ''}${text(o.text)}${when ? ` ${text(when)}` : ''} (${text(o.ruleId)})`);
        }
        lines.push('');
      }
    }
  }
  if (p.notes.length) lines.push('### Notes', '', ...p.notes.map((n) => `- ${text(n.text)} (${text(n.ruleId)})`), '');
  if (scopes.portfolio.length) lines.push('### Ruled out for every use case', '', ...exclusionLines(scopes.portfolio), '');
  const scenarioCatalog = catalogWith(rs.catalog, answers.assumptions);
  rec.useCases.forEach((u, i) => {
    lines.push(`## ${text(u.name)}`, '');
    const asked = answers.useCases[i];
    if (asked)
      lines.push(`Volume: ${tokens(asked.monthlyTokens)} tokens a month; token mix: ${tokenMixWords(asked, scenarioCatalog)}.`, '');
    lines.push(text(verdictWords(u)), '');
    const decision = decisionSentences(rec, i, answers.priorities, rs);
    if (decision.length) lines.push(...decision.map((d) => `- ${text(d)}`), '');
    if (u.recommended) lines.push(text(weightWords(answers.priorities, rs.scoring.feasibilityWeight)), '');
    if (u.alternatives.length) lines.push('Alternatives: ' + u.alternatives.map((a) => `${text(a.label)} (${a.score})`).join(', '), '');
    const own = scopes.useCases[i] ?? u.excluded;
    if (own.length) lines.push('Excluded:', '', ...exclusionLines(own), '');
    // The rules behind this outcome only: what applied to the pick (or, with none, the exclusions), as in the PDF.
    const why = shownReasons(u);
    lines.push(
      u.recommended ? `Why ${text(u.recommended.label)} (the rules that applied to it):` : 'Why no option is left:',
      '',
      ...why.map(
        (r) =>
          `- ${text(r.text)}${r.points === undefined ? '' : ` (${r.points > 0 ? '+' : ''}${r.points})`} (${text(r.ruleId)}; ${r.sources.map(text).join(', ')})`,
      ),
      '',
    );
    if (u.sensitivity.length)
      lines.push(
        'What would change this:',
        '',
        ...u.sensitivity.map(
          (s) =>
            `- ${text(sensitivityText(s, (id) => flipWords(id, u.recommended?.optionId, rs.options), againstPickOf(u, rs, answers.priorities)))}`,
        ),
        '',
      );
  });
  const cited = new Set(rec.useCases.flatMap((u) => [...shownReasons(u), ...u.obligations].flatMap((r) => r.sources)));
  lines.push(...assumptionLines(rec, rs, answers, cited));
  lines.push('## Sources', '');
  for (const id of [...cited].sort()) {
    const s = rs.sources.get(id);
    if (s)
      lines.push(
        `- ${text(id)}: ${text(s.publisher)}, "${text(s.title)}", ${text(s.date)}${s.quotedBy ? ` (as quoted by ${text(s.quotedBy)})` : ''}${s.secondary ? ' (secondary: read in a copy or report)' : ''}${link(s.url)}`,
      );
  }
  lines.push('## About this report', '', ...DISCLAIMER.flatMap((p) => [text(p), '']));
  return `${lines.join('\n')}\n`;
}
