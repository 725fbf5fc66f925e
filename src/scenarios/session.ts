import type { Answers } from '../domain';

/** A scenario the compare view lists: saved in the library, or added from a file for this visit only. */
export interface Entry {
  id: string;
  name: string;
  answers: Answers;
  savedAt: string | null;
  /** The file it came from, for a scenario added from a file and not saved. */
  fromFile: string | null;
}

/**
 * What the compare view holds beyond the library: the files added this visit and the ticked scenarios. The app keeps
 * it, so that leaving for the wizard and coming back finds them as they were.
 */
export interface CompareSession {
  files: Entry[];
  selected: string[];
}

export const EMPTY_SESSION: CompareSession = { files: [], selected: [] };
