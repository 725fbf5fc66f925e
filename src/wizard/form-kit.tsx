import { zodResolver } from '@hookform/resolvers/zod';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm, useWatch, type DefaultValues, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';

/** A field's DOM id from its form name. @example fieldId('useCases.0.name') // 'f-useCases-0-name' */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/** Capitalises a problem message for display next to its field. @example sentence('is required') // 'Is required' */
export function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** Labels of the fields on the page, so that the error summary can name each field with a problem. */
const LabelsContext = createContext<Map<string, string> | null>(null);

/** Registers a field's label for the error summary. */
export function useFieldLabel(name: string, label: string): void {
  const labels = useContext(LabelsContext);
  useEffect(() => {
    labels?.set(name, label);
    return () => void labels?.delete(name);
  }, [labels, name, label]);
}

/** Every problem in react-hook-form's error tree, flattened to field names. */
export function flattenErrors(errors: FieldErrors, prefix = ''): { name: string; message: string }[] {
  const out: { name: string; message: string }[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) out.push({ name, message });
    else if (key !== 'ref') out.push(...flattenErrors(value as FieldErrors, name));
  }
  return out;
}

interface StepFormProps<T extends FieldValues> {
  schema: z.ZodType<T, T>;
  defaultValues: T;
  /** Called with valid values when the user presses Next. */
  onNext: (values: T) => void;
  /** Called with the values as they are (valid or not) when the user presses Back. */
  onBack?: (values: T) => void;
  /** Called on every change, for autosave. */
  onChange?: (values: T) => void;
  nextLabel?: string;
  children: ReactNode;
}

/**
 * One wizard step's form: react-hook-form validated by the step's zod schema. A failed Next shows an error
 * summary that takes focus and links to each field; Back keeps what was typed without validating it.
 */
export function StepForm<T extends FieldValues>({
  schema,
  defaultValues,
  onNext,
  onBack,
  onChange,
  nextLabel = 'Next',
  children,
}: StepFormProps<T>) {
  const form = useForm<T>({
    resolver: zodResolver(schema) as unknown as Resolver<T>,
    defaultValues: defaultValues as DefaultValues<T>,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The error summary takes focus (and is announced); it links to each field.
    shouldFocusError: false,
  });
  const [labels] = useState(() => new Map<string, string>());
  const [failedSubmits, setFailedSubmits] = useState(0);
  return (
    <LabelsContext.Provider value={labels}>
      <FormProvider {...form}>
        <form
          noValidate
          onSubmit={(e) =>
            void form.handleSubmit(
              (values) => onNext(values),
              () => setFailedSubmits((n) => n + 1),
            )(e)
          }
        >
          {onChange ? <Autosave<T> onChange={onChange} /> : null}
          <ErrorSummary attempt={failedSubmits} errors={form.formState.errors} labels={labels} />
          {children}
          <div className="step-actions">
            {onBack ? (
              <button type="button" className="button-secondary" onClick={() => onBack(form.getValues())}>
                Back
              </button>
            ) : null}
            <button type="submit" className="button-primary">
              {nextLabel}
            </button>
          </div>
        </form>
      </FormProvider>
    </LabelsContext.Provider>
  );
}

/** Reports every change of the form's values (not re-renders: the last reported values are compared). */
function Autosave<T extends FieldValues>({ onChange }: { onChange: (values: T) => void }) {
  const values = useWatch<T>();
  const latest = useRef(onChange);
  const last = useRef<string | null>(null);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    const text = JSON.stringify(values);
    if (last.current === null) last.current = text;
    if (text === last.current) return;
    last.current = text;
    latest.current(values as T);
  }, [values]);
  return null;
}

function ErrorSummary({ attempt, errors, labels }: { attempt: number; errors: FieldErrors; labels: Map<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  const problems = flattenErrors(errors);
  // Focus once per failed Next, as soon as the summary is on the page (the errors can arrive a render later).
  const focusedFor = useRef(0);
  useEffect(() => {
    if (attempt > focusedFor.current && ref.current) {
      focusedFor.current = attempt;
      ref.current.focus();
    }
  });
  if (attempt === 0 || problems.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{problems.length === 1 ? 'There is a problem' : `There are ${problems.length} problems`}</h2>
      <ul>
        {problems.map((p) => (
          <li key={p.name}>
            <a
              href={`#${fieldId(p.name)}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(fieldId(p.name))?.focus();
              }}
            >
              {labels.get(p.name) ?? p.name}: {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
