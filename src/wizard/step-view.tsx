import type { ReactNode } from 'react';
import type { Answers } from '../domain';
import { hasAnswers, type Draft } from './draft';
import { OrganisationStep } from './steps/organisation-step';
import { PrioritiesStep } from './steps/priorities-step';
import { RegulationStep } from './steps/regulation-step';
import { ReviewStep } from './steps/review-step';
import { TeamStep } from './steps/team-step';
import { UseCasesStep } from './steps/use-cases-step';
import { VolumeStep } from './steps/volume-step';
import { WelcomeStep } from './steps/welcome-step';
import type { StepId } from './steps';
import type { WizardContext, WizardEvent } from './wizard-machine';

interface StepViewProps {
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
  renderResults: (answers: Answers, onPriorities: (p: Answers['priorities']) => void) => ReactNode;
}

/** The current step's content. Each form step is keyed by step, so it starts from the draft each time it shows. */
export function StepView({ step, draft, send, answers, shareUrl, welcome, onExport, renderResults }: StepViewProps) {
  const props = { draft, send };
  switch (step) {
    case 'welcome':
      return <WelcomeStep {...welcome} hasAnswers={hasAnswers(draft)} />;
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
    case 'review':
      return <ReviewStep {...props} answers={answers} onExport={onExport} shareUrl={shareUrl} />;
    case 'results':
      return answers ? (
        <>
          {renderResults(answers, (priorities) => send({ type: 'draft.update', patch: { priorities } }))}
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
