import { useId } from 'react';
import type { CompiledRule, RuleSet } from '../engine';
import { describeAppliesTo, describeRule } from './describe-rule';
import { SourceCitations } from './source-citations';

interface RuleCardProps {
  compiled: CompiledRule;
  ruleSet: RuleSet;
  onEdit?: (rule: CompiledRule) => void;
}

function appliesTo(compiled: CompiledRule, ruleSet: RuleSet): string {
  if (compiled.scope === 'portfolio') return 'the portfolio as a whole';
  const selected = compiled.selects.filter(Boolean).length;
  return `${describeAppliesTo(compiled.rule.appliesTo, ruleSet)} (${selected} of ${compiled.selects.length})`;
}

/** One rule as the browser shows it: id, text, plain-language reading, options, sources, JSON and "Edit". */
export function RuleCard({ compiled, ruleSet, onEdit }: RuleCardProps) {
  const id = useId();
  const { rule } = compiled;
  return (
    <article className="studio-rule" aria-labelledby={id}>
      <h3 id={id} className="studio-rule-id">
        <code>{rule.id}</code>
      </h3>
      <p className="studio-rule-text">{rule.text}</p>
      <p className="studio-rule-plain">{describeRule(rule)}</p>
      <dl className="studio-rule-facts">
        <div>
          <dt>Applies to</dt>
          <dd>{appliesTo(compiled, ruleSet)}</dd>
        </div>
        <div>
          <dt>Topic</dt>
          <dd>{compiled.topic}</dd>
        </div>
        <div>
          <dt>File</dt>
          <dd>
            <code>{compiled.file}</code>, rule {compiled.index + 1}
          </dd>
        </div>
      </dl>
      <SourceCitations ids={rule.sources} ruleSet={ruleSet} />
      <details className="studio-rule-json">
        <summary>
          JSON<span className="visually-hidden"> of {rule.id}</span>
        </summary>
        <pre>
          <code>{JSON.stringify(rule, null, 2)}</code>
        </pre>
      </details>
      {onEdit ? (
        <button type="button" className="button-secondary" aria-label={`Edit ${rule.id}`} onClick={() => onEdit(compiled)}>
          Edit
        </button>
      ) : null}
    </article>
  );
}
