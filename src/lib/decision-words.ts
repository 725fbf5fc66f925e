import type { Answers, Choice, RecommendationV1, UseCaseResult } from '../domain';
import type { Dimension } from '../domain/enums';
import type { RuleSetData } from '../engine';
import { CLOSE_CALL_POINTS, decisionOf, pooledDependencyOf, premiumOf, runnerUpOf, sameModelChannels } from '../engine/decision';
import type { Decision, DimensionShare, PooledDependency, Premium } from '../engine/decision';
import { money } from './format';

/*
 * The sentences the results page, the PDF and the Markdown use for a pick's margin, its premium over the cheapest
 * option, a pooled cost and the weights: one wording for all three.
 */

const DIMENSION_WORDS: Record<Dimension, string> = { quality: 'quality', cost: 'cost', control: 'control', feasibility: 'feasibility' };

const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;

/** A list in words. @example listWords(['a', 'b', 'c']) // 'a, b and c' */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function shareWords(s: DimensionShare, side: 'ahead' | 'behind' = 'ahead'): string {
  return `${DIMENSION_WORDS[s.dimension]} (${points(s.points)} ${side}, worth ${points(s.weighted)} of the total)`;
}

/**
 * The margin in words a CTO reads: by how much the pick leads, every dimension that carries the lead and every one
 * against it (each worth half a point of the total or more), and whether it is too close to call.
 * @example marginWords(decision, 2) // 'Too close to call: Claude Haiku 5.5 leads GPT-6 Luna by 0.6 points of 100, …'
 */
export function marginWords(d: Decision, threshold: number): string {
  const lead = `${d.pick.label} leads ${d.runnerUp.label} by ${points(d.margin)} of 100`;
  const ahead = listWords(d.ahead.map((s) => shareWords(s)));
  if (d.closeCall) {
    const sides = [
      ahead ? `${d.pick.label} is ahead on ${ahead}` : null,
      d.behind.length > 0 ? `${d.runnerUp.label} on ${listWords(d.behind.map((s) => shareWords(s)))}` : null,
    ].filter((s): s is string => s !== null);
    return (
      `Too close to call: ${lead}, less than the ${points(threshold)} that make a clear pick. Treat the two as equal choices` +
      (sides.length > 0 ? `: ${sides.join('; ')}.` : '.') +
      ' Decide on what matters more to you here, or try both on your own data.'
    );
  }
  const why = ahead ? `: ahead on ${ahead}` : '';
  const against = d.behind.length > 0 ? `, behind on ${listWords(d.behind.map((s) => shareWords(s, 'behind')))}` : '';
  return `A clear pick: ${lead}${why}${against}.`;
}

/**
 * The pick's model on other channels at about the same score: a choice of cloud and contract, not of model.
 * @example channelWords([bedrock]) // 'The same model is also offered as Claude Opus 5.5 (AWS Bedrock) at about the same score: …'
 */
export function channelWords(channels: readonly Choice[]): string {
  return (
    `The same model is also offered as ${listWords(channels.map((c) => c.label))} at about the same score: choose the channel ` +
    'whose cloud, contract and regions you already have.'
  );
}

/**
 * What a pick that costs a multiple of the cheapest eligible option buys with the extra money.
 * @example premiumWords(premium) // 'Costs $27,143 a month more than the cheapest eligible option, GPT-6 Luna (10.5 times as much). The extra buys 34.5 points of quality.'
 */
export function premiumWords(p: Premium): string {
  const bought = p.buys.map((b) => `${points(b.points)} of ${DIMENSION_WORDS[b.dimension]}`);
  const times = Number.isFinite(p.ratio) ? ` (${p.ratio} times as much)` : '';
  const buys = bought.length > 0 ? ` The extra buys ${listWords(bought)}, which your priorities weigh above the saving.` : '';
  const which =
    p.qualityFloor === null
      ? 'the cheapest eligible option'
      : `the cheapest eligible option with a quality score of at least ${p.qualityFloor}`;
  return `Costs ${money(p.extraMonthlyUsd)} a month more than ${p.cheapest.label}, ${which}${times}.${buys}`;
}

/**
 * A pooled self-hosted cost and what it depends on.
 * @example pooledWords(dep) // 'This cost is a share of one self-hosted deployment that Customs documents also runs on. …'
 */
export function pooledWords(p: PooledDependency): string {
  const names = listWords(p.sharedWith.map((u) => u.name));
  const verb = p.sharedWith.length === 1 ? 'runs' : 'run';
  return (
    `This cost is a share of one self-hosted deployment that ${names} also ${verb} on. Run alone it would cost ` +
    `${money(p.standaloneMonthlyCostUsd)} a month instead of ${money(p.monthlyCostUsd)}: the share holds only while ${p.sharedWith.length === 1 ? 'that use case stays' : 'those use cases stay'} on it.`
  );
}

/**
 * The weights of the total score, feasibility's included.
 * @example weightWords({ quality: 3, cost: 3, control: 3 }, 3) // 'The total weighs quality 3, cost 3, control 3 (your priorities) and feasibility 3 (fixed by the rule pack), out of 12 in all.'
 */
export function weightWords(priorities: Answers['priorities'], feasibilityWeight: number): string {
  const total = priorities.quality + priorities.cost + priorities.control + feasibilityWeight;
  return (
    `The total weighs quality ${priorities.quality}, cost ${priorities.cost}, control ${priorities.control} (your priorities) ` +
    `and feasibility ${feasibilityWeight} (fixed by the rule pack), out of ${total} in all.`
  );
}

/** The close-call threshold a rule set applies. */
export function closeCallThreshold(rs: Pick<RuleSetData, 'scoring'>): number {
  return rs.scoring.closeCallPoints ?? CLOSE_CALL_POINTS;
}

/**
 * The pick's name, or both names when the call is too close; empty when there is no pick.
 * @example pickNames(u) // 'Claude Haiku 5.5 or GPT-6 Luna (too close to call)'
 */
export function pickNames(u: Pick<UseCaseResult, 'recommended' | 'alternatives' | 'closeCall'>): string {
  const runnerUp = runnerUpOf(u);
  const label = u.recommended?.label ?? '';
  return u.closeCall && runnerUp ? `${label} or ${runnerUp.label} (too close to call)` : label;
}

/**
 * The one-line verdict for a use case: its pick, or both options when the call is too close, or none.
 * @example verdictWords(u) // 'Recommended: Claude Haiku 5.5, score 81 of 100, about $2,194 a month.'
 */
export function verdictWords(u: UseCaseResult): string {
  const pick = u.recommended;
  if (!pick) return 'No option is recommended: every option is excluded.';
  const runnerUp = runnerUpOf(u);
  if (u.closeCall && runnerUp)
    return (
      `Too close to call: ${pick.label} (score ${pick.score}, about ${money(pick.monthlyCostUsd)} a month) or ` +
      `${runnerUp.label} (score ${runnerUp.score}, about ${money(runnerUp.monthlyCostUsd)} a month).`
    );
  return `Recommended: ${pick.label}, score ${pick.score} of 100, about ${money(pick.monthlyCostUsd)} a month.`;
}

/**
 * What the results, the PDF and the Markdown say under a use case's verdict: the margin and what decided it, what a
 * dearer pick buys, and what a pooled cost depends on.
 * @example decisionSentences(rec, 0, answers.priorities, ruleSet) // ['A clear pick: …', 'Costs $27,143 a month more …']
 */
export function decisionSentences(
  rec: RecommendationV1,
  index: number,
  priorities: Answers['priorities'],
  rs: Pick<RuleSetData, 'scoring'>,
): string[] {
  const u = rec.useCases[index];
  if (!u) return [];
  const out: string[] = [];
  const decision = decisionOf(u, priorities, rs);
  if (decision) out.push(marginWords(decision, closeCallThreshold(rs)));
  const channels = sameModelChannels(u, closeCallThreshold(rs));
  if (channels.length > 0) out.push(channelWords(channels));
  const premium = premiumOf(u, rs, priorities.cost);
  if (premium) out.push(premiumWords(premium));
  const pooled = pooledDependencyOf(rec, index);
  if (pooled) out.push(pooledWords(pooled));
  return out;
}
