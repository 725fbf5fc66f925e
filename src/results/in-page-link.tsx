import type { MouseEvent, ReactNode } from 'react';

/**
 * A link to an element on this page. The app routes on the URL fragment, so following `#id` would leave the results:
 * the link scrolls to the element and moves the focus there instead, and the address stays the same. The target needs
 * `tabIndex={-1}` to take the focus.
 */
export function InPageLink({ to, children }: { to: string; children: ReactNode }) {
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(to);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };
  return (
    <a href={`#${to}`} onClick={go}>
      {children}
    </a>
  );
}
