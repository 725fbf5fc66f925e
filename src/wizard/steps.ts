/** The wizard's steps in order; each has its own URL (`#/organisation`). */
export const STEPS = ['welcome', 'organisation', 'use-cases', 'regulation', 'volume', 'team', 'priorities', 'review', 'results'] as const;

export type StepId = (typeof STEPS)[number];

/** Steps that gather answers, in order; the progress indicator lists these plus review and results. */
export const FORM_STEPS = ['organisation', 'use-cases', 'regulation', 'volume', 'team', 'priorities'] as const;

export type FormStepId = (typeof FORM_STEPS)[number];

/** The heading and progress label of each step. @example STEP_TITLES.volume // 'Volume' */
export const STEP_TITLES: Record<StepId, string> = {
  welcome: 'Welcome',
  organisation: 'Organisation',
  'use-cases': 'Use cases',
  regulation: 'Regulation',
  volume: 'Volume',
  team: 'Team capacity',
  priorities: 'Priorities',
  review: 'Review',
  results: 'Results',
};

/** Whether a string names a step. @example isStepId('volume') // true */
export function isStepId(value: string): value is StepId {
  return (STEPS as readonly string[]).includes(value);
}

/** The step after `step`, or null at the end. @example nextStep('team') // 'priorities' */
export function nextStep(step: StepId): StepId | null {
  return STEPS[STEPS.indexOf(step) + 1] ?? null;
}

/** The step before `step`, or null at the start. @example previousStep('organisation') // 'welcome' */
export function previousStep(step: StepId): StepId | null {
  return STEPS[STEPS.indexOf(step) - 1] ?? null;
}

/** The step's URL fragment. @example stepHash('use-cases') // '#/use-cases' */
export function stepHash(step: StepId): string {
  return step === 'welcome' ? '#/' : `#/${step}`;
}

/** The step a URL fragment names, or null. @example stepFromHash('#/volume') // 'volume' */
export function stepFromHash(hash: string): StepId | null {
  const id = hash.replace(/^#\/?/, '');
  if (id === '') return 'welcome';
  return isStepId(id) ? id : null;
}
