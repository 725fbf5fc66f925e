import { useId, useMemo, useState } from 'react';
import { Effect } from '../domain';
import type { CompiledRule, RuleSet } from '../engine';
import { EFFECT_LABELS } from './describe-rule';
import { filterRules, NO_FILTER, ruleTopics, type RuleFilter } from './filter-rules';
import { LimitedList } from './limited-list';
import { RuleCard } from './rule-card';
import './studio.css';

export interface RuleBrowserProps {
  ruleSet: RuleSet;
  /** Called with the rule whose "Edit" button was pressed; without it, no rule has an "Edit" button. */
  onEdit?: (rule: CompiledRule) => void;
}

const keyOf = (r: CompiledRule) => `${r.file}#${r.index}`;
const isEffect = (value: string): value is Effect => (Effect.options as readonly string[]).includes(value);

/**
 * Every rule of a rule set, filtered by topic and effect and searched by id, text and source, each in plain
 * language beside its JSON and its sources. Renders at most a page of matches at a time. Its headings start at
 * h3 (one per rule): put it in a section with an h2.
 */
export function RuleBrowser({ ruleSet, onEdit }: RuleBrowserProps) {
  const id = useId();
  const [filter, setFilter] = useState<RuleFilter>(NO_FILTER);
  const topics = useMemo(() => ruleTopics(ruleSet.rules), [ruleSet]);
  const matches = useMemo(() => filterRules(ruleSet.rules, filter), [ruleSet, filter]);
  const update = (change: Partial<RuleFilter>) => setFilter((f) => ({ ...f, ...change }));
  const total = ruleSet.rules.length;
  return (
    <div className="studio-rules">
      <div role="search" aria-label="Filter rules" className="studio-filters">
        <div className="studio-filter">
          <label htmlFor={`${id}-topic`}>Topic</label>
          <select id={`${id}-topic`} value={filter.topic} onChange={(e) => update({ topic: e.target.value })}>
            <option value="">All topics</option>
            {topics.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div className="studio-filter">
          <label htmlFor={`${id}-effect`}>Effect</label>
          <select
            id={`${id}-effect`}
            value={filter.effect}
            onChange={(e) => update({ effect: isEffect(e.target.value) ? e.target.value : '' })}
          >
            <option value="">All effects</option>
            {Effect.options.map((e) => (
              <option key={e} value={e}>
                {EFFECT_LABELS[e]}
              </option>
            ))}
          </select>
        </div>
        <div className="studio-filter">
          <label htmlFor={`${id}-search`}>Search rules</label>
          <input
            id={`${id}-search`}
            type="search"
            value={filter.search}
            placeholder="id, text or source"
            onChange={(e) => update({ search: e.target.value })}
          />
        </div>
      </div>
      <p role="status" className="studio-count">
        {matches.length} of {total} {total === 1 ? 'rule' : 'rules'}
      </p>
      {matches.length === 0 ? (
        <p className="notice">No rule matches. Clear the search or choose another topic or effect.</p>
      ) : (
        <LimitedList
          key={`${filter.topic}|${filter.effect}|${filter.search}`}
          className="studio-rule-list"
          label="Matching rules"
          noun="rules"
          items={matches}
          keyOf={keyOf}
          render={(r) => <RuleCard compiled={r} ruleSet={ruleSet} onEdit={onEdit} />}
        />
      )}
    </div>
  );
}
