import { useId, useState, type FormEvent } from 'react';
import type { Answers } from '../domain';
import { COMPARE_HASH } from './routes';
import { sameAnswers } from './library';
import { NameField } from './name-field';
import { useScenarioLibrary } from './use-scenario-library';

type Said = { kind: 'saved'; name: string } | { kind: 'error'; message: string } | null;

/**
 * "Save as a scenario" under the results: keeps the current answers in this browser's scenario library under a name,
 * to compare later with others ("All-API", "Hybrid") at #/compare.
 */
export function SaveScenario({ storage, answers }: { storage: Storage | null; answers: Answers }) {
  const { library, add } = useScenarioLibrary(storage);
  const [name, setName] = useState(answers.organization.name);
  const [said, setSaid] = useState<Said>(null);
  const id = useId();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const twin = library.scenarios.find((x) => sameAnswers(x.answers, answers));
    if (twin) {
      setSaid({
        kind: 'error',
        message: `These answers are already saved as “${twin.name}”. Change an answer first, or rename it under Compare scenarios.`,
      });
      return;
    }
    const result = add(name, answers);
    setSaid(result.ok ? { kind: 'saved', name: result.scenario?.name ?? name } : { kind: 'error', message: result.message });
  };
  const count = library.scenarios.length;
  return (
    <section aria-labelledby={`${id}-heading`} className="save-scenario">
      <h2 id={`${id}-heading`}>Keep these answers as a scenario</h2>
      <p>
        Save them under a name, change an answer, save again, and compare the scenarios side by side. They are kept in this browser only
        {count > 0 ? `; the library holds ${count} scenario${count === 1 ? '' : 's'}` : ''}.
      </p>
      {library.problems.map((p) => (
        <p key={p} className="notice notice-warning" role="alert">
          {p}
          {library.status === 'ok' ? ' Compare scenarios offers the data kept aside for download.' : ''}
        </p>
      ))}
      <form onSubmit={onSubmit} className="save-scenario-form" noValidate>
        <NameField
          id={`${id}-name`}
          label="Scenario name"
          value={name}
          onChange={setName}
          error={said?.kind === 'error' ? said.message : null}
        />
        <div className="step-actions">
          <button type="submit" disabled={library.status === 'unavailable'}>
            Save as a scenario
          </button>
          <a href={COMPARE_HASH} className="link-button">
            Compare scenarios
          </a>
        </div>
      </form>
      <p role="status" className={said?.kind === 'saved' ? 'notice notice-info' : 'visually-hidden'}>
        {said?.kind === 'saved' ? `Saved as “${said.name}”.` : ''}
      </p>
    </section>
  );
}
