import { useId, useState } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { z } from 'zod';
import {
  AI_ACT_QUESTIONS,
  AI_ACT_ROLE_MEANING,
  AI_ACT_ROLE_QUESTIONS,
  AI_ACT_TIER_MEANING,
  decide,
  toAsk,
  type AiActQuestion,
  type AiActRole,
  type AiActTier,
  type GuidedQuestion,
} from '../ai-act';
import { DraftUseCase, RegulationForm, type Draft } from '../draft';
import { CheckboxField, ChoiceGroup } from '../fields';
import { StepForm, fieldId, useFieldLabel } from '../form-kit';
import { AI_ACT_RISKS, ANNEX_III_AREAS, RESIDENCIES, countryName, labelOf } from '../labels';
import type { StepProps } from '../step-props';

/** The step edits the regulation section and each use case's AI Act tier. */
interface Values {
  regulation: Draft['regulation'];
  useCases: DraftUseCase[];
}

const RegulationStepForm = z.object({ regulation: RegulationForm, useCases: z.array(DraftUseCase) });

const NOT_ASSESSED = { value: '', label: 'Not assessed yet', hint: 'the recommendation will remind you to place it' };

/** Which regulations apply and where data must stay; for the EU AI Act, each use case's risk tier. */
export function RegulationStep({ draft, send }: StepProps) {
  return (
    <StepForm<Values>
      schema={RegulationStepForm}
      defaultValues={{ regulation: draft.regulation, useCases: draft.useCases }}
      onChange={({ regulation, useCases }) => send({ type: 'draft.update', patch: { regulation, useCases } })}
      onBack={({ regulation, useCases }) => send({ type: 'step.back', patch: { regulation, useCases } })}
      onNext={({ regulation, useCases }) => send({ type: 'step.next', patch: { regulation, useCases } })}
    >
      <CheckboxField
        name="regulation.gdpr"
        label="GDPR applies"
        description="You handle personal data of people in the EU (or in the UK, whose UK GDPR sets the same duties): every provider that sees it needs a processor contract, risky processing a DPIA, and sending it outside the EU a legal basis."
      />
      <CheckboxField
        name="regulation.hipaa"
        label="HIPAA applies"
        description="You handle US patients' health information: it may only go to a vendor that signs a Business Associate Agreement (BAA) with you."
      />
      <CheckboxField
        name="regulation.euAiAct"
        label="The EU AI Act applies"
        description="You use AI systems in the EU or offer them there: each use case's duties depend on its risk tier, which you set below."
      />
      <ChoiceGroup
        name="regulation.dataResidency"
        label="Data residency"
        description="Where prompts and outputs must be processed and stored; options that cannot run there are left out."
        choices={residencyChoices(draft.organization.country)}
      />
      <CheckboxField
        name="regulation.euOwnedOnly"
        label="Only EU-owned providers may process the data"
        description="Sovereignty, not only residency: a US company's EU region keeps the data in the EU, but US law (the CLOUD Act) can still make the company hand it over. Tick to leave out providers established outside the EU; self-hosting stays."
      />
      <AiActTiers />
    </StepForm>
  );
}

/** The residency choices, the in-country one saying which country the organisation step gave, or that none is given. */
function residencyChoices(country: string) {
  const name = country ? countryName(country) : undefined;
  return RESIDENCIES.map((c) =>
    c.value === 'in-country'
      ? { ...c, hint: name ? `(${name})` : 'set your country in the organisation step; until then only self-hosting qualifies' }
      : c,
  );
}

/** The risk tier of every use case, shown while the EU AI Act applies. */
function AiActTiers() {
  const applies = useWatch<Values, 'regulation.euAiAct'>({ name: 'regulation.euAiAct' });
  const useCases = useWatch<Values, 'useCases'>({ name: 'useCases' });
  if (!applies) return null;
  return (
    <section aria-labelledby="ai-act-tiers">
      <h2 id="ai-act-tiers">EU AI Act risk tier of each use case</h2>
      <p className="notice notice-info">
        The helper is a planning aid, not legal advice: confirm each tier with your legal or compliance team.
      </p>
      {useCases.length === 0 ? <p>Add use cases first; their tiers are set here.</p> : null}
      {useCases.map((u, index) => (
        <UseCaseTier key={u.id || index} index={index} name={u.name.trim() || `Use case ${index + 1}`} />
      ))}
    </section>
  );
}

function UseCaseTier({ index, name }: { index: number; name: string }) {
  const headingId = useId();
  const { setValue } = useFormContext<Values>();
  const field = `useCases.${index}.aiActRisk` as const;
  return (
    <section className="ai-act-use-case" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <TierRadios index={index} useCaseName={name} />
      <TierHelper onUse={(tier) => setValue(field, tier, { shouldDirty: true })} />
      <AreaSelect index={index} useCaseName={name} />
      <RoleRadios index={index} useCaseName={name} />
      <RoleHelper onUse={(role) => setValue(`useCases.${index}.aiActRole`, role, { shouldDirty: true })} />
    </section>
  );
}

interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/**
 * Radio buttons for a use case's answer that may be left open: the first choice has the empty value and is stored as
 * null. `label` names the field for the error summary; `legend` heads the group.
 */
function NullableRadios({
  name,
  label,
  legend,
  hint,
  choices,
}: {
  name: `useCases.${number}.aiActRisk` | `useCases.${number}.aiActRole`;
  label: string;
  legend: string;
  hint?: string;
  choices: readonly Choice[];
}) {
  const { field } = useController<Values, typeof name>({ name });
  const id = fieldId(field.name);
  useFieldLabel(field.name, label);
  return (
    <fieldset className="field choice-group">
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {choices.map((c, i) => (
        <div className="choice" key={c.value}>
          <input
            id={i === 0 ? id : `${id}-${c.value}`}
            ref={i === 0 ? field.ref : undefined}
            type="radio"
            name={field.name}
            value={c.value}
            checked={(field.value ?? '') === c.value}
            onChange={() => field.onChange(c.value === '' ? null : c.value)}
            onBlur={field.onBlur}
          />
          <label htmlFor={i === 0 ? id : `${id}-${c.value}`}>
            {c.label}
            {c.hint ? <span className="choice-hint"> {c.hint}</span> : null}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * The Annex III area of a high-risk use case, asked only while the tier is high: it decides, among others, whether a
 * fundamental rights impact assessment is due. "Not sure" is stored as null.
 */
function AreaSelect({ index, useCaseName }: { index: number; useCaseName: string }) {
  const tier = useWatch<Values, `useCases.${number}.aiActRisk`>({ name: `useCases.${index}.aiActRisk` });
  return tier === 'high' ? <AreaField index={index} useCaseName={useCaseName} /> : null;
}

function AreaField({ index, useCaseName }: { index: number; useCaseName: string }) {
  const {
    field: { name, ref, value, onChange, onBlur },
  } = useController<Values, `useCases.${number}.annexIIIArea`>({ name: `useCases.${index}.annexIIIArea` });
  const id = fieldId(name);
  useFieldLabel(name, `High-risk area of ${useCaseName}`);
  return (
    <div className="field">
      <label htmlFor={id}>High-risk area (Annex III)</label>
      <p className="field-hint" id={`${id}-hint`}>
        Why it matters: credit scoring, life and health insurance and public services need a fundamental rights impact assessment (Art. 27);
        other areas do not.
      </p>
      <select
        id={id}
        ref={ref}
        name={name}
        aria-describedby={`${id}-hint`}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        onBlur={onBlur}
      >
        <option value="">Not sure</option>
        {ANNEX_III_AREAS.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Radio buttons for the tier; "not assessed" is the empty choice and is stored as null. */
function TierRadios({ index, useCaseName }: { index: number; useCaseName: string }) {
  return (
    <NullableRadios
      name={`useCases.${index}.aiActRisk`}
      label={`Risk tier of ${useCaseName}`}
      legend="Risk tier"
      choices={[NOT_ASSESSED, ...AI_ACT_RISKS]}
    />
  );
}

/** Who the organisation is under the Act for this system; "not sure" is stored as null and lists both roles' duties. */
const ROLES = [
  { value: '', label: 'Not sure', hint: 'the results list the duties of both roles' },
  { value: 'deployer', label: 'We use a system someone else provides', hint: 'deployer: the duties of Art. 26' },
  {
    value: 'provider',
    label: 'We build it, put our name on it, or substantially change one',
    hint: 'provider: quality management, conformity assessment, registration (Art. 16-22, 43, 49)',
  },
] as const;

function RoleRadios({ index, useCaseName }: { index: number; useCaseName: string }) {
  return (
    <NullableRadios
      name={`useCases.${index}.aiActRole`}
      label={`Your role for ${useCaseName}`}
      legend="Your role under the Act"
      hint="Why it matters: whoever builds a high-risk system carries far more duties than whoever only uses it."
      choices={ROLES}
    />
  );
}

/** The guided helper for the tier: yes/no questions asked in order until one decides, then "Use this tier". */
function TierHelper({ onUse }: { onUse: (tier: AiActTier) => void }) {
  return (
    <GuidedHelper
      summary="Help me decide"
      questions={TIER_QUESTIONS}
      allNo="minimal"
      kind="tier"
      nameOf={(tier) => labelOf(AI_ACT_RISKS, tier)}
      meaning={AI_ACT_TIER_MEANING}
      onUse={onUse}
    />
  );
}

const TIER_QUESTIONS = AI_ACT_QUESTIONS.map((q) => ({ ...q, yes: q.yesTier }));

/** The guided helper for the role: build or buy, own name on it, substantial change or a high-risk purpose. */
function RoleHelper({ onUse }: { onUse: (role: AiActRole) => void }) {
  return (
    <GuidedHelper
      summary="Which role is mine?"
      questions={AI_ACT_ROLE_QUESTIONS}
      allNo="deployer"
      kind="role"
      nameOf={(role) => ROLE_NAMES[role]}
      meaning={AI_ACT_ROLE_MEANING}
      onUse={onUse}
    />
  );
}

const ROLE_NAMES: Record<AiActRole, string> = { provider: 'Provider', deployer: 'Deployer' };

/** Yes/no questions asked in order until one decides (or all are no), then a button that sets the answer. */
function GuidedHelper<Id extends string, T extends string>({
  summary,
  questions,
  allNo,
  kind,
  nameOf,
  meaning,
  onUse,
}: {
  summary: string;
  questions: readonly GuidedQuestion<Id, T>[];
  allNo: T;
  /** What is decided, in the result and the button: "tier" or "role". */
  kind: string;
  nameOf: (value: T) => string;
  meaning: Record<T, string>;
  onUse: (value: T) => void;
}) {
  const [answers, setAnswers] = useState<Partial<Record<Id, boolean>>>({});
  const [used, setUsed] = useState<T | null>(null);
  const result = decide(questions, answers, allNo);
  const answer = (id: Id, yes: boolean) => {
    setAnswers((a) => ({ ...a, [id]: yes }));
    setUsed(null);
  };
  return (
    <details className="ai-act-helper">
      <summary>{summary}</summary>
      {toAsk(questions, answers).map((q) => (
        <YesNo key={q.id} question={q} value={answers[q.id]} onAnswer={(yes) => answer(q.id, yes)} />
      ))}
      {result ? (
        <div className="ai-act-result">
          <p>
            Suggested {kind}: <strong>{nameOf(result)}</strong>. {meaning[result]}
          </p>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              onUse(result);
              setUsed(result);
            }}
          >
            Use this {kind}
          </button>
        </div>
      ) : null}
      <p role="status">{used ? `${kind === 'tier' ? 'Risk tier' : 'Role'} set to ${nameOf(used)}.` : ''}</p>
    </details>
  );
}

function YesNo({
  question,
  value,
  onAnswer,
}: {
  question: Pick<AiActQuestion, 'question' | 'examples' | 'basis'>;
  value: boolean | undefined;
  onAnswer: (yes: boolean) => void;
}) {
  const id = useId();
  const options = [
    { yes: true, label: 'Yes' },
    { yes: false, label: 'No' },
  ];
  return (
    <fieldset className="field choice-group choice-inline" aria-describedby={`${id}-hint`}>
      <legend>{question.question}</legend>
      <p id={`${id}-hint`} className="field-hint">
        For example: {question.examples} ({question.basis})
      </p>
      {options.map((o) => (
        <div className="choice" key={o.label}>
          <input id={`${id}-${o.label}`} type="radio" name={id} checked={value === o.yes} onChange={() => onAnswer(o.yes)} />
          <label htmlFor={`${id}-${o.label}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
