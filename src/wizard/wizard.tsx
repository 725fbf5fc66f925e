import { useMachine } from '@xstate/react';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Answers } from '../domain';
import { download } from '../lib/download';
import { shareFragment } from '../lib/share-link';
import { clearDraft, saveDraft } from '../lib/storage';
import { answersBlob, answersFileName, readAnswersText } from './answers-file';
import type { Boot } from './boot';
import { fromAnswers, toAnswers } from './draft';
import { Progress } from './progress';
import { StepView } from './step-view';
import { STEP_TITLES, type StepId } from './steps';
import { useHashRouting } from './use-hash-routing';
import { wizardMachine } from './wizard-machine';

interface WizardProps {
  boot: Boot;
  storage: Storage | null;
  /** The results step's content, given complete answers (the results feature, composed by the app). */
  renderResults: (answers: Answers, onPriorities: (p: Answers['priorities']) => void) => ReactNode;
  /** URL fragments that belong to another view of the app; the wizard leaves them alone. */
  isOtherRoute?: (hash: string) => boolean;
}

/** The interview: progress, the current step, autosave, URL per step, import, export and share link. */
export function Wizard({ boot, storage, renderResults, isOtherRoute }: WizardProps) {
  const [state, send, actor] = useMachine(wizardMachine, { input: boot.input });
  const step = state.value as StepId;
  const { draft, loadProblems } = state.context;
  const [saveNotice, setSaveNotice] = useState<string | null>(boot.storageNotice);
  const answers = useMemo(() => toAnswers(draft), [draft]);
  useHashRouting(step, actor, send, isOtherRoute);

  useEffect(() => {
    // Every change of the draft is saved at once (boot saved the one it started with).
    let last = actor.getSnapshot().context.draft;
    const subscription = actor.subscribe((snapshot) => {
      if (snapshot.context.draft === last) return;
      last = snapshot.context.draft;
      const saved = saveDraft(storage, last, new Date());
      setSaveNotice(saved.ok ? null : saved.message);
    });
    return () => subscription.unsubscribe();
  }, [actor, storage]);

  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const importFile = (file: File) => {
    void file.text().then(
      (text) => {
        const read = readAnswersText(text, file.name);
        if (read.ok) send({ type: 'answers.load', draft: fromAnswers(read.answers), source: 'file', upgradedFrom: read.upgradedFrom });
        else send({ type: 'answers.refused', source: 'file', messages: read.messages });
      },
      () => send({ type: 'answers.refused', source: 'file', messages: [`${file.name} could not be read.`] }),
    );
  };
  const shareUrl = answers ? `${window.location.origin}${window.location.pathname}${shareFragment(answers)}` : null;

  return (
    <div className={`wizard wizard-${step}`}>
      {step !== 'welcome' ? <Progress current={step} draft={draft} onJump={(s) => send({ type: 'step.goto', step: s })} /> : null}
      <div className="step">
        <h1 ref={heading} tabIndex={-1} className="step-heading">
          {step === 'welcome' ? 'Which AI models should you run for which work?' : STEP_TITLES[step]}
        </h1>
        {step === 'review' && (state.context.loadedFrom === 'link' || state.context.loadedFrom === 'file') ? (
          <p className="notice notice-info" role="status">
            {state.context.loadedFrom === 'link' ? 'Answers opened from a share link' : 'Answers imported from a file'}: check
            them below, then see the recommendation.
            {state.context.upgradedFrom !== null
              ? ` They were written by an earlier version of this tool (answers format ${state.context.upgradedFrom}) and now read as format 2: every answer was kept, and the questions added since are left unanswered.`
              : null}
          </p>
        ) : null}
        {saveNotice ? (
          <p className="notice notice-warning" role="status">
            {saveNotice}
          </p>
        ) : null}
        <StepView
          step={step}
          draft={draft}
          send={send}
          answers={answers}
          shareUrl={shareUrl}
          welcome={{
            savedAt: boot.savedAt,
            loadProblems,
            onStart: () => {
              clearDraft(storage);
              send({ type: 'wizard.start' });
            },
            onResume: () => send({ type: 'wizard.resume' }),
            onImport: importFile,
          }}
          onExport={() => answers && download(answersBlob(answers), answersFileName(answers, new Date()))}
          renderResults={renderResults}
        />
      </div>
    </div>
  );
}
