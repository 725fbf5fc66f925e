import type { LocatedProblem } from '../lib/rule-texts';

interface Props {
  problems: readonly LocatedProblem[];
  /** Opens the file at the problem's position, when the studio can. */
  onGoTo?: (p: LocatedProblem) => void;
  /** How many to list before "and N more". */
  limit?: number;
}

/** Rule-file problems as `file:line:column: path: message`, each with a button that opens the spot. */
export function ProblemList({ problems, onGoTo, limit = 50 }: Props) {
  const shown = problems.slice(0, limit);
  return (
    <ul className="studio-problems">
      {shown.map((p, i) => (
        <li key={`${p.file}:${p.line}:${p.column}:${i}`}>
          <code>
            {p.file}:{p.line}:{p.column}
          </code>{' '}
          <span>
            {p.path === '(file)' || p.path === '(root)' ? '' : `${p.path}: `}
            {p.message}
          </span>{' '}
          {onGoTo ? (
            <button type="button" className="button-secondary button-small" onClick={() => onGoTo(p)}>
              Show in {p.file}
            </button>
          ) : null}
        </li>
      ))}
      {problems.length > shown.length ? <li>and {problems.length - shown.length} more</li> : null}
    </ul>
  );
}
