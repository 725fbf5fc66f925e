import type { ReactNode } from 'react';
import { get, useFormContext, type FieldValues } from 'react-hook-form';
import { fieldId, sentence, useFieldLabel } from './form-kit';

interface FieldProps {
  name: string;
  label: string;
  /** One plain sentence under the label: what the answer is used for. */
  description?: ReactNode;
}

/** The problem with a field, if any, from the enclosing form. */
function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext();
  const error: unknown = get(formState.errors, name);
  const message = (error as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/** Ids for aria-describedby: the description and the error, when present. */
function describedBy(id: string, description: unknown, error: string | undefined): string | undefined {
  const ids = [description ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return children ? (
    <p id={`${id}-hint`} className="field-hint">
      {children}
    </p>
  ) : null;
}

function ErrorText({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={`${id}-error`} className="field-error">
      <span className="visually-hidden">Error: </span>
      {sentence(error)}
    </p>
  ) : null;
}

/** What every field starts from: its registration, id, problem, label for the error summary and ARIA links. */
function useField(name: string, label: string, description: ReactNode) {
  const { register } = useFormContext<FieldValues>();
  const id = fieldId(name);
  const error = useFieldError(name);
  useFieldLabel(name, label);
  return { register, id, error, describedBy: describedBy(id, description, error) };
}

/** A single control with its label, hint and error above it. */
function LabelledField({
  id,
  label,
  description,
  error,
  children,
}: {
  id: string;
  label: string;
  description: ReactNode;
  error: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <Hint id={id}>{description}</Hint>
      <ErrorText id={id} error={error} />
      {children}
    </div>
  );
}

/** A text input. */
export function TextField({ name, label, description, autoComplete }: FieldProps & { autoComplete?: string }) {
  const { register, id, error, describedBy } = useField(name, label, description);
  return (
    <LabelledField id={id} label={label} description={description} error={error}>
      <input
        id={id}
        type="text"
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...register(name)}
      />
    </LabelledField>
  );
}

/** A whole-number input whose empty value is null (an unanswered optional number). */
export function NumberField({
  name,
  label,
  description,
  min,
  step = 1,
  suffix,
}: FieldProps & { min?: number; step?: number | 'any'; suffix?: string }) {
  const { register, id, error, describedBy } = useField(name, label, description);
  return (
    <LabelledField id={id} label={label} description={description} error={error}>
      <span className="input-with-suffix">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={min}
          step={step}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...register(name, { setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v)) })}
        />
        {suffix ? <span aria-hidden="true">{suffix}</span> : null}
      </span>
    </LabelledField>
  );
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/** A drop-down list; `placeholder` adds an empty first choice for a required answer not given yet. */
export function SelectField({
  name,
  label,
  description,
  choices,
  placeholder,
}: FieldProps & { choices: readonly Choice[]; placeholder?: string }) {
  const { register, id, error, describedBy } = useField(name, label, description);
  return (
    <LabelledField id={id} label={label} description={description} error={error}>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...register(name)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

/** A set of radio buttons or checkboxes in a fieldset, the legend naming the question. */
export function ChoiceGroup({
  name,
  label,
  description,
  choices,
  multiple = false,
  inline = false,
}: FieldProps & { choices: readonly Choice[]; multiple?: boolean; inline?: boolean }) {
  const { register, id, error, describedBy } = useField(name, label, description);
  return (
    <fieldset
      className={`field choice-group${inline ? ' choice-inline' : ''}${error ? ' field-invalid' : ''}`}
      aria-describedby={describedBy}
    >
      <legend>{label}</legend>
      <Hint id={id}>{description}</Hint>
      <ErrorText id={id} error={error} />
      {choices.map((c, i) => {
        const optionId = i === 0 ? id : `${id}-${c.value}`;
        return (
          <div className="choice" key={c.value}>
            <input id={optionId} type={multiple ? 'checkbox' : 'radio'} value={c.value} {...register(name)} />
            <label htmlFor={optionId}>
              {c.label}
              {c.hint ? <span className="choice-hint"> {c.hint}</span> : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** One yes/no answer as a checkbox, with a sentence saying what it means here. */
export function CheckboxField({ name, label, description }: FieldProps) {
  const { register, id, error, describedBy } = useField(name, label, description);
  return (
    <div className={`field choice${error ? ' field-invalid' : ''}`}>
      <input id={id} type="checkbox" aria-describedby={describedBy} {...register(name)} />
      <label htmlFor={id}>{label}</label>
      <Hint id={id}>{description}</Hint>
      <ErrorText id={id} error={error} />
    </div>
  );
}
