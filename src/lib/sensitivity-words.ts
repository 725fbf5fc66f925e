import type { Sensitivity, UseCaseResult } from '../domain';
import type { RuleSetData } from '../engine';
import { money, tokenWords } from './format';

const GPU_WORDS: Record<string, string> = { none: 'no GPU access', cloud: 'cloud GPUs', 'on-prem': 'on-premises GPUs' };
const MATURITY_WORDS: Record<string, string> = { none: 'no MLOps practice', basic: 'basic MLOps', advanced: 'advanced MLOps' };
const PRIORITY_WORDS: Record<string, string> = { cost: 'cost', quality: 'quality', control: 'control' };

const VOLUME_PATH = /^useCases\[\d+\]\.monthlyTokens$/;

const engineers = (n: number | string) => `${n} ML ${Number(n) === 1 ? 'engineer' : 'engineers'}`;

/** The condition half of the sentence: what would have to be different. */
function changeWords(s: Sensitivity): string {
  const { input, from, to } = s;
  if (VOLUME_PATH.test(input) && typeof from === 'number' && typeof to === 'number') {
    return `If monthly volume ${to > from ? 'rose' : 'fell'} from about ${tokenWords(from)} to about ${tokenWords(to)} tokens`;
  }
  if (input === 'team.mlEngineers') return `If the team had ${engineers(to)} instead of ${from}`;
  if (input === 'team.mlopsMaturity') {
    return `If the team had ${MATURITY_WORDS[String(to)] ?? to} instead of ${MATURITY_WORDS[String(from)] ?? from}`;
  }
  if (input === 'team.gpuAccess') return `If the team had ${GPU_WORDS[String(to)] ?? to} instead of ${GPU_WORDS[String(from)] ?? from}`;
  const priority = /^priorities\.(\w+)$/.exec(input)?.[1];
  if (priority) {
    return `If ${PRIORITY_WORDS[priority] ?? priority} were weighted ${to} of 5 instead of ${from}`;
  }
  return `If ${input} changed from ${from} to ${to}`;
}

/**
 * One of the engine's sensitivity findings in plain words; option ids become labels through `labelOf`.
 * @example sensitivityText({ input: 'useCases[0].monthlyTokens', from: 2e9, to: 5.1e9, flipsTo: 'x' }, () => 'Llama 3.1 70B (self-hosted)')
 * // 'If monthly volume rose from about 2 billion to about 5.1 billion tokens, the recommendation would become Llama 3.1 70B (self-hosted).'
 */
export function sensitivityText(s: Sensitivity, labelOf: (optionId: string) => string, why?: AgainstPick): string {
  const outcome = s.flipsTo === null ? 'no option would be left to recommend' : `the recommendation would become ${labelOf(s.flipsTo)}`;
  return `${changeWords(s)}, ${outcome}${reasonWords(s, why)}`;
}

/**
 * The end of a flip's sentence: the rules that would newly count against the pick, else what the new pick would gain
 * and give up, else a full stop.
 */
function reasonWords(s: Sensitivity, why?: AgainstPick): string {
  const rules = why ? againstPickWords(s, why) : null;
  if (rules) return `, as ${rules}`;
  const trade = tradeWords(s);
  return trade ? `, which would then ${trade}.` : '.';
}

type Standing = NonNullable<Sensitivity['after']>['pick'];
const DIMENSIONS = ['quality', 'cost', 'control', 'feasibility'] as const;

/** Differences smaller than these are not worth a word: half a score point, a dollar a month. */
const MIN_POINTS = 0.5;
const MIN_USD = 1;

const points = (n: number) => String(Math.round(n * 10) / 10);

/** One dimension of the new pick against the current one, in words: money for cost, the score for the others. */
function compareWords(d: (typeof DIMENSIONS)[number], to: Standing, pick: Standing, lead: boolean): string {
  if (d === 'cost')
    return `cost ${money(to.monthlyCostUsd)} a month against ${money(pick.monthlyCostUsd)}${lead ? ' for the current pick' : ''}`;
  return `score ${points(to.scoreBreakdown[d])} on ${d} against ${points(pick.scoreBreakdown[d])}${lead ? ' for the current pick' : ''}`;
}

/**
 * What the new pick would gain and give up after the change, from `Sensitivity.after`: the dimension on which it would
 * lead the current pick by most, and the one on which it would trail by most (cost in money). Null without `after`,
 * or where the two would differ by less than half a point and a dollar.
 * @example tradeWords(s) // 'cost $1,397 a month against $55,292 for the current pick, but score 65.5 on quality against 100'
 */
export function tradeWords(s: Sensitivity): string | null {
  if (!s.after) return null;
  const { pick, flipsTo: to } = s.after;
  // How far the new pick would lead (positive) or trail (negative) on a dimension, in score points. Cost goes by
  // money: a cost equal to the dollar is no reason, and a cheaper option whose cost score barely moves (a tie
  // broken by cost) still leads on it.
  const gap = (d: (typeof DIMENSIONS)[number]): number => {
    const g = to.scoreBreakdown[d] - pick.scoreBreakdown[d];
    if (d !== 'cost') return Math.abs(g) < MIN_POINTS ? 0 : g;
    const usd = pick.monthlyCostUsd - to.monthlyCostUsd;
    return Math.abs(usd) < MIN_USD ? 0 : Math.sign(usd) * Math.max(Math.abs(g), MIN_POINTS);
  };
  const gaps = DIMENSIONS.map((d) => ({ d, g: gap(d) }));
  const lead = gaps.filter((x) => x.g > 0).sort((a, b) => b.g - a.g)[0];
  const trail = gaps.filter((x) => x.g < 0).sort((a, b) => a.g - b.g)[0];
  if (!lead) return null;
  const gain = compareWords(lead.d, to, pick, true);
  return trail ? `${gain}, but ${compareWords(trail.d, to, pick, false)}` : gain;
}

/** What names the current pick and the rules' texts, for saying which rules would newly count against the pick. */
export interface AgainstPick {
  pickLabel: string | undefined;
  ruleText: (ruleId: string) => string | undefined;
}

/**
 * Why the pick would lose, where rules would newly count against it (a team too small to run a self-hosted pick):
 * the pick and the rules' texts, quoted. Null when none would (the scores move: costs grow apart, the weights change).
 * @example againstPickWords({ ...s, againstPick: ['ops-self-hosted-team-short'] }, why) // 'gpt-oss-120b (self-hosted) would then meet a rule against it: “…”'
 */
export function againstPickWords(s: Sensitivity, { pickLabel, ruleText }: AgainstPick): string | null {
  const texts = (s.againstPick ?? []).flatMap((id) => ruleText(id) ?? []);
  if (!pickLabel || texts.length === 0) return null;
  const quoted = texts.map((t) => `“${t}”`).join(' ');
  return `${pickLabel} would then meet ${texts.length === 1 ? 'a rule' : `${texts.length} rules`} against it: ${quoted}`;
}

/**
 * The words for what a change would make the recommendation: the option's label, and where it runs the pick's own
 * model through another channel, that it is only a change of cloud (at 75 billion tokens, Opus on Vertex AI
 * instead of on Bedrock reads as a new decision otherwise).
 * @example flipWords('claude-opus-5.5-vertex', 'claude-opus-5.5-bedrock', options) // 'Claude Opus 5.5 (Google Vertex AI): the same model through another channel'
 */
export function flipWords(
  flipsTo: string,
  pickId: string | undefined,
  options: readonly { id: string; modelId: string; label: string }[],
): string {
  const to = options.find((o) => o.id === flipsTo);
  const pick = options.find((o) => o.id === pickId);
  if (!to) return flipsTo;
  return pick && pick.modelId === to.modelId ? `${to.label}: the same model through another channel` : to.label;
}

/** The current pick's label and the pack's rule texts, for `againstPickWords`. */
export function againstPickOf(u: Pick<UseCaseResult, 'recommended'>, rs: Pick<RuleSetData, 'rules'>): AgainstPick {
  return { pickLabel: u.recommended?.label, ruleText: (id) => rs.rules.find((r) => r.rule.id === id)?.rule.text };
}
