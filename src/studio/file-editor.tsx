import { useEffect, useId, useRef } from 'react';
import type { LocatedProblem, RuleTexts } from '../lib/rule-texts';
import { JsonTextarea, type JsonTextareaHandle } from './json-textarea';

interface Props {
  texts: RuleTexts;
  file: string;
  onSelectFile: (file: string) => void;
  onChange: (texts: RuleTexts) => void;
  /** Problems of the whole edited pack; those in this file are listed under it. */
  problems: readonly LocatedProblem[];
  /** A position to show once, e.g. after "Show in file" on a problem. */
  focus: { line: number; column: number; nonce: number } | null;
  /** Takes a pack or scenario file out of the edited pack. */
  onRemove: (file: string) => void;
}

/** Edits any file of the pack as text; the whole pack is re-checked as the author types. */
export function FileEditor({ texts, file, onSelectFile, onChange, problems, focus, onRemove }: Props) {
  const id = useId();
  const editor = useRef<JsonTextareaHandle>(null);
  useEffect(() => {
    if (focus) editor.current?.goTo(focus.line, focus.column);
  }, [focus]);
  const names = Object.keys(texts).sort();
  const mine = problems
    .filter((p) => p.file === file)
    .map((p) => ({
      line: p.line,
      column: p.column,
      text: p.path === '(file)' || p.path === '(root)' ? p.message : `${p.path}: ${p.message}`,
    }));
  return (
    <div className="studio-file-editor">
      <label htmlFor={`${id}-file`}>File</label>{' '}
      <select id={`${id}-file`} value={file} onChange={(e) => onSelectFile(e.target.value)}>
        {names.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>{' '}
      {file.startsWith('packs/') || file.startsWith('scenarios/') ? (
        <button type="button" className="button-secondary button-small" onClick={() => onRemove(file)}>
          Remove {file} from the edited pack
        </button>
      ) : null}
      <JsonTextarea
        ref={editor}
        id={`${id}-text`}
        label={`Contents of ${file}`}
        value={texts[file] ?? ''}
        onChange={(value) => onChange({ ...texts, [file]: value })}
        problems={mine}
        rows={24}
        okText="No problems in this file."
      />
    </div>
  );
}
