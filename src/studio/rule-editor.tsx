import { useMemo } from 'react';
import { Rule, parseWithProblems } from '../domain';
import { jsonSyntaxProblems, locate } from '../lib/json-positions';
import type { LocatedProblem, RuleTexts } from '../lib/rule-texts';
import { JsonTextarea, type TextProblem } from './json-textarea';
import { replaceRule } from './pack-files';

export interface RuleTarget {
  file: string;
  index: number;
  id: string;
}

/** The rule's JSON as it stands in its file, pretty-printed; null when the file is not valid JSON right now. */
export function ruleText(texts: RuleTexts, target: RuleTarget): string | null {
  try {
    const pack = JSON.parse(texts[target.file] ?? '') as { rules?: unknown[] };
    const rule = pack.rules?.[target.index];
    return rule === undefined ? null : JSON.stringify(rule, null, 2);
  } catch {
    return null;
  }
}

/**
 * Checks one rule's JSON on its own: syntax first, then the rule schema, each problem with its line and column.
 * @example checkRuleText('{"id": 1}').problems[0].text // 'id: must be a string, not a number' (or similar)
 */
export function checkRuleText(text: string): { value: unknown; problems: TextProblem[] } {
  const syntax = jsonSyntaxProblems(text);
  if (syntax.length > 0)
    return { value: undefined, problems: syntax.map((e) => ({ line: e.line, column: e.column, text: `JSON syntax: ${e.message}` })) };
  const value = JSON.parse(text) as unknown;
  const parsed = parseWithProblems(Rule, value);
  if (parsed.ok) return { value, problems: [] };
  return { value: undefined, problems: parsed.problems.map((p) => ({ ...locate(text, p.path), text: `${p.path}: ${p.message}` })) };
}

/** Pack problems that sit in this rule (its file, at rules[index] or below). */
function problemsIn(problems: readonly LocatedProblem[], target: RuleTarget): LocatedProblem[] {
  const at = `rules[${target.index}]`;
  return problems.filter((p) => p.file === target.file && (p.path === at || p.path.startsWith(`${at}.`) || p.path.startsWith(`${at}[`)));
}

/** What the editor holds: which rule, and the author's text, kept even while it is not valid yet. */
export interface RuleDraft {
  target: RuleTarget;
  text: string;
}

interface Props {
  texts: RuleTexts;
  draft: RuleDraft;
  onDraft: (draft: RuleDraft) => void;
  onChange: (texts: RuleTexts) => void;
  /** Problems of the whole edited pack; those in this rule are shown here too. */
  packProblems: readonly LocatedProblem[];
  onClose: () => void;
}

/**
 * Edits one rule's JSON in place. Every valid state is written into its pack file at once (so the effect shows
 * straight away); while the text is invalid the pack keeps the last valid rule and the problems are listed. The
 * text lives with the studio, so switching tabs loses nothing.
 */
export function RuleEditor({ texts, draft, onDraft, onChange, packProblems, onClose }: Props) {
  const { target, text } = draft;
  const problems = useMemo(() => checkRuleText(text).problems, [text]);
  const refused = problemsIn(packProblems, target);
  const change = (next: string) => {
    onDraft({ target, text: next });
    const checked = checkRuleText(next);
    const file = texts[target.file];
    if (checked.problems.length === 0 && file !== undefined)
      onChange({ ...texts, [target.file]: replaceRule(file, target.index, checked.value) });
  };
  return (
    <section className="studio-editor" aria-labelledby="rule-editor-heading">
      <h3 id="rule-editor-heading" tabIndex={-1}>
        Editing rule <code>{target.id}</code> in {target.file}
      </h3>
      <p className="studio-muted">
        {problems.length > 0
          ? 'Not applied: the edited pack keeps the last valid version of this rule until these are fixed.'
          : refused.length > 0
            ? 'Applied, but the pack refuses it as it stands: see below.'
            : 'Each valid change goes into the edited pack at once; see its effect under Effect and Scenarios.'}
      </p>
      <JsonTextarea
        id="rule-json"
        label="Rule JSON"
        value={text}
        onChange={change}
        problems={problems}
        okText={refused.length > 0 ? 'Valid JSON for a rule.' : 'A valid rule.'}
      />
      {problems.length === 0 && refused.length > 0 ? (
        <div className="notice notice-error studio-rule-refused">
          <p>The pack refuses this rule:</p>
          <ul>
            {refused.map((p) => (
              <li key={`${p.path}:${p.message}`}>
                {p.path}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <button type="button" className="button-secondary" onClick={onClose}>
        Close the editor
      </button>
    </section>
  );
}
