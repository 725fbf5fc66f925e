import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { useState } from 'react';
import { Rule, parseWithProblems } from '../domain';
import { locate, positionAt } from '../lib/json-positions';
import type { RuleTexts } from '../lib/rule-texts';
import { JsonTextarea, type TextProblem } from './json-textarea';
import { replaceRule } from './pack-files';

export interface RuleTarget {
  file: string;
  index: number;
  id: string;
}

/** The rule's JSON as it stands in its file, pretty-printed; null when the file is not valid JSON right now. */
function ruleText(texts: RuleTexts, target: RuleTarget): string | null {
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
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: false, disallowComments: true }) as unknown;
  if (errors.length > 0)
    return { value: undefined, problems: errors.map((e) => ({ ...positionAt(text, e.offset), text: `JSON syntax: ${printParseErrorCode(e.error)}` })) };
  const parsed = parseWithProblems(Rule, value);
  if (parsed.ok) return { value, problems: [] };
  return { value: undefined, problems: parsed.problems.map((p) => ({ ...locate(text, p.path), text: `${p.path}: ${p.message}` })) };
}

interface Props {
  texts: RuleTexts;
  target: RuleTarget;
  onChange: (texts: RuleTexts) => void;
  onClose: () => void;
}

/**
 * Edits one rule's JSON in place. Every valid state is written into its pack file at once (so the effect shows
 * straight away); while the text is invalid the pack keeps the last valid rule and the problems are listed.
 */
export function RuleEditor({ texts, target, onChange, onClose }: Props) {
  const [text, setText] = useState(() => ruleText(texts, target));
  const [problems, setProblems] = useState<TextProblem[]>([]);
  if (text === null)
    return (
      <div className="notice notice-error" role="alert">
        <p>
          Rule {target.id} cannot be edited on its own while {target.file} is not valid JSON. Fix the file in the Files tab first.
        </p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    );
  const change = (next: string) => {
    setText(next);
    const checked = checkRuleText(next);
    setProblems(checked.problems);
    const file = texts[target.file];
    if (checked.problems.length === 0 && file !== undefined) onChange({ ...texts, [target.file]: replaceRule(file, target.index, checked.value) });
  };
  return (
    <section className="studio-editor" aria-labelledby="rule-editor-heading">
      <h3 id="rule-editor-heading" tabIndex={-1}>
        Editing rule <code>{target.id}</code> in {target.file}
      </h3>
      <p className="studio-muted">
        {problems.length === 0
          ? 'Each valid change goes into the edited pack at once; see its effect under Effect and Scenarios.'
          : 'Not applied: the edited pack keeps the last valid version of this rule until these are fixed.'}
      </p>
      <JsonTextarea id="rule-json" label="Rule JSON" value={text} onChange={change} problems={problems} okText="A valid rule." />
      <button type="button" className="button-secondary" onClick={onClose}>
        Close the editor
      </button>
    </section>
  );
}
