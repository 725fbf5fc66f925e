import { useId, useState, type ChangeEvent } from 'react';
import { DEFAULT_ACCENT, logoDataProblem, logoFileProblem, type Branding } from './branding';
import { MIN_CONTRAST, readableAccent } from './contrast';

interface Props {
  value: Branding;
  onChange: (next: Branding) => void;
}

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

function TextInput({
  label,
  value,
  onChange,
  autoComplete,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  autoComplete: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" maxLength={80} autoComplete={autoComplete} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

function LogoInput({ value, onChange }: { value: string | null; onChange: (logo: string | null) => void }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    const file = input.files?.[0];
    if (!file) return;
    const early = logoFileProblem(file);
    const data = early ? '' : await readDataUrl(file).catch(() => '');
    const problem = early ?? logoDataProblem(data);
    setError(problem);
    if (problem) input.value = '';
    else onChange(data);
  };
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>Logo</label>
      <p id={`${id}-hint`} className="field-hint">
        PNG or JPEG, at most 500 KB. It goes on the report’s cover and stays in this browser.
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        type="file"
        accept="image/png,image/jpeg"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(e) => void choose(e)}
      />
      {value ? (
        <p>
          <img
            src={value}
            alt="Your logo, as it will appear on the cover"
            style={{ maxHeight: '3rem', maxWidth: '12rem', verticalAlign: 'middle' }}
          />{' '}
          <button type="button" className="button-secondary" onClick={() => onChange(null)}>
            Remove logo
          </button>
        </p>
      ) : null}
    </div>
  );
}

function AccentInput({ value, onChange }: { value: string; onChange: (accent: string) => void }) {
  const id = useId();
  const accent = readableAccent(value);
  return (
    <div className="field">
      <label htmlFor={id}>Accent colour</label>
      <p id={`${id}-hint`} className="field-hint">
        Used for headings and rules on white paper.
      </p>
      {accent.adjusted ? (
        <p id={`${id}-warning`} className="notice notice-warning">
          This colour is too light for headings on white (contrast {accent.ratio.toFixed(1)}:1; {MIN_CONTRAST}:1 is needed). The report uses
          a darker shade of it, <span style={{ color: accent.color, fontWeight: 700 }}>{accent.color}</span>, instead.
        </p>
      ) : null}
      <input
        id={id}
        type="color"
        value={value}
        aria-describedby={accent.adjusted ? `${id}-hint ${id}-warning` : `${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />{' '}
      {value.toLowerCase() !== DEFAULT_ACCENT ? (
        <button type="button" className="button-secondary" onClick={() => onChange(DEFAULT_ACCENT)}>
          Use the default colour
        </button>
      ) : null}
    </div>
  );
}

/** The consultant's name, firm, logo and accent colour for the PDF report. Changes apply at once. */
export function BrandingForm({ value, onChange }: Props) {
  const set = (patch: Partial<Branding>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="branding-form">
      <legend>Your branding on the report</legend>
      <TextInput label="Prepared by" autoComplete="name" value={value.preparedBy} onChange={(preparedBy) => set({ preparedBy })} />
      <TextInput label="Firm" autoComplete="organization" value={value.firm} onChange={(firm) => set({ firm })} />
      <LogoInput value={value.logo} onChange={(logo) => set({ logo })} />
      <AccentInput value={value.accent} onChange={(accent) => set({ accent })} />
    </fieldset>
  );
}
