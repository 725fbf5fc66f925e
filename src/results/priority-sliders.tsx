import { useState } from 'react';
import { priorityWords, type Answers } from '../domain';

type Priorities = Answers['priorities'];

const SLIDERS: readonly { key: keyof Priorities; label: string }[] = [
  { key: 'cost', label: 'Cost' },
  { key: 'quality', label: 'Quality' },
  { key: 'control', label: 'Control' },
];

interface SlidersProps {
  priorities: Priorities;
  onPriorities: (p: Priorities) => void;
  /** The rule pack's fixed weight for feasibility, said beside the sliders. */
  feasibilityWeight?: number;
}

/**
 * Three 1-5 weights that re-rank every use case as they move: each change goes to `onPriorities`, and the page
 * re-renders from the engine with the new answers. A status line tells screen reader users it happened.
 */
export function PrioritySliders({ priorities, onPriorities, feasibilityWeight }: SlidersProps) {
  const [changed, setChanged] = useState(false);
  const change = (key: keyof Priorities, value: number) => {
    setChanged(true);
    onPriorities({ ...priorities, [key]: value });
  };
  return (
    <section aria-labelledby="priorities-heading" className="priority-sliders">
      <h2 id="priorities-heading">Try other priorities</h2>
      <p className="field-hint">
        Each weight runs from 1 (matters little) to 5 (matters most). Moving one re-scores every use case at once.
        {feasibilityWeight === undefined
          ? null
          : ` Feasibility, whether your team can run an option, counts with a weight of ${feasibilityWeight}, fixed by the rule pack.`}
      </p>
      <div className="sliders">
        {SLIDERS.map(({ key, label }) => {
          const value = priorities[key];
          const id = `priority-${key}`;
          return (
            <div key={key} className="slider">
              <label htmlFor={id}>{label}</label>
              <input
                id={id}
                type="range"
                min={1}
                max={5}
                step={1}
                value={value}
                aria-valuetext={`${value} of 5, ${priorityWords(value)}`}
                onChange={(e) => change(key, Number(e.currentTarget.value))}
              />
              <output htmlFor={id} className="weight-value" aria-hidden="true">
                {value} of 5
              </output>
            </div>
          );
        })}
      </div>
      <p role="status" className="slider-status">
        {changed ? `Scores updated for cost ${priorities.cost}, quality ${priorities.quality} and control ${priorities.control}.` : ''}
      </p>
    </section>
  );
}
