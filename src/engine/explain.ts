import { sha256Hex } from './hash';
import { fillText } from './text-facts';
import { round } from './round';
import type { Answers, Choice, Obligation, Reason, UseCaseResult } from '../domain';
import type { OptionEvaluation, UseCaseEvaluation } from './evaluate';
import type { RuleResult } from './evaluate-rule';
import type { CompiledRule } from './rule-set';
import type { SelfHostedSizing } from './cost';

/** The cost a choice shows: its monthly cost and, self-hosted, the deployment it lands in. */
export interface OptionCostShown {
  monthlyCostUsd: number;
  sizing: SelfHostedSizing | null;
}

/** A ranked option as the output shows it. */
export function toChoice(
  o: OptionEvaluation,
  score: number,
  cost: OptionCostShown = { monthlyCostUsd: o.derived.monthlyCostUsd, sizing: o.sizing },
): Choice {
  const s = cost.sizing;
  return {
    optionId: o.facts.id,
    label: o.facts.label,
    model: o.facts.model,
    weights: o.facts.weights,
    deployment: o.facts.deployment,
    score,
    monthlyCostUsd: round(cost.monthlyCostUsd, 2),
    standaloneMonthlyCostUsd: o.derived.standaloneMonthlyCostUsd,
    ...(s
      ? {
          selfHosting: {
            gpuType: s.gpuType,
            quantisation: s.quantisation,
            gpuChannel: s.gpuChannel,
            replicas: s.replicas,
            gpus: s.gpus,
            peakUtilisation: round(s.peakUtilisation, 4),
            utilisation: round(s.utilisation, 4),
            monthlyCostUsd: round(s.monthlyCostUsd, 2),
          },
        }
      : {}),
    scoreBreakdown: { ...o.dimensions },
  };
}

function firedFor(o: OptionEvaluation, effect: string): RuleResult[] {
  return o.fired.filter((r) => r.rule.rule.effect === effect);
}

/** Obligations and notes hold for the recommended option; with none left, only rules that apply to every option and read no option fact. */
function dutyOwners(e: UseCaseEvaluation, recommended: OptionEvaluation | null): OptionEvaluation[] {
  return recommended ? [recommended] : e.options;
}

function dutyRules(e: UseCaseEvaluation, recommended: OptionEvaluation | null, effect: string): CompiledRule[] {
  const rules = new Map<CompiledRule, true>();
  for (const o of dutyOwners(e, recommended)) {
    for (const r of firedFor(o, effect)) if (recommended || (!r.rule.perOption && r.rule.selects.every(Boolean))) rules.set(r.rule, true);
  }
  return [...rules.keys()].sort((a, b) => a.order - b.order);
}

/**
 * The law a GDPR duty is grouped under for an organisation working in the UK: the UK GDPR (retained in UK law with the
 * same articles) beside or instead of the EU's, by the regions it works in; undefined otherwise (the topic's label).
 * @example gdprLaw(['uk', 'eu']) // 'GDPR and UK GDPR'
 */
export function gdprLaw(regions: readonly string[]): string | undefined {
  if (!regions.includes('uk')) return undefined;
  return regions.includes('eu') ? 'GDPR and UK GDPR' : 'UK GDPR';
}

/**
 * A duty as the output states it, from its rule: its role and date only where the rule gives them. With `answers`, a
 * GDPR duty that names no law of its own is grouped under the UK GDPR too where the organisation works in the UK.
 */
export function obligationOf(
  rule: Extract<CompiledRule['rule'], { effect: 'obligation' }>,
  answers?: Pick<Answers, 'organization'>,
  owner?: OptionEvaluation | null,
): Obligation {
  const law = rule.law ?? (rule.obligationTopic === 'gdpr' && answers ? gdprLaw(answers.organization.regions) : undefined);
  const text = owner ? fillText(rule.text, { derived: owner.derived, option: owner.facts }) : rule.text;
  return {
    // A duty whose text carries figures is listed apart from the same rule's duty with other figures.
    id: text === rule.text ? rule.id : `${rule.id}~${sha256Hex(text).slice(0, 8)}`,
    topic: rule.obligationTopic,
    text,
    ruleId: rule.id,
    sources: [...rule.sources],
    ...(rule.role ? { role: rule.role } : {}),
    ...(rule.appliesFrom ? { appliesFrom: rule.appliesFrom } : {}),
    ...(law ? { law } : {}),
    ...(rule.phase ? { phase: rule.phase } : {}),
  };
}

/** Duties the organisation takes on for this use case, each traced to its rule. */
export function obligationsOf(e: UseCaseEvaluation, recommended: OptionEvaluation | null): Obligation[] {
  return dutyRules(e, recommended, 'obligation').map((c) => {
    const rule = c.rule;
    if (rule.effect !== 'obligation') throw new Error('unreachable');
    return obligationOf(rule, e.answers, recommended);
  });
}

/**
 * The trace as reasons: every fired score rule on an eligible option (grouped by points), every exclusion,
 * and the obligations and notes of the recommended option, in pack order.
 */
export function reasonsOf(e: UseCaseEvaluation, recommended: OptionEvaluation | null): Reason[] {
  type Group = { rule: CompiledRule; points?: number; optionIds: string[]; owner?: OptionEvaluation };
  // Grouped by rule (indexed by its pack order, so no map and no sort of every group), then by points: options a
  // rule gave the same points share one reason. Big packs fire thousands of rules per use case.
  const byOrder: (Group[] | undefined)[] = [];
  const orders: number[] = [];
  const add = (rule: CompiledRule, optionId: string, points?: number, owner?: OptionEvaluation) => {
    let groups = byOrder[rule.order];
    if (!groups) {
      groups = byOrder[rule.order] = [];
      orders.push(rule.order);
    }
    let g = groups.find((x) => x.points === points);
    if (!g) groups.push((g = { rule, points, optionIds: [], ...(owner ? { owner } : {}) }));
    g.optionIds.push(optionId);
  };
  for (const o of e.options) {
    for (const r of o.fired) {
      const effect = r.rule.rule.effect;
      if (effect === 'score' && !o.excluded) add(r.rule, o.facts.id, round(r.points ?? 0, 1));
      if (effect === 'exclude') add(r.rule, o.facts.id);
    }
  }
  for (const effect of ['obligation', 'note']) {
    for (const rule of dutyRules(e, recommended, effect)) {
      for (const o of dutyOwners(e, recommended)) {
        if (o.byRule[rule.order]?.fired) add(rule, o.facts.id, undefined, o);
      }
    }
  }
  orders.sort((a, b) => a - b);
  const reasons: Reason[] = [];
  for (const order of orders) {
    const groups = byOrder[order] as Group[];
    // Highest points first; the sort is stable, so equal points (never two groups of one rule) keep their order.
    if (groups.length > 1) groups.sort((a, b) => (b.points ?? 0) - (a.points ?? 0));
    for (const g of groups) {
      reasons.push({
        ruleId: g.rule.rule.id,
        // A duty's figures are its first owner's (the pick's).
        text: g.owner ? fillText(g.rule.rule.text, { derived: g.owner.derived, option: g.owner.facts }) : g.rule.rule.text,
        effect: g.rule.rule.effect,
        optionIds: g.optionIds,
        ...(g.points === undefined ? {} : { points: g.points }),
        sources: [...g.rule.rule.sources],
      });
    }
  }
  return reasons;
}

/** Options ruled out, one entry per option and rule that excluded it. */
export function exclusionsOf(e: UseCaseEvaluation): UseCaseResult['excluded'] {
  return e.options.flatMap((o) =>
    firedFor(o, 'exclude').map((r) => ({
      optionId: o.facts.id,
      label: o.facts.label,
      ruleId: r.rule.rule.id,
      reason: r.rule.rule.text,
      topic: (r.rule.rule.effect === 'exclude' ? r.rule.rule.topic : undefined) ?? r.rule.topic,
    })),
  );
}
