import { useState, type ReactNode } from 'react';

/** How many items a long list shows at first, and how many more each "Show more" adds. */
export const PAGE_SIZE = 50;

interface LimitedListProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
  /** What the items are called in the button, e.g. "rules". */
  noun: string;
  className?: string;
  label?: string;
}

/**
 * An ordered list that renders at most PAGE_SIZE items until asked for more, so that a pack of thousands of rules
 * stays fast. Give it a `key` that changes with the filter to start again at the first page.
 */
export function LimitedList<T>({ items, keyOf, render, noun, className, label }: LimitedListProps<T>) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const rest = items.length - limit;
  return (
    <>
      <ol className={className} aria-label={label}>
        {items.slice(0, limit).map((item) => (
          <li key={keyOf(item)}>{render(item)}</li>
        ))}
      </ol>
      {rest > 0 ? (
        <button type="button" className="button-secondary" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
          Show more ({Math.min(rest, PAGE_SIZE)} of {rest} more {noun})
        </button>
      ) : null}
    </>
  );
}
