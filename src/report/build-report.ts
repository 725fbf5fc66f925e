import { type Answers, type Choice, type RecommendationV1 } from '../domain';
import { moneyFor } from '../lib/currency';
import { withMoney, type Currency } from '../lib/format';
import { catalogWith, costCurves, exclusionsByScope, runnerUpOf, type RuleSetData } from '../engine';
import type { Branding } from './branding';
import { reportAccent } from './branding';
import { longDate, percent, reportFileName, money } from './format';
import { asOfDate } from '../lib/format';
import { buildBrief, isLegal, moreDutiesWords, noDutiesWords, type Brief } from '../lib/brief';
import { decisionSentences, listWords, weightWords } from '../lib/decision-words';
import { checklistGroups, itemWords, phaseWords } from '../lib/obligation-words';
import { baselineLabel, projectionBaselineSeries, projectionSentences, projectionTable } from '../lib/projection-words';
import { INDUSTRY, REGION, RESIDENCY } from './labels';
import { buildAssumptions, usedCatalog } from './report-assumptions';
import { breakable, type Checklist, type Figure, type ReportModel, type Table } from './report-model';
import { catalogSourceIds, sourceIndex, type SourceIndex } from './report-sources';
import { buildUseCase, excludedTable, shownReasons } from './report-use-case';

export interface ReportInput {
  recommendation: RecommendationV1;
  answers: Answers;
  ruleSet: RuleSetData;
  branding: Branding;
  /** The report's date as YYYY-MM-DD: the caller reads the clock, so this stays pure. */
  date: string;
}

export const REPORT_TITLE = 'AI model portfolio recommendation';
const CREATOR = 'Model portfolio advisor';

const RUNS_ON = { 'self-hosted': 'self-hosted', managed: 'on managed inference', api: 'on a proprietary API' } as const;

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The sources the report cites from the recommendation: those of the reasons it shows (for each pick, or the
 * exclusions where there is none), of the obligations and of the portfolio's notes. The reasons for options the
 * report does not discuss are left out, and so are their sources.
 */
export function citedSourceIds(rec: RecommendationV1): string[] {
  return [
    ...rec.useCases.flatMap((u) => [...shownReasons(u).flatMap((r) => r.sources), ...u.obligations.flatMap((o) => o.sources)]),
    ...rec.portfolio.obligations.flatMap((o) => o.sources),
    ...rec.portfolio.notes.flatMap((n) => n.sources),
  ];
}

/** The choices the recommendation uses: each pick, and the runner-up a close call presents as an equal choice. */
function usedChoices(rec: RecommendationV1): Choice[] {
  return rec.useCases.flatMap((u) => {
    const runnerUp = u.closeCall ? runnerUpOf(u) : undefined;
    return [u.recommended, runnerUp].filter((c): c is Choice => c !== null && c !== undefined);
  });
}

/**
 * What the appendix lists: the options the recommendation uses, and the GPU types their self-hosted deployments were
 * sized on.
 */
export function usedOptions(rec: RecommendationV1): { optionIds: Set<string>; gpuIds: Set<string> } {
  const used = usedChoices(rec);
  return {
    optionIds: new Set(used.map((c) => c.optionId)),
    gpuIds: new Set(used.flatMap((c) => (c.selfHosting ? [c.selfHosting.gpuType] : []))),
  };
}

function summary(rec: RecommendationV1, brief: Brief): ReportModel['summary'] {
  const p = rec.portfolio;
  const picks = rec.useCases.flatMap((u) => (u.recommended ? [u.recommended] : []));
  const open = picks.filter((c) => c.weights === 'open').length;
  const kinds = (['self-hosted', 'managed', 'api'] as const)
    .map((k) => [k, picks.filter((c) => c.deployment === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${RUNS_ON[k]}`);
  const topics = checklistGroups(p.obligations).map((g) => `${g.count} ${g.law}`);
  const paragraphs = [
    breakable(brief.headline),
    ...(brief.extra ? [breakable(brief.extra)] : []),
    ...(brief.range ? [brief.range] : []),
    ...(brief.assumptions ? [breakable(brief.assumptions)] : []),
    ...(brief.currency ? [brief.currency] : []),
    // With every pick on an API the headline has said so already ("every pick on a proprietary API").
    (open === 0
      ? picks.length === 0
        ? 'No use case has a permissible option.'
        : ''
      : `${open} of ${count(rec.useCases.length, 'use case')} run on open-weights models, carrying ${percent(p.openWeightsTokenShare)} of the monthly tokens (${kinds.join(', ')}).`) +
      (p.obligations.length > 0
        ? ` The portfolio comes with ${p.obligations.some(isLegal) ? count(p.obligations.length, 'duty', 'duties') : count(p.obligations.length, 'point of advice', 'points of advice')} (${topics.join(', ')}), listed as a checklist in this report.`
        : ''),
  ]
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  const figures: Figure[] = [
    { label: 'Monthly cost', value: money(p.monthlyCostUsd) },
    ...(p.pricesAsOf ? [{ label: 'Prices as of', value: asOfDate(p.pricesAsOf) }] : []),
    { label: baselineLabel(rec), value: money(p.allProprietaryMonthlyCostUsd) },
    { label: 'Tokens on open weights', value: percent(p.openWeightsTokenShare) },
    // Named as the summary's sentence names them: where no law puts a duty on the picks, they are points of advice.
    {
      label: p.obligations.length > 0 && !p.obligations.some(isLegal) ? 'Points of advice' : 'Obligations',
      value: String(p.obligations.length),
    },
  ];
  return { paragraphs, figures, notes: p.notes.map((n) => n.text) };
}

function profile(a: Answers): Figure[] {
  const applies = (b: boolean) => (b ? 'applies' : 'does not apply');
  const gpu = { none: 'none', cloud: 'cloud GPUs', 'on-prem': 'own GPUs (on-premises)' } as const;
  return [
    { label: 'Organisation', value: breakable(a.organization.name) },
    { label: 'Industry', value: INDUSTRY[a.organization.industry] },
    { label: 'Regions', value: a.organization.regions.map((r) => REGION[r]).join(', ') },
    ...(a.organization.monthlyActiveUsers === undefined
      ? []
      : [{ label: 'Monthly active users', value: a.organization.monthlyActiveUsers.toLocaleString('en-US') }]),
    { label: 'GDPR', value: applies(a.regulation.gdpr) },
    { label: 'HIPAA', value: applies(a.regulation.hipaa) },
    { label: 'EU AI Act', value: applies(a.regulation.euAiAct) },
    { label: 'Data residency', value: RESIDENCY[a.regulation.dataResidency] },
    { label: 'ML engineers', value: String(a.team.mlEngineers) },
    { label: 'MLOps maturity', value: a.team.mlopsMaturity },
    { label: 'GPU access', value: gpu[a.team.gpuAccess] },
    { label: 'Priorities (1 to 5)', value: `cost ${a.priorities.cost}, quality ${a.priorities.quality}, control ${a.priorities.control}` },
  ];
}

/** The exclusions that hold for every use case, stated once, in the dense style of a reference table. */
function sharedExclusions(excluded: RecommendationV1['useCases'][number]['excluded']): Table | null {
  const table = excludedTable(excluded, 'Why they are excluded for every use case');
  return table ? { ...table, dense: true } : null;
}

function projection(rec: RecommendationV1, planning: Answers['planning']): ReportModel['projection'] {
  const years = rec.portfolio.projection;
  if (!years || years.length === 0) return null;
  const table = projectionTable(rec);
  const wide = (1 - 0.16) / (table.columns.length - 1);
  return {
    title: `Cost over ${years.length} years`,
    sentences: projectionSentences(rec, planning),
    years,
    baseline: projectionBaselineSeries(rec),
    table: {
      columns: table.columns.map((header, i) => ({
        header,
        width: i === 0 ? 0.16 : wide,
        align: i === 0 ? ('left' as const) : ('right' as const),
      })),
      rows: table.rows.map((cells) => ({ cells })),
    },
    note: table.note,
  };
}

/** The decision per use case: the pick (both options of a close call), how it runs, its margin and cost. */
function portfolio(rec: RecommendationV1, brief: Brief): Table {
  return {
    columns: [
      { header: 'Use case', width: 0.26 },
      { header: 'Recommended', width: 0.33 },
      { header: 'Margin', width: 0.22 },
      { header: 'A month', width: 0.19, align: 'right' },
    ],
    rows: [
      ...brief.picks.map((p) => ({
        cells: p.pick
          ? [
              breakable(p.name),
              `${p.pick.label}${p.equalChoice ? ` or ${p.equalChoice.label}` : ''}`,
              p.margin,
              `${money(p.pick.monthlyCostUsd)}${p.equalChoice ? ` or ${money(p.equalChoice.monthlyCostUsd)}` : ''}`,
            ]
          : [breakable(p.name), 'None: every option is excluded', '', ''],
      })),
      { cells: ['Total', '', '', money(rec.portfolio.monthlyCostUsd)], strong: true },
    ],
  };
}

function briefPart(brief: Brief): ReportModel['brief'] {
  const more = moreDutiesWords(brief);
  return {
    duties: brief.firstDuties.map((d) => ({ law: d.law, phase: d.phaseLabel, text: d.text, when: d.when })),
    none: noDutiesWords(brief),
    more: more === null ? null : `${more}.`,
    nextSteps: brief.nextSteps.map(breakable),
  };
}

function obligations(rec: RecommendationV1, refs: SourceIndex, date: string): Checklist[] {
  return checklistGroups(rec.portfolio.obligations).map((g) => ({
    law: g.law,
    roles: g.roles.map((r) => ({
      heading: r.heading,
      items: r.items.map((o) => {
        const names = rec.useCases.filter((u) => u.obligations.some((x) => x.id === o.id)).map((u) => breakable(u.name));
        return {
          text: o.text,
          when: itemWords(o, r.heading !== null, date),
          phase: phaseWords(o),
          appliesTo: names.length > 0 ? names.join(', ') : 'The whole portfolio',
          refs: refs.refs(o.sources),
        };
      }),
    })),
  }));
}

const EFFECT_WORDS = { score: 'points', exclude: 'excludes', obligation: 'duty', note: 'note' } as const;

/**
 * The rules behind what the report shows, by id: the body names none (a rule id means nothing to a client), so this
 * is where a reviewer finds which rule of the pack each reason, exclusion, duty and note came from, and where it
 * applied.
 */
function rulesApplied(rec: RecommendationV1, scopes: ReturnType<typeof exclusionsByScope>): Table {
  // Where, by the use cases' numbers in the report ("Use case 2 of 3"); -1 for the portfolio as a whole.
  const rules = new Map<string, { effects: Set<string>; where: Set<number> }>();
  const add = (ruleId: string, effect: keyof typeof EFFECT_WORDS, where: number[]) => {
    const rule = rules.get(ruleId) ?? { effects: new Set<string>(), where: new Set<number>() };
    rule.effects.add(EFFECT_WORDS[effect]);
    for (const w of where) rule.where.add(w);
    rules.set(ruleId, rule);
  };
  const all = rec.useCases.map((_, i) => i);
  for (const e of scopes.portfolio) add(e.ruleId, 'exclude', all);
  rec.useCases.forEach((u, i) => {
    for (const r of shownReasons(u)) if (r.effect !== 'obligation' && r.effect !== 'exclude') add(r.ruleId, r.effect, [i]);
    for (const e of scopes.useCases[i] ?? []) add(e.ruleId, 'exclude', [i]);
  });
  for (const o of rec.portfolio.obligations) {
    const where = all.filter((i) => rec.useCases[i]?.obligations.some((x) => x.id === o.id));
    add(o.ruleId, 'obligation', where.length > 0 ? where : [-1]);
  }
  for (const n of rec.portfolio.notes) add(n.ruleId, 'note', [-1]);
  const whereWords = (where: Set<number>) => {
    const cases = [...where].filter((i) => i >= 0).sort((a, b) => a - b);
    const parts = [
      ...(cases.length === all.length && all.length > 1
        ? ['every use case']
        : cases.length > 0
          ? [`use case${cases.length > 1 ? 's' : ''} ${listWords(cases.map((i) => String(i + 1)))}`]
          : []),
      ...(where.has(-1) ? ['the portfolio'] : []),
    ];
    return parts.join('; ');
  };
  return {
    columns: [
      { header: 'Rule', width: 0.58, small: true },
      { header: 'What it did', width: 0.17 },
      { header: 'Where', width: 0.25 },
    ],
    dense: true,
    rows: [...rules]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, r]) => ({ cells: [id, [...r.effects].join(', '), whereWords(r.where)] })),
  };
}

function rulePack(rec: RecommendationV1, rs: RuleSetData): Figure[] {
  const released = rs.manifest.changelog.find((c) => c.version === rec.ruleSet.version)?.date;
  return [
    { label: 'Title', value: rs.title },
    { label: 'Id', value: rec.ruleSet.id },
    { label: 'Version', value: released ? `${rec.ruleSet.version} (${longDate(released)})` : rec.ruleSet.version },
    { label: 'SHA-256', value: rec.ruleSet.hash },
    { label: 'Rules', value: String(rs.rules.length) },
  ];
}

/** What the report is and is not; the PDF ends with it and the Markdown carries it too. */
export const DISCLAIMER = [
  'This report is a planning aid. It applies the rule pack it names (id, version and hash) to the answers given and shows how each recommendation follows from them. It is not legal advice: the obligations listed are a starting point for your own legal and compliance review, not a complete list. National laws are covered only for the EU, the UK, the US (federal law and California), France, Singapore and South Korea.',
  'Prices and costs are estimates from the cited sources as of the dates shown, combined with the planning assumptions listed. They are not a quote from any provider; check current prices, terms and availability with the providers before you commit.',
];

/**
 * Turns the engine's recommendation into the report's document model: plain data the PDF lays out and the
 * tests read. Decides nothing the engine did not.
 * @example buildReport({ recommendation, answers, ruleSet, branding: EMPTY_BRANDING, date: '2026-03-04' }).fileName
 */
export function buildReport(input: ReportInput): ReportModel {
  // Every amount in the model is written in the answers' currency.
  const shown = moneyFor(input.answers, input.ruleSet.catalog);
  return withMoney(shown, () => build(input, shown.currency));
}

function build({ recommendation: rec, answers, ruleSet, branding, date }: ReportInput, currency: Currency): ReportModel {
  if (rec.useCases.length !== answers.useCases.length) throw new Error('the recommendation is not for these answers');
  const client = answers.organization.name;
  const curves = rec.useCases.map((result, i) => costCurves(ruleSet, answers, i, result));
  // The appendix covers the options the recommendation uses: the picks, and the equal choice of a close call.
  const used = usedOptions(rec);
  const brief = buildBrief(rec, answers, ruleSet, date);
  const refs = sourceIndex(ruleSet.sources, [
    ...citedSourceIds(rec),
    ...catalogSourceIds(usedCatalog(ruleSet.catalog, used.optionIds, used.gpuIds, currency)),
  ]);
  const scenarioCatalog = catalogWith(ruleSet.catalog, answers.assumptions);
  const scopes = exclusionsByScope(rec);
  const preparedBy = branding.preparedBy.trim();
  const firm = branding.firm.trim();
  return {
    fileName: reportFileName(client, date, 'pdf'),
    meta: {
      title: `${REPORT_TITLE}: ${client}`,
      author: [preparedBy, firm].filter(Boolean).join(', ') || CREATOR,
      subject: 'Which AI model to run for which use case: open weights or proprietary, managed or self-hosted.',
      keywords: 'AI models, open weights, portfolio, recommendation',
      creator: CREATOR,
    },
    accent: reportAccent(branding).color,
    runningHeader: breakable(`${client} · ${REPORT_TITLE}`),
    cover: {
      title: REPORT_TITLE,
      subtitle: `${count(rec.useCases.length, 'use case')} · ${INDUSTRY[answers.organization.industry]}`,
      client: breakable(client),
      preparedBy: breakable(preparedBy),
      firm,
      date: longDate(date),
      logo: branding.logo,
    },
    summary: summary(rec, brief),
    brief: briefPart(brief),
    profile: profile(answers),
    portfolio: portfolio(rec, brief),
    projection: projection(rec, answers.planning),
    sharedExclusions: sharedExclusions(scopes.portfolio),
    useCases: rec.useCases.map((result, i) =>
      buildUseCase({
        result,
        useCase: answers.useCases[i] as Answers['useCases'][number],
        curves: curves[i] ?? [],
        ruleSet,
        refs,
        excluded: scopes.useCases[i] ?? result.excluded,
        decision: decisionSentences(rec, i, answers.priorities, ruleSet),
        weights: weightWords(answers.priorities, ruleSet.scoring.feasibilityWeight),
        priorities: answers.priorities,
        catalog: scenarioCatalog,
      }),
    ),
    obligations: obligations(rec, refs, date),
    assumptions: buildAssumptions(
      scenarioCatalog,
      new Map(ruleSet.options.map((o) => [o.id, o.label])),
      refs,
      used.optionIds,
      used.gpuIds,
      ruleSet.catalog,
      currency,
    ),
    rules: rulesApplied(rec, scopes),
    sources: refs.all,
    rulePack: rulePack(rec, ruleSet),
    disclaimer: DISCLAIMER,
  };
}
