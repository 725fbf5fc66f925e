import { useEffect, useRef } from 'react';
import type { Actor } from 'xstate';
import { decodeShareFragment, isShareFragment } from '../lib/share-link';
import { fromAnswers } from './draft';
import { stepFromHash, stepHash, type StepId } from './steps';
import type { WizardEvent, wizardMachine } from './wizard-machine';

/**
 * Keeps the URL fragment and the machine's step in step: each step change pushes its own URL (so the browser's
 * back and forward buttons move between steps, and a reload stays put); a back/forward or an edited URL asks the
 * machine to go there, and the URL is put back when the machine refuses. A share link pasted into the address
 * bar of an open page is loaded too. Fragments that `isOtherRoute` claims (another view of the app) are left alone.
 */
export function useHashRouting(
  step: StepId,
  actor: Actor<typeof wizardMachine>,
  send: (e: WizardEvent) => void,
  isOtherRoute: (hash: string) => boolean = () => false,
): void {
  const first = useRef(true);
  // The fragment as the app started with it (boot has read it). One that differs by the time the effects run was
  // changed while the page was starting, before the listeners below were attached.
  const startHash = useRef(window.location.hash);
  useEffect(() => {
    const wanted = stepHash(step);
    const changedWhileStarting = first.current && window.location.hash !== startHash.current;
    // The first sync replaces the start-up URL (a share link, or a step the answers did not allow).
    const replace = first.current || isShareFragment(window.location.hash);
    first.current = false;
    // A share link pasted while the page was starting is the listener's to load (below), not to overwrite.
    if (changedWhileStarting && isShareFragment(window.location.hash)) return;
    if (window.location.hash === wanted) return;
    if (replace) window.history.replaceState(null, '', wanted);
    else window.history.pushState(null, '', wanted);
  }, [step]);

  useEffect(() => {
    const onChange = () => {
      const hash = window.location.hash;
      if (isOtherRoute(hash)) return;
      if (isShareFragment(hash)) {
        const decoded = decodeShareFragment(hash);
        if (decoded.ok)
          send({ type: 'answers.load', draft: fromAnswers(decoded.answers), source: 'link', upgradedFrom: decoded.upgradedFrom });
        else send({ type: 'answers.refused', source: 'link', messages: decoded.messages });
      } else {
        const target = stepFromHash(hash);
        if (target) send({ type: 'step.goto', step: target });
      }
      const now = stepHash(actor.getSnapshot().value as StepId);
      if (window.location.hash !== now) window.history.replaceState(null, '', now);
    };
    window.addEventListener('popstate', onChange);
    window.addEventListener('hashchange', onChange);
    // A share link that arrived before the listeners did would otherwise be missed (the event may still come: a
    // second run finds the step's own fragment and changes nothing).
    if (window.location.hash !== startHash.current && isShareFragment(window.location.hash)) onChange();
    return () => {
      window.removeEventListener('popstate', onChange);
      window.removeEventListener('hashchange', onChange);
    };
  }, [actor, send, isOtherRoute]);
}
