import { DEPLOYMENT_LABELS, type Answers, type Choice, type Obligation, type RecommendationV1, type UseCaseResult } from '../domain';
import type { Deployment } from '../domain/enums';
import type { RuleSetData } from '../engine';
import { decisionOf, dimensionShares, dimensionWeights, pooledDependencyOf, runnerUpOf } from '../engine/decision';
import { listWords } from './decision-words';
import { asOfDate, percent, usd } from './format';
import { dateWords, lawOf, phaseWords } from './obligation-words';

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
  /** In a close call, the runner-up, presented as an equal choice. */
  equalChoice: { label: string; monthlyCostUsd: number } | null;
  /** The margin in a few words: "Leads by 6 points, on cost", "Too close to call: 1.7 points apart". */
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

/** How many duties the brief lists. */
export const BRIEF_DUTIES = 3;

const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;
const useCases = (n: number) => `${n} ${n === 1 ? 'use case' : 'use cases'}`;

function marginOf(u: UseCaseResult, answers: Answers, rs: Pick<RuleSetData, 'scoring'>): string {
  if (!u.recommended) return 'Every option is excluded';
  const d = decisionOf(u, answers.priorities, rs);
  if (!d) return 'The only eligible model';
  if (d.closeCall) return `Too close to call: ${points(d.margin)} apart`;
  return `Leads by ${points(d.margin)}${d.decidedBy ? `, most of it on ${d.decidedBy.dimension}` : ''}`;
}

function pickLine(u: UseCaseResult, answers: Answers, rs: Pick<RuleSetData, 'scoring'>): BriefPick {
  const r = u.recommended;
  const runnerUp = runnerUpOf(u);
  return {
    useCaseId: u.id,
    name: u.name,
    pick: r
      ? { label: r.label, deployment: r.deployment, deploymentLabel: DEPLOYMENT_LABELS[r.deployment], monthlyCostUsd: r.monthlyCostUsd }
      : null,
    equalChoice: u.closeCall && runnerUp ? { label: runnerUp.label, monthlyCostUsd: runnerUp.monthlyCostUsd } : null,
    margin: marginOf(u, answers, rs),
    closeCall: u.closeCall && runnerUp !== undefined,
  };
}

function headlineOf(rec: RecommendationV1): string {
  const p = rec.portfolio;
  const served = rec.useCases.filter((u) => u.recommended).length;
  const cost = `The recommended portfolio runs ${served === rec.useCases.length ? useCases(served) : `${served} of ${useCases(rec.useCases.length)}`} for about ${usd(p.monthlyCostUsd)} a month (${usd(p.monthlyCostUsd * 12)} a year)`;
  const base = p.allProprietaryMonthlyCostUsd;
  const diff = p.monthlyCostUsd - base;
  const allApi = served > 0 && rec.useCases.every((u) => !u.recommended || u.recommended.weights === 'closed');
  const against = allApi
    ? served === 1
      ? ', on a proprietary API.'
      : ', every pick on a proprietary API.'
    : Math.abs(diff) < 0.5 || base <= 0
      ? `, the same as running them all on proprietary APIs.`
      : diff < 0
        ? `, ${percent(-diff / base)} less than running them all on proprietary APIs (${usd(base)} a month).`
        : `, ${usd(diff)} a month more than running them all on proprietary APIs (${usd(base)} a month).`;
  const unserved = rec.useCases.filter((u) => !u.recommended).map((u) => u.name);
  const none =
    unserved.length > 0
      ? ` ${listWords(unserved)} ${unserved.length === 1 ? 'has' : 'have'} no permissible option: every option is excluded.`
      : '';
  return cost + against + none;
}

/** The proprietary option the all-proprietary baseline prices a use case at: its best-ranked eligible API. */
function baselineChoice(u: UseCaseResult): Choice | undefined {
  return [u.recommended, ...u.alternatives].find((c): c is Choice => c !== null && c.weights === 'closed');
}

/** When the portfolio costs more than the baseline: per use case whose pick costs more than its API, what the extra buys. */
function extraOf(rec: RecommendationV1, answers: Answers, rs: Pick<RuleSetData, 'scoring'>): string | null {
  const p = rec.portfolio;
  if (p.monthlyCostUsd - p.allProprietaryMonthlyCostUsd < 0.5) return null;
  const weights = dimensionWeights(answers.priorities, rs);
  const bought: string[] = [];
  const noApi: string[] = [];
  for (const u of rec.useCases) {
    const pick = u.recommended;
    if (!pick) continue;
    const api = baselineChoice(u);
    if (!api) {
      if (pick.weights === 'open') noApi.push(u.name);
      continue;
    }
    if (api === pick || pick.monthlyCostUsd <= api.monthlyCostUsd) continue;
    const gains = dimensionShares(pick, api, weights).filter((s) => s.dimension !== 'cost' && s.points > 0 && s.weighted > 0);
    const what = gains.map((s) => `${points(s.points)} of ${s.dimension}`);
    bought.push(
      `${listWords(what.slice(0, 2)) || 'no higher score'} for ${u.name} (${usd(pick.monthlyCostUsd - api.monthlyCostUsd)} a month more than ${api.label})`,
    );
  }
  const sentences = [
    ...(bought.length > 0 ? [`The extra money buys ${listWords(bought)}: your priorities weigh that above the saving.`] : []),
    ...(noApi.length > 0
      ? [
          `No proprietary API is permitted for ${listWords(noApi)}: the baseline prices ${noApi.length === 1 ? 'it' : 'them'} at an API the rules rule out, so that part of the extra is what the rules require, not a choice.`,
        ]
      : []),
  ];
  return sentences.length > 0 ? sentences.join(' ') : null;
}

/** A duty a law imposes, as against the pack's own advice on licences, security and operations. */
function isLegal(o: Obligation): boolean {
  return o.law !== undefined || o.topic === 'gdpr' || o.topic === 'hipaa' || o.topic === 'eu-ai-act';
}

/**
 * The order duties come in: in force before not yet in force; before go-live, then unmarked, then ongoing; a law's
 * duties before the pack's advice; then by date; then as the pack lists them.
 */
function dutyOrder(today: string) {
  const phase = (o: Obligation) => (o.phase === 'before-go-live' ? 0 : o.phase === 'ongoing' ? 2 : 1);
  const future = (o: Obligation) => (o.appliesFrom !== undefined && o.appliesFrom > today ? 1 : 0);
  return (a: { o: Obligation; i: number }, b: { o: Obligation; i: number }) =>
    future(a.o) - future(b.o) ||
    phase(a.o) - phase(b.o) ||
    (isLegal(a.o) ? 0 : 1) - (isLegal(b.o) ? 0 : 1) ||
    (a.o.appliesFrom ?? '').localeCompare(b.o.appliesFrom ?? '') ||
    a.i - b.i;
}

/** The duties that come first, at most `BRIEF_DUTIES`. */
export function firstDuties(obligations: readonly Obligation[], today: string): BriefDuty[] {
  return obligations
    .map((o, i) => ({ o, i }))
    .sort(dutyOrder(today))
    .slice(0, BRIEF_DUTIES)
    .map(({ o }) => ({ law: lawOf(o), text: o.text, phase: o.phase ?? null, phaseLabel: phaseWords(o), when: dateWords(o, today) }));
}

/** Of the duties the brief does not list, the first that applies from a later date: its law and that date in words. */
function nextDatedDuty(obligations: readonly Obligation[], today: string): { law: string; from: string } | null {
  const rest = obligations
    .map((o, i) => ({ o, i }))
    .sort(dutyOrder(today))
    .slice(BRIEF_DUTIES)
    .map(({ o }) => o)
    .filter((o) => o.appliesFrom !== undefined && o.appliesFrom > today)
    .sort((a, b) => (a.appliesFrom ?? '').localeCompare(b.appliesFrom ?? ''));
  const first = rest[0];
  return first?.appliesFrom ? { law: lawOf(first), from: asOfDate(first.appliesFrom) } : null;
}

/** Every self-hosted deployment among the picks, once, with the use cases on it. */
function selfHostedDeployments(rec: RecommendationV1): { pick: Choice; names: string[] }[] {
  const byOption = new Map<string, { pick: Choice; names: string[] }>();
  for (const u of rec.useCases) {
    const pick = u.recommended;
    if (!pick?.selfHosting) continue;
    const entry = byOption.get(pick.optionId) ?? { pick, names: [] };
    entry.names.push(u.name);
    byOption.set(pick.optionId, entry);
  }
  return [...byOption.values()];
}

function nextStepsOf(rec: RecommendationV1, rs: RuleSetData, picks: BriefPick[]): string[] {
  const steps: string[] = [];
  const unserved = picks.filter((p) => !p.pick).map((p) => p.name);
  if (unserved.length > 0)
    steps.push(
      `Resolve ${listWords(unserved)}: every option is excluded. The use case's exclusions name the answers and rules behind each one.`,
    );
  for (const p of picks)
    if (p.closeCall && p.pick && p.equalChoice)
      steps.push(
        `Try ${p.pick.label} and ${p.equalChoice.label} side by side on a sample of your own ${p.name} work: the rules cannot separate them.`,
      );
  for (const { pick, names } of selfHostedDeployments(rec)) {
    const s = pick.selfHosting;
    if (!s) continue;
    const gpu = rs.catalog.gpuTypes.find((g) => g.id === s.gpuType)?.label ?? s.gpuType;
    const index = rec.useCases.findIndex((u) => u.recommended?.optionId === pick.optionId);
    const pooled = index >= 0 ? pooledDependencyOf(rec, index) : null;
    steps.push(
      `Get quotes for ${pick.label}, which runs ${listWords(names)}: ${s.gpus} × ${gpu}, costed at ${percent(s.utilisation)} average use, and the on-call cover the cost assumes.` +
        (pooled ? ` That cost holds only while ${names.length === 2 ? 'both' : `all ${names.length}`} stay on the one deployment.` : ''),
    );
  }
  const beforeGoLive = rec.portfolio.obligations.filter((o) => o.phase === 'before-go-live').length;
  if (beforeGoLive > 0)
    steps.push(
      `Give ${beforeGoLive === 1 ? 'the duty' : `each of the ${beforeGoLive} duties`} marked “Before go-live” an owner and a date before the first use case goes live.`,
    );
  const bought = rec.useCases.flatMap((u) => (u.recommended && u.recommended.deployment !== 'self-hosted' ? [u.recommended.optionId] : []));
  const providers = [...new Set(bought)]
    .map((id) => rs.options.find((o) => o.id === id)?.provider)
    .filter((p): p is string => p !== undefined);
  const names = [...new Set(providers)].sort();
  if (rec.portfolio.pricesAsOf && names.length > 0)
    steps.push(
      `Confirm the prices with ${listWords(names)} before you commit: the oldest price these costs rest on is from ${asOfDate(rec.portfolio.pricesAsOf)}.`,
    );
  return steps;
}

/**
 * The decision brief for a recommendation. `today` (YYYY-MM-DD) dates the duties; the caller reads the clock.
 * @example buildBrief(rec, answers, ruleSet, '2026-12-07').picks[0].margin // 'Leads by 6 points, most of it on cost'
 */
export function buildBrief(rec: RecommendationV1, answers: Answers, rs: RuleSetData, today: string): Brief {
  const picks = rec.useCases.map((u) => pickLine(u, answers, rs));
  return {
    headline: headlineOf(rec),
    extra: extraOf(rec, answers, rs),
    picks,
    firstDuties: firstDuties(rec.portfolio.obligations, today),
    dutyCount: rec.portfolio.obligations.length,
    nextDated: nextDatedDuty(rec.portfolio.obligations, today),
    nextSteps: nextStepsOf(rec, rs, picks),
  };
}
