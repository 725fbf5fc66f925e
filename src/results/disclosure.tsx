import { useState, type ReactNode } from 'react';

/**
 * A panel that opens on demand (`<details>`), whose content is rendered only once it is opened: a portfolio's
 * results hold a "why", a "why not" and a figures panel per use case, and building them all up front made a phone's
 * page a quarter larger for content most readers never open. Once opened, it stays rendered.
 */
export function Disclosure({ className, summary, children }: { className: string; summary: ReactNode; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened ? children : null}
    </details>
  );
}
