import { useCallback, useEffect, useState } from 'react';
import type { Answers } from '../domain';
import {
  SCENARIOS_KEY,
  addScenario,
  addScenarios,
  deleteScenario,
  duplicateScenario,
  readLibrary,
  renameScenario,
  restoreScenario,
  type Changed,
  type Library,
  type Scenario,
} from './library';

export interface ScenarioLibrary {
  library: Library;
  add: (name: string, answers: Answers) => Changed;
  addMany: (entries: readonly { name: string; answers: Answers }[]) => Changed;
  rename: (id: string, name: string) => Changed;
  duplicate: (id: string) => Changed;
  remove: (id: string) => Changed;
  restore: (scenario: Scenario, index: number) => Changed;
}

/**
 * What reads of each storage have reported in this page visit. Reading moves damaged entries aside, so a second read
 * finds nothing wrong: React can throw a first render away and run it again (a child that suspends before the first
 * commit, as a lazy chunk on a cold cache does), and the message naming the damaged scenario would go with it.
 */
const reported = new WeakMap<Storage, readonly string[]>();

/** The library, with every problem a read of this storage reported earlier in this visit. */
export function readLibraryForVisit(storage: Storage | null): Library {
  const library = readLibrary(storage);
  if (!storage) return library;
  const problems = [...new Set([...(reported.get(storage) ?? []), ...library.problems])];
  reported.set(storage, problems);
  return { ...library, problems };
}

/**
 * The scenario library as React state: read once, re-read when another tab changes it (the storage event), and
 * updated by each change this tab makes. Each change returns what happened, for the caller to say.
 */
export function useScenarioLibrary(storage: Storage | null): ScenarioLibrary {
  const [library, setLibrary] = useState<Library>(() => readLibraryForVisit(storage));
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === SCENARIOS_KEY || event.key === null) setLibrary(readLibrary(storage));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [storage]);
  const apply = useCallback(
    (result: Changed) => {
      if (result.ok) setLibrary((l) => (l.status === 'ok' ? { ...l, scenarios: result.scenarios } : l));
      return result;
    },
    [setLibrary],
  );
  return {
    library,
    add: (name, answers) => apply(addScenario(storage, name, answers, new Date())),
    addMany: (entries) => apply(addScenarios(storage, entries, new Date())),
    rename: (id, name) => apply(renameScenario(storage, id, name, new Date())),
    duplicate: (id) => apply(duplicateScenario(storage, id, new Date())),
    remove: (id) => apply(deleteScenario(storage, id)),
    restore: (scenario, index) => apply(restoreScenario(storage, scenario, index)),
  };
}
