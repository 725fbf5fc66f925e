import type { ReactNode } from 'react';
import type { Answers, ScenarioAssumptions } from '../domain';
import { hasAnswers, type Draft } from './draft';
import { useFormSteps } from './form-steps-loader';
import { ReviewStep } from './steps/review-step';
import { WelcomeStep } from './steps/welcome-step';
import type { StepId } from './steps';
import type { WizardContext, WizardEvent } from './wizard-machine';

export interface StepViewProps {
  step: StepId;
  draft: Draft;
  send: (event: WizardEvent) => void;
  answers: Answers | null;
  shareUrl: string | null;
  welcome: {
    savedAt: string | null;
    loadProblems: WizardContext['loadProblems'];
    onStart: () => void;
    onResume: () => void;
    onImport: (file: File) => void;
  };
  onExport: () => void;
  renderResults: (answers: Answers, onChange: (change: ResultsChange) => void) => ReactNode;
}

/** What the results page may change in the answers: the priorities, and the planning figures (null: the catalog's). */
export interface ResultsChange {
  priorities?: Answers['priorities'];
  assumptions?: ScenarioAssumptions | null;
  currency?: Answers['currency'] | null;
}

type QuestionStepId = 'organisation' | 'use-cases' | 'regulation' | 'volume' | 'team' | 'priorities';
const QUESTION_STEPS: ReadonlySet<StepId> = new Set<QuestionStepId>([
  'organisation',
  'use-cases',
  'regulation',
  'volume',
  'team',
  'priorities',
]);
const isQuestion = (step: StepId): step is QuestionStepId => QUESTION_STEPS.has(step);

/** A question step, once its code has loaded (form-steps-loader.ts); keyed by step, so it starts from the draft. */
function QuestionStep({ step, draft, send }: { step: QuestionStepId; draft: Draft; send: (event: WizardEvent) => void }) {
  const forms = useFormSteps(true);
  if (forms.status === 'loading')
    return (
      <p role="status" className="notice">
        Loading the questions…
      </p>
    );
  if (forms.status === 'failed')
    return (
      <div role="alert" className="notice notice-error">
        <p>The questions could not be loaded from the site; check the connection. Your answers are kept.</p>
        <button type="button" onClick={forms.retry}>
          Try again
        </button>
      </div>
    );
  const { OrganisationStep, UseCasesStep, RegulationStep, VolumeStep, TeamStep, PrioritiesStep } = forms.steps;
  const props = { draft, send };
  switch (step) {
    case 'organisation':
      return <OrganisationStep key={step} {...props} />;
    case 'use-cases':
      return <UseCasesStep key={step} {...props} />;
    case 'regulation':
      return <RegulationStep key={step} {...props} />;
    case 'volume':
      return <VolumeStep key={step} {...props} />;
    case 'team':
      return <TeamStep key={step} {...props} />;
    case 'priorities':
      return <PrioritiesStep key={step} {...props} />;
  }
}

/** The current step's content. */
export function StepView({ step, draft, send, answers, shareUrl, welcome, onExport, renderResults }: StepViewProps) {
  if (isQuestion(step)) return <QuestionStep key={step} step={step} draft={draft} send={send} />;
  const props = { draft, send };
  switch (step) {
    case 'welcome':
      return <WelcomeStep {...welcome} hasAnswers={hasAnswers(draft)} />;
    case 'review':
      return <ReviewStep {...props} answers={answers} onExport={onExport} shareUrl={shareUrl} />;
    case 'results':
      return answers ? (
        <>
          {renderResults(answers, (patch) => send({ type: 'draft.update', patch }))}
          <div className="step-actions">
            <button type="button" className="button-secondary" onClick={() => send({ type: 'step.back' })}>
              Back to review
            </button>
          </div>
        </>
      ) : (
        <p className="notice notice-error">Some answers are incomplete; go back to the review step.</p>
      );
  }
}
