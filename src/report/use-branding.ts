import { useCallback, useState } from 'react';
import { loadBranding, saveBranding, type Branding } from './branding';

export interface BrandingState {
  branding: Branding;
  setBranding: (next: Branding) => void;
  /** Why saved branding was ignored, or why changes are not kept between visits. */
  notice: string | null;
}

/**
 * The consultant's branding, read once from this browser's storage and saved on every change.
 * @example const { branding, setBranding } = useBranding(window.localStorage)
 */
export function useBranding(storage: Storage | null): BrandingState {
  const [initial] = useState(() => loadBranding(storage));
  const [branding, setState] = useState(initial.branding);
  const [notice, setNotice] = useState(initial.notice);
  const setBranding = useCallback(
    (next: Branding) => {
      setState(next);
      setNotice(saveBranding(storage, next));
    },
    [storage],
  );
  return { branding, setBranding, notice };
}
