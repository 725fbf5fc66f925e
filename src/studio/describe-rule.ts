import { CHANNEL_LABELS, type Dimension, type ObligationTopic, type OptionSelector, type Rule } from '../domain';
import type { RuleSet } from '../engine';
import { describeLogic, describeValue } from './describe-logic';
import { joinWords } from './phrase-kit';

const DIMENSIONS: Readonly<Record<Dimension, string>> = {
  quality: 'quality',
  cost: 'cost',
  control: 'control',
  feasibility: 'feasibility',
};
const OBLIGATION_TOPICS: Readonly<Record<ObligationTopic, string>> = {
  gdpr: 'GDPR',
  hipaa: 'HIPAA',
  'eu-ai-act': 'EU AI Act',
  licence: 'licence',
  security: 'security',
  operations: 'operations',
};
const WEIGHTS = { open: 'open-weights', closed: 'proprietary' } as const;
const DEPLOYMENTS = { api: 'API', managed: 'managed', 'self-hosted': 'self-hosted' } as const;

/** Names of the effects, as the filters and the trace show them. */
export const EFFECT_LABELS: Readonly<Record<Rule['effect'], string>> = {
  score: 'Score',
  exclude: 'Exclude',
  obligation: 'Obligation',
  note: 'Note',
};

/**
 * Signed points, rounded to one decimal.
 * @example signedPoints(-8) // '-8'
 */
export function signedPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  return `${rounded > 0 ? '+' : ''}${rounded}`;
}

/**
 * What a rule does when it fires; with `points`, the points it gave this time.
 * @example describeEffect(rule) // '+8 quality', 'exclude', 'obligation (HIPAA)' or 'note'
 */
export function describeEffect(rule: Rule, points?: number): string {
  switch (rule.effect) {
    case 'score': {
      const dimension = DIMENSIONS[rule.dimension];
      if (points !== undefined) return `${signedPoints(points)} ${dimension}`;
      return typeof rule.points === 'number'
        ? `${signedPoints(rule.points)} ${dimension}`
        : `${dimension} points: ${describeValue(rule.points)}`;
    }
    case 'exclude':
      return 'exclude';
    case 'obligation':
      return `obligation (${OBLIGATION_TOPICS[rule.obligationTopic]})`;
    case 'note':
      return 'note';
  }
}

/**
 * A rule's condition and effect as one plain-language sentence.
 * @example describeRule(hipaaRule) // 'When HIPAA applies and … and the option has no BAA: exclude'
 */
export function describeRule(rule: Rule): string {
  const when = describeLogic(rule.when);
  const lead = when === 'always' ? 'Always' : when === 'never' ? 'Never' : `When ${when}`;
  return `${lead}: ${describeEffect(rule)}`;
}

/**
 * Which options a rule looks at, in words, with models and options named as the rule set's catalog names them.
 * @example describeAppliesTo({ weights: ['open'], deployment: ['self-hosted'] }, ruleSet) // 'self-hosted open-weights options'
 */
export function describeAppliesTo(selector: OptionSelector | undefined, ruleSet: Pick<RuleSet, 'catalog' | 'options'>): string {
  if (!selector) return 'every option';
  const kinds = [
    selector.deployment
      ? joinWords(
          selector.deployment.map((d) => DEPLOYMENTS[d]),
          'or',
        )
      : '',
    selector.weights
      ? joinWords(
          selector.weights.map((w) => WEIGHTS[w]),
          'or',
        )
      : '',
  ].filter(Boolean);
  let out = `${kinds.join(' ')}${kinds.length > 0 ? ' ' : ''}options`;
  if (selector.channels)
    out += ` bought through ${joinWords(
      selector.channels.map((c) => CHANNEL_LABELS[c]),
      'or',
    )}`;
  if (selector.modelIds) {
    const models = selector.modelIds.map((id) => ruleSet.catalog.models.find((m) => m.id === id)?.label ?? id);
    out += ` of ${joinWords(models, 'or')}`;
  }
  if (selector.optionIds) {
    const options = selector.optionIds.map((id) => ruleSet.options.find((o) => o.id === id)?.label ?? id);
    out += ` among ${joinWords(options, 'or')}`;
  }
  return out === 'options' ? 'every option' : out;
}
