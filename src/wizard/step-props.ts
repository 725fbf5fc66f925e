import type { Draft } from './draft';
import type { WizardEvent } from './wizard-machine';

/** What every step component gets: the draft to show and the machine's `send`. Steps decide nothing else. */
export interface StepProps {
  draft: Draft;
  send: (event: WizardEvent) => void;
}
