import { RuleFileError } from './rule-file-error';

/** The rule pack did not load: which file, what is wrong with it, and Retry. Answers are never touched. */
export function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const problems = error instanceof RuleFileError ? error.problems : [error.message];
  return (
    <div role="alert" className="notice notice-error">
      <h2>The rule pack could not be loaded</h2>
      <p>
        {error instanceof RuleFileError ? (
          <>
            Failed on <code>{error.file}</code>:
          </>
        ) : (
          'Loading failed:'
        )}
      </p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p>Your answers are saved in this browser and will be there when the rules load.</p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
