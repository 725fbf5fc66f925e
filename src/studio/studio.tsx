import { useEffect, useRef, useState } from 'react';
import type { Answers } from '../domain';
import type { CompiledRule, RuleSet } from '../engine';
import { download } from '../lib/download';
import type { LocatedProblem, RuleTexts } from '../lib/rule-texts';
import { DiffView } from './diff-view';
import { packZip } from './export-zip';
import { FileEditor } from './file-editor';
import { changedFiles } from './pack-files';
import { PackLoader } from './pack-loader';
import { PackStatus, type ActivePack } from './pack-status';
import { RuleBrowser } from './rule-browser';
import { RuleEditor, ruleText, type RuleDraft } from './rule-editor';
import { ScenarioTable } from './scenario-table';
import { Tabs, type Tab } from './tabs';
import { TracePanel } from './trace-panel';
import { useWorkingPack } from './use-working-pack';
import './studio.css';
import './studio-shell.css';

export type { ActivePack };

export interface StudioProps {
  defaultTexts: RuleTexts;
  active: ActivePack;
  /** The wizard's answers when they are complete. */
  answers: Answers | null;
  /** Edits kept from an earlier visit to the studio, if any. */
  draft: RuleTexts | null;
  /** Keeps the edits (null: nothing to keep); returns a notice when the browser would not keep them. */
  onDraft: (texts: RuleTexts | null) => string | null;
  /** Makes the wizard use this pack; returns a notice when it could not be kept for later visits. */
  onAdopt: (texts: RuleTexts, ruleSet: RuleSet) => string | null;
  onReset: () => void;
}

type TabId = 'effect' | 'scenarios' | 'rules' | 'files' | 'why';
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The rule authors' view: load or edit a pack, see what it does, check its scenarios, adopt or export it. */
export function Studio({ defaultTexts, active, answers, draft, onDraft, onAdopt, onReset }: StudioProps) {
  const baseTexts = active.edited ? active.texts : defaultTexts;
  const [scenario, setScenario] = useState<string | null>(answers ? null : '');
  const pack = useWorkingPack({ texts: baseTexts, ruleSet: active.ruleSet }, draft ?? baseTexts, { scenario, yours: answers });
  const { working, compiled, problems } = pack;

  const [tab, setTab] = useState<TabId>('effect');
  const [ruleDraft, setRuleDraft] = useState<RuleDraft | null>(null);
  const [file, setFile] = useState('manifest.json');
  const [focus, setFocus] = useState<{ line: number; column: number; nonce: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [loads, setLoads] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const change = (next: RuleTexts, message: string | null = null) => {
    pack.setWorking(next);
    setNotice(onDraft(changedFiles(baseTexts, next).length === 0 ? null : next) ?? message);
  };
  const goTo = (p: LocatedProblem) => {
    setFile(p.file);
    setTab('files');
    setFocus({ line: p.line, column: p.column, nonce: Date.now() });
  };
  const edit = (rule: CompiledRule) => {
    const target = { file: rule.file, index: rule.index, id: rule.rule.id };
    const text = ruleText(working, target);
    if (text === null) {
      setNotice(
        `Rule ${target.id} cannot be edited on its own while ${target.file} is not valid JSON: fix the file in the Files tab first.`,
      );
      return;
    }
    setRuleDraft({ target, text });
    setTab('rules');
    requestAnimationFrame(() => document.getElementById('rule-editor-heading')?.focus());
  };
  const closeEditor = () => {
    const id = ruleDraft?.target.id;
    setRuleDraft(null);
    requestAnimationFrame(() => {
      const button = [...document.querySelectorAll<HTMLButtonElement>('.studio button')].find(
        (b) => b.getAttribute('aria-label') === `Edit ${id}` || b.textContent === `Edit ${id}`,
      );
      (button ?? document.getElementById('studio-rules-heading'))?.focus();
    });
  };
  const removeFile = (name: string) => {
    const next = { ...working };
    delete next[name];
    change(next, `Removed ${name} from the edited pack.`);
    setFile('manifest.json');
  };

  const shown = compiled.ok ? 'the edited pack' : 'the last version of the edited pack that compiled (the current one is refused)';
  const tabs: Tab<TabId>[] = [
    { id: 'effect', label: 'Effect', badge: pack.diff?.changed ? `${pack.diff.useCases.length} changed` : undefined },
    {
      id: 'scenarios',
      label: 'Scenarios',
      badge: compiled.ok
        ? pack.rows.some((r) => r.edited?.length)
          ? `${pack.rows.filter((r) => r.edited?.length).length} failing`
          : 'all pass'
        : undefined,
    },
    { id: 'rules', label: 'Rules', badge: String(pack.lastGood.rules.length) },
    { id: 'files', label: 'Files', badge: problems.length > 0 ? plural(problems.length, 'problem') : undefined },
    { id: 'why', label: 'Why and why not' },
  ];
  const fileShown = file in working ? file : 'manifest.json';

  return (
    <div className="studio">
      <h1 ref={heading} tabIndex={-1}>
        Rules studio
      </h1>
      <p className="studio-lede">
        Load or edit a rule pack and see what it does to the recommendations before the wizard uses it. Your edits are kept in this browser
        until you adopt, discard or reset them; nothing leaves it.
      </p>
      <PackStatus
        active={active}
        working={pack.editedSet}
        changed={pack.changed}
        problems={problems}
        warnings={pack.warnings}
        notice={notice}
        onGoTo={goTo}
        onAdopt={() => {
          if (!compiled.ok) return;
          const kept = onAdopt(working, compiled.ruleSet);
          onDraft(null);
          setLoads((n) => n + 1);
          setNotice(
            kept ??
              `The wizard now uses the edited pack (${compiled.ruleSet.id} ${compiled.ruleSet.version}, hash ${compiled.ruleSet.hash.slice(0, 12)}).`,
          );
        }}
        onExport={() => {
          const rs = pack.lastGood;
          const edited = pack.changed.length > 0 || active.edited ? `-edited-${rs.hash.slice(0, 8)}` : '';
          download(new Blob([packZip(working)], { type: 'application/zip' }), `${rs.id}-${rs.version}${edited}-rules.zip`);
        }}
        onDiscard={() => {
          change(baseTexts, 'Edits discarded: the studio shows the pack the wizard uses.');
          setRuleDraft(null);
          setLoads((n) => n + 1);
        }}
        onReset={() => {
          onReset();
          change(defaultTexts, 'Reset: the wizard and the studio use the default pack again.');
          onDraft(null);
          setRuleDraft(null);
          setLoads((n) => n + 1);
          requestAnimationFrame(() => document.getElementById('studio-status-heading')?.focus());
        }}
      >
        <PackLoader key={loads} existing={Object.keys(working)} onLoad={(placed) => change({ ...working, ...placed })} />
      </PackStatus>
      <Tabs label="Studio views" tabs={tabs} selected={tab} onSelect={setTab}>
        {tab === 'effect' || tab === 'why' ? (
          <p className="studio-compare">
            <label htmlFor="studio-compare">Answers to compare with</label>{' '}
            <select
              id="studio-compare"
              value={pack.comparedScenario ?? ''}
              onChange={(e) => setScenario(e.target.value === '' && answers ? null : e.target.value)}
            >
              <option value="" disabled={!answers}>
                {answers ? `Your answers (${answers.organization.name})` : 'Your answers (complete the wizard first)'}
              </option>
              {pack.scenarios.map((s) => (
                <option key={s.file} value={s.file}>
                  Scenario: {s.scenario.title}
                </option>
              ))}
            </select>
          </p>
        ) : null}
        {tab === 'effect' ? (
          <section aria-labelledby="studio-effect-heading">
            <h2 id="studio-effect-heading">Effect on the recommendation</h2>
            {!compiled.ok ? (
              <p className="notice">
                The edited pack is refused, so it has no effect to show. Fix the problems listed in the Pack box at the top.
              </p>
            ) : !pack.answers ? (
              <p className="notice">Complete the wizard, or pick a scenario, to see what the edited pack changes.</p>
            ) : pack.diff ? (
              <DiffView diff={pack.diff} />
            ) : null}
          </section>
        ) : null}
        {tab === 'scenarios' ? (
          <section aria-labelledby="studio-scenarios-heading">
            <h2 id="studio-scenarios-heading">Scenarios</h2>
            <ScenarioTable rows={pack.rows} />
          </section>
        ) : null}
        {tab === 'rules' ? (
          <section aria-labelledby="studio-rules-heading">
            <h2 id="studio-rules-heading" tabIndex={-1}>
              Rules
            </h2>
            <p className="studio-muted">The rules of {shown}.</p>
            {ruleDraft ? (
              <RuleEditor
                texts={working}
                draft={ruleDraft}
                onDraft={setRuleDraft}
                onChange={(t) => change(t)}
                packProblems={problems}
                onClose={closeEditor}
              />
            ) : null}
            <RuleBrowser ruleSet={pack.lastGood} onEdit={edit} />
          </section>
        ) : null}
        {tab === 'files' ? (
          <section aria-labelledby="studio-files-heading">
            <h2 id="studio-files-heading">Files</h2>
            <FileEditor
              texts={working}
              file={fileShown}
              onSelectFile={setFile}
              onChange={(t) => change(t)}
              problems={problems}
              focus={focus}
              onRemove={removeFile}
            />
          </section>
        ) : null}
        {tab === 'why' ? (
          <section aria-labelledby="studio-why-heading">
            <h2 id="studio-why-heading">Why and why not</h2>
            <p className="studio-muted">Traced with {shown}.</p>
            <TracePanel ruleSet={pack.lastGood} answers={pack.answers} />
          </section>
        ) : null}
      </Tabs>
    </div>
  );
}
