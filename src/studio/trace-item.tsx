import type { CompiledRule, RuleTrace } from '../engine';
import { describeLogic } from './describe-logic';
import { describeEffect } from './describe-rule';
import { compact } from './phrase-kit';

type Condition = CompiledRule['conditions'][number];

/** The fact values a condition read, as "path = value" text. */
function ReadValues({ values }: { values: Record<string, unknown> }) {
  const entries = Object.entries(values);
  if (entries.length === 0) return <p className="studio-values-none">Reads no facts.</p>;
  return (
    <ul className="studio-values" aria-label="Values read">
      {entries.map(([path, v]) => (
        <li key={path}>
          <code>
            {path} = {compact(v)}
          </code>
        </li>
      ))}
    </ul>
  );
}

function ConditionResult({ condition, result }: { condition: Condition; result: RuleTrace['conditions'][number] | undefined }) {
  const [mark, verdict, tone] =
    result === undefined ? ['–', 'not evaluated', 'skipped'] : result.held ? ['✓', 'held', 'held'] : ['✗', 'did not hold', 'failed'];
  return (
    <li className={`studio-condition studio-condition-${tone}`}>
      <p>
        <span className="studio-mark" aria-hidden="true">
          {mark}
        </span>{' '}
        <strong>{verdict}:</strong> {describeLogic(condition.logic)}
      </p>
      {result ? <ReadValues values={result.values} /> : null}
    </li>
  );
}

/**
 * One rule's outcome for one use case and option: its text, effect, and for each condition whether it held and
 * the values it read. Its heading is an h4.
 */
export function TraceItem({ trace, compiled }: { trace: RuleTrace; compiled: CompiledRule | undefined }) {
  return (
    <article className={`studio-trace-item ${trace.fired ? 'studio-trace-fired' : 'studio-trace-not-fired'}`}>
      <h4 className="studio-rule-id">
        <code>{trace.ruleId}</code> <span className="studio-trace-verdict">{trace.fired ? 'fired' : 'did not fire'}</span>
      </h4>
      {compiled ? (
        <>
          <p className="studio-rule-text">{compiled.rule.text}</p>
          <p className="studio-rule-plain">Effect: {describeEffect(compiled.rule, trace.fired ? trace.points : undefined)}</p>
        </>
      ) : null}
      {trace.error ? <p className="studio-trace-error">Could not be evaluated: {trace.error}</p> : null}
      {compiled ? (
        <ul className="studio-conditions" aria-label={`Conditions of ${trace.ruleId}`}>
          {compiled.conditions.map((c, i) => (
            <ConditionResult key={i} condition={c} result={trace.conditions[i]} />
          ))}
        </ul>
      ) : null}
    </article>
  );
}
