import { useFormContext, useWatch } from 'react-hook-form';
import { priorityWords } from '../../domain';
import { PrioritiesForm, type Draft } from '../draft';
import { StepForm, fieldId, useFieldLabel } from '../form-kit';
import type { StepProps } from '../step-props';

type Values = Draft['priorities'];

/** How much cost, quality and control count in each use case's total score. */
export function PrioritiesStep({ draft, send }: StepProps) {
  return (
    <StepForm<Values>
      schema={PrioritiesForm}
      defaultValues={draft.priorities}
      onChange={(priorities) => send({ type: 'draft.update', patch: { priorities } })}
      onBack={(priorities) => send({ type: 'step.back', patch: { priorities } })}
      onNext={(priorities) => send({ type: 'step.next', patch: { priorities } })}
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
    </StepForm>
  );
}

/** A 1-5 slider with its value shown in numbers and words; arrow keys move it. */
function WeightField({ name, label, description }: { name: keyof Values; label: string; description: string }) {
  const { register } = useFormContext<Values>();
  const value = useWatch<Values, keyof Values>({ name });
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
