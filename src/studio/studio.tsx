import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { AnswersV1 } from '../domain';
import { checkScenario, lintRuleSet, recommend, type CompiledRule, type RuleSet } from '../engine';
import { download } from '../lib/download';
import { localDay } from '../lib/file-names';
import { compileRuleTexts, located, type LocatedProblem, type RuleTexts } from '../lib/rule-texts';
import { diffRecommendations } from './diff';
import { DiffView } from './diff-view';
import { packZip } from './export-zip';
import { FileEditor } from './file-editor';
import { changedFiles } from './pack-files';
import { PackLoader } from './pack-loader';
import { PackStatus, type ActivePack } from './pack-status';
import { RuleBrowser } from './rule-browser';
import { RuleEditor, type RuleTarget } from './rule-editor';
import { ScenarioTable, type ScenarioRow } from './scenario-table';
import { Tabs, type Tab } from './tabs';
import { TracePanel } from './trace-panel';
import './studio.css';
import './studio-shell.css';

export type { ActivePack };

export interface StudioProps {
  defaultTexts: RuleTexts;
  active: ActivePack;
  /** The wizard's answers when they are complete. */
  answers: AnswersV1 | null;
  /** Makes the wizard use this pack; returns a notice when it could not be kept for later visits. */
  onAdopt: (texts: RuleTexts, ruleSet: RuleSet) => string | null;
  onReset: () => void;
}

type TabId = 'effect' | 'scenarios' | 'rules' | 'files' | 'why';
const YOURS = 'your-answers';

/** The rule authors' view: load or edit a pack, see what it changes, check its scenarios, adopt or export it. */
export function Studio({ defaultTexts, active, answers, onAdopt, onReset }: StudioProps) {
  const baseTexts = active.edited ? active.texts : defaultTexts;
  const [working, setWorking] = useState<RuleTexts>(baseTexts);
  const deferred = useDeferredValue(working);
  const compiled = useMemo(() => compileRuleTexts(deferred), [deferred]);
  const base = useMemo(() => compileRuleTexts(baseTexts), [baseTexts]);
  // The last pack that compiled: the rule browser keeps showing it while the author fixes a broken edit.
  const [lastGood, setLastGood] = useState<RuleSet>(active.ruleSet);
  if (compiled.ok && compiled.ruleSet !== lastGood) setLastGood(compiled.ruleSet);
  const editedSet = compiled.ok ? compiled.ruleSet : null;
  // What rules:check would add: rules that can never fire or are shadowed, sources past their age. Shown, not blocking.
  const warnings = useMemo(() => (compiled.ok ? lintRuleSet(compiled.ruleSet, { today: localDay(new Date()) }).map((p) => located(deferred, p)) : []), [compiled, deferred]);

  const [tab, setTab] = useState<TabId>('effect');
  const [editing, setEditing] = useState<RuleTarget | null>(null);
  const [file, setFile] = useState('manifest.json');
  const [focus, setFocus] = useState<{ line: number; column: number; nonce: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const scenarios = useMemo(() => (compiled.ok ? compiled.scenarios : base.ok ? base.scenarios : []), [compiled, base]);
  const [compareWith, setCompareWith] = useState(answers ? YOURS : (scenarios[0]?.file ?? YOURS));
  const compareAnswers = compareWith === YOURS ? answers : (scenarios.find((s) => s.file === compareWith)?.scenario.answers ?? answers);

  const diff = useMemo(() => {
    if (!editedSet || !compareAnswers) return null;
    return diffRecommendations(recommend(active.ruleSet, compareAnswers), recommend(editedSet, compareAnswers));
  }, [active.ruleSet, editedSet, compareAnswers]);
  const current = useMemo(() => new Map(scenarios.map((s) => [s.file, checkScenario(active.ruleSet, s.scenario)])), [active.ruleSet, scenarios]);
  const rows: ScenarioRow[] = useMemo(
    () => scenarios.map((s) => ({ file: s.file, title: s.scenario.title, current: current.get(s.file) ?? null, edited: editedSet ? checkScenario(editedSet, s.scenario) : null })),
    [scenarios, current, editedSet],
  );
  const failing = rows.filter((r) => r.edited && r.edited.length > 0).length;

  const changed = changedFiles(baseTexts, working);
  const problems = compiled.ok ? [] : compiled.problems;
  const tabs: Tab<TabId>[] = [
    { id: 'effect', label: 'Effect', badge: diff?.changed ? `${diff.useCases.length} changed` : undefined },
    { id: 'scenarios', label: 'Scenarios', badge: compiled.ok ? (failing > 0 ? `${failing} failing` : 'all pass') : undefined },
    { id: 'rules', label: 'Rules', badge: String(lastGood.rules.length) },
    { id: 'files', label: 'Files', badge: problems.length > 0 ? `${problems.length} problems` : undefined },
    { id: 'why', label: 'Why and why not' },
  ];

  const goTo = (p: LocatedProblem) => {
    setFile(p.file);
    setTab('files');
    setFocus({ line: p.line, column: p.column, nonce: Date.now() });
  };
  const edit = (rule: CompiledRule) => {
    setEditing({ file: rule.file, index: rule.index, id: rule.rule.id });
    setTab('rules');
    requestAnimationFrame(() => document.getElementById('rule-editor-heading')?.focus());
  };
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const change = (next: RuleTexts) => {
    setWorking(next);
    setNotice(null);
  };

  return (
    <div className="studio">
      <h1 ref={heading} tabIndex={-1}>
        Rules studio
      </h1>
      <p className="studio-lede">
        Load or edit a rule pack and see what it does to the recommendations before the wizard uses it. Everything stays in this browser.
      </p>
      <PackStatus
        active={active}
        working={compiled.ok ? compiled.ruleSet : null}
        changed={changed}
        problems={problems}
        warnings={warnings}
        notice={notice}
        onGoTo={goTo}
        onAdopt={() => {
          if (!compiled.ok) return;
          const kept = onAdopt(working, compiled.ruleSet);
          setNotice(kept ?? `The wizard now uses the edited pack (${compiled.ruleSet.id} ${compiled.ruleSet.version}).`);
        }}
        onExport={() => download(new Blob([packZip(working)], { type: 'application/zip' }), `${lastGood.id}-${lastGood.version}-rules.zip`)}
        onDiscard={() => change(baseTexts)}
        onReset={() => {
          onReset();
          change(defaultTexts);
          setEditing(null);
          setNotice('Reset: the wizard and the studio use the default pack again.');
        }}
      >
        <PackLoader existing={Object.keys(working)} onLoad={(placed) => change({ ...working, ...placed })} />
      </PackStatus>
      <Tabs label="Studio views" tabs={tabs} selected={tab} onSelect={setTab}>
        {tab === 'effect' || tab === 'why' ? (
          <p className="studio-compare">
            <label htmlFor="studio-compare">Answers to compare with</label>{' '}
            <select id="studio-compare" value={compareWith} onChange={(e) => setCompareWith(e.target.value)}>
              <option value={YOURS} disabled={!answers}>
                {answers ? `Your answers (${answers.organization.name})` : 'Your answers (complete the wizard first)'}
              </option>
              {scenarios.map((s) => (
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
              <p className="notice">The edited pack is refused, so it has no effect to show. Fix the problems listed above.</p>
            ) : !compareAnswers ? (
              <p className="notice">Complete the wizard, or pick a scenario, to see what the edited pack changes.</p>
            ) : diff ? (
              <DiffView diff={diff} />
            ) : null}
          </section>
        ) : null}
        {tab === 'scenarios' ? (
          <section aria-labelledby="studio-scenarios-heading">
            <h2 id="studio-scenarios-heading">Scenarios</h2>
            <ScenarioTable rows={rows} />
          </section>
        ) : null}
        {tab === 'rules' ? (
          <section aria-labelledby="studio-rules-heading">
            <h2 id="studio-rules-heading">Rules</h2>
            {editing ? <RuleEditor key={`${editing.file}#${editing.index}`} texts={working} target={editing} onChange={change} onClose={() => setEditing(null)} /> : null}
            <RuleBrowser ruleSet={lastGood} onEdit={edit} />
          </section>
        ) : null}
        {tab === 'files' ? (
          <section aria-labelledby="studio-files-heading">
            <h2 id="studio-files-heading">Files</h2>
            <FileEditor texts={working} file={file in working ? file : 'manifest.json'} onSelectFile={setFile} onChange={change} problems={problems} focus={focus} />
          </section>
        ) : null}
        {tab === 'why' ? (
          <section aria-labelledby="studio-why-heading">
            <h2 id="studio-why-heading">Why and why not</h2>
            <TracePanel ruleSet={editedSet ?? active.ruleSet} answers={compareAnswers} />
          </section>
        ) : null}
      </Tabs>
    </div>
  );
}
