import { afterEach, beforeAll } from 'vitest';
import { loadFormSteps } from '../src/wizard/form-steps-loader';

// The question steps load as a chunk of their own in the app (form-steps-loader.ts); component tests start with
// it loaded, as a returning user's browser has it. The loading state itself is tested in test/wizard/form-steps-loader.test.tsx.
beforeAll(async () => {
  if (typeof document !== 'undefined') await loadFormSteps();
  // jsdom lays nothing out and has no scrollIntoView; the results' in-page links call it. Where it scrolled to is a
  // browser test's business (test/e2e).
  const proto = typeof Element === 'undefined' ? undefined : (Element.prototype as Partial<Element>);
  if (proto && !proto.scrollIntoView) proto.scrollIntoView = () => undefined;
});

// Component tests (files marked `@vitest-environment jsdom`) unmount what they rendered after each test.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
  window.localStorage.clear();
  window.location.hash = '';
});
