import { decodeShareFragment, isShareFragment } from '../lib/share-link';
import { restoreDraft, saveDraft } from '../lib/storage';
import type { Answers } from '../domain';
import { StoredDraft, fromAnswers, toAnswers } from './draft';
import { stepFromHash } from './steps';
import type { WizardInput } from './wizard-machine';

/** How the wizard starts: the machine's input, whether saved answers exist, and any notice about storage. */
export interface Boot {
  input: WizardInput;
  savedAt: string | null;
  storageNotice: string | null;
}

/** A scenario the user opened from the library: its name and its answers. */
export interface OpenedScenario {
  name: string;
  answers: Answers;
}

/**
 * Works out where the wizard starts from the URL fragment and the browser's saved answers. A share link wins over
 * saved answers (they stay saved until the user changes something); a refused link starts on the welcome step,
 * which says why, with the saved answers still there to resume.
 * Answers opened from a share link or from the scenario library (`opened`) are saved at once, so that a reload keeps
 * them.
 * @example bootFrom('#/volume', browserStorage(), new Date()).input.step // 'volume'
 */
export function bootFrom(hash: string, storage: Storage | null, now: Date, opened?: OpenedScenario): Boot {
  const restored = restoreDraft(storage, StoredDraft);
  const saved = restored.status === 'restored' ? restored : null;
  const storageNotice = restored.status === 'unavailable' || restored.status === 'unreadable' ? restored.message : null;
  const base = { savedAt: saved?.savedAt ?? null, storageNotice };
  if (opened) {
    // A scenario opened from the library replaces the answers (the compare view asked first), as a share link does.
    const draft = fromAnswers(opened.answers);
    const kept = saveDraft(storage, draft, now);
    const input = { draft, step: 'review' as const, loadedFrom: 'scenario' as const, loadedName: opened.name };
    return { ...base, storageNotice: kept.ok ? null : kept.message, input };
  }
  if (isShareFragment(hash)) {
    const decoded = decodeShareFragment(hash);
    if (decoded.ok) {
      const draft = fromAnswers(decoded.answers);
      const saved = saveDraft(storage, draft, now);
      const input = {
        draft,
        step: 'review' as const,
        loadedFrom: 'link' as const,
        ...(decoded.upgradedFrom !== undefined ? { upgradedFrom: decoded.upgradedFrom } : {}),
      };
      return { ...base, storageNotice: saved.ok ? null : saved.message, input };
    }
    return { ...base, input: { draft: saved?.draft, step: 'welcome', loadProblems: { source: 'link', messages: decoded.messages } } };
  }
  return { ...base, input: { draft: saved?.draft, step: stepFromHash(hash) ?? 'welcome', loadedFrom: saved ? 'saved' : undefined } };
}

/**
 * The answers saved in this browser, when they are complete (for views outside the wizard, such as the studio).
 * @example savedAnswers(browserStorage()) // null on a first visit
 */
export function savedAnswers(storage: Storage | null): Answers | null {
  const restored = restoreDraft(storage, StoredDraft);
  return restored.status === 'restored' ? toAnswers(restored.draft) : null;
}
