import { forwardRef, useImperativeHandle, useRef } from 'react';

export interface TextProblem {
  line: number;
  column: number;
  text: string;
}

export interface JsonTextareaHandle {
  /** Puts the cursor at a 1-based line and column, scrolls it into view and focuses the text. */
  goTo: (line: number, column: number) => void;
}

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems: readonly TextProblem[];
  rows?: number;
  /** What to say when there is nothing wrong. */
  okText?: string;
}

/** Character offset of a 1-based line and column. @example offsetOf('a\nbc', 2, 2) // 3 */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l += 1) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

/**
 * A plain text area for JSON with its problems listed under it, each a button that puts the cursor on the spot.
 * Plain text on purpose: the author's text is never interpreted as markup.
 */
export const JsonTextarea = forwardRef<JsonTextareaHandle, Props>(function JsonTextarea(
  { id, label, value, onChange, problems, rows = 18, okText = 'Valid JSON.' },
  ref,
) {
  const area = useRef<HTMLTextAreaElement>(null);
  const goTo = (line: number, column: number) => {
    const el = area.current;
    if (!el) return;
    const at = offsetOf(el.value, line, column);
    el.focus();
    el.setSelectionRange(at, at);
    const lineHeight = Number.parseFloat(getComputedStyle(el).lineHeight) || 20;
    el.scrollTop = Math.max(0, (line - 3) * lineHeight);
  };
  useImperativeHandle(ref, () => ({ goTo }));
  const describedBy = problems.length > 0 ? `${id}-problems` : `${id}-ok`;
  return (
    <div className="studio-json">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={area}
        className="studio-code"
        value={value}
        rows={rows}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        aria-invalid={problems.length > 0}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
      {problems.length > 0 ? (
        <ul id={`${id}-problems`} className="studio-problems" aria-live="polite">
          {problems.slice(0, 20).map((p, i) => (
            <li key={`${p.line}:${p.column}:${i}`}>
              <button type="button" className="button-secondary button-small" onClick={() => goTo(p.line, p.column)}>
                Line {p.line}, column {p.column}
              </button>{' '}
              {p.text}
            </li>
          ))}
        </ul>
      ) : (
        <p id={`${id}-ok`} className="studio-ok" aria-live="polite">
          {okText}
        </p>
      )}
    </div>
  );
});
