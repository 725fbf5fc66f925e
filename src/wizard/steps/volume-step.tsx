import { useState, type ChangeEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { VolumeForm, type DraftUseCase } from '../draft';
import { NumberField } from '../fields';
import { StepForm, fieldId } from '../form-kit';
import type { StepProps } from '../step-props';
import { TOKENS_PER_PAGE, formatTokens, tokensFromDocuments, tokensFromRequests, tokensInWords } from '../volume';

interface Values {
  useCases: DraftUseCase[];
}

/** Monthly tokens per use case, typed or worked out from requests or documents. Only the volume changes here. */
export function VolumeStep({ draft, send }: StepProps) {
  return (
    <StepForm<Values>
      schema={VolumeForm}
      defaultValues={{ useCases: draft.useCases }}
      onChange={({ useCases }) => send({ type: 'draft.update', patch: { useCases } })}
      onBack={({ useCases }) => send({ type: 'step.back', patch: { useCases } })}
      onNext={({ useCases }) => send({ type: 'step.next', patch: { useCases } })}
    >
      <p className="step-intro">
        Volume drives the cost arithmetic (tokens times each provider&apos;s price) and decides where running an open model on your own GPUs
        breaks even against paying per token. A rough figure is enough: the results show how far it may move before the recommendation
        changes.
      </p>
      {draft.useCases.length === 0 ? <p>There are no use cases yet; go back one step to add them.</p> : null}
      {draft.useCases.map((useCase, index) => (
        <VolumeSection key={`${index}-${useCase.id}`} index={index} title={useCase.name.trim() || `Use case ${index + 1}`} />
      ))}
    </StepForm>
  );
}

function VolumeSection({ index, title }: { index: number; title: string }) {
  const headingId = `${fieldId(`useCases.${index}`)}-volume-heading`;
  return (
    <section className="volume-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <NumberField
        name={`useCases.${index}.monthlyTokens`}
        label={`Tokens a month for ${title}`}
        min={0}
        step="any"
        description="Input and output tokens together, across all users."
      />
      <TokensInWords index={index} />
      <Calculator index={index} title={title} />
    </section>
  );
}

/** The typed figure in words, read out when it changes. */
function TokensInWords({ index }: { index: number }) {
  const { control } = useFormContext<Values>();
  const tokens = useWatch({ control, name: `useCases.${index}.monthlyTokens` });
  const words = typeof tokens === 'number' ? tokensInWords(tokens) : '';
  return (
    <p className="tokens-in-words" aria-live="polite">
      {words ? `That is ${words}.` : 'No figure yet.'}
    </p>
  );
}

type Mode = 'requests' | 'documents';
type CalculatorInputs = Record<'perDay' | 'tokensEach' | 'documents' | 'pages', string>;

/** A positive number typed into a calculator box, or null. */
function positive(text: string): number | null {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) && n > 0 ? n : null;
}

function calculate(mode: Mode, inputs: CalculatorInputs): number | null {
  const [a, b] =
    mode === 'requests' ? [positive(inputs.perDay), positive(inputs.tokensEach)] : [positive(inputs.documents), positive(inputs.pages)];
  if (a === null || b === null) return null;
  const tokens = mode === 'requests' ? tokensFromRequests(a, b) : tokensFromDocuments(a, b);
  return tokens > 0 ? tokens : null;
}

/** Works out monthly tokens from requests per day or from documents per month, and copies the result into the field. */
function Calculator({ index, title }: { index: number; title: string }) {
  const { setValue } = useFormContext<Values>();
  const [mode, setMode] = useState<Mode>('requests');
  const [inputs, setInputs] = useState<CalculatorInputs>({ perDay: '', tokensEach: '', documents: '', pages: '' });
  const result = calculate(mode, inputs);
  const id = (part: string) => `calc-${index}-${part}`;
  const box = (key: keyof CalculatorInputs, label: string) => (
    <CalculatorBox id={id(key)} label={label} value={inputs[key]} onChange={(e) => setInputs({ ...inputs, [key]: e.target.value })} />
  );
  return (
    <details className="calculator">
      <summary>Work it out from requests or documents</summary>
      <ModeChoice name={id('mode')} mode={mode} onChange={setMode} />
      {mode === 'requests' ? (
        <>
          {box('perDay', 'Requests per day')}
          {box('tokensEach', 'Tokens per request (question, context and answer)')}
        </>
      ) : (
        <>
          {box('documents', 'Documents per month')}
          {box('pages', 'Pages per document')}
          <p className="field-hint">Counts about {TOKENS_PER_PAGE} tokens a page; the answers are short next to the documents read.</p>
        </>
      )}
      <p className="calculator-result" aria-live="polite">
        {result === null
          ? 'Fill in both numbers to see the monthly total.'
          : `${formatTokens(result)} tokens a month (${tokensInWords(result)}).`}
      </p>
      <button
        type="button"
        className="button-secondary"
        aria-label={`Use this figure for ${title}`}
        disabled={result === null}
        onClick={() => result !== null && setValue(`useCases.${index}.monthlyTokens`, result, { shouldValidate: true, shouldDirty: true })}
      >
        Use this figure
      </button>
    </details>
  );
}

function ModeChoice({ name, mode, onChange }: { name: string; mode: Mode; onChange: (mode: Mode) => void }) {
  const options: { value: Mode; label: string }[] = [
    { value: 'requests', label: 'From requests per day' },
    { value: 'documents', label: 'From documents per month' },
  ];
  return (
    <fieldset className="choice-group choice-inline">
      <legend>Work it out</legend>
      {options.map((o) => (
        <div className="choice" key={o.value}>
          <input
            id={`${name}-${o.value}`}
            type="radio"
            name={name}
            value={o.value}
            checked={mode === o.value}
            onChange={() => onChange(o.value)}
          />
          <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

function CalculatorBox({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (e: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" inputMode="decimal" min={0} step="any" value={value} onChange={onChange} />
    </div>
  );
}
