import type { Draft } from './draft';
import { stepDone } from './draft';
import { canVisit } from './wizard-machine';
import { FORM_STEPS, STEP_TITLES, type FormStepId, type StepId } from './steps';

const SHOWN: readonly StepId[] = [...FORM_STEPS, 'review', 'results'];

/**
 * The steps, which are done, and the current one; a done step (or any step the answers so far allow) is a
 * button that jumps there.
 */
export function Progress({ current, draft, onJump }: { current: StepId; draft: Draft; onJump: (step: StepId) => void }) {
  return (
    <nav aria-label="Progress" className="progress">
      <ol>
        {SHOWN.map((step, i) => {
          const done = (FORM_STEPS as readonly StepId[]).includes(step) ? stepDone(draft, step as FormStepId) : false;
          const reachable = canVisit(draft, step);
          const state = step === current ? 'current' : done ? 'done' : reachable ? 'open' : 'locked';
          const label = (
            <>
              <span className="progress-number" aria-hidden="true">
                {done && step !== current ? '✓' : i + 1}
              </span>
              <span className="progress-label">{STEP_TITLES[step]}</span>
              {done ? <span className="visually-hidden"> (done)</span> : null}
            </>
          );
          return (
            <li key={step} className={`progress-step progress-${state}`} aria-current={step === current ? 'step' : undefined}>
              {step !== current && reachable ? (
                <button type="button" className="progress-link" onClick={() => onJump(step)}>
                  {label}
                </button>
              ) : (
                <span className="progress-link">{label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
