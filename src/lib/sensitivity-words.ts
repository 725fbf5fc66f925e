import type { Answers, Sensitivity, UseCaseResult } from '../domain';
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
  const reason = flipReason(s, why);
  // A quoted rule ends the sentence with its own stop.
  const stop = reason?.endsWith('.') || reason?.endsWith('”') ? '' : '.';
  return `${changeWords(s)}, ${outcome}${reason ? `, ${reason}` : ''}${stop}`;
}

/**
 * Why a flip happens, as the sentence's last clause: the rules that would newly count against the pick (with the two
 * costs), else what the new pick would gain and give up; null when neither can be said. The results, the Markdown
 * and the PDF's table all end a flip with it.
 * @example flipReason(s, why) // 'which would then cost $249 a month against $9,874 for the current pick, but score 65.5 on quality against 100'
 */
export function flipReason(s: Sensitivity, why?: AgainstPick): string | null {
  const rules = why ? againstPickWords(s, why) : null;
  if (rules) {
    const costs = costWords(s);
    return `as ${rules}${costs ? ` ${costs}` : ''}`;
  }
  const trade = tradeWords(s, why?.weights);
  return trade ? `which would then ${trade}` : null;
}

type Standing = NonNullable<Sensitivity['after']>['pick'];

/**
 * What the new pick and the current one would cost after the change, as a sentence, where they differ by a dollar or
 * more: said after the rules that explain a flip, which name no money. Null without `after`.
 * @example costWords(s) // 'The new pick would cost $6,025 a month against $2,342 for the current one.'
 */
function costWords(s: Sensitivity): string | null {
  if (!s.after) return null;
  const { pick, flipsTo } = s.after;
  if (Math.abs(pick.monthlyCostUsd - flipsTo.monthlyCostUsd) < MIN_USD) return null;
  return `The new pick would cost ${money(flipsTo.monthlyCostUsd)} a month against ${money(pick.monthlyCostUsd)} for the current one.`;
}
type Dimension = 'quality' | 'cost' | 'control' | 'feasibility';
const DIMENSIONS: readonly Dimension[] = ['quality', 'cost', 'control', 'feasibility'];

/** How the dimensions are weighted: the answers' priorities (before the change) and the pack's feasibility weight. */
export interface FlipWeights {
  priorities: Answers['priorities'];
  feasibilityWeight: number;
}

/** Differences smaller than these are not worth a word: half a score point, a dollar a month. */
const MIN_POINTS = 0.5;
const MIN_USD = 1;

const points = (n: number) => String(Math.round(n * 10) / 10);

/** The dimension the change itself moves: volume moves cost, a priority its own dimension; a team change none. */
function movedBy(input: string): Dimension | null {
  if (VOLUME_PATH.test(input)) return 'cost';
  const key = /^priorities\.(\w+)$/.exec(input)?.[1];
  return key === 'cost' || key === 'quality' || key === 'control' ? key : null;
}

/**
 * What the new pick would gain and give up after the change, from `Sensitivity.after`. First what the change moves,
 * where the new pick leads on it (cost for a volume or a cost weight, the dimension whose weight changed), else its
 * largest gain in weighted points; then its largest loss in weighted points, under the weights after the change.
 * Money is named whenever the two costs differ by a dollar or more, whichever way: it is what a buyer weighs. Null
 * without `after`, or where nothing differs by half a point or a dollar.
 * @example tradeWords(s, weights) // 'cost $1,397 a month against $55,292 for the current pick, but score 65.5 on quality against 100'
 */
export function tradeWords(s: Sensitivity, weights?: FlipWeights): string | null {
  if (!s.after) return null;
  const { pick, flipsTo: to } = s.after;
  const key = /^priorities\.(\w+)$/.exec(s.input)?.[1];
  const priorities = weights && key ? { ...weights.priorities, [key]: Number(s.to) } : weights?.priorities;
  const weight = (d: Dimension) => (d === 'feasibility' ? (weights?.feasibilityWeight ?? 1) : (priorities?.[d] ?? 1));
  const usd = pick.monthlyCostUsd - to.monthlyCostUsd;
  const cheaper = usd >= MIN_USD;
  const dearer = usd <= -MIN_USD;
  // Weighted gaps of the dimensions other than cost, whose difference is said in money.
  const gaps = DIMENSIONS.filter((d) => d !== 'cost').flatMap((d) => {
    const raw = to.scoreBreakdown[d] - pick.scoreBreakdown[d];
    return Math.abs(raw) < MIN_POINTS ? [] : [{ d, w: raw * weight(d) }];
  });
  const gains = gaps.filter((g) => g.w > 0).sort((a, b) => b.w - a.w);
  const losses = gaps.filter((g) => g.w < 0).sort((a, b) => a.w - b.w);
  const moved = movedBy(s.input);
  const lead: Dimension | undefined =
    moved === 'cost' && cheaper ? 'cost' : moved && gains.some((g) => g.d === moved) ? moved : gains[0]?.d;
  const gained: Dimension[] = [];
  if (lead) gained.push(lead);
  if (cheaper && lead !== 'cost') gained.push('cost');
  else if (lead === 'cost' && gains[0]) gained.push(gains[0].d);
  const lost: Dimension[] = [];
  // A weight turned down is why the new pick may trail on that dimension: where it does, that is the loss named.
  const lowered = moved && moved !== 'cost' && Number(s.to) < Number(s.from) && losses.some((g) => g.d === moved) ? moved : undefined;
  if (lowered) lost.push(lowered);
  else if (losses[0]) lost.push(losses[0].d);
  if (dearer) lost.push('cost');
  if (gained.length === 0) return null;
  const say = (d: Dimension, first: boolean) => compareWords(d, to, pick, first);
  const gain = gained.map((d, i) => say(d, i === 0)).join(' and ');
  return lost.length > 0 ? `${gain}, but ${lost.map((d) => say(d, false)).join(' and ')}` : gain;
}

/** One dimension of the new pick against the current one, in words: money for cost, the score for the others. */
function compareWords(d: Dimension, to: Standing, pick: Standing, first: boolean): string {
  const forPick = first ? ' for the current pick' : '';
  if (d === 'cost') return `cost ${money(to.monthlyCostUsd)} a month against ${money(pick.monthlyCostUsd)}${forPick}`;
  return `score ${points(to.scoreBreakdown[d])} on ${d} against ${points(pick.scoreBreakdown[d])}${forPick}`;
}

/** What names the current pick and the rules' texts, for saying which rules would newly count against the pick. */
export interface AgainstPick {
  pickLabel: string | undefined;
  ruleText: (ruleId: string) => string | undefined;
  /** How the answers weigh the dimensions, for saying what a new pick would gain and give up. */
  weights?: FlipWeights;
}

/**
 * Why the pick would lose, where rules would newly count against it (a team too small to run a self-hosted pick):
 * the pick and the rules' texts, quoted. Null when none would (the scores move: costs grow apart, the weights change).
 * @example againstPickWords({ ...s, againstPick: ['ops-self-hosted-team-short'] }, why) // 'gpt-oss-120b (self-hosted) would then meet a rule against it: “…”'
 */
function againstPickWords(s: Sensitivity, { pickLabel, ruleText }: AgainstPick): string | null {
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

/** The current pick's label, the pack's rule texts and, given the answers' priorities, the weights, for a flip's words. */
export function againstPickOf(
  u: Pick<UseCaseResult, 'recommended'>,
  rs: Pick<RuleSetData, 'rules' | 'scoring'>,
  priorities?: Answers['priorities'],
): AgainstPick {
  return {
    pickLabel: u.recommended?.label,
    ruleText: (id) => rs.rules.find((r) => r.rule.id === id)?.rule.text,
    ...(priorities ? { weights: { priorities, feasibilityWeight: rs.scoring.feasibilityWeight } } : {}),
  };
}
