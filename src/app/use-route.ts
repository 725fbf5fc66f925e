import { useEffect, useState } from 'react';
import { isCompareHash } from '../scenarios/routes';

/** The rules studio's URL fragment; every other fragment belongs to the wizard. */
export const STUDIO_HASH = '#/studio';

/** @example isStudioHash('#/studio') // true */
export function isStudioHash(hash: string): boolean {
  return hash === STUDIO_HASH;
}

export type View = 'wizard' | 'studio' | 'compare';

/** The view a fragment names. @example viewOf('#/compare') // 'compare' */
export function viewOf(hash: string): View {
  return isStudioHash(hash) ? 'studio' : isCompareHash(hash) ? 'compare' : 'wizard';
}

/** Whether a fragment belongs to a view other than the wizard (the wizard leaves those alone). */
export function isOtherView(hash: string): boolean {
  return viewOf(hash) !== 'wizard';
}

/**
 * Which view the URL fragment asks for, and the wizard fragment to return to from the studio or the compare view (the
 * step the user left, so that "Wizard" brings them back where they were).
 */
export function useRoute(): { view: View; wizardHash: string } {
  const [hash, setHash] = useState(() => window.location.hash);
  // Opened on another view, the way back is the results: the wizard itself sends the user to the furthest step the
  // saved answers allow.
  const [wizardHash, setWizardHash] = useState(() => (isOtherView(window.location.hash) ? '#/results' : window.location.hash || '#/'));
  useEffect(() => {
    const onChange = (event: Event) => {
      const now = window.location.hash;
      setHash(now);
      if (!isOtherView(now)) setWizardHash(now || '#/');
      // The wizard moves between steps with pushState, which fires no event: the step left is in oldURL.
      else if (event instanceof HashChangeEvent) {
        const left = new URL(event.oldURL).hash;
        if (!isOtherView(left)) setWizardHash(left || '#/');
      }
    };
    window.addEventListener('hashchange', onChange);
    window.addEventListener('popstate', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener('popstate', onChange);
    };
  }, []);
  return { view: viewOf(hash), wizardHash };
}
