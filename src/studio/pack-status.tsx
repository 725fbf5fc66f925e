import { useState, type ReactNode } from 'react';
import type { RuleSet } from '../engine';
import type { LocatedProblem, RuleTexts } from '../lib/rule-texts';
import { ProblemList } from './problem-list';

/** The pack the wizard uses now: the default, or one adopted from the studio. */
export interface ActivePack {
  texts: RuleTexts;
  ruleSet: RuleSet;
  edited: boolean;
}

interface Props {
  active: ActivePack;
  /** The edited pack compiled, or null while it is refused. */
  working: RuleSet | null;
  changed: readonly string[];
  problems: readonly LocatedProblem[];
  /** What `npm run rules:check` would also report about a pack that compiles; shown, not blocking. */
  warnings: readonly LocatedProblem[];
  notice: string | null;
  onGoTo: (p: LocatedProblem) => void;
  onAdopt: () => void;
  onExport: () => void;
  onDiscard: () => void;
  onReset: () => void;
  /** The file loader, shown under the actions. */
  children?: ReactNode;
}

function packName(rs: RuleSet): string {
  return `${rs.id} ${rs.version} (hash ${rs.hash.slice(0, 12)})`;
}

/** Which pack the wizard uses, what the edits changed, whether the edited pack is accepted, and what to do with it. */
export function PackStatus({
  active,
  working,
  changed,
  problems,
  warnings,
  notice,
  onGoTo,
  onAdopt,
  onExport,
  onDiscard,
  onReset,
  children,
}: Props) {
  const [confirm, setConfirm] = useState<'discard' | 'reset' | null>(null);
  const adoptable = working !== null && changed.length > 0;
  return (
    <section className="studio-status" aria-labelledby="studio-status-heading">
      <h2 id="studio-status-heading" tabIndex={-1}>
        Pack
      </h2>
      <p>
        The wizard uses {active.edited ? 'an edited pack' : 'the default pack'}: {packName(active.ruleSet)}.
      </p>
      <p>
        {changed.length === 0
          ? active.edited
            ? 'No edits since the pack in use.'
            : 'No edits yet.'
          : `Edited: ${changed.length} file${changed.length === 1 ? '' : 's'} changed (${changed.join(', ')}).`}
        {working && changed.length > 0 ? ` The edited pack is valid: ${packName(working)}.` : null}
      </p>
      {problems.length > 0 ? (
        <div role="alert" className="notice notice-error">
          <h3>
            The edited pack is refused: {problems.length} problem{problems.length === 1 ? '' : 's'}
          </h3>
          <p>The wizard keeps using the pack above until these are fixed.</p>
          <ProblemList problems={problems} onGoTo={onGoTo} />
        </div>
      ) : null}
      {warnings.length > 0 ? (
        <details className="notice notice-warning studio-warnings">
          <summary>
            rules:check would report {warnings.length} more problem{warnings.length === 1 ? '' : 's'} (the pack can still be used)
          </summary>
          <ProblemList problems={warnings} onGoTo={onGoTo} />
        </details>
      ) : null}
      {notice ? (
        <p role="status" className="notice notice-info">
          {notice}
        </p>
      ) : null}
      <div className="studio-actions">
        <button type="button" onClick={onAdopt} disabled={!adoptable} aria-describedby={adoptable ? undefined : 'studio-adopt-why'}>
          Use the edited pack in the wizard
        </button>
        <button type="button" className="button-secondary" onClick={onExport}>
          Export as zip
        </button>
        {confirm ? (
          <span className="studio-confirm" role="group" aria-label="Confirm">
            <span>
              {confirm === 'discard' ? 'Drop every edit not yet used in the wizard?' : 'Drop every edit and go back to the default pack?'}
            </span>{' '}
            <button
              type="button"
              onClick={() => {
                setConfirm(null);
                if (confirm === 'discard') onDiscard();
                else onReset();
              }}
            >
              {confirm === 'discard' ? 'Yes, discard' : 'Yes, reset'}
            </button>{' '}
            <button type="button" className="button-secondary" onClick={() => setConfirm(null)}>
              Cancel
            </button>
          </span>
        ) : (
          <>
            <button type="button" className="button-secondary" onClick={() => setConfirm('discard')} disabled={changed.length === 0}>
              Discard edits
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => setConfirm('reset')}
              disabled={!active.edited && changed.length === 0}
            >
              Reset to the default pack
            </button>
          </>
        )}
        {!adoptable ? (
          <span id="studio-adopt-why" className="studio-muted">
            {working === null ? 'Fix the problems first.' : 'Nothing to adopt: the edited pack is the one in use.'}
          </span>
        ) : null}
      </div>
      {children}
    </section>
  );
}
