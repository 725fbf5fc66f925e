import {
  ACCURACY_LABELS,
  AI_ACT_RISK_LABELS,
  ANNEX_III_AREA_LABELS,
  AUDIENCE_LABELS,
  DEPLOYMENT_LABELS,
  GPU_ACCESS_LABELS,
  INDUSTRY_LABELS,
  MATURITY_LABELS,
  REGION_LABELS,
  RESIDENCY_LABELS,
  SENSITIVITY_LABELS,
  TASK_LABELS,
  priorityWords,
  type Answers,
  type Deployment,
  type Obligation,
  type RecommendationV1,
  type UseCase,
} from '../domain';
import { listWords } from './decision-words';
import { US_DOLLARS, money, percent, tokenWords, withMoney } from './format';

/*
 * Two to four scenarios side by side: the one comparison the compare view, the PDF's comparison section and the
 * Markdown show. Everything here is worked out from the engine's recommendations and the answers; nothing is
 * decided here, and the same scenarios give the same comparison, byte for byte in JSON.
 */

/** One scenario to compare: its name, its answers and the engine's recommendation for them. */
export interface ComparedScenario {
  name: string;
  answers: Answers;
  recommendation: RecommendationV1;
}

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** One use case's outcome in one scenario. */
export type PickCell =
  | {
      kind: 'pick';
      label: string;
      deployment: Deployment;
      monthlyCostUsd: number;
      score: number;
      margin: number | null;
      closeCall: boolean;
      /** The runner-up named when the call is too close. */
      runnerUp: string | null;
    }
  /** Every option is excluded for this use case in this scenario. */
  | { kind: 'none' }
  /** The scenario has no such use case. */
  | { kind: 'absent' };

export interface ScenarioTotals {
  name: string;
  organization: string;
  useCases: number;
  monthlyCostUsd: number;
  allProprietaryMonthlyCostUsd: number;
  /** Baseline minus cost: negative when the portfolio costs more than all-proprietary. */
  savingUsd: number;
  openWeightsTokenShare: number;
  /** The last year of the projection, when the answers give a horizon. */
  horizon: { years: number; cumulativeCostUsd: number; cumulativeAllProprietaryCostUsd: number } | null;
  ruleSet: string;
}

export interface Comparison {
  scenarios: ScenarioTotals[];
  /** Every use case of any scenario, matched by its id, in the order they first appear. */
  useCases: { id: string; name: string; cells: PickCell[] }[];
  /** The duties that some scenarios carry and others do not (the shared ones are left out). */
  obligations: { ruleId: string; law: string; text: string; present: boolean[] }[];
  /** How many duties every scenario carries alike. */
  sharedObligations: number;
  /** The answers that differ between the scenarios, each with its value in every scenario. */
  differences: { section: string; label: string; values: string[] }[];
  /** True when the scenarios were worked out with different rule packs (their figures are then not like for like). */
  mixedRuleSets: boolean;
}

const ruleSetName = (r: RecommendationV1) => `${r.ruleSet.id} ${r.ruleSet.version} (${r.ruleSet.hash.slice(0, 12)})`;

function totalsOf({ name, answers, recommendation: r }: ComparedScenario): ScenarioTotals {
  const p = r.portfolio;
  const last = p.projection?.at(-1);
  return {
    name,
    organization: answers.organization.name,
    useCases: r.useCases.length,
    monthlyCostUsd: p.monthlyCostUsd,
    allProprietaryMonthlyCostUsd: p.allProprietaryMonthlyCostUsd,
    savingUsd: p.allProprietaryMonthlyCostUsd - p.monthlyCostUsd,
    openWeightsTokenShare: p.openWeightsTokenShare,
    horizon: last
      ? {
          years: last.year,
          cumulativeCostUsd: last.cumulativeCostUsd,
          cumulativeAllProprietaryCostUsd: last.cumulativeAllProprietaryCostUsd,
        }
      : null,
    ruleSet: ruleSetName(r),
  };
}

function cellOf(r: RecommendationV1, index: number | null | undefined): PickCell {
  const u = index === null || index === undefined ? undefined : r.useCases[index];
  if (!u) return { kind: 'absent' };
  const pick = u.recommended;
  if (!pick) return { kind: 'none' };
  const runnerUp = u.closeCall ? ([...u.alternatives].sort((a, b) => b.score - a.score)[0]?.label ?? null) : null;
  return {
    kind: 'pick',
    label: pick.label,
    deployment: pick.deployment,
    monthlyCostUsd: pick.monthlyCostUsd,
    score: pick.score,
    margin: u.margin,
    closeCall: u.closeCall,
    runnerUp,
  };
}

/** Every duty of a recommendation (portfolio-wide and per use case), one per rule. */
function dutiesOf(r: RecommendationV1): Map<string, Obligation> {
  const out = new Map<string, Obligation>();
  for (const o of [...r.portfolio.obligations, ...r.useCases.flatMap((u) => u.obligations)]) if (!out.has(o.ruleId)) out.set(o.ruleId, o);
  return out;
}

const yesNo = (b: boolean | undefined) => (b ? 'Yes' : 'No');
const orDash = (v: string | undefined) => (v === undefined || v === '' ? '—' : v);

/** The answers a comparison lists, as label and value in words, per section. */
function answerFacts(a: Answers): { section: string; label: string; value: string }[] {
  const o = a.organization;
  const r = a.regulation;
  const facts = [
    { section: 'Organisation', label: 'Industry', value: INDUSTRY_LABELS[o.industry] },
    { section: 'Organisation', label: 'Regions', value: o.regions.map((x) => REGION_LABELS[x]).join(', ') },
    { section: 'Organisation', label: 'Country', value: orDash(o.country) },
    {
      section: 'Organisation',
      label: 'Monthly active users',
      value: o.monthlyActiveUsers === undefined ? '—' : o.monthlyActiveUsers.toLocaleString('en-US'),
    },
    { section: 'Regulation', label: 'GDPR', value: yesNo(r.gdpr) },
    { section: 'Regulation', label: 'HIPAA', value: yesNo(r.hipaa) },
    { section: 'Regulation', label: 'EU AI Act', value: yesNo(r.euAiAct) },
    { section: 'Regulation', label: 'Data residency', value: RESIDENCY_LABELS[r.dataResidency] },
    { section: 'Regulation', label: 'EU-owned providers only', value: yesNo(r.euOwnedOnly) },
    { section: 'Team', label: 'ML engineers', value: String(a.team.mlEngineers) },
    { section: 'Team', label: 'MLOps maturity', value: MATURITY_LABELS[a.team.mlopsMaturity] },
    { section: 'Team', label: 'GPU access', value: GPU_ACCESS_LABELS[a.team.gpuAccess] },
    ...(['cost', 'quality', 'control'] as const).map((k) => ({
      section: 'Priorities',
      label: k.charAt(0).toUpperCase() + k.slice(1),
      value: `${a.priorities[k]} of 5 (${priorityWords(a.priorities[k])})`,
    })),
    { section: 'Planning', label: 'Horizon', value: a.planning ? `${a.planning.horizonYears} years` : 'Not projected' },
    {
      section: 'Planning',
      label: 'Growth a year',
      value: a.planning ? `${a.planning.annualGrowth >= 0 ? '+' : ''}${Math.round(a.planning.annualGrowth * 100)}%` : '—',
    },
  ];
  return facts;
}

function useCaseFacts(u: UseCase): { label: string; value: string }[] {
  const share = (v: number | undefined) => (v === undefined ? 'Not given' : percent(v));
  return [
    { label: 'Tokens a month', value: tokenWords(u.monthlyTokens) },
    { label: 'Task', value: TASK_LABELS[u.task] },
    { label: 'Audience', value: AUDIENCE_LABELS[u.audience] },
    { label: 'Data', value: SENSITIVITY_LABELS[u.dataSensitivity] },
    { label: 'Accuracy', value: ACCURACY_LABELS[u.accuracy] },
    { label: 'AI Act risk', value: u.aiActRisk ? AI_ACT_RISK_LABELS[u.aiActRisk] : 'Not given' },
    { label: 'Annex III area', value: u.annexIIIArea ? ANNEX_III_AREA_LABELS[u.annexIIIArea] : 'Not given' },
    { label: 'AI Act role', value: u.aiActRole ?? 'Not given' },
    { label: 'Languages', value: (u.languages ?? ['en']).join(', ') },
    { label: 'Long context', value: yesNo(u.longContext) },
    { label: 'Fine-tuning', value: yesNo(u.fineTuning) },
    { label: 'Minors', value: u.minors === undefined ? 'Not given' : yesNo(u.minors) },
    { label: 'Automated decisions', value: u.automatedDecisions === undefined ? 'Not given' : yesNo(u.automatedDecisions) },
    { label: 'Input share', value: share(u.inputShare) },
    { label: 'Cached share', value: share(u.cachedShare) },
    { label: 'Batch share', value: share(u.batchShare) },
    {
      label: 'Input tokens a request',
      value: u.requestInputTokens === undefined ? 'Not given' : u.requestInputTokens.toLocaleString('en'),
    },
  ];
}

/** One use case across the scenarios: its position in each scenario's answers (null where it is missing). */
interface UseCaseRow {
  id: string;
  name: string;
  at: (number | null)[];
}

/**
 * The use cases of all scenarios, matched across them by id, or by name where the ids differ (a use case re-created
 * with the same name), in the order they first appear.
 */
function matchUseCases(scenarios: readonly ComparedScenario[]): UseCaseRow[] {
  const rows: UseCaseRow[] = [];
  const tidy = (name: string) => name.trim().toLowerCase();
  scenarios.forEach((s, j) => {
    s.answers.useCases.forEach((u, i) => {
      const row =
        rows.find((r) => r.at[j] === null && r.id === u.id) ?? rows.find((r) => r.at[j] === null && tidy(r.name) === tidy(u.name));
      if (row) row.at[j] = i;
      else rows.push({ id: u.id, name: u.name, at: scenarios.map((_, k) => (k === j ? i : null)) });
    });
  });
  return rows;
}

function differencesOf(scenarios: readonly ComparedScenario[], matched: readonly UseCaseRow[]): Comparison['differences'] {
  const rows: Comparison['differences'] = [];
  const per = scenarios.map((s) => answerFacts(s.answers));
  per[0]?.forEach((fact, i) => {
    const values = per.map((facts) => facts[i]?.value ?? '—');
    if (new Set(values).size > 1) rows.push({ section: fact.section, label: fact.label, values });
  });
  for (const { name, at } of matched) {
    const section = `Use case: ${name}`;
    const found = scenarios.map((s, j) => {
      const i = at[j];
      return i === null || i === undefined ? undefined : s.answers.useCases[i];
    });
    if (found.some((u) => u === undefined)) {
      rows.push({ section, label: 'In this scenario', values: found.map((u) => (u ? 'Yes' : 'No')) });
    }
    const facts = found.map((u) => (u ? useCaseFacts(u) : null));
    const template = facts.find((f) => f !== null) ?? [];
    template.forEach((fact, i) => {
      const values = facts.map((f) => f?.[i]?.value ?? '—');
      const present = facts.filter((f) => f !== null).map((f) => f[i]?.value);
      if (new Set(present).size > 1) rows.push({ section, label: fact.label, values });
    });
  }
  return rows;
}

/** Scenario names as column headings, all different: a name that comes twice gets its position, then a letter if need be. */
function distinctNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((n, i) => {
    let name = names.indexOf(n) !== i || names.lastIndexOf(n) !== i ? `${n} (${i + 1})` : n;
    for (let k = 0; used.has(name) || (name !== n && names.includes(name)); k += 1) name = `${n} (${i + 1}${'abcdefghij'[k] ?? k})`;
    used.add(name);
    return name;
  });
}

/**
 * The comparison of two to four scenarios, its amounts in US dollars (the scenarios may each ask for a currency).
 * @example buildComparison([allApi, hybrid]).scenarios[1].savingUsd // 41210.5
 */
export function buildComparison(scenarios: readonly ComparedScenario[]): Comparison {
  return withMoney(US_DOLLARS, () => compare(scenarios));
}

function compare(scenarios: readonly ComparedScenario[]): Comparison {
  const recs = scenarios.map((s) => s.recommendation);
  const duties = recs.map(dutiesOf);
  const ruleIds = [...new Set(duties.flatMap((d) => [...d.keys()]))];
  const obligations: Comparison['obligations'] = [];
  let sharedObligations = 0;
  for (const ruleId of ruleIds) {
    const present = duties.map((d) => d.has(ruleId));
    if (present.every(Boolean)) {
      sharedObligations += 1;
      continue;
    }
    const o = duties.find((d) => d.has(ruleId))?.get(ruleId);
    if (o) obligations.push({ ruleId, law: o.law ?? '', text: o.text, present });
  }
  obligations.sort((a, b) => a.law.localeCompare(b.law, 'en') || a.ruleId.localeCompare(b.ruleId, 'en'));
  const rows = matchUseCases(scenarios);
  const names = distinctNames(scenarios.map((s) => s.name));
  return {
    scenarios: scenarios.map((s, i) => ({ ...totalsOf(s), name: names[i] ?? s.name })),
    useCases: rows.map(({ id, name, at }) => ({ id, name, cells: recs.map((r, j) => cellOf(r, at[j])) })),
    obligations,
    sharedObligations,
    differences: differencesOf(scenarios, rows),
    mixedRuleSets: new Set(recs.map((r) => r.ruleSet.hash)).size > 1,
  };
}

/** A pick cell in words, as one line. @example cellWords(cell) // 'Claude Haiku 5.5: Proprietary API, score 81, $2,194 a month' */
export function cellWords(c: PickCell): string {
  if (c.kind === 'absent') return 'Not in this scenario';
  if (c.kind === 'none') return 'None: every option excluded';
  return `${c.label}: ${DEPLOYMENT_LABELS[c.deployment]}, score ${c.score}, ${money(c.monthlyCostUsd)} a month`;
}

/** A pick's margin in words, naming the runner-up of a close call. @example marginCell(cell) // 'Leads by 6 points' */
export function marginCell(c: PickCell): string {
  if (c.kind !== 'pick') return '—';
  if (c.margin === null) return 'No runner-up';
  if (c.closeCall)
    return `Too close to call with ${c.runnerUp ?? 'the runner-up'} (${c.margin} ${c.margin === 1 ? 'point' : 'points'} apart)`;
  return `Leads by ${c.margin} ${c.margin === 1 ? 'point' : 'points'}`;
}

/** Where a duty applies, in words. @example whereWords(c, [true, false]) // 'Applies in All-API; not in Hybrid.' */
export function whereWords(c: Comparison, present: readonly boolean[]): string {
  const names = (want: boolean) => c.scenarios.filter((_, i) => present[i] === want).map((s) => s.name);
  return `Applies in ${listWords(names(true))}; not in ${listWords(names(false))}.`;
}

/** A saving against the baseline in words; a negative one is what the portfolio costs more. */
export function savingWords(t: ScenarioTotals): string {
  if (Math.round(t.savingUsd) === 0) return 'Same as the baseline';
  return t.savingUsd > 0 ? `${money(t.savingUsd)} less` : `${money(-t.savingUsd)} more`;
}

/** The scenario-level rows of the comparison's first table, as label and one value per scenario. */
export function totalsRows(c: Comparison): { label: string; values: string[] }[] {
  const s = c.scenarios;
  const rows = [
    { label: 'Monthly cost', values: s.map((t) => money(t.monthlyCostUsd)) },
    { label: 'All-proprietary baseline', values: s.map((t) => money(t.allProprietaryMonthlyCostUsd)) },
    { label: 'Against the baseline', values: s.map(savingWords) },
    { label: 'Tokens on open weights', values: s.map((t) => percent(t.openWeightsTokenShare)) },
    { label: 'Use cases', values: s.map((t) => String(t.useCases)) },
  ];
  if (s.some((t) => t.horizon))
    rows.push({
      label: 'Cumulative cost over the horizon',
      values: s.map((t) => (t.horizon ? `${money(t.horizon.cumulativeCostUsd)} over ${t.horizon.years} years` : 'Not projected')),
    });
  return rows;
}

const same = (a: number, b: number) => Math.round(a) === Math.round(b);

/** Cost sentences: the cheapest (ties named together) and by how much, a month and, where comparable, over the horizon. */
function costSentences(c: Comparison): string[] {
  const all = c.scenarios;
  const count = all.length === 2 ? 'Both scenarios' : `All ${all.length} scenarios`;
  const byMonth = [...all].sort((a, b) => a.monthlyCostUsd - b.monthlyCostUsd);
  const least = byMonth[0];
  const most = byMonth.at(-1);
  if (!least || !most) return [];
  const out: string[] = [];
  if (same(least.monthlyCostUsd, most.monthlyCostUsd)) out.push(`${count} cost the same: ${money(least.monthlyCostUsd)} a month.`);
  else {
    const tied = byMonth.filter((t) => same(t.monthlyCostUsd, least.monthlyCostUsd)).map((t) => t.name);
    out.push(
      `${listWords(tied)} ${tied.length === 1 ? 'costs' : 'cost'} least: ${money(least.monthlyCostUsd)} a month, ` +
        `${money(most.monthlyCostUsd - least.monthlyCostUsd)} less than ${most.name} (${money(most.monthlyCostUsd)}).`,
    );
  }
  const years = new Set(all.map((t) => t.horizon?.years ?? null));
  if (years.size === 1 && !years.has(null)) {
    const byHorizon = [...all].sort((a, b) => (a.horizon?.cumulativeCostUsd ?? 0) - (b.horizon?.cumulativeCostUsd ?? 0));
    const first = byHorizon[0];
    const n = first?.horizon?.years ?? 0;
    if (first && first.name !== least.name && !same(first.horizon?.cumulativeCostUsd ?? 0, least.horizon?.cumulativeCostUsd ?? 0))
      out.push(
        `Over ${n} years the order changes: ${first.name} costs least, ${money(first.horizon?.cumulativeCostUsd ?? 0)} in all, ` +
          `against ${money(least.horizon?.cumulativeCostUsd ?? 0)} for ${least.name}.`,
      );
  } else if (years.size > 1 && !(years.size === 2 && years.has(null)))
    out.push('Their planning horizons differ, so the cumulative costs below are not like for like.');
  return out;
}

/**
 * The comparison's headline in sentences: which scenario costs least and by how much, where the picks differ, and
 * when the totals are not like for like (other organisations, other use cases, other rule packs).
 * @example comparisonSentences(c)[0] // 'Hybrid costs least: $12,400 a month, $8,100 less than All-API ($20,500).'
 */
export function comparisonSentences(c: Comparison): string[] {
  const out = costSentences(c);
  const organisations = [...new Set(c.scenarios.map((s) => s.organization))];
  if (organisations.length > 1)
    out.push(`The scenarios are for different organisations (${listWords(organisations)}), so their costs are not like for like.`);
  const shared = c.useCases.filter((u) => u.cells.every((x) => x.kind !== 'absent'));
  const partial = c.useCases.length - shared.length;
  if (partial > 0)
    out.push(
      `${partial} of ${c.useCases.length} use cases ${partial === 1 ? 'is' : 'are'} in some scenarios only, so the totals cover different work; ` +
        'compare the picks per use case.',
    );
  const volumes = c.differences.filter((d) => d.label === 'Tokens a month').length;
  if (volumes > 0)
    out.push(
      `The token volumes differ for ${volumes} use case${volumes === 1 ? '' : 's'} (see the answers that differ), so the totals are for ` +
        'different amounts of work.',
    );
  const differing = shared.filter((u) => new Set(u.cells.map((x) => (x.kind === 'pick' ? x.label : x.kind))).size > 1);
  const howMany = (n: number, of: number) => (n === of ? (of === 1 ? 'the one' : of === 2 ? 'both' : `all ${of}`) : `${n} of the ${of}`);
  if (shared.length > 0)
    out.push(
      differing.length === 0
        ? `Every use case the scenarios share has the same pick in each.`
        : `The picks differ for ${howMany(differing.length, shared.length)} use case${shared.length === 1 ? '' : 's'} the scenarios share: ` +
            `${listWords(differing.map((u) => u.name))}.`,
    );
  if (c.obligations.length > 0)
    out.push(`${c.obligations.length} ${c.obligations.length === 1 ? 'duty applies' : 'duties apply'} in some scenarios but not all.`);
  if (c.mixedRuleSets) out.push('The scenarios were worked out with different rule packs, so their figures are not like for like.');
  return out;
}

/** How many duties every scenario carries, in words. @example sharedWords(c) // '12 duties apply to every scenario alike' */
export function sharedWords(c: Comparison): string {
  const n = c.sharedObligations;
  if (n === 0) return 'No duty applies to every scenario alike';
  return `${n} ${n === 1 ? 'duty applies' : 'duties apply'} to every scenario alike`;
}
