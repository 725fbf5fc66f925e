import { useEffect, useState } from 'react';

/** The rules studio's URL fragment; every other fragment belongs to the wizard. */
export const STUDIO_HASH = '#/studio';

/** @example isStudioHash('#/studio') // true */
export function isStudioHash(hash: string): boolean {
  return hash === STUDIO_HASH;
}

/**
 * Which view the URL fragment asks for, and the wizard fragment to return to from the studio (the step the user
 * left, so that "Wizard" brings them back where they were).
 */
export function useRoute(): { view: 'wizard' | 'studio'; wizardHash: string } {
  const [hash, setHash] = useState(() => window.location.hash);
  // Opened on the studio, the way back is the results: the wizard itself sends the user to the furthest step the
  // saved answers allow.
  const [wizardHash, setWizardHash] = useState(() => (isStudioHash(window.location.hash) ? '#/results' : window.location.hash || '#/'));
  useEffect(() => {
    const onChange = (event: Event) => {
      const now = window.location.hash;
      setHash(now);
      if (!isStudioHash(now)) setWizardHash(now || '#/');
      // The wizard moves between steps with pushState, which fires no event: the step left is in oldURL.
      else if (event instanceof HashChangeEvent) {
        const left = new URL(event.oldURL).hash;
        if (!isStudioHash(left)) setWizardHash(left || '#/');
      }
    };
    window.addEventListener('hashchange', onChange);
    window.addEventListener('popstate', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener('popstate', onChange);
    };
  }, []);
  return { view: isStudioHash(hash) ? 'studio' : 'wizard', wizardHash };
}
