import './domain/zod-config';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/app.css';
// The scenarios' styles (the save form is on the results page) come with the first page's: inserted as the results
// load, their sheet cost the phone a second full style recalculation in the middle of the results' first paint.
import './scenarios/scenarios.css';
import { startDefaultPack } from './app/default-pack';
import { isWelcomeHash } from './app/use-rule-set';

// Past the welcome page the rule pack is needed at once: the engine's worker fetches and compiles it from now on.
if (!isWelcomeHash(window.location.hash)) startDefaultPack();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// At transition priority, React renders the first page in slices of a few milliseconds, so a slow phone is never
// blocked for long while the page starts.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
