import { type Answers, type RecommendationV1 } from '../domain';
import { costCurves, exclusionsByScope, type RuleSetData } from '../engine';
import type { Branding } from './branding';
import { reportAccent } from './branding';
import { longDate, percent, reportFileName, usd } from './format';
import { asOfDate } from '../lib/format';
import { decisionSentences, pickNames, weightWords } from '../lib/decision-words';
import { checklistGroups, itemWords, phaseWords } from '../lib/obligation-words';
import { PROJECTION_BASELINE_NOTE, PROJECTION_COLUMNS, projectionRows, projectionSentences } from '../lib/projection-words';
import { INDUSTRY, REGION, RESIDENCY, RUNS_AS } from './labels';
import { buildAssumptions, usedCatalog } from './report-assumptions';
import { breakable, type Checklist, type Figure, type ReportModel, type Table } from './report-model';
import { catalogSourceIds, recommendationSourceIds, sourceIndex, type SourceIndex } from './report-sources';
import { buildUseCase, shownChoices } from './report-use-case';

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

function comparison(cost: number, baseline: number): string {
  if (baseline <= 0 || Math.abs(cost - baseline) < 0.5) return 'the same';
  return cost < baseline ? `${percent(1 - cost / baseline)} less` : `${percent(cost / baseline - 1)} more`;
}

function summary(rec: RecommendationV1, client: string): ReportModel['summary'] {
  const p = rec.portfolio;
  const picks = rec.useCases.flatMap((u) => (u.recommended ? [u.recommended] : []));
  const none = rec.useCases.filter((u) => !u.recommended);
  const kinds = (['self-hosted', 'managed', 'api'] as const)
    .map((k) => [k, picks.filter((c) => c.deployment === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${RUNS_ON[k]}`);
  const topics = checklistGroups(p.obligations).map((g) => `${g.count} ${g.law}`);
  const paragraphs = [
    `This report recommends which AI model ${client} should run for each of its ${count(rec.useCases.length, 'use case')}. The recommended portfolio costs about ${usd(p.monthlyCostUsd)} a month; running every use case on a proprietary API would cost about ${usd(p.allProprietaryMonthlyCostUsd)}, so the portfolio costs ${comparison(p.monthlyCostUsd, p.allProprietaryMonthlyCostUsd)}.`,
    `${picks.filter((c) => c.weights === 'open').length} of ${count(rec.useCases.length, 'use case')} run on open-weights models, carrying ${percent(p.openWeightsTokenShare)} of the monthly tokens (${kinds.join(', ') || 'no option recommended'}).`,
    ...(none.length > 0
      ? [
          `${count(none.length, 'use case has', 'use cases have')} no permissible option: ${none.map((u) => u.name).join(', ')}. Every option is excluded by a rule; the use case's section says which.`,
        ]
      : []),
    p.obligations.length > 0
      ? `Adopting it brings ${count(p.obligations.length, 'obligation')} (${topics.join(', ')}), listed as a checklist in this report.`
      : 'The rule pack names no obligations for this portfolio.',
    'Each recommendation comes from the rule pack named at the end of this report: every line of reasoning names its rule and its sources, and every price and figure is listed with its source and date.',
  ];
  const figures: Figure[] = [
    { label: 'Monthly cost', value: usd(p.monthlyCostUsd) },
    ...(p.pricesAsOf ? [{ label: 'Prices as of', value: asOfDate(p.pricesAsOf) }] : []),
    { label: 'All on proprietary APIs', value: usd(p.allProprietaryMonthlyCostUsd) },
    { label: 'Tokens on open weights', value: percent(p.openWeightsTokenShare) },
    { label: 'Obligations', value: String(p.obligations.length) },
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

/** The exclusions that hold for every use case, stated once. */
function sharedExclusions(excluded: RecommendationV1['useCases'][number]['excluded']): Table | null {
  if (excluded.length === 0) return null;
  return {
    columns: [
      { header: 'Option', width: 0.3 },
      { header: 'Why it is excluded for every use case', width: 0.45 },
      { header: 'Rule', width: 0.25, small: true },
    ],
    rows: excluded.map((e) => ({ cells: [e.label, e.reason, e.ruleId] })),
  };
}

function projection(rec: RecommendationV1): ReportModel['projection'] {
  const years = rec.portfolio.projection;
  if (!years || years.length === 0) return null;
  return {
    title: `Cost over ${years.length} years`,
    sentences: projectionSentences(rec),
    years,
    table: {
      columns: PROJECTION_COLUMNS.map((header, i) => ({
        header,
        width: i === 0 ? 0.16 : 0.28,
        align: i === 0 ? ('left' as const) : ('right' as const),
      })),
      rows: projectionRows(rec).map((cells) => ({ cells })),
    },
    note: PROJECTION_BASELINE_NOTE,
  };
}

function portfolio(rec: RecommendationV1): Table {
  return {
    columns: [
      { header: 'Use case', width: 0.3 },
      { header: 'Recommended option', width: 0.36 },
      { header: 'Runs as', width: 0.12 },
      { header: 'Score', width: 0.08, align: 'right' },
      { header: 'A month', width: 0.14, align: 'right' },
    ],
    rows: [
      ...rec.useCases.map((u) => {
        const c = u.recommended;
        return {
          cells: c
            ? [breakable(u.name), pickNames(u), RUNS_AS[c.deployment], String(c.score), usd(c.monthlyCostUsd)]
            : [breakable(u.name), 'none: every option excluded', '', '', ''],
        };
      }),
      { cells: ['Total', '', '', '', usd(rec.portfolio.monthlyCostUsd)], strong: true },
    ],
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
          ruleId: o.ruleId,
          refs: refs.refs(o.sources),
        };
      }),
    })),
  }));
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
  'This report is a planning aid. It applies the rule pack named above to the answers given and shows how each recommendation follows from them. It is not legal advice: the obligations listed are a starting point for your own legal and compliance review, not a complete list. National laws are covered only for the EU, the UK, the US (federal law and California), France and Singapore.',
  'Prices and costs are estimates from the cited sources as of the dates shown, combined with the planning assumptions listed. They are not a quote from any provider; check current prices, terms and availability with the providers before you commit.',
  'The same answers and the same rule pack always give the same recommendation. If your situation changes, the section "what would change this" in each use case shows which answers matter most.',
];

/**
 * Turns the engine's recommendation into the report's document model: plain data the PDF lays out and the
 * tests read. Decides nothing the engine did not.
 * @example buildReport({ recommendation, answers, ruleSet, branding: EMPTY_BRANDING, date: '2026-03-04' }).fileName
 */
export function buildReport({ recommendation: rec, answers, ruleSet, branding, date }: ReportInput): ReportModel {
  if (rec.useCases.length !== answers.useCases.length) throw new Error('the recommendation is not for these answers');
  const client = answers.organization.name;
  const curves = rec.useCases.map((result, i) => costCurves(ruleSet, answers, i, result));
  // The appendix covers every option the report shows: in an options table or as a line of a cost chart.
  const shown = new Set(
    rec.useCases.flatMap((u, i) => [...shownChoices(u).map((c) => c.optionId), ...(curves[i] ?? []).map((c) => c.optionId)]),
  );
  const refs = sourceIndex(ruleSet.sources, [...recommendationSourceIds(rec), ...catalogSourceIds(usedCatalog(ruleSet.catalog, shown))]);
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
    summary: summary(rec, breakable(client)),
    profile: profile(answers),
    portfolio: portfolio(rec),
    projection: projection(rec),
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
      }),
    ),
    obligations: obligations(rec, refs, date),
    assumptions: buildAssumptions(ruleSet.catalog, new Map(ruleSet.options.map((o) => [o.id, o.label])), refs, shown),
    sources: refs.all,
    rulePack: rulePack(rec, ruleSet),
    disclaimer: DISCLAIMER,
  };
}
