import { useQueries } from '@tanstack/react-query';
import { US_DOLLARS, showMoneyIn } from '../lib/format';
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import type { Answers, RecommendationV1 } from '../domain';
import { buildComparison, MAX_COMPARED, MIN_COMPARED, type ComparedScenario } from '../lib/comparison';
import { download } from '../lib/download';
import { ComparisonTables } from './comparison-tables';
import { NameField } from './name-field';
import { readSetAside, sameAnswers, type Scenario } from './library';
import type { CompareSession, Entry } from './session';
import { readScenarioFile, scenarioSetBlob, scenarioSetFileName, type FileScenario } from './scenario-file';
import { useScenarioLibrary } from './use-scenario-library';

/** Works out recommendations: the engine's worker, with the pack's hash for the cache key. */
export interface Recommender {
  key: string;
  recommend: (answers: Answers) => Promise<RecommendationV1>;
}

interface Props {
  storage: Storage | null;
  /** The wizard's answers now: complete ones can be saved from here; any answers are replaced when a scenario is opened. */
  current: { answers: Answers | null; hasAnswers: boolean };
  /** Undefined while the rule pack loads. */
  recommender: Recommender | undefined;
  rulesFailed: boolean;
  /** Opens a scenario's answers in the wizard (they replace the current ones). */
  onOpen: (scenario: { name: string; answers: Answers }) => void;
  /** The downloads of a comparison (PDF, Markdown), composed in by the app. */
  renderExports: (scenarios: ComparedScenario[]) => ReactNode;
  /** Kept by the app, so that leaving for the wizard and coming back finds the files and ticks as they were. */
  session: CompareSession;
  onSession: (update: (s: CompareSession) => CompareSession) => void;
}

type Said = { tone: 'info' | 'warning' | 'error'; lines: string[]; undo?: { scenario: Scenario; index: number; ticked: boolean } } | null;

function when(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** The name of a scenario being renamed, in place, with Save and Cancel (Enter and Escape). */
function RenameForm({ entry, onSave, onCancel }: { entry: Entry; onSave: (name: string) => string | null; onCancel: () => void }) {
  const [value, setValue] = useState(entry.name);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(onSave(value));
  };
  return (
    <form className="rename-form" onSubmit={submit} noValidate>
      <NameField
        id={`${id}-name`}
        label={<>New name for “{entry.name}”</>}
        value={value}
        onChange={setValue}
        error={error}
        inputRef={input}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      />
      <div className="row-actions">
        <button type="submit">Save name</button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Asks before opening a scenario replaces answers that are in no scenario yet; Escape cancels. */
function OpenConfirm({
  entry,
  canSave,
  defaultName,
  onSaveThenOpen,
  onOpen,
  onCancel,
}: {
  entry: Entry;
  canSave: boolean;
  defaultName: string;
  /** Saves, then opens; returns the problem in words when the answers could not be saved (nothing is opened then). */
  onSaveThenOpen: (name: string) => string | null;
  onOpen: () => void;
  onCancel: () => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  const [name, setName] = useState(defaultName);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${id}-text`}
      className="notice notice-warning open-confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <p id={`${id}-text`}>
        Opening “{entry.name}” replaces the answers in the wizard, which are not saved as a scenario.
        {canSave
          ? ' Save them first to keep them.'
          : ' They are incomplete, so they cannot be saved as a scenario; export them from the wizard to keep them.'}
      </p>
      {canSave ? <NameField id={`${id}-name`} label="Save the current answers as" value={name} onChange={setName} error={error} /> : null}
      <div className="row-actions">
        {canSave ? (
          <button
            ref={first}
            type="button"
            onClick={() => {
              const problem = onSaveThenOpen(name);
              setError(problem);
              if (problem) document.getElementById(`${id}-name`)?.focus();
            }}
          >
            Save the current answers, then open
          </button>
        ) : null}
        <button type="button" className="button-secondary" onClick={onOpen}>
          Replace them
        </button>
        <button ref={canSave ? undefined : first} type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

let fileCounter = 0;

/**
 * The compare view (#/compare): the scenario library (save, rename, duplicate, delete, open, export, import),
 * answers files added for this visit, and two to four of them compared side by side. Nothing leaves the browser.
 */
export function CompareView({ storage, current, recommender, rulesFailed, onOpen, renderExports, session, onSession }: Props) {
  const lib = useScenarioLibrary(storage);
  const files = session.files;
  const setFiles = (update: (list: Entry[]) => Entry[]) => onSession((s) => ({ ...s, files: update(s.files) }));
  const setSelected = (update: (list: string[]) => string[]) => onSession((s) => ({ ...s, selected: update(s.selected) }));
  const [setAside] = useState(() => readSetAside(storage));
  // Where focus goes after the list changes (an element id), so that a keyboard user is not dropped on the page's body.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const id = focusNext.current;
    if (!id) return;
    focusNext.current = null;
    const el = document.getElementById(id);
    el?.focus();
    el?.scrollIntoView?.({ block: 'nearest' });
  });
  const [renaming, setRenaming] = useState<string | null>(null);
  const [opening, setOpening] = useState<Entry | null>(null);
  const [said, setSaid] = useState<Said>(null);
  const [saveName, setSaveName] = useState(() => current.answers?.organization.name ?? '');
  const ids = useId();

  const saved: Entry[] = lib.library.scenarios.map((s) => ({ ...s, fromFile: null }));
  const entries = [...saved, ...files];
  // A ticked scenario deleted (here or in another tab) is no longer ticked.
  const selected = session.selected.filter((id) => entries.some((e) => e.id === id));
  const chosen = selected.map((id) => entries.find((e) => e.id === id)).filter((e): e is Entry => e !== undefined);
  const currentSaved = current.answers ? saved.some((s) => sameAnswers(s.answers, current.answers as Answers)) : false;

  const tell = (tone: 'info' | 'warning' | 'error', ...lines: string[]) => setSaid({ tone, lines });
  const toggle = (id: string, on: boolean) =>
    setSelected((all) => {
      const list = all.filter((x) => entries.some((e) => e.id === x));
      return on ? (list.includes(id) || list.length >= MAX_COMPARED ? list : [...list, id]) : list.filter((x) => x !== id);
    });

  /** Saves the wizard's answers under `name`; the problem in words when it cannot, else null. */
  const saveCurrent = (name: string, event?: FormEvent): string | null => {
    event?.preventDefault();
    if (!current.answers) return 'There are no complete answers to save.';
    const result = lib.add(name, current.answers);
    if (!result.ok) {
      tell('error', result.message);
      return result.message;
    }
    tell('info', `Saved the current answers as “${result.scenario?.name ?? name}”.`);
    return null;
  };

  const open = (entry: Entry) => {
    setOpening(null);
    onOpen({ name: entry.name, answers: entry.answers });
  };
  const askOpen = (entry: Entry) => {
    const unsaved = current.hasAnswers && !(current.answers && (currentSaved || sameAnswers(current.answers, entry.answers)));
    if (unsaved) setOpening(entry);
    else open(entry);
  };

  const rename = (entry: Entry, name: string): string | null => {
    const result = lib.rename(entry.id, name);
    if (!result.ok) return result.message;
    setRenaming(null);
    focusNext.current = `${ids}-${entry.id}-rename`;
    tell('info', `Renamed to “${result.scenario?.name ?? name}”.`);
    return null;
  };

  const duplicate = (entry: Entry) => {
    const result = lib.duplicate(entry.id);
    if (result.ok) tell('info', `Duplicated as “${result.scenario?.name ?? ''}”.`);
    else tell('error', result.message);
  };

  const remove = (entry: Entry) => {
    if (entry.fromFile !== null) {
      setFiles((list) => list.filter((f) => f.id !== entry.id));
      setSelected((list) => list.filter((x) => x !== entry.id));
      focusNext.current = `${ids}-files`;
      return;
    }
    const index = saved.findIndex((s) => s.id === entry.id);
    const scenario = lib.library.scenarios[index];
    const result = lib.remove(entry.id);
    if (!result.ok) return tell('error', result.message);
    const wasTicked = selected.includes(entry.id);
    setSelected((list) => list.filter((x) => x !== entry.id));
    if (scenario) {
      setSaid({ tone: 'info', lines: [`Deleted “${entry.name}”.`], undo: { scenario, index, ticked: wasTicked } });
      focusNext.current = `${ids}-undo`;
    }
  };

  const undo = () => {
    if (!said?.undo) return;
    const { scenario, index, ticked } = said.undo;
    const result = lib.restore(scenario, index);
    if (!result.ok) return tell('error', result.message);
    tell('info', `Restored “${result.scenario?.name ?? scenario.name}”.`);
    if (ticked) setSelected((list) => (list.length < MAX_COMPARED && !list.includes(scenario.id) ? [...list, scenario.id] : list));
    focusNext.current = `${ids}-${scenario.id}`;
  };

  const keep = (entry: Entry) => {
    const result = lib.add(entry.name, entry.answers);
    if (!result.ok) return tell('error', result.message);
    setFiles((list) => list.filter((f) => f.id !== entry.id));
    const id = result.scenario?.id;
    setSelected((list) => list.map((x) => (x === entry.id && id ? id : x)));
    if (id) focusNext.current = `${ids}-${id}`;
    tell('info', `Saved “${result.scenario?.name ?? entry.name}” in the library.`);
  };

  const readFiles = async (list: FileList | null): Promise<{ scenarios: (FileScenario & { file: string })[]; problems: string[] }> => {
    const scenarios: (FileScenario & { file: string })[] = [];
    const problems: string[] = [];
    for (const file of Array.from(list ?? [])) {
      let text: string;
      try {
        text = await file.text();
      } catch {
        problems.push(`${file.name} could not be read.`);
        continue;
      }
      const read = readScenarioFile(text, file.name);
      problems.push(...read.problems);
      if (read.ok) scenarios.push(...read.scenarios.map((s) => ({ ...s, file: file.name })));
    }
    return { scenarios, problems };
  };

  const addFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const { scenarios, problems } = await readFiles(input.files);
    input.value = '';
    const added: Entry[] = scenarios.map((s) => {
      fileCounter += 1;
      return { id: `file-${fileCounter}`, name: s.name, answers: s.answers, savedAt: null, fromFile: s.file };
    });
    setFiles((list) => [...list, ...added]);
    setSelected((list) => [...list, ...added.map((a) => a.id)].slice(0, MAX_COMPARED));
    const lines = [
      ...(added.length > 0
        ? [`Added ${added.length} scenario${added.length === 1 ? '' : 's'} from files: ${added.map((a) => `“${a.name}”`).join(', ')}.`]
        : []),
      ...problems,
    ];
    tell(problems.length > 0 ? (added.length > 0 ? 'warning' : 'error') : 'info', ...lines);
  };

  const importSet = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const { scenarios, problems } = await readFiles(input.files);
    input.value = '';
    if (scenarios.length === 0) return tell('error', ...problems);
    const result = lib.addMany(scenarios);
    if (!result.ok) return tell('error', result.message, ...problems);
    const added = result.added ?? 0;
    const skipped = result.skipped ?? 0;
    const again =
      skipped === 0
        ? ''
        : ` ${skipped} ${skipped === 1 ? 'was' : 'were'} already there (the same name and answers) and ${skipped === 1 ? 'was' : 'were'} not copied again.`;
    tell(
      problems.length > 0 ? 'warning' : 'info',
      `Imported ${added} scenario${added === 1 ? '' : 's'} into the library.${again}`,
      ...problems,
    );
  };

  const queries = useQueries({
    queries: chosen.map((e) => ({
      queryKey: ['compare-recommendation', recommender?.key, e.answers],
      queryFn: () => {
        if (!recommender) throw new Error('no rule pack yet');
        return recommender.recommend(e.answers);
      },
      enabled: recommender !== undefined,
      retry: false,
      gcTime: 60_000,
    })),
  });
  const failed = queries.find((q) => q.isError);
  const ready = chosen.length >= MIN_COMPARED && queries.every((q) => q.data !== undefined);
  // Cheap next to the recommendations it reads (a few milliseconds for four scenarios of fifty use cases).
  const compared: ComparedScenario[] | null = ready
    ? chosen.map((e, i) => ({ name: e.name, answers: e.answers, recommendation: queries[i]?.data as RecommendationV1 }))
    : null;
  const comparison = compared ? buildComparison(compared) : null;
  // The scenarios may each ask for a currency: compared, their amounts are in US dollars, as the engine gives them.
  showMoneyIn(US_DOLLARS);

  return (
    <div className="compare-view">
      <h1>Compare scenarios</h1>
      <p className="lead">
        Keep several sets of answers for one client (“All-API”, “Hybrid”, “Self-host the bulk”) and compare two to four of them side by
        side. Scenarios are kept in this browser only; export them as a file to keep or pass on.
      </p>
      {lib.library.problems.map((p) => (
        <p key={p} className="notice notice-warning" role="alert">
          {p}
        </p>
      ))}
      {setAside.length > 0 ? (
        <div className="notice notice-warning">
          <p>
            Scenario data that could not be read is kept aside in this browser ({setAside.length} {setAside.length === 1 ? 'item' : 'items'}
            ). Download it to keep it or to repair it by hand.
          </p>
          <button
            type="button"
            className="button-secondary"
            onClick={() =>
              download(
                new Blob([`${JSON.stringify({ format: 'model-portfolio-advisor/unreadable-scenarios', items: setAside }, null, 2)}\n`], {
                  type: 'application/json',
                }),
                'model-portfolio-unreadable-scenarios.json',
              )
            }
          >
            Download the data kept aside
          </button>
        </div>
      ) : null}
      <div aria-live="polite" aria-atomic="true">
        {said ? (
          <div className={`notice notice-${said.tone}`} role={said.tone === 'error' ? 'alert' : 'status'}>
            {said.lines.map((l) => (
              <p key={l}>{l}</p>
            ))}
            {said.undo ? (
              <button id={`${ids}-undo`} type="button" className="button-secondary" onClick={undo}>
                Undo
              </button>
            ) : null}
          </div>
        ) : null}
      </div>

      <section aria-labelledby={`${ids}-library`}>
        <h2 id={`${ids}-library`}>Scenarios</h2>
        {current.answers && !currentSaved && lib.library.status === 'ok' ? (
          <form className="save-current" onSubmit={(e) => void saveCurrent(saveName, e)} noValidate>
            <NameField id={`${ids}-save`} label="Save the wizard's current answers as" value={saveName} onChange={setSaveName} />
            <button type="submit">Save as a scenario</button>
          </form>
        ) : null}
        {entries.length === 0 ? (
          <p>No scenarios yet. Finish the wizard and save its answers as a scenario from the results, or add answers files below.</p>
        ) : (
          <>
            <p id={`${ids}-pick-hint`}>
              Tick two to four to compare them ({chosen.length} ticked{chosen.length >= MAX_COMPARED ? '; that is the most at once' : ''}).
            </p>
            <ul className="scenario-list">
              {entries.map((e) => (
                <li key={e.id} className="scenario-item">
                  {renaming === e.id ? (
                    <RenameForm
                      entry={e}
                      onSave={(name) => rename(e, name)}
                      onCancel={() => {
                        setRenaming(null);
                        focusNext.current = `${ids}-${e.id}-rename`;
                      }}
                    />
                  ) : (
                    <>
                      <div className="choice">
                        <input
                          type="checkbox"
                          id={`${ids}-${e.id}`}
                          checked={selected.includes(e.id)}
                          disabled={!selected.includes(e.id) && selected.length >= MAX_COMPARED}
                          aria-describedby={`${ids}-pick-hint ${ids}-${e.id}-meta`}
                          onChange={(ev) => toggle(e.id, ev.target.checked)}
                        />
                        <label htmlFor={`${ids}-${e.id}`} className="scenario-name">
                          {e.name}
                        </label>
                      </div>
                      <p id={`${ids}-${e.id}-meta`} className="scenario-meta">
                        {e.answers.organization.name} · {e.answers.useCases.length} use case{e.answers.useCases.length === 1 ? '' : 's'} ·{' '}
                        {e.fromFile !== null ? `from the file ${e.fromFile}, not saved` : `saved ${when(e.savedAt)}`}
                      </p>
                      <div className="row-actions">
                        <button
                          id={`${ids}-${e.id}-open`}
                          type="button"
                          className="button-secondary"
                          onClick={() => askOpen(e)}
                          aria-label={`Open “${e.name}” in the wizard`}
                        >
                          Open
                        </button>
                        {e.fromFile === null ? (
                          <>
                            <button
                              id={`${ids}-${e.id}-rename`}
                              type="button"
                              className="button-secondary"
                              onClick={() => setRenaming(e.id)}
                              aria-label={`Rename “${e.name}”`}
                            >
                              Rename
                            </button>
                            <button
                              type="button"
                              className="button-secondary"
                              onClick={() => duplicate(e)}
                              aria-label={`Duplicate “${e.name}”`}
                            >
                              Duplicate
                            </button>
                            <button type="button" className="button-secondary" onClick={() => remove(e)} aria-label={`Delete “${e.name}”`}>
                              Delete
                            </button>
                          </>
                        ) : (
                          <>
                            <button
                              type="button"
                              className="button-secondary"
                              onClick={() => keep(e)}
                              aria-label={`Save in the library: “${e.name}”`}
                            >
                              Save in the library
                            </button>
                            <button
                              type="button"
                              className="button-secondary"
                              onClick={() => remove(e)}
                              aria-label={`Remove “${e.name}” from this page`}
                            >
                              Remove
                            </button>
                          </>
                        )}
                      </div>
                      {opening?.id === e.id ? (
                        <OpenConfirm
                          entry={e}
                          canSave={current.answers !== null && lib.library.status === 'ok'}
                          defaultName={saveName}
                          onSaveThenOpen={(name) => {
                            const problem = saveCurrent(name);
                            if (problem === null) open(e);
                            return problem;
                          }}
                          onOpen={() => open(e)}
                          onCancel={() => {
                            setOpening(null);
                            focusNext.current = `${ids}-${e.id}-open`;
                          }}
                        />
                      ) : null}
                    </>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        <div className="scenario-files">
          <div className="field">
            <label htmlFor={`${ids}-files`}>Add scenarios from files</label>
            <p id={`${ids}-files-hint`} className="field-hint">
              Answers files exported from the wizard, or a scenario set; several at once. They are compared here and not saved unless you
              ask.
            </p>
            <input
              id={`${ids}-files`}
              type="file"
              accept=".json,application/json"
              multiple
              aria-describedby={`${ids}-files-hint`}
              onChange={(e) => void addFiles(e)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-import`}>Import a scenario set into the library</label>
            <input
              id={`${ids}-import`}
              type="file"
              accept=".json,application/json"
              disabled={lib.library.status !== 'ok'}
              onChange={(e) => void importSet(e)}
            />
          </div>
          <button
            type="button"
            className="button-secondary"
            disabled={saved.length === 0}
            onClick={() => download(scenarioSetBlob(lib.library.scenarios, new Date()), scenarioSetFileName(new Date()))}
          >
            Export all scenarios ({saved.length})
          </button>
        </div>
      </section>

      <section aria-labelledby={`${ids}-comparison`}>
        <h2 id={`${ids}-comparison`}>Comparison</h2>
        {chosen.length < MIN_COMPARED ? (
          <p>Tick {chosen.length === 0 ? 'two to four scenarios' : 'at least one more scenario'} above to compare them.</p>
        ) : !recommender ? (
          rulesFailed ? (
            <p className="notice notice-error">
              The comparison needs the rule pack, which could not be loaded: see the message at the top of the page.
            </p>
          ) : (
            <p role="status" className="notice">
              Loading the rule pack…
            </p>
          )
        ) : failed ? (
          <p role="alert" className="notice notice-error">
            A recommendation could not be worked out: {failed.error?.message.replace(/[.\s]+$/, '')}.
          </p>
        ) : !comparison || !compared ? (
          <p role="status" className="notice">
            Working out {chosen.length} recommendations…
          </p>
        ) : (
          <>
            <ComparisonTables comparison={comparison} />
            {renderExports(compared)}
          </>
        )}
      </section>
    </div>
  );
}
