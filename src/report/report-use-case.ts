import type { Answers, CatalogFile, Choice, Reason, Sensitivity, UseCaseResult } from '../domain';
import type { CostCurve, RuleSetData } from '../engine';
import { signed, tokens, money, words } from './format';
import { AI_ACT_RISK, inputLabel, RUNS_AS, SENSITIVITY, TASK } from './labels';
import { costChartGeometry } from '../lib/chart-geometry';
import { verdictWords } from '../lib/decision-words';
import { lawOf } from '../lib/obligation-words';
import { tokenMixWords } from '../lib/token-mix';
import { againstPickOf, flipReason, flipWords } from '../lib/sensitivity-words';
import { breakable, type Figure, type Table, type UseCaseCharts, type UseCaseSection } from './report-model';
import type { SourceIndex } from './report-sources';

type UseCase = Answers['useCases'][number];

function facts(u: UseCase, catalog: CatalogFile): Figure[] {
  const list: Figure[] = [
    { label: 'Task', value: TASK[u.task] },
    { label: 'Audience', value: words(u.audience) },
    { label: 'Data', value: SENSITIVITY[u.dataSensitivity] },
    { label: 'Accuracy needed', value: words(u.accuracy) },
    { label: 'Volume', value: `${tokens(u.monthlyTokens)} tokens a month` },
    { label: 'Token mix', value: tokenMixWords(u, catalog) },
  ];
  if (u.aiActRisk) list.push({ label: 'EU AI Act', value: AI_ACT_RISK[u.aiActRisk] });
  if (u.languages) list.push({ label: 'Languages', value: u.languages.join(', ') });
  if (u.longContext) list.push({ label: 'Long context', value: 'needed' });
  if (u.fineTuning) list.push({ label: 'Fine-tuning', value: 'wanted' });
  return list;
}

/** Options a use case's table lists: the pick and the best alternatives; the rest are counted in a note. */
export const REPORT_OPTIONS = 5;

/**
 * The options a use case shows, best first: the pick and the next best up to REPORT_OPTIONS.
 * @example shownChoices(result).length // at most 8
 */
export function shownChoices(result: Pick<UseCaseResult, 'recommended' | 'alternatives'>): Choice[] {
  return [...(result.recommended ? [result.recommended] : []), ...result.alternatives].slice(0, REPORT_OPTIONS);
}

/** A line under the options table when it leaves options out. */
function moreOptions(shown: number, eligible: number): string | undefined {
  const more = eligible - shown;
  return more > 0 ? `${more} more eligible ${more === 1 ? 'option scores' : 'options score'} lower.` : undefined;
}

function optionsTable(choices: Choice[]): Table {
  const b = (c: Choice) => c.scoreBreakdown;
  return {
    columns: [
      { header: 'Option', width: 0.37 },
      { header: 'Runs as', width: 0.11 },
      { header: 'Quality', width: 0.08, align: 'right' },
      { header: 'Cost', width: 0.07, align: 'right' },
      { header: 'Control', width: 0.08, align: 'right' },
      { header: 'Feasibility', width: 0.095, align: 'right' },
      { header: 'Score', width: 0.075, align: 'right' },
      { header: 'A month', width: 0.12, align: 'right' },
    ],
    rows: choices.map((c) => ({
      cells: [
        c.label,
        RUNS_AS[c.deployment],
        ...[b(c).quality, b(c).cost, b(c).control, b(c).feasibility, c.score].map(String),
        money(c.monthlyCostUsd),
      ],
    })),
  };
}

function effectText(r: Reason, dimension: string | undefined): string {
  if (r.effect === 'score' && r.points !== undefined) return `${signed(r.points)} ${dimension ?? ''}`.trim();
  return words(r.effect);
}

function reasonsTable(reasons: Reason[], rs: RuleSetData, refs: SourceIndex): Table {
  const dimension = new Map(rs.rules.map((c) => [c.rule.id, c.rule.effect === 'score' ? c.rule.dimension : undefined]));
  return {
    columns: [
      { header: 'Effect', width: 0.14 },
      { header: 'Reason', width: 0.72 },
      { header: 'Sources', width: 0.14, small: true },
    ],
    rows: reasons.map((r) => ({ cells: [effectText(r, dimension.get(r.ruleId)), r.text, refs.refs(r.sources)] })),
  };
}

function optionName(rs: RuleSetData, id: string | null): string {
  if (id === null) return 'no option left';
  return rs.options.find((o) => o.id === id)?.label ?? id;
}

function sensitivityTable(result: UseCaseResult, rs: RuleSetData, priorities?: Answers['priorities']): Table | null {
  if (result.sensitivity.length === 0) return null;
  const show = (input: string, v: number | string) => (input.endsWith('monthlyTokens') && typeof v === 'number' ? tokens(v) : String(v));
  return {
    columns: [
      { header: 'If this answer changed', width: 0.3 },
      { header: 'From', width: 0.14 },
      { header: 'To', width: 0.14 },
      { header: 'The recommendation would become', width: 0.42 },
    ],
    rows: result.sensitivity.map((s) => ({
      cells: [inputLabel(s.input), show(s.input, s.from), show(s.input, s.to), flipCell(s, result, rs, priorities)],
    })),
  };
}

/** What the recommendation would become, and why: the rules that would newly count against the pick, else what the new pick would gain and give up. */
function flipCell(s: Sensitivity, result: UseCaseResult, rs: RuleSetData, priorities?: Answers['priorities']): string {
  const to = s.flipsTo === null ? optionName(rs, null) : flipWords(s.flipsTo, result.recommended?.optionId, rs.options);
  const reason = flipReason(s, againstPickOf(result, rs, priorities));
  return reason ? `${to}, ${reason}` : to;
}

/**
 * The excluded options, one row per reason: a rule usually rules out many options for the same reason, and a row
 * per option repeated that reason over pages.
 */
export function excludedTable(excluded: UseCaseResult['excluded'], reasonHeader = 'Why they are excluded'): Table | null {
  if (excluded.length === 0) return null;
  const byReason = new Map<string, { labels: string[]; reason: string; ruleId: string }>();
  for (const e of excluded) {
    const key = `${e.ruleId}\u0000${e.reason}`;
    const row = byReason.get(key) ?? { labels: [], reason: e.reason, ruleId: e.ruleId };
    if (!row.labels.includes(e.label)) row.labels.push(e.label);
    byReason.set(key, row);
  }
  return {
    columns: [
      { header: 'Options', width: 0.4, small: true },
      { header: reasonHeader, width: 0.6 },
    ],
    rows: [...byReason.values()].map((r) => ({ cells: [r.labels.join('; '), r.reason] })),
  };
}

/** The duties a pick brings, counted by law, pointing to the checklist; empty when it brings none. */
function dutiesLine(obligations: UseCaseResult['obligations']): string {
  if (obligations.length === 0) return '';
  const byLaw = new Map<string, number>();
  for (const o of obligations) byLaw.set(lawOf(o), (byLaw.get(lawOf(o)) ?? 0) + 1);
  const counts = [...byLaw].map(([law, n]) => `${law} ${n}`).join(', ');
  return `${obligations.length} ${obligations.length === 1 ? 'duty comes' : 'duties come'} with this pick (${counts}): each is in the obligations checklist, with the use cases it applies to.`;
}

/** Where two cost curves cross, in words, one sentence per pair. */
function breakEvenText(curves: CostCurve[], volume: number): string[] {
  const kind = new Map(curves.map((c) => [c.optionId, RUNS_AS[c.deployment]]));
  // The geometry is scale-free: any size gives the same crossing volumes.
  const crossings = costChartGeometry(curves, volume, { width: 1000, height: 1000 }).breakEvens;
  const pairs = new Map<string, typeof crossings>();
  for (const b of crossings) pairs.set(b.between.join(' '), [...(pairs.get(b.between.join(' ')) ?? []), b]);
  return [...pairs.values()].map((list) => {
    const [a, b] = (list[0]?.between ?? ['', '']).map((id) => kind.get(id) ?? id) as [string, string];
    const first = list[0];
    const last = list[list.length - 1];
    if (!first || !last) return '';
    if (list.length === 1)
      return `${a} and ${b.toLowerCase()} cost the same (about ${money(first.monthlyCostUsd)} a month) at about ${tokens(first.tokens)} tokens a month.`;
    return `${a} and ${b.toLowerCase()} cost about the same between ${tokens(first.tokens)} and ${tokens(last.tokens)} tokens a month (${money(first.monthlyCostUsd)} to ${money(last.monthlyCostUsd)} a month); self-hosted capacity comes in whole replicas, so the lines cross ${list.length} times.`;
  });
}

function costChart(curves: CostCurve[], volume: number): UseCaseCharts['cost'] {
  if (curves.length === 0) return null;
  return {
    curves,
    volume,
    breakEvens: breakEvenText(curves, volume),
    caption: `Monthly cost against monthly volume (both on log scales) for the best-ranked option of each kind, each costed on its own: no capacity shared with other use cases. The dashed line marks this use case's ${tokens(volume)} tokens a month.`,
  };
}

/** The reasons that explain the outcome: those applying to the pick, or (with no pick) the exclusions. */
export function shownReasons(result: UseCaseResult): Reason[] {
  const pick = result.recommended;
  if (pick) return result.reasons.filter((r) => r.optionIds.length === 0 || r.optionIds.includes(pick.optionId));
  return result.reasons.filter((r) => r.effect === 'exclude' || r.optionIds.length === 0);
}

export interface UseCaseInput {
  result: UseCaseResult;
  useCase: UseCase;
  curves: CostCurve[];
  ruleSet: RuleSetData;
  refs: SourceIndex;
  /** The exclusions to list here: the use case's own, when those that hit every use case are stated once. */
  excluded?: UseCaseResult['excluded'];
  /** The sentences under the verdict (decisionSentences). */
  decision?: string[];
  /** How the total weighs the dimensions (weightWords). */
  weights?: string;
  /** The answers' priorities, for what a flip's new pick would gain and give up under them. */
  priorities?: Answers['priorities'];
  /** The catalog the costs used, the scenario's planning figures applied; the rule set's when none changed. */
  catalog?: CatalogFile;
}

/** One use case's section: what was asked, what the engine picked, the options, the trace and its sources. */
export function buildUseCase({
  result,
  useCase,
  curves,
  ruleSet,
  refs,
  excluded = result.excluded,
  decision = [],
  weights = '',
  priorities,
  catalog = ruleSet.catalog,
}: UseCaseInput): UseCaseSection {
  const pick = result.recommended;
  const choices = shownChoices(result);
  // The duties are in the checklist, each with the use cases it applies to; listing them here too doubled the pages.
  const reasons = shownReasons(result).filter((r) => r.effect !== 'obligation');
  const options = optionsTable(choices);
  const optionsNote = moreOptions(choices.length, result.alternatives.length + (pick ? 1 : 0));
  if (pick && options.rows[0]) options.rows[0].strong = true;
  return {
    id: result.id,
    name: breakable(result.name),
    facts: facts(useCase, catalog),
    verdict: pick ? verdictWords(result) : 'No option is recommended: every option is excluded by a rule below.',
    decision,
    weights,
    breakdown: pick
      ? (['quality', 'cost', 'control', 'feasibility'] as const).map((k) => ({ label: words(k), value: String(pick.scoreBreakdown[k]) }))
      : [],
    options,
    ...(optionsNote ? { optionsNote } : {}),
    excluded: excludedTable(excluded),
    reasons: reasonsTable(reasons, ruleSet, refs),
    reasonsHeading: pick ? 'Why this recommendation' : 'Why no option is recommended',
    reasonsNote: pick
      ? `The rules of the pack that applied to ${pick.label}. Points count on one score dimension each, before your priorities weight the dimensions.`
      : 'The rules of the pack that excluded the options, with their sources.',
    obligations: dutiesLine(result.obligations),
    sensitivity: sensitivityTable(result, ruleSet, priorities),
    charts: { cost: costChart(curves, useCase.monthlyTokens) },
    sources: refs.entries([...reasons.flatMap((r) => r.sources), ...result.obligations.flatMap((o) => o.sources)]),
  };
}
