import { useState } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Planning, priorityWords } from '../../domain';
import { PrioritiesForm, type Draft } from '../draft';
import { StepForm, fieldId, useFieldLabel } from '../form-kit';
import type { StepProps } from '../step-props';

/** The step edits the priorities and, optionally, how far ahead to project the costs. */
interface Values {
  priorities: Draft['priorities'];
  planning: Draft['planning'];
}

const PrioritiesStepForm = z.object({ priorities: PrioritiesForm, planning: Planning.nullable() });

/** How much cost, quality and control count in each use case's total score. */
export function PrioritiesStep({ draft, send }: StepProps) {
  return (
    <StepForm<Values>
      schema={PrioritiesStepForm}
      defaultValues={{ priorities: draft.priorities, planning: draft.planning }}
      onChange={(patch) => send({ type: 'draft.update', patch })}
      onBack={(patch) => send({ type: 'step.back', patch })}
      onNext={(patch) => send({ type: 'step.next', patch })}
    >
      <p className="field-hint">
        Each weight runs from 1 (matters little) to 5 (matters most). Only how they compare counts: 3, 3, 3 weighs all three equally. You
        can change them again on the results page.
      </p>
      <p className="field-hint">
        A fourth dimension, feasibility (whether your team can run and support an option), counts too, with a weight the rule pack fixes (3
        in the default pack, as much as a priority at 3). The results show every weight beside the scores.
      </p>
      <WeightField
        name="cost"
        label="Cost"
        description="A high weight favours the cheapest option that still meets each use case's needs."
      />
      <WeightField
        name="quality"
        label="Quality"
        description="A high weight favours the strongest model on benchmarks for the task, even at a higher price."
      />
      <WeightField
        name="control"
        label="Control"
        description="A high weight favours open weights you can inspect, fine-tune and run where you choose."
      />
      <PlanningFields />
    </StepForm>
  );
}

/** A 1-5 slider with its value shown in numbers and words; arrow keys move it. */
function WeightField({ name: key, label, description }: { name: keyof Values['priorities']; label: string; description: string }) {
  const name = `priorities.${key}` as const;
  const { register } = useFormContext<Values>();
  const value = useWatch<Values, typeof name>({ name });
  const id = fieldId(name);
  useFieldLabel(name, label);
  return (
    <div className="field weight-field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field-hint">
        {description}
      </p>
      <div className="weight-scale">
        <span aria-hidden="true">1</span>
        <input
          id={id}
          type="range"
          min={1}
          max={5}
          step={1}
          aria-describedby={`${id}-hint`}
          aria-valuetext={`${value} of 5, ${priorityWords(value)}`}
          {...register(name, { valueAsNumber: true })}
        />
        <span aria-hidden="true">5</span>
        <output htmlFor={id} className="weight-value" aria-hidden="true">
          {value} of 5: {priorityWords(value)}
        </output>
      </div>
    </div>
  );
}

const HORIZONS = [{ value: '', label: 'Today only' }, ...[2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n} years` }))];

/**
 * How far ahead to project the costs and how fast the volume grows: each year is recommended again at its volume,
 * so the results show when self-hosting starts to pay. "Today only" stores no planning.
 */
function PlanningFields() {
  const {
    field: { value, onChange },
    fieldState,
  } = useController<Values, 'planning'>({ name: 'planning' });
  const [growthText, setGrowthText] = useState(value ? String(Math.round(value.annualGrowth * 1000) / 10) : '0');
  const horizonId = fieldId('planning.horizonYears');
  const growthId = fieldId('planning.annualGrowth');
  useFieldLabel('planning.horizonYears', 'Project the costs over');
  useFieldLabel('planning.annualGrowth', 'Volume growth a year, in %');
  const growthError = (fieldState.error as { annualGrowth?: { message?: string } } | undefined)?.annualGrowth?.message;
  return (
    <fieldset className="field planning">
      <legend>Costs over the coming years (optional)</legend>
      <p className="field-hint">
        Why it matters: self-hosting that costs more at today&apos;s volume can pay off as the volume grows. Each year is recommended again
        at its volume.
      </p>
      <div className="field">
        <label htmlFor={horizonId}>Project the costs over</label>
        <select
          id={horizonId}
          value={value ? String(value.horizonYears) : ''}
          onChange={(e) =>
            onChange(
              e.target.value === ''
                ? null
                : { horizonYears: Number(e.target.value), annualGrowth: value?.annualGrowth ?? Number(growthText) / 100 },
            )
          }
        >
          {HORIZONS.map((h) => (
            <option key={h.value} value={h.value}>
              {h.label}
            </option>
          ))}
        </select>
      </div>
      {value ? (
        <div className={`field${growthError ? ' field-invalid' : ''}`}>
          <label htmlFor={growthId}>Volume growth a year, in %</label>
          <p id={`${growthId}-hint`} className="field-hint">
            50 means half as much again every year; a negative figure, a falling volume (at most -90).
          </p>
          {growthError ? (
            <p id={`${growthId}-error`} className="field-error">
              {growthError}
            </p>
          ) : null}
          <input
            id={growthId}
            type="number"
            inputMode="decimal"
            step="any"
            min={-90}
            aria-describedby={growthError ? `${growthId}-hint ${growthId}-error` : `${growthId}-hint`}
            aria-invalid={growthError ? true : undefined}
            value={growthText}
            onChange={(e) => {
              setGrowthText(e.target.value);
              const pct = e.target.value.trim() === '' ? Number.NaN : Number(e.target.value);
              onChange({ horizonYears: value.horizonYears, annualGrowth: pct / 100 });
            }}
          />
        </div>
      ) : null}
    </fieldset>
  );
}
