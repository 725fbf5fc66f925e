import {
  DEPLOYMENT_LABELS,
  type Answers,
  type CatalogFile,
  type Choice,
  type Obligation,
  type RecommendationV1,
  type UseCaseResult,
} from '../domain';
import type { Deployment } from '../domain/enums';
import type { RuleSetData } from '../engine';
import { needsOnCall } from '../engine/cost';
import { catalogWith } from '../engine/assumptions';
import {
  CLOSE_CALL_POINTS,
  alsoClose,
  decisionOf,
  dimensionShares,
  dimensionWeights,
  pooledDependencyOf,
  runnerUpOf,
} from '../engine/decision';
import { materialFor } from '../engine/derive';
import { qualityEstimated, unconfirmedFigures } from '../engine/portfolio';
import { listWords } from './decision-words';
import { asOfDate, dollars, money, percent } from './format';
import { dateWords, lawOf, monthsBetween, phaseWords } from './obligation-words';
import { currencyWords } from './currency';
import { useCasesWithoutApi } from './projection-words';

/*
 * The decision brief: what the top of the results page, the first page of the PDF and the start of the Markdown say,
 * as plain data worked out once from the engine's recommendation. The decision per use case with its margin, the
 * portfolio against the all-proprietary baseline and what any extra money buys, the duties that come first, and the
 * next steps. Nothing here decides anything; it reads the recommendation.
 */

/** One use case's line in the brief. */
export interface BriefPick {
  useCaseId: string;
  name: string;
  /** The pick; null when every option is excluded. */
  pick: { label: string; deployment: Deployment; deploymentLabel: string; monthlyCostUsd: number } | null;
  /**
   * In a close call, the runner-up, presented as an equal choice: its own cost, and how much taking it would change
   * the portfolio's (the engine's figure, with the self-hosted deployments formed again; else the two costs' difference).
   */
  equalChoice: {
    label: string;
    monthlyCostUsd: number;
    portfolioChangeUsd: number;
    /** The duties it brings that the pick does not and that come before real data reaches it (go/no-go, before go-live). */
    duties: Obligation[];
    /** The models of the two whose quality score for this task is the pack's estimate, not a measured one. */
    estimated: string[];
  } | null;
  /** The margin in a few words: "Leads by 6.2 points, on cost and quality", "Too close to call: 1.7 points apart". */
  margin: string;
  closeCall: boolean;
}

/** A duty in the brief, with its law and when it applies. */
export interface BriefDuty {
  law: string;
  text: string;
  /** When the duty is done, where the rule says. */
  phase: Obligation['phase'] | null;
  /** "Before go-live", "Ongoing", or empty when the rule does not say. */
  phaseLabel: string;
  /** When it applies, in words ("Applies since 2 August 2026."); empty when the rule sets no date. */
  when: string;
}

export interface Brief {
  /** The portfolio in one or two sentences: its cost a month and a year against running everything on proprietary APIs. */
  headline: string;
  /** When the portfolio costs more than the all-proprietary baseline: what the extra money buys. Null otherwise. */
  extra: string | null;
  /** What the portfolio would cost with the too-close-to-call choices made the other way; null when nothing changes. */
  range: string | null;
  /** The planning figures the answers change, with the catalog's beside them; null when they change none. */
  assumptions: string | null;
  /** The currency amounts are shown in and the rate they were converted at; null for US dollars. */
  currency: string | null;
  picks: BriefPick[];
  /** The duties that come first (in force and due before go-live first, then by date), at most three. */
  firstDuties: BriefDuty[];
  /** All the portfolio's duties, for "and N more". */
  dutyCount: number;
  /** Of the duties not listed, the first that applies from a later date. */
  nextDated: { law: string; from: string } | null;
  /** What to do next, in order, worked out from the recommendation. */
  nextSteps: string[];
}

/** Said when the rule pack flags no duty: not the same as "no law applies". */
export const NO_DUTIES =
  'The rule pack flags no duties for these answers. It covers GDPR, HIPAA, the EU AI Act and the other laws its rules name, not every law that may apply.';

/** Why the brief lists no duty: none at all, or only the pack's own advice. Null when it lists some. */
export function noDutiesWords(b: Pick<Brief, 'firstDuties' | 'dutyCount'>): string | null {
  if (b.firstDuties.length > 0) return null;
  if (b.dutyCount === 0) return NO_DUTIES;
  return `No law the rule pack covers puts a duty on these picks; its ${b.dutyCount === 1 ? 'one point' : `${b.dutyCount} points`} of advice on running them ${b.dutyCount === 1 ? 'is' : 'are'} in the obligations checklist.`;
}

/**
 * The duties the brief leaves out, and where to find them ("10 more in the obligations checklist, among them EU AI
 * Act duties that apply from 2 December 2027"), without a full stop; `below` for a document where the checklist
 * follows. Null when it leaves none out, or lists none (noDutiesWords then says where they are).
 */
export function moreDutiesWords(b: Pick<Brief, 'firstDuties' | 'dutyCount' | 'nextDated'>, below = false): string | null {
  const more = b.dutyCount - b.firstDuties.length;
  if (more <= 0 || b.firstDuties.length === 0) return null;
  const dated = b.nextDated ? `, among them ${b.nextDated.law} duties that apply from ${b.nextDated.from}` : '';
  return `${more} more in the obligations checklist${below ? ' below' : ''}${dated}`;
}

/** How many duties the brief lists. */
export const BRIEF_DUTIES = 3;

const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;
const useCases = (n: number) => `${n} ${n === 1 ? 'use case' : 'use cases'}`;

function marginOf(u: UseCaseResult, answers: Answers, rs: Pick<RuleSetData, 'scoring'>): string {
  if (!u.recommended) return 'Every option is excluded';
  const d = decisionOf(u, answers.priorities, rs);
  if (!d) return 'The only eligible model';
  if (d.closeCall) {
    const also = alsoClose(u, answers.priorities, rs).map((c) => c.choice.model);
    const threshold = points(rs.scoring.closeCallPoints ?? CLOSE_CALL_POINTS);
    const others = also.length > 0 ? `; ${listWords(also)} ${also.length === 1 ? 'is' : 'are'} within ${threshold} too` : '';
    return `Too close to call: ${points(d.margin)} apart${others}`;
  }
  // Under the threshold yet no close call: the engine found the pick at least as good on everything, which the words say.
  const nowhereBehind = d.margin < (rs.scoring.closeCallPoints ?? CLOSE_CALL_POINTS);
  // Costing the same to the dollar: the lead is not bought with money, whatever the margin, and the words say so.
  const runnerUp = runnerUpOf(u);
  if (runnerUp && d.ahead.length > 0 && Math.abs(runnerUp.monthlyCostUsd - u.recommended.monthlyCostUsd) < 1)
    return `Ahead of ${runnerUp.model} on ${listWords(d.ahead.map((s) => s.dimension))} at the same cost (${points(d.margin)})${nowhereBehind ? ', behind on nothing' : ''}`;
  return `Leads by ${points(d.margin)}${d.ahead.length > 0 ? `, on ${listWords(d.ahead.map((s) => s.dimension))}` : ''}${nowhereBehind ? ', behind on nothing' : ''}`;
}

/** Where a go/no-go duty holds the pick, the pick is conditional on it: the margin says so, naming the laws. */
function goNoGoWords(u: UseCaseResult): string {
  const laws = [...new Set(u.obligations.filter((o) => o.phase === 'go-no-go').map(lawOf))];
  return laws.length > 0 ? `; go/no-go first: ${listWords(laws)}` : '';
}

function pickLine(u: UseCaseResult, answers: Answers, rs: RuleSetData): BriefPick {
  const r = u.recommended;
  const runnerUp = runnerUpOf(u);
  const useCase = answers.useCases.find((x) => x.id === u.id);
  const estimated = [r, runnerUp].flatMap((c) => (c && useCase && qualityEstimated(rs, useCase, c.optionId) ? [c.model] : []));
  return {
    useCaseId: u.id,
    name: u.name,
    pick: r
      ? { label: r.label, deployment: r.deployment, deploymentLabel: DEPLOYMENT_LABELS[r.deployment], monthlyCostUsd: r.monthlyCostUsd }
      : null,
    equalChoice:
      u.closeCall && runnerUp
        ? {
            label: runnerUp.label,
            monthlyCostUsd: runnerUp.monthlyCostUsd,
            portfolioChangeUsd: u.equalChoiceMonthlyChangeUsd ?? runnerUp.monthlyCostUsd - (r?.monthlyCostUsd ?? 0),
            duties: (u.equalChoiceObligations ?? []).filter((o) => o.phase === 'go-no-go' || o.phase === 'before-go-live'),
            estimated,
          }
        : null,
    margin: `${marginOf(u, answers, rs)}${goNoGoWords(u)}`,
    closeCall: u.closeCall && runnerUp !== undefined,
  };
}

function headlineOf(rec: RecommendationV1): string {
  const p = rec.portfolio;
  const served = rec.useCases.filter((u) => u.recommended).length;
  const cost = `The recommended portfolio runs ${served === rec.useCases.length ? useCases(served) : `${served} of ${useCases(rec.useCases.length)}`} for about ${money(p.monthlyCostUsd)} a month (${money(p.monthlyCostUsd * 12)} a year)`;
  const base = p.allProprietaryMonthlyCostUsd;
  const diff = p.monthlyCostUsd - base;
  const allApi = served > 0 && rec.useCases.every((u) => !u.recommended || u.recommended.weights === 'closed');
  const noApi = useCasesWithoutApi(rec).map((u) => u.name);
  // Where no API is permitted the baseline counts the cheapest permitted option: "all on proprietary APIs" would be false.
  const baseline =
    noApi.length === 0
      ? served === 1
        ? 'running it on a proprietary API'
        : 'running them all on proprietary APIs'
      : `the baseline (proprietary APIs where one is permitted, the cheapest permitted option for ${listWords(noApi)})`;
  const against = allApi
    ? served === 1
      ? ', on a proprietary API.'
      : ', every pick on a proprietary API.'
    : noApi.length === served
      ? `. No proprietary API is permitted for ${served === 1 ? 'it' : 'any of them'}, so there is no all-proprietary alternative to compare with.`
      : Math.abs(diff) < 0.5 || base <= 0
        ? `, the same as ${baseline}.`
        : diff < 0
          ? `, ${percent(-diff / base)} less than ${baseline}: ${money(base)} a month.`
          : `, ${money(diff)} a month more than ${baseline}: ${money(base)} a month.`;
  const unserved = rec.useCases.filter((u) => !u.recommended).map((u) => u.name);
  const none =
    unserved.length > 0
      ? ` ${listWords(unserved)} ${unserved.length === 1 ? 'has' : 'have'} no permissible option: every option is excluded.`
      : '';
  return cost + against + none;
}

/**
 * The portfolio's cost if the too-close-to-call choices went the other way: from every cheaper equal choice taken to
 * every dearer one. Empty when no close call changes the cost by a dollar or more. Each change is the whole
 * portfolio's: leaving a shared self-hosted deployment leaves its cost to the use cases still on it.
 */
function rangeWords(picks: readonly BriefPick[], cost: number): string | null {
  let low = cost;
  let high = cost;
  for (const { pick, equalChoice } of picks) {
    if (!pick || !equalChoice) continue;
    const change = equalChoice.portfolioChangeUsd;
    if (change < 0) low += change;
    else high += change;
  }
  const lower = cost - low >= 1;
  const higher = high - cost >= 1;
  if (!lower && !higher) return null;
  const other = 'Taking the other option where a call is too close';
  if (lower && higher) return `${other} would make it between about ${money(low)} and ${money(high)} a month.`;
  return lower ? `${other} would lower it to about ${money(low)} a month.` : `${other} would raise it to about ${money(high)} a month.`;
}

/**
 * What the baseline prices a use case at: its best-ranked eligible API, or where none is permitted the cheapest
 * eligible option (as the engine's baseline does).
 */
function baselineChoice(u: UseCaseResult): Choice | undefined {
  const choices = [u.recommended, ...u.alternatives].filter((c): c is Choice => c !== null);
  return (
    choices.find((c) => c.weights === 'closed') ??
    choices.reduce<Choice | undefined>((min, c) => (!min || c.monthlyCostUsd < min.monthlyCostUsd ? c : min), undefined)
  );
}

/** When the portfolio costs more than the baseline: per use case whose pick costs more than its baseline, what the extra buys. */
function extraOf(rec: RecommendationV1, answers: Answers, rs: Pick<RuleSetData, 'scoring'>): string | null {
  const p = rec.portfolio;
  if (p.monthlyCostUsd - p.allProprietaryMonthlyCostUsd < 0.5) return null;
  // With no API permitted anywhere there is no all-proprietary alternative: each use case's notes say what a dearer pick buys.
  const served = rec.useCases.filter((u) => u.recommended).length;
  if (useCasesWithoutApi(rec).length === served) return null;
  const weights = dimensionWeights(answers.priorities, rs);
  const bought: string[] = [];
  for (const u of rec.useCases) {
    const pick = u.recommended;
    const base = baselineChoice(u);
    if (!pick || !base || base === pick || pick.monthlyCostUsd <= base.monthlyCostUsd) continue;
    const gains = dimensionShares(pick, base, weights).filter((s) => s.dimension !== 'cost' && s.points > 0 && s.weighted > 0);
    const what = gains.map((s) => `${points(s.points)} of ${s.dimension}`);
    bought.push(
      `${listWords(what.slice(0, 2)) || 'no higher score'} for ${u.name} (${money(pick.monthlyCostUsd - base.monthlyCostUsd)} a month more than ${base.label})`,
    );
  }
  return bought.length > 0 ? `The extra money buys ${listWords(bought)}: your priorities weigh that above the saving.` : null;
}

/** A duty a law imposes, as against the pack's own advice on licences, security and operations. */
export function isLegal(o: Obligation): boolean {
  return o.law !== undefined || o.topic === 'gdpr' || o.topic === 'hipaa' || o.topic === 'eu-ai-act';
}

/**
 * The order duties come in: go/no-go first (they decide whether a use case may go ahead at all); then in force before
 * not yet in force; before go-live, then unmarked, then ongoing; then as the pack lists them (a duty in force has no
 * deadline to sort by); one not yet in force by the date it applies from.
 */
function dutyOrder(today: string) {
  const phase = (o: Obligation) => (o.phase === 'before-go-live' ? 0 : o.phase === 'ongoing' ? 2 : 1);
  const future = (o: Obligation) => o.appliesFrom !== undefined && o.appliesFrom > today;
  const gate = (o: Obligation) => o.phase === 'go-no-go';
  return (a: { o: Obligation; i: number }, b: { o: Obligation; i: number }) =>
    Number(gate(b.o)) - Number(gate(a.o)) ||
    Number(future(a.o)) - Number(future(b.o)) ||
    phase(a.o) - phase(b.o) ||
    (future(a.o) ? (a.o.appliesFrom ?? '').localeCompare(b.o.appliesFrom ?? '') : 0) ||
    a.i - b.i;
}

/** A law's duties, in the order they come, leaving out the pack's own advice (operations, security, licences). */
function legalDuties(obligations: readonly Obligation[], today: string): Obligation[] {
  return obligations
    .map((o, i) => ({ o, i }))
    .filter(({ o }) => isLegal(o))
    .sort(dutyOrder(today))
    .map(({ o }) => o);
}

/**
 * The duties that come first, at most `BRIEF_DUTIES`: the first duty of each law in turn, so that three duties of one
 * broad law do not crowd out the one a particular law puts on this organisation; then the next ones in order. A law
 * whose first duty is an ongoing one gets no place of its own: the AI Act's staff literacy does not push a GDPR
 * transfer assessment due before go-live out, and comes in order after it.
 */
function firstObligations(obligations: readonly Obligation[], today: string): Obligation[] {
  const ordered = legalDuties(obligations, today);
  const first: Obligation[] = [];
  const laws = new Set<string>();
  for (const o of ordered) {
    const law = lawOf(o);
    if (laws.has(law)) continue;
    laws.add(law);
    if (first.length < BRIEF_DUTIES && o.phase !== 'ongoing') first.push(o);
  }
  for (const o of ordered) if (first.length < BRIEF_DUTIES && !first.includes(o)) first.push(o);
  return ordered.filter((o) => first.includes(o));
}

/** The duties that come first, at most `BRIEF_DUTIES`, in the order they come. */
export function firstDuties(obligations: readonly Obligation[], today: string): BriefDuty[] {
  return firstObligations(obligations, today).map((o) => ({
    law: lawOf(o),
    text: o.text,
    phase: o.phase ?? null,
    phaseLabel: phaseWords(o),
    when: dateWords(o, today),
  }));
}

/** Of the duties the brief does not list, the first that applies from a later date: its law and that date in words. */
function nextDatedDuty(obligations: readonly Obligation[], today: string): { law: string; from: string } | null {
  const listed = firstObligations(obligations, today);
  const later = obligations
    .filter((o) => !listed.includes(o) && o.appliesFrom !== undefined && o.appliesFrom > today)
    .sort((a, b) => (a.appliesFrom ?? '').localeCompare(b.appliesFrom ?? ''));
  const first = later[0];
  return first?.appliesFrom ? { law: lawOf(first), from: asOfDate(first.appliesFrom) } : null;
}

/** Every self-hosted deployment among the picks, once, with the use cases on it. */
function selfHostedDeployments(rec: RecommendationV1): { pick: Choice; names: string[]; ids: string[] }[] {
  const byOption = new Map<string, { pick: Choice; names: string[]; ids: string[] }>();
  for (const u of rec.useCases) {
    const pick = u.recommended;
    if (!pick?.selfHosting) continue;
    const entry = byOption.get(pick.optionId) ?? { pick, names: [], ids: [] };
    entry.names.push(u.name);
    entry.ids.push(u.id);
    byOption.set(pick.optionId, entry);
  }
  return [...byOption.values()];
}

/** Whether any of these use cases sends personal or health data. */
function personal(answers: Answers, ids: readonly string[]): boolean {
  return answers.useCases.some((u) => ids.includes(u.id) && (u.dataSensitivity === 'personal' || u.dataSensitivity === 'health'));
}

/**
 * Long-context use cases that give no request size are priced as the pack's planning request: one step asks for
 * theirs, since it decides whether long-context prices apply and which context windows are big enough.
 */
function requestSizeSteps(rec: RecommendationV1, answers: Answers, rs: RuleSetData): string[] {
  const names = answers.useCases.flatMap((u, i) =>
    u.longContext && u.requestInputTokens === undefined && rec.useCases[i]?.recommended ? [u.name] : [],
  );
  if (names.length === 0) return [];
  const planned = catalogWith(rs.catalog, answers.assumptions).assumptions.longContextRequestTokens.value;
  const [their, cost] = names.length === 1 ? ['its', 'its cost assumes'] : ['their', 'their costs assume'];
  return [
    `Give the typical request size of ${listWords(names)} in the use-cases step: ${cost} requests of ${planned.toLocaleString('en')} input tokens (the rule pack's planning figure), which some providers bill at long-context prices, and ${their} context-window check is only a scoring one until a size is given.`,
  ];
}

/**
 * What the stricter answer a duty asks for would give (RecommendationV1 portfolio.reruns): its monthly cost and its
 * pick per use case, so the choice the duty puts to the reader is on the page, not only the instruction to re-run.
 */
function rerunSteps(rec: RecommendationV1): string[] {
  return (rec.portfolio.reruns ?? []).map((r) => {
    const laws = [...new Set(r.ruleIds.flatMap((id) => rec.portfolio.obligations.filter((o) => o.ruleId === id).map((o) => lawOf(o))))];
    // One entry per pick and what rules it out here, with the use cases it is for.
    const byPick = new Map<string, { label: string; ruledOut: string; names: string[] }>();
    const none: string[] = [];
    for (const p of r.picks) {
      const name = rec.useCases.find((u) => u.id === p.useCaseId)?.name ?? p.useCaseId;
      if (p.label === null) {
        none.push(name);
        continue;
      }
      // A stricter answer can leave the best of weaker options: say where the recommendation itself rules it out.
      const ruledOut = p.ruledOutBy ? ` (which this report rules out there: ${p.ruledOutBy.join(', ')})` : '';
      const key = `${p.label}\u0000${ruledOut}`;
      const entry = byPick.get(key) ?? { label: p.label, ruledOut, names: [] };
      entry.names.push(name);
      byPick.set(key, entry);
    }
    const picks = [...byPick.values()].map((e) => `${e.label} for ${listWords(e.names)}${e.ruledOut}`);
    if (none.length > 0) picks.push(`no option for ${listWords(none)}`);
    return `With EU-owned providers only, the first filter ${listWords(laws)} may require for such data (each offer must still hold its qualification), the portfolio would cost about ${money(r.monthlyCostUsd)} a month (${money(rec.portfolio.monthlyCostUsd)} as recommended): ${picks.join('; ')}. Answer “Only EU-owned providers may process the data” (regulation.euOwnedOnly) to see its reasons and duties.`;
  });
}

/** One trial per pair of equal choices, however many use cases share it, with what the cheaper one saves. */
function trialSteps(picks: BriefPick[], answers: Answers): string[] {
  type Pair = {
    a: string;
    b: string;
    ids: string[];
    names: string[];
    aCost: number;
    bCost: number;
    duties: Map<string, Map<string, Obligation>>;
    estimated: Set<string>;
    /** Some use case's change of cost is not the two options' own difference: a self-hosted deployment is shared. */
    pooled: boolean;
  };
  const pairs = new Map<string, Pair>();
  for (const p of picks) {
    if (!p.closeCall || !p.pick || !p.equalChoice) continue;
    const [a, b] = [p.pick.label, p.equalChoice.label].sort();
    const key = `${a}\u0000${b}`;
    const pair: Pair = pairs.get(key) ?? {
      a: a!,
      b: b!,
      ids: [],
      names: [],
      aCost: 0,
      bCost: 0,
      duties: new Map(),
      estimated: new Set(),
      pooled: false,
    };
    for (const model of p.equalChoice.estimated) pair.estimated.add(model);
    pair.ids.push(p.useCaseId);
    pair.names.push(p.name);
    const brought = pair.duties.get(p.equalChoice.label) ?? new Map<string, Obligation>();
    for (const o of p.equalChoice.duties) brought.set(o.id, o);
    if (brought.size > 0) pair.duties.set(p.equalChoice.label, brought);
    // What the portfolio costs with the pick and with the equal choice, for these use cases' part of it.
    const aIsPick = a === p.pick.label;
    const other = p.pick.monthlyCostUsd + p.equalChoice.portfolioChangeUsd;
    if (Math.abs(p.equalChoice.portfolioChangeUsd - (p.equalChoice.monthlyCostUsd - p.pick.monthlyCostUsd)) >= 1) pair.pooled = true;
    pair.aCost += aIsPick ? p.pick.monthlyCostUsd : other;
    pair.bCost += aIsPick ? other : p.pick.monthlyCostUsd;
    pairs.set(key, pair);
  }
  return [...pairs.values()].map((t) => {
    const sample = personal(answers, t.ids) ? 'a de-identified sample' : 'a sample';
    const gap = Math.abs(t.aCost - t.bCost);
    const cheaper = t.aCost < t.bCost ? t.a : t.b;
    // Where a self-hosted deployment is shared, the saving is the portfolio's, not the difference of the two shown costs.
    const saving =
      gap < 0.05 * Math.max(t.aCost, t.bCost)
        ? ''
        : t.pooled
          ? ` With ${cheaper} the portfolio costs ${money(gap)} a month less: a self-hosted deployment the other use cases already run adds little, and one the use case would run alone is paid in full.`
          : ` ${cheaper} costs ${money(gap)} a month less.`;
    const settle = [...t.duties].map(
      ([label, duties]) =>
        ` Before ${label} sees real data, settle what it brings that the other does not: ${[...duties.values()].map((o) => (isLegal(o) ? `${lawOf(o)}: ${o.text}` : o.text)).join(' ')}`,
    );
    const models = [...t.estimated];
    const estimate =
      models.length === 0
        ? ''
        : models.length === 1
          ? ` ${models[0]}'s quality score is the rule pack's estimate, not a measured index score (the catalog says how it was placed): the trial decides.`
          : ` The quality scores of ${listWords(models)} are the rule pack's estimates, not measured index scores (the catalog says how each was placed): the trial decides.`;
    return `Try ${t.a} and ${t.b} side by side on ${sample} of your own ${listWords(t.names)} work: the rules cannot separate them.${saving}${estimate}${settle.join('')}`;
  });
}

/** What to do about each self-hosted deployment: the hardware, what its utilisation means, the on-call cover. */
function selfHostedSteps(rec: RecommendationV1, answers: Answers, rs: RuleSetData, today: string): string[] {
  const assumed = catalogWith(rs.catalog, answers.assumptions).assumptions;
  return selfHostedDeployments(rec).flatMap(({ pick, names, ids }) => {
    const s = pick.selfHosting;
    if (!s) return [];
    const gpuType = rs.catalog.gpuTypes.find((g) => g.id === s.gpuType);
    const gpu = gpuType?.label ?? s.gpuType;
    const index = rec.useCases.findIndex((u) => u.recommended?.optionId === pick.optionId);
    const pooled = index >= 0 ? pooledDependencyOf(rec, index) : null;
    const hardware =
      s.gpuChannel === 'on-prem'
        ? `Check that ${s.gpus} × ${gpu} are free for ${pick.label} on your own hardware`
        : `Get quotes for ${s.gpus} × ${gpu} to run ${pick.label}`;
    const load =
      s.utilisation < 0.3
        ? ` The work uses about ${percent(s.utilisation)} of that capacity on average: the cost is a fixed one (the ${s.replicas} replicas kept for resilience and the engineers who run them), so volume can grow a long way before it rises.`
        : ` The cost assumes about ${percent(s.utilisation)} average utilisation.`;
    const price = s.gpuChannel === 'on-prem' ? gpuType?.purchaseUsd : gpuType?.rentalUsdPerHour[s.gpuChannel];
    const stale =
      price && monthsBetween(price.asOf, today) >= 12 ? ` The GPU price used is from ${asOfDate(price.asOf)}: get a current one.` : '';
    const shared = pooled
      ? ` The cost holds only while ${names.length === 2 ? 'both' : `all ${names.length}`} stay on the one deployment.`
      : '';
    const which = names.length > 1 && names.length === rec.useCases.length ? `all ${names.length} use cases` : listWords(names);
    // The cost model charges a 24/7 rota where any use case on the deployment needs one (customer-facing or critical).
    const rota = answers.useCases.some((u) => ids.includes(u.id) && needsOnCall(u));
    const cover = rota
      ? ', and plan the 24/7 on-call cover the cost includes.'
      : `. The cost includes no 24/7 on-call rota (none of the work on it serves customers or critical decisions in real time); one would add about ${money(assumed.onCall.value.hoursPerMonth * assumed.engineerHourUsd.value)} a month.`;
    return [`${hardware} (${which})${cover}${load}${stale}${shared}`];
  });
}

function nextStepsOf(rec: RecommendationV1, answers: Answers, rs: RuleSetData, picks: BriefPick[], today: string): string[] {
  const steps: string[] = [];
  const unserved = picks.filter((p) => !p.pick).map((p) => p.name);
  if (unserved.length > 0)
    steps.push(
      `Resolve ${listWords(unserved)}: every option is excluded. The use case's exclusions name the answers and rules behind each one.`,
    );
  // A go/no-go condition can end a use case: settled before anyone spends time on trials or contracts.
  const gates = rec.portfolio.obligations.filter((o) => o.phase === 'go-no-go');
  if (gates.length > 0) {
    // Which use cases wait on them, by name: the checklist lists the duty once for all of them.
    const ids = new Set(gates.map((o) => o.id));
    const held = rec.useCases.filter((u) => u.obligations.some((o) => ids.has(o.id))).map((u) => u.name);
    const which = held.length === 0 || (held.length === rec.useCases.length && held.length > 1) ? 'the use cases' : listWords(held);
    // Counted by rule: one duty with each use case's own figures is one condition.
    const conditions = new Set(gates.map((o) => o.ruleId)).size;
    steps.push(
      `Settle ${conditions === 1 ? 'the go/no-go condition' : `the ${conditions} go/no-go conditions`} (${listWords([...new Set(gates.map(lawOf))])}) before anything else: ${conditions === 1 ? 'it decides' : 'they decide'} whether ${which} may go ahead as planned.`,
    );
  }
  steps.push(...rerunSteps(rec));
  // The contracts and assessments come before any real data reaches a provider, trials included.
  const marked = rec.portfolio.obligations.filter((o) => o.phase === 'before-go-live');
  const beforeGoLive = marked.length;
  // Where no law puts a duty on the picks, what is marked is the pack's advice, and is called that.
  const [one, many] = marked.some(isLegal) ? ['duty', 'duties'] : ['point of advice', 'points of advice'];
  if (beforeGoLive > 0)
    steps.push(
      `Give ${beforeGoLive === 1 ? `the ${one}` : `each of the ${beforeGoLive} ${many}`} marked “Before go-live” an owner and a date before the first use case goes live, trials on real data included.`,
    );
  steps.push(...trialSteps(picks, answers), ...selfHostedSteps(rec, answers, rs, today), ...requestSizeSteps(rec, answers, rs));
  // Each bought pick with the figures its costs use that were read only in another party's copy of the vendor's page.
  const bought = new Map<string, Set<string>>();
  rec.useCases.forEach((u, i) => {
    const useCase = answers.useCases[i];
    if (!u.recommended || u.recommended.deployment === 'self-hosted' || !useCase) return;
    const figures = bought.get(u.recommended.label) ?? new Set<string>();
    for (const f of unconfirmedFigures(rs, answers, useCase, u.recommended)) figures.add(f);
    bought.set(u.recommended.label, figures);
  });
  // A price check is worth a step when the bill is: not for a few dollars a month.
  const material = materialFor(rs.scoring.materialMonthlyUsd ?? 2000, answers.priorities.cost);
  if (rec.portfolio.pricesAsOf && bought.size > 0 && rec.portfolio.monthlyCostUsd >= material)
    steps.push(
      `Check current prices for ${listWords([...bought.keys()])}, and ask about volume terms, before you commit: the oldest price these costs rest on is from ${asOfDate(rec.portfolio.pricesAsOf)}.${unconfirmedWords(bought)}`,
    );
  return steps;
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The sentence that asks for the figures read only in secondary sources to be confirmed, or nothing when there are none.
 * @example unconfirmedWords(new Map([['Claude Haiku 5.5 (Anthropic API)', new Set(['batch discount'])]])) // ' The batch discount of Claude Haiku 5.5 (Anthropic API) was read…'
 */
function unconfirmedWords(bought: ReadonlyMap<string, ReadonlySet<string>>): string {
  const parts = [...bought].flatMap(([label, figures]) => (figures.size > 0 ? [`the ${listWords([...figures])} of ${label}`] : []));
  if (parts.length === 0) return '';
  const count = [...bought.values()].reduce((n, f) => n + f.size, 0);
  const [was, them] = count === 1 ? ['was', 'it'] : ['were', 'them'];
  return ` ${upperFirst(listWords(parts))} ${was} read only in another party's copy or note, not on the vendor's own page: confirm ${them} first.`;
}

/**
 * The planning figures the scenario changed, each with the catalog's: those the picks' costs rest on ("These costs
 * use …"), and apart from them those that change none of these costs (a GPU price when every pick is bought per
 * token, say), which can still change how the options compare. Null when the scenario changed none.
 * @example assumptionsWords(answers, catalog, rec) // 'These costs use planning figures changed for this scenario: engineer hour $150 (catalog $100).'
 */
export function assumptionsWords(answers: Answers, c: CatalogFile, rec: RecommendationV1): string | null {
  const a = answers.assumptions;
  if (!a) return null;
  const p = c.assumptions;
  const was = (now: string, then: string) => `${now} (catalog ${then})`;
  const selfHosted = rec.useCases.flatMap((u) => (u.recommended?.selfHosting ? [u.recommended.selfHosting] : []));
  const rented = answers.team.gpuAccess !== 'on-prem';
  const inputShared = answers.useCases.some((u) => u.inputShare === undefined);
  const parts: { words: string; used: boolean }[] = [
    a.engineerHourUsd === undefined
      ? null
      : { words: `engineer hour ${was(dollars(a.engineerHourUsd), dollars(p.engineerHourUsd.value))}`, used: selfHosted.length > 0 },
    a.targetUtilisation === undefined
      ? null
      : {
          words: `utilisation in the busiest hour ${was(percent(a.targetUtilisation), percent(p.targetUtilisation.value))}`,
          used: selfHosted.length > 0,
        },
    a.peakToAverage === undefined
      ? null
      : { words: `busiest hour ${was(`${a.peakToAverage}× the average`, `${p.peakToAverage.value}×`)}`, used: selfHosted.length > 0 },
    a.inputTokenShare === undefined
      ? null
      : { words: `input share ${was(percent(a.inputTokenShare), percent(p.inputTokenShare.value))}`, used: inputShared },
    ...c.gpuTypes.flatMap((g) =>
      (['gpu-cloud', 'hyperscaler'] as const).flatMap((channel) => {
        const v = a.gpuHourUsd?.[g.id]?.[channel];
        if (v === undefined) return [];
        const where = channel === 'gpu-cloud' ? 'a GPU cloud' : 'a hyperscaler';
        const used = rented && channel === p.rentalChannel.value && selfHosted.some((h) => h.gpuType === g.id);
        return [
          { words: `${g.label} from ${where} ${was(`${dollars(v)} per GPU-hour`, dollars(g.rentalUsdPerHour[channel].value))}`, used },
        ];
      }),
    ),
  ].filter((x) => x !== null);
  const used = parts.filter((x) => x.used).map((x) => x.words);
  const unused = parts.filter((x) => !x.used).map((x) => x.words);
  const sentences = [
    used.length > 0 ? `These costs use planning figures changed for this scenario: ${listWords(used)}.` : null,
    unused.length > 0
      ? `${used.length > 0 ? 'Also changed' : 'Changed for this scenario'}, though none of these costs rests on ${unused.length === 1 ? 'it' : 'them'}: ${listWords(unused)}; ${unused.length === 1 ? 'it' : 'they'} can still change how the options compare.`
      : null,
  ].filter((x) => x !== null);
  return sentences.length === 0 ? null : sentences.join(' ');
}

/**
 * The decision brief for a recommendation. `today` (YYYY-MM-DD) dates the duties; the caller reads the clock.
 * @example buildBrief(rec, answers, ruleSet, '2026-12-07').picks[0].margin // 'Leads by 4.83 points, on feasibility and cost'
 */
export function buildBrief(rec: RecommendationV1, answers: Answers, rs: RuleSetData, today: string): Brief {
  const picks = rec.useCases.map((u) => pickLine(u, answers, rs));
  return {
    headline: headlineOf(rec),
    extra: extraOf(rec, answers, rs),
    range: rangeWords(picks, rec.portfolio.monthlyCostUsd),
    assumptions: assumptionsWords(answers, rs.catalog, rec),
    currency: currencyWords(answers, rs.catalog),
    picks,
    firstDuties: firstDuties(rec.portfolio.obligations, today),
    dutyCount: rec.portfolio.obligations.length,
    nextDated: nextDatedDuty(rec.portfolio.obligations, today),
    nextSteps: nextStepsOf(rec, answers, rs, picks, today),
  };
}
