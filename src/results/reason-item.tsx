import type { Reason } from '../domain';
import type { RuleSetData } from '../engine';
import { signed } from './format';
import { dimensionLabel, ruleDimension } from './labels';
import { SourceList } from './source-list';

const EFFECT_WORDS: Record<Reason['effect'], string> = { score: 'Points', exclude: 'Excluded', obligation: 'Obligation', note: 'Note' };

/** What a reason did, as a short tag: the points and the dimension for a score, else the kind of effect. */
function effectTag(reason: Reason, ruleSet: RuleSetData): string {
  if (reason.effect !== 'score' || reason.points === undefined) return EFFECT_WORDS[reason.effect];
  const dimension = ruleDimension(ruleSet, reason.ruleId);
  return `${signed(reason.points)}${dimension ? ` ${dimensionLabel(dimension).toLowerCase()}` : ''}`;
}

/** One fired rule: its effect (points and dimension, as the engine gave them), its text, its id and its sources. */
export function ReasonItem({ reason, ruleSet }: { reason: Reason; ruleSet: RuleSetData }) {
  const negative = reason.effect === 'score' && (reason.points ?? 0) < 0;
  return (
    <li className="reason">
      <span className={`effect effect-${reason.effect}${negative ? ' effect-negative' : ''}`}>{effectTag(reason, ruleSet)}</span>
      <div className="reason-body">
        <p>
          {reason.text} <span className="rule-id">(rule {reason.ruleId})</span>
        </p>
        <SourceList ids={reason.sources} ruleSet={ruleSet} />
      </div>
    </li>
  );
}

/** The reasons that apply to one option: the engine lists each fired rule with the options it fired for. */
export function reasonsFor(reasons: readonly Reason[], optionId: string): Reason[] {
  return reasons.filter((r) => r.optionIds.includes(optionId));
}
