import type { KeyboardEvent, ReactNode, RefObject } from 'react';

interface Props {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** Shown above the input, which is then marked invalid and described by it. */
  error?: string | null;
  inputRef?: RefObject<HTMLInputElement | null>;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/** A scenario's name as typed (saving, renaming, saving before opening), with its problem at the field. */
export function NameField({ id, label, value, onChange, error = null, inputRef, onKeyDown }: Props) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <input
        ref={inputRef}
        id={id}
        value={value}
        maxLength={200}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
