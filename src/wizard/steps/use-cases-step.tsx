import { useEffect, useRef, useState } from 'react';
import { get, useController, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { UseCasesForm, type DraftUseCase } from '../draft';
import { CheckboxField, ChoiceGroup, NumberField, SelectField, TextField } from '../fields';
import { StepForm, fieldId, sentence, useFieldLabel } from '../form-kit';
import { ACCURACIES, AUDIENCES, SENSITIVITIES, TASKS } from '../labels';
import type { StepProps } from '../step-props';
import {
  LANGUAGES,
  MAX_USE_CASES,
  TEMPLATE_CHOICES,
  duplicateUseCase,
  fromTemplate,
  isTemplateId,
  type TemplateId,
} from '../use-case-templates';

interface Values {
  useCases: DraftUseCase[];
}

/** The portfolio's use cases: what each does, for whom, on what data. Volume and AI Act risk are asked later. */
export function UseCasesStep({ draft, send }: StepProps) {
  return (
    <StepForm<Values>
      schema={UseCasesForm}
      defaultValues={{ useCases: draft.useCases }}
      onChange={({ useCases }) => send({ type: 'draft.update', patch: { useCases } })}
      onBack={({ useCases }) => send({ type: 'step.back', patch: { useCases } })}
      onNext={({ useCases }) => send({ type: 'step.next', patch: { useCases } })}
    >
      <UseCaseList />
    </StepForm>
  );
}

/** The add control doubles as the target of the error summary's "add at least one use case" link. */
const ADD_CONTROL_ID = fieldId('useCases');
const headingId = (index: number) => `${fieldId(`useCases.${index}`)}-heading`;

/** Focuses an element by id after the next render, once React has moved or removed the list's items. */
function useFocusAfterRender() {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const id = pending.current;
    pending.current = null;
    if (id) document.getElementById(id)?.focus();
  });
  return (id: string) => {
    pending.current = id;
  };
}

function UseCaseList() {
  const { control, getValues } = useFormContext<Values>();
  const { fields, append, insert, move, remove } = useFieldArray({ control, name: 'useCases' });
  const focusLater = useFocusAfterRender();
  const takenIds = () => getValues('useCases').map((u) => u.id);
  const count = fields.length;
  const actions: CardActions = {
    duplicate: (i) => {
      const source = getValues(`useCases.${i}`);
      insert(i + 1, duplicateUseCase(source, takenIds()), { focusName: `useCases.${i + 1}.name` });
    },
    move: (from, to) => {
      move(from, to);
      focusLater(headingId(to));
    },
    remove: (i) => {
      remove(i);
      focusLater(count === 1 ? ADD_CONTROL_ID : headingId(Math.max(0, i - 1)));
    },
  };
  return (
    <>
      {fields.map((field, index) => (
        // Keyed by position too: a card that kept its DOM while its radios were renamed to another index would
        // join that index's radio group for a moment, and the browser would uncheck one of the two.
        <UseCaseCard key={`${field.id}@${index}`} index={index} count={count} actions={actions} />
      ))}
      <AddUseCase count={count} onAdd={(t) => append(fromTemplate(t, takenIds()), { focusName: `useCases.${count}.name` })} />
    </>
  );
}

interface CardActions {
  duplicate: (index: number) => void;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
}

function UseCaseCard({ index, count, actions }: { index: number; count: number; actions: CardActions }) {
  const { control } = useFormContext<Values>();
  const name = useWatch({ control, name: `useCases.${index}.name` }).trim();
  const id = useWatch({ control, name: `useCases.${index}.id` });
  const title = name || `use case ${index + 1}`;
  return (
    <section className="use-case-card" aria-labelledby={headingId(index)}>
      <h2 id={headingId(index)} tabIndex={-1}>
        Use case {index + 1}
        {name ? `: ${name}` : ''}
      </h2>
      <p className="use-case-id field-hint">
        Id: <code>{id}</code>
      </p>
      <UseCaseFields index={index} />
      <div className="use-case-actions">
        <ActionButton label="Duplicate" title={title} disabled={count >= MAX_USE_CASES} onClick={() => actions.duplicate(index)} />
        <ActionButton label="Move up" title={title} disabled={index === 0} onClick={() => actions.move(index, index - 1)} />
        <ActionButton label="Move down" title={title} disabled={index === count - 1} onClick={() => actions.move(index, index + 1)} />
        <ActionButton label="Remove" title={title} onClick={() => actions.remove(index)} />
      </div>
    </section>
  );
}

/** A button whose accessible name says which use case it acts on: "Remove Support bot". */
function ActionButton({
  label,
  title,
  disabled = false,
  onClick,
}: {
  label: string;
  title: string;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" className="button-secondary" aria-label={`${label} ${title}`} disabled={disabled} onClick={onClick}>
      {label}
    </button>
  );
}

function UseCaseFields({ index }: { index: number }) {
  const at = (key: keyof DraftUseCase) => `useCases.${index}.${key}`;
  return (
    <>
      <TextField name={at('name')} label={`Name of use case ${index + 1}`} description="A short name you will recognise in the results." />
      <SelectField name={at('task')} label="Task" choices={TASKS} description="Decides which benchmarks count for quality." />
      <ChoiceGroup name={at('audience')} label="Who sees the output" choices={AUDIENCES} inline />
      <SelectField name={at('dataSensitivity')} label="Most sensitive data it handles" choices={SENSITIVITIES} />
      <ChoiceGroup name={at('accuracy')} label="Accuracy needed" choices={ACCURACIES} />
      <LanguagesField index={index} />
      <CheckboxField
        name={at('longContext')}
        label="Reads long documents (over 100,000 tokens at once)"
        description="Costs open models and models with a context window under 200,000 tokens quality points."
      />
      <RequestSizeField index={index} />
      <CheckboxField
        name={at('fineTuning')}
        label="Needs fine-tuning on your own data"
        description="Favours models whose weights or provider allow fine-tuning."
      />
      <OptionalCheckbox
        index={index}
        field="minors"
        label="Serves or decides about children"
        description="Brings children's data rules: parental consent (GDPR Art. 8, COPPA under 13)."
      />
      <OptionalCheckbox
        index={index}
        field="automatedDecisions"
        label="Decides about people without human review"
        description="Brings the rights of GDPR Art. 22 (human intervention, explanation, contest); leave unticked if a person decides."
      />
    </>
  );
}

/**
 * A yes/no answer the engine reads only when given: unanswered stays unanswered (null) until the box is used, so a
 * file without the answer exports without it.
 */
function OptionalCheckbox({
  index,
  field: key,
  label,
  description,
}: {
  index: number;
  field: 'minors' | 'automatedDecisions';
  label: string;
  description: string;
}) {
  const {
    field: { name, ref, value, onChange, onBlur },
  } = useController<Values, `useCases.${number}.${typeof key}`>({ name: `useCases.${index}.${key}` });
  const id = fieldId(name);
  useFieldLabel(name, label);
  return (
    <div className="field choice">
      <input
        id={id}
        ref={ref}
        type="checkbox"
        aria-describedby={`${id}-hint`}
        checked={value === true}
        onChange={(e) => onChange(e.target.checked)}
        onBlur={onBlur}
      />
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field-hint">
        {description}
      </p>
    </div>
  );
}

/**
 * The typical request size of a long-context use case, asked once the box is ticked (and kept in view while it
 * holds a figure): it decides whether long-context prices apply and which context windows are big enough.
 */
function RequestSizeField({ index }: { index: number }) {
  const { control } = useFormContext<Values>();
  const longContext = useWatch({ control, name: `useCases.${index}.longContext` });
  const given = useWatch({ control, name: `useCases.${index}.requestInputTokens` });
  if (!longContext && (given === null || given === undefined)) return null;
  return (
    <NumberField
      name={`useCases.${index}.requestInputTokens`}
      label={`Input tokens in a typical request of use case ${index + 1} (optional)`}
      min={1}
      description="Documents and history sent in one request. Above a provider's long-context threshold (OpenAI's is 272,000 tokens) the whole request costs more, and a model whose context window is smaller is ruled out. Leave empty to plan with the rule pack's figure."
    />
  );
}

/** Common languages as checkboxes, plus any other code the loaded answers already hold, so none is lost. */
function LanguagesField({ index }: { index: number }) {
  const { getValues } = useFormContext<Values>();
  const [choices] = useState(() => {
    const extra = getValues(`useCases.${index}.languages`).filter((code) => !LANGUAGES.some((l) => l.value === code));
    return [...LANGUAGES, ...extra.map((code) => ({ value: code, label: code }))];
  });
  return (
    <ChoiceGroup
      name={`useCases.${index}.languages`}
      label={`Languages of use case ${index + 1}`}
      description="The languages it reads and writes."
      choices={choices}
      multiple
      inline
    />
  );
}

/** The template select and Add button; with no use cases yet, a sentence inviting the user to add one. */
function AddUseCase({ count, onAdd }: { count: number; onAdd: (template: TemplateId) => void }) {
  const [template, setTemplate] = useState<TemplateId>('document-analysis');
  const error = useListError();
  const full = count >= MAX_USE_CASES;
  useFieldLabel('useCases', 'Use cases');
  return (
    <fieldset className={`use-case-add${error ? ' field-invalid' : ''}`}>
      <legend>Add a use case</legend>
      {count === 0 ? <p>No use cases yet. Pick the kind of work below and press Add; you can change every value afterwards.</p> : null}
      {error ? (
        <p id={`${ADD_CONTROL_ID}-error`} className="field-error">
          <span className="visually-hidden">Error: </span>
          {sentence(error)}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={ADD_CONTROL_ID}>Start from</label>
        <select
          id={ADD_CONTROL_ID}
          value={template}
          aria-describedby={error ? `${ADD_CONTROL_ID}-error` : undefined}
          onChange={(e) => isTemplateId(e.target.value) && setTemplate(e.target.value)}
        >
          {TEMPLATE_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button-secondary"
        disabled={full}
        aria-describedby={full ? 'use-case-limit' : undefined}
        onClick={() => onAdd(template)}
      >
        Add
      </button>
      {full ? (
        <p id="use-case-limit" className="field-hint">
          You have {MAX_USE_CASES} use cases, the most one set of answers can hold. Remove one to add another.
        </p>
      ) : null}
    </fieldset>
  );
}

/** A problem with the list as a whole ("add at least one use case"), wherever react-hook-form put it. */
function useListError(): string | undefined {
  const { formState } = useFormContext<Values>();
  const error: unknown = get(formState.errors, 'useCases');
  const own = (error as { message?: unknown } | undefined)?.message;
  const root = (error as { root?: { message?: unknown } } | undefined)?.root?.message;
  const message = typeof own === 'string' ? own : root;
  return typeof message === 'string' ? message : undefined;
}
