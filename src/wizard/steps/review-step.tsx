import { useId, useRef, useState } from 'react';
import type { Answers } from '../../domain';
import { stepComplete, type Draft, type DraftUseCase } from '../draft';
import {
  ACCURACIES,
  AI_ACT_RISKS,
  AUDIENCES,
  GPU_ACCESS,
  INDUSTRIES,
  MATURITIES,
  REGIONS,
  RESIDENCIES,
  SENSITIVITIES,
  TASKS,
  labelOf,
  countryName,
} from '../labels';
import { tokensInWords } from '../volume';
import type { StepProps } from '../step-props';
import { FORM_STEPS, STEP_TITLES, type FormStepId } from '../steps';

interface ReviewProps extends StepProps {
  /** The draft as Answers, or null while some step is incomplete. */
  answers: Answers | null;
  onExport: () => void;
  shareUrl: string | null;
}

type Row = [term: string, value: string];

const NOT_GIVEN = 'Not given';
const yesNo = (applies: boolean) => (applies ? 'Applies' : 'Does not apply');
const ROLE_WORDS = {
  provider: 'Provider: you build it or put your name on it',
  deployer: 'Deployer: you use a system someone else provides',
} as const;

const caseName = (u: DraftUseCase, i: number) => u.name.trim() || `Use case ${i + 1}`;
/** A token volume in words, or that it is missing. @example volumeText(2e9) // 'about 2 billion tokens a month' */
function volumeText(tokens: number | null): string {
  return tokens === null ? NOT_GIVEN : tokensInWords(tokens) || NOT_GIVEN;
}

function useCaseSummary(u: DraftUseCase): string {
  const parts = [
    labelOf(TASKS, u.task),
    labelOf(AUDIENCES, u.audience),
    `data: ${labelOf(SENSITIVITIES, u.dataSensitivity)}`,
    `accuracy: ${labelOf(ACCURACIES, u.accuracy)}`,
    `languages: ${u.languages.join(', ') || 'en'}`,
    ...(u.longContext ? ['needs long documents or conversations'] : []),
    ...(u.requestInputTokens === null ? [] : [`requests of ${u.requestInputTokens.toLocaleString('en')} input tokens`]),
    ...(u.fineTuning ? ['fine-tuning wanted'] : []),
    ...(u.minors ? ['serves or decides about children'] : []),
    ...(u.automatedDecisions ? ['decides about people without human review'] : []),
  ];
  return parts.join('; ');
}

/** The answers of each step in plain words, as term and value. */
const ROWS: Record<FormStepId, (d: Draft) => Row[]> = {
  organisation: ({ organization: o }) => [
    ['Name', o.name.trim() || NOT_GIVEN],
    ['Industry', o.industry ? labelOf(INDUSTRIES, o.industry) : NOT_GIVEN],
    ['Country', o.country ? countryName(o.country) : NOT_GIVEN],
    ['Regions', o.regions.map((r) => labelOf(REGIONS, r)).join(', ') || NOT_GIVEN],
    ['Monthly active users', o.monthlyActiveUsers === null ? NOT_GIVEN : o.monthlyActiveUsers.toLocaleString('en')],
  ],
  'use-cases': (d) => d.useCases.map((u, i): Row => [caseName(u, i), useCaseSummary(u)]),
  regulation: ({ regulation: r, useCases }) => [
    ['GDPR', yesNo(r.gdpr)],
    ['HIPAA', yesNo(r.hipaa)],
    ['EU AI Act', yesNo(r.euAiAct)],
    ['Data residency', labelOf(RESIDENCIES, r.dataResidency)],
    ['EU-owned providers only', r.euOwnedOnly ? 'Required' : 'Not required'],
    ...(r.euAiAct
      ? useCases.map((u, i): Row => [
          `AI Act tier: ${caseName(u, i)}`,
          u.aiActRisk ? labelOf(AI_ACT_RISKS, u.aiActRisk) : 'Not assessed yet',
        ])
      : []),
    // The role only where it was given: "not sure" is the default and lists both roles' duties.
    ...(r.euAiAct
      ? useCases.flatMap((u, i): Row[] => (u.aiActRole ? [[`AI Act role: ${caseName(u, i)}`, ROLE_WORDS[u.aiActRole]]] : []))
      : []),
  ],
  volume: (d) => d.useCases.map((u, i): Row => [caseName(u, i), volumeText(u.monthlyTokens)]),
  team: ({ team: t }) => [
    ['ML engineers', t.mlEngineers === null ? NOT_GIVEN : String(t.mlEngineers)],
    ['MLOps maturity', labelOf(MATURITIES, t.mlopsMaturity)],
    ['GPU access', labelOf(GPU_ACCESS, t.gpuAccess)],
  ],
  priorities: ({ priorities: p, planning }) => [
    ['Cost', `${p.cost} of 5`],
    ['Quality', `${p.quality} of 5`],
    ['Control', `${p.control} of 5`],
    [
      'Costs projected over',
      planning
        ? `${planning.horizonYears} years, the volume ${planning.annualGrowth >= 0 ? 'growing' : 'falling'} ${Math.abs(Math.round(planning.annualGrowth * 1000) / 10)} % a year`
        : 'Today only',
    ],
  ],
};

/** Every answer grouped by step, each group with Edit; then export, share link and "See the recommendation". */
export function ReviewStep({ draft, send, answers, onExport, shareUrl }: ReviewProps) {
  return (
    <div className="review">
      {FORM_STEPS.map((step) => (
        <ReviewSection key={step} step={step} draft={draft} onEdit={() => send({ type: 'review.edit', step })} />
      ))}
      <section aria-labelledby="review-keep">
        <h2 id="review-keep">Keep or share your answers</h2>
        <button type="button" className="button-secondary" onClick={onExport} disabled={answers === null}>
          Export answers
        </button>
        {shareUrl ? <ShareLink url={shareUrl} /> : <p>The export and the share link are ready once every step is complete.</p>}
      </section>
      {answers === null ? (
        <p className="notice notice-info" role="status">
          Some answers are incomplete: use Edit on the sections marked incomplete before seeing the recommendation.
        </p>
      ) : null}
      <div className="step-actions">
        <button type="button" className="button-secondary" onClick={() => send({ type: 'step.back' })}>
          Back
        </button>
        <button type="button" className="button-primary" disabled={answers === null} onClick={() => send({ type: 'step.next' })}>
          See the recommendation
        </button>
      </div>
    </div>
  );
}

function ReviewSection({ step, draft, onEdit }: { step: FormStepId; draft: Draft; onEdit: () => void }) {
  const headingId = useId();
  const title = STEP_TITLES[step];
  const rows = ROWS[step](draft);
  return (
    <section className="review-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {stepComplete(draft, step) ? null : <p className="field-error">Incomplete: some answers here are missing or not valid.</p>}
      {rows.length > 0 ? (
        <dl>
          {rows.map(([term, value], i) => (
            <div key={i} className="review-row">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{NOT_GIVEN}</p>
      )}
      <button type="button" className="button-secondary" aria-label={`Edit ${title.toLowerCase()}`} onClick={onEdit}>
        Edit
      </button>
    </section>
  );
}

/** The share link with a Copy button; without a clipboard the link is selected for the user to copy. */
function ShareLink({ url }: { url: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const manual = () => {
    input.current?.select();
    setStatus('Select the link and copy it.');
  };
  const copy = () => {
    const clipboard = typeof navigator === 'undefined' ? undefined : (navigator.clipboard as Clipboard | undefined);
    if (!clipboard) return manual();
    clipboard.writeText(url).then(() => setStatus('Link copied.'), manual);
  };
  return (
    <div className="field share-link">
      <label htmlFor={id}>Share link</label>
      <p id={`${id}-hint`} className="field-hint">
        The answers travel inside the link itself, after the #: they are never sent to a server. Anyone with the link can read them.
      </p>
      <input
        id={id}
        ref={input}
        type="text"
        readOnly
        value={url}
        aria-describedby={`${id}-hint`}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" className="button-secondary" onClick={copy}>
        Copy link
      </button>
      <p role="status">{status}</p>
    </div>
  );
}
