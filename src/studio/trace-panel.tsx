import { useId, useMemo, useState } from 'react';
import type { Answers } from '../domain';
import { explain, type CompiledRule, type RuleSet, type RuleTrace } from '../engine';
import { LimitedList } from './limited-list';
import { TraceItem } from './trace-item';
import './studio.css';

export interface TracePanelProps {
  ruleSet: RuleSet;
  /** The answers to trace; null when there are none yet. */
  answers: Answers | null;
}

type Show = 'all' | 'fired' | 'not-fired';

const keyOf = (t: RuleTrace) => t.ruleId;

function Group({
  id,
  title,
  traces,
  rules,
  empty,
}: {
  id: string;
  title: string;
  traces: RuleTrace[];
  rules: ReadonlyMap<string, CompiledRule>;
  empty: string;
}) {
  return (
    <section className="studio-trace-group" aria-labelledby={id}>
      <h3 id={id}>
        {title} ({traces.length})
      </h3>
      {traces.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <LimitedList
          items={traces}
          keyOf={keyOf}
          noun="rules"
          className="studio-trace-list"
          render={(t) => <TraceItem trace={t} compiled={rules.get(t.ruleId)} />}
        />
      )}
    </section>
  );
}

function Trace({ ruleSet, answers }: { ruleSet: RuleSet; answers: Answers }) {
  const id = useId();
  const [useCaseId, setUseCaseId] = useState(answers.useCases[0]?.id ?? '');
  const [optionId, setOptionId] = useState(ruleSet.options[0]?.id ?? '');
  const [show, setShow] = useState<Show>('all');
  const useCase = answers.useCases.find((u) => u.id === useCaseId) ?? answers.useCases[0];
  const option = ruleSet.options.find((o) => o.id === optionId) ?? ruleSet.options[0];
  // Use cases are traced one at a time (explain costs each alone, without pooling), so only the chosen one runs.
  const traces = useMemo(
    () => (useCase ? (explain(ruleSet, { ...answers, useCases: [useCase] })[0]?.rules ?? []) : []),
    [ruleSet, answers, useCase],
  );
  const rules = useMemo(() => new Map(ruleSet.rules.map((r) => [r.rule.id, r])), [ruleSet]);
  if (!useCase || !option) return <p className="notice">There is no use case or no option to trace.</p>;
  const mine = traces.filter((t) => t.optionId === option.id);
  const fired = mine.filter((t) => t.fired);
  const notFired = mine.filter((t) => !t.fired);
  const pair = `${useCase.id}|${option.id}`;
  return (
    <div className="studio-trace">
      <div className="studio-filters">
        <div className="studio-filter">
          <label htmlFor={`${id}-use-case`}>Use case</label>
          <select id={`${id}-use-case`} value={useCase.id} onChange={(e) => setUseCaseId(e.target.value)}>
            {answers.useCases.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="studio-filter">
          <label htmlFor={`${id}-option`}>Option</label>
          <select id={`${id}-option`} value={option.id} onChange={(e) => setOptionId(e.target.value)}>
            {ruleSet.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="studio-filter">
          <label htmlFor={`${id}-show`}>Show</label>
          <select id={`${id}-show`} value={show} onChange={(e) => setShow(e.target.value as Show)}>
            <option value="all">All rules</option>
            <option value="fired">Fired only</option>
            <option value="not-fired">Not fired only</option>
          </select>
        </div>
      </div>
      <p role="status" className="studio-count">
        For {useCase.name} on {option.label}: {fired.length} of {mine.length} rules fired. Rules for the whole portfolio are not listed
        here, nor rules that do not apply to this option.
      </p>
      {show !== 'not-fired' ? (
        <Group
          key={`fired|${pair}`}
          id={`${id}-fired`}
          title="Why: rules that fired"
          traces={fired}
          rules={rules}
          empty="No rule fired for this option."
        />
      ) : null}
      {show !== 'fired' ? (
        <Group
          key={`not|${pair}`}
          id={`${id}-not-fired`}
          title="Why not: rules that did not fire"
          traces={notFired}
          rules={rules}
          empty="Every rule that applies to this option fired."
        />
      ) : null}
    </div>
  );
}

/**
 * "Why" and "why not" for the current answers: for a chosen use case and option, every rule that applies to the
 * option, fired ones first, each condition with whether it held and the values it read. Headings start at h3:
 * put it in a section with an h2. With no answers, it says to complete the wizard first.
 */
export function TracePanel({ ruleSet, answers }: TracePanelProps) {
  if (!answers) {
    return (
      <p className="notice studio-trace-empty">
        Complete the wizard first: the trace shows which rules fire for your answers. <a href="#/welcome">Go to the wizard</a>
      </p>
    );
  }
  return <Trace ruleSet={ruleSet} answers={answers} />;
}
