import { useMachine } from '@xstate/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { download } from '../lib/download';
import { shareFragment } from '../lib/share-link';
import { STORAGE_KEY, clearDraft, restoreDraft, saveDraft, savedEnvelope, savedStamp, sameStamp, type Stamp } from '../lib/storage';
import { answersBlob, answersFileName, readAnswersText } from '../lib/answers-file';
import type { Boot } from './boot';
import { StoredDraft, fromAnswers, toAnswers, type Draft } from './draft';
import { Progress } from './progress';
import { prefetchFormSteps } from './form-steps-loader';
import { StepView, type StepViewProps } from './step-view';
import { STEP_TITLES, type StepId } from './steps';
import { useHashRouting } from './use-hash-routing';
import { wizardMachine, type LoadSource } from './wizard-machine';

interface WizardProps {
  boot: Boot;
  storage: Storage | null;
  /** The results step's content, given complete answers (the results feature, composed by the app). */
  renderResults: StepViewProps['renderResults'];
  /** URL fragments that belong to another view of the app; the wizard leaves them alone. */
  isOtherRoute?: (hash: string) => boolean;
}

/** An id for this tab, so that its own saves are told apart from another tab's. */
function newTabId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
}

/** The time of a save, for the notice. @example clock('2026-12-06T14:05:09.000Z') // '14:05' in UTC */
const clock = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/**
 * Keeps this tab's answers and other tabs' in step. Every change is saved at once, unless another tab saved since
 * this one last looked: then nothing is overwritten, and `elsewhere` says when the other tab saved, so the page can
 * ask which answers to keep. A save by another tab is noticed as it happens (the storage event); one that holds the
 * same answers as this tab is simply taken as seen.
 */
function useTabSync(storage: Storage | null, draftOf: () => Draft, initialNotice: string | null) {
  const [tab] = useState(newTabId);
  const known = useRef<Stamp | null>(savedStamp(storage));
  const [elsewhere, setElsewhere] = useState<Stamp | null>(null);
  const [saveNotice, setSaveNotice] = useState<string | null>(initialNotice);
  const save = useCallback(
    (draft: Draft, force = false) => {
      const saved = saveDraft(storage, draft, new Date(), { writer: tab, ...(force ? {} : { expected: known.current }) });
      if (saved.ok) {
        known.current = saved.stamp;
        setElsewhere(null);
        setSaveNotice(null);
      } else if ('conflict' in saved) setElsewhere(saved.conflict);
      else setSaveNotice(saved.message);
    },
    [storage, tab],
  );
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== STORAGE_KEY) return;
      const saved = savedEnvelope(event.newValue);
      if (!saved || saved.stamp.writer === tab || sameStamp(saved.stamp, known.current)) return;
      if (JSON.stringify(saved.draft) === JSON.stringify(draftOf())) known.current = saved.stamp;
      else setElsewhere(saved.stamp);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [tab, draftOf]);
  /** The other tab's answers, taken as this tab's; null when they cannot be read. */
  const takeTheirs = (): Draft | null => {
    const restored = restoreDraft(storage, StoredDraft);
    if (restored.status !== 'restored') return null;
    known.current = savedStamp(storage);
    setElsewhere(null);
    return restored.draft;
  };
  return { save, elsewhere, takeTheirs, saveNotice, setSaveNotice };
}

/** The interview: progress, the current step, autosave, URL per step, import, export and share link. */
/** Where loaded answers came from, in words, for the notice on the review step; null when they were not loaded. */
function loadedWords(source: LoadSource | null, name: string | null): string | null {
  if (source === 'link') return 'Answers opened from a share link';
  if (source === 'file') return 'Answers imported from a file';
  if (source === 'scenario') return `The answers of the scenario “${name ?? ''}”, opened from the library`;
  return null;
}

export function Wizard({ boot, storage, renderResults, isOtherRoute }: WizardProps) {
  const [state, send, actor] = useMachine(wizardMachine, { input: boot.input });
  const step = state.value as StepId;
  const { draft, loadProblems } = state.context;
  const answers = useMemo(() => toAnswers(draft), [draft]);
  useHashRouting(step, actor, send, isOtherRoute);
  const draftOf = useCallback(() => actor.getSnapshot().context.draft, [actor]);
  const sync = useTabSync(storage, draftOf, boot.storageNotice);
  const { save, setSaveNotice, saveNotice } = sync;

  useEffect(() => {
    // Every change of the draft is saved at once (boot saved the one it started with).
    let last = actor.getSnapshot().context.draft;
    const subscription = actor.subscribe((snapshot) => {
      if (snapshot.context.draft === last) return;
      last = snapshot.context.draft;
      save(last);
    });
    return () => subscription.unsubscribe();
  }, [actor, save]);

  // The question steps' code, fetched once the first page is up and the browser is idle, so Start rarely waits. On
  // the results page it would share a phone's bandwidth with the results' own code and rule pack: the results step
  // asks for it once the recommendation is shown.
  const onResults = step === 'results';
  useEffect(() => {
    if (!onResults) prefetchFormSteps();
  }, [onResults]);

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
  // Only the review shows the share link; compressing the answers on every render of the results cost a phone time.
  const shareUrl = useMemo(
    () => (step === 'review' && answers ? `${window.location.origin}${window.location.pathname}${shareFragment(answers)}` : null),
    [step, answers],
  );

  return (
    <div className={`wizard wizard-${step}`}>
      {step !== 'welcome' ? <Progress current={step} draft={draft} onJump={(s) => send({ type: 'step.goto', step: s })} /> : null}
      <div className="step">
        <h1 ref={heading} tabIndex={-1} className="step-heading">
          {step === 'welcome' ? 'Which AI models should you run for which work?' : STEP_TITLES[step]}
        </h1>
        {step === 'review' && loadedWords(state.context.loadedFrom, state.context.loadedName) ? (
          <p className="notice notice-info" role="status">
            {loadedWords(state.context.loadedFrom, state.context.loadedName)}: check them below, then see the recommendation.
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
        {sync.elsewhere ? (
          <div className="notice notice-warning tab-conflict" role="alert">
            <p>
              These answers were changed in another tab of this browser (saved at {clock(sync.elsewhere.savedAt)}). This tab has not saved
              over them: its changes are kept on this page until you choose.
            </p>
            <p>
              <button
                type="button"
                onClick={() => {
                  const theirs = sync.takeTheirs();
                  if (theirs) send({ type: 'answers.load', draft: theirs, source: 'saved' });
                  else setSaveNotice("The other tab's answers could not be read; this tab keeps its own.");
                }}
              >
                Load the other tab's answers
              </button>{' '}
              <button type="button" className="button-secondary" onClick={() => save(draftOf(), true)}>
                Keep this tab's answers
              </button>
            </p>
          </div>
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
