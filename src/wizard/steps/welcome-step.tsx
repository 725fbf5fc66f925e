import { useId, useState, type ChangeEvent } from 'react';
import type { WizardContext } from '../wizard-machine';

interface WelcomeProps {
  /** When the saved answers were last saved (ISO), or null when there are none. */
  savedAt: string | null;
  hasAnswers: boolean;
  loadProblems: WizardContext['loadProblems'];
  onStart: () => void;
  onResume: () => void;
  onImport: (file: File) => void;
}

const SOURCES = { link: 'The share link', file: 'The imported file', saved: 'The saved answers', scenario: 'The scenario' } as const;

function savedWhen(savedAt: string | null): string {
  if (!savedAt) return '';
  const date = new Date(savedAt);
  return Number.isNaN(date.getTime()) ? '' : ` (saved ${date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })})`;
}

/** The front door: start a new interview, resume saved answers, or import an answers file. */
export function WelcomeStep({ savedAt, hasAnswers, loadProblems, onStart, onResume, onImport }: WelcomeProps) {
  const [confirming, setConfirming] = useState(false);
  const importId = useId();
  const choose = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) onImport(file);
    e.target.value = '';
  };
  return (
    <div className="welcome">
      <p className="lead">
        Answer six short steps about your organisation, your AI use cases, regulation, volume, team and priorities. You get a recommendation
        per use case (proprietary API, open weights on managed inference, or open weights self-hosted) with its costs, its reasons and their
        sources. It takes about ten minutes.
      </p>
      <p className="privacy">Everything you type stays in this browser: nothing is sent to a server.</p>
      {loadProblems ? (
        <div className="notice notice-error" role="alert">
          <h2>{SOURCES[loadProblems.source]} could not be opened</h2>
          <ul>
            {loadProblems.messages.slice(0, 20).map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          {loadProblems.messages.length > 20 ? <p>and {loadProblems.messages.length - 20} more problems.</p> : null}
        </div>
      ) : null}
      <div className="welcome-actions">
        {hasAnswers ? (
          <button type="button" className="button-primary" onClick={onResume}>
            Resume your answers{savedWhen(savedAt)}
          </button>
        ) : null}
        {hasAnswers && confirming ? (
          <div className="confirm" role="group" aria-label="Start again">
            <p>Starting again clears the answers saved in this browser. Export them first if you want to keep them.</p>
            <button type="button" className="button-secondary" onClick={onStart}>
              Clear and start again
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              Keep my answers
            </button>
          </div>
        ) : (
          <button
            type="button"
            className={hasAnswers ? 'button-secondary' : 'button-primary'}
            onClick={hasAnswers ? () => setConfirming(true) : onStart}
          >
            {hasAnswers ? 'Start again' : 'Start'}
          </button>
        )}
        <div className="import">
          <label htmlFor={importId}>Import answers</label>
          <p className="field-hint" id={`${importId}-hint`}>
            An answers file (JSON) exported from this app or written for the command line.
          </p>
          <input id={importId} type="file" accept="application/json,.json" aria-describedby={`${importId}-hint`} onChange={choose} />
        </div>
      </div>
    </div>
  );
}
