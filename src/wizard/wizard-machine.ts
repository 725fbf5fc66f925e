import { assign, setup } from 'xstate';
import { emptyDraft, stepComplete, stepDone, type Draft } from './draft';
import { FORM_STEPS, STEPS, nextStep, previousStep, type FormStepId, type StepId } from './steps';

/** Where answers that replace the draft came from, for the notice that says so. */
export type LoadSource = 'saved' | 'file' | 'link' | 'scenario';

export interface WizardContext {
  draft: Draft;
  /** Set by "Edit" on the review page: the edited step's Next returns to review. */
  returnTo: 'review' | null;
  /** Problems of the last import or share link that was refused, shown on the welcome step. */
  loadProblems: { source: LoadSource; messages: string[] } | null;
  /** Where the current answers came from, when they were loaded rather than typed. */
  loadedFrom: LoadSource | null;
  /** The answers format version the loaded answers were written in, when older than the current one (they were migrated). */
  upgradedFrom: number | null;
  /** The name of the scenario the answers were opened from (loadedFrom 'scenario'). */
  loadedName: string | null;
  /** The step the URL named at start-up; `boot` honours it when the answers so far allow it. */
  startAt: StepId | null;
}

export interface WizardInput {
  draft?: Draft;
  /** The step the URL names at start-up; honoured when the answers so far allow it. */
  step?: StepId;
  loadProblems?: WizardContext['loadProblems'];
  loadedFrom?: LoadSource;
  upgradedFrom?: number;
  loadedName?: string;
}

type Patch = Partial<Draft>;

export type WizardEvent =
  | { type: 'wizard.start' }
  | { type: 'wizard.resume' }
  | { type: 'answers.load'; draft: Draft; source: LoadSource; upgradedFrom?: number }
  | { type: 'answers.refused'; source: LoadSource; messages: string[] }
  | { type: 'draft.update'; patch: Patch }
  | { type: 'step.next'; patch?: Patch }
  | { type: 'step.back'; patch?: Patch }
  | { type: 'step.goto'; step: StepId }
  | { type: 'review.edit'; step: FormStepId };

const merge = (draft: Draft, patch: Patch | undefined): Draft => (patch ? { ...draft, ...patch } : draft);

/** Every form step before `step` is done (review and results need all of them). */
export function canVisit(draft: Draft, step: StepId): boolean {
  const before = FORM_STEPS.filter((s) => STEPS.indexOf(s) < STEPS.indexOf(step));
  return before.every((s) => stepDone(draft, s));
}

/** The first step not done yet, or review when all are. */
export function firstIncomplete(draft: Draft): StepId {
  return FORM_STEPS.find((s) => !stepDone(draft, s)) ?? 'review';
}

/** The draft with the event's changes and the step marked as finished. */
function confirm(draft: Draft, patch: Patch | undefined, step: FormStepId): Draft {
  const merged = merge(draft, patch);
  return merged.confirmed.includes(step) ? merged : { ...merged, confirmed: [...merged.confirmed, step] };
}

/**
 * The interview's flow: which step is shown, whether the user may go on, when answers are complete enough to
 * score, and what happens when loaded answers are refused. Steps hold the draft as typed; a step's Next is
 * allowed only when the domain schemas accept that step's answers.
 */
export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- XState reads the type from this placeholder
    input: {} as WizardInput,
  },
  guards: {
    /** The current step's answers, with the event's changes, are complete. */
    stepDone: ({ context, event }, params: { step: FormStepId }) =>
      stepComplete(merge(context.draft, 'patch' in event ? event.patch : undefined), params.step),
    /** Next here leads to review (after an Edit, or from the last step), and every step would then be done. */
    stepDoneToReview: ({ context, event }, params: { step: FormStepId; last: boolean }) =>
      (params.last || context.returnTo === 'review') &&
      canVisit(confirm(context.draft, 'patch' in event ? event.patch : undefined, params.step), 'review'),
    /** The event names this step and every step before it is complete. */
    mayVisit: ({ context, event }, params: { step: StepId }) =>
      event.type === 'step.goto' && event.step === params.step && canVisit(context.draft, params.step),
    /** At start-up: the URL names this step and the answers allow it. */
    startsAt: ({ context }, params: { step: StepId }) => context.startAt === params.step && canVisit(context.draft, params.step),
    /** At start-up or on resume: this is the first incomplete step. */
    resumesAt: ({ context }, params: { step: StepId }) => firstIncomplete(context.draft) === params.step,
    /** Loaded answers: this is their first incomplete step (review when complete). */
    loadsAt: ({ event }, params: { step: StepId }) => event.type === 'answers.load' && firstIncomplete(event.draft) === params.step,
    allComplete: ({ context }) => canVisit(context.draft, 'review'),
  },
  actions: {
    applyPatch: assign({
      draft: ({ context, event }) => merge(context.draft, 'patch' in event ? event.patch : undefined),
    }),
    confirmStep: assign({
      draft: ({ context, event }, params: { step: FormStepId }) =>
        confirm(context.draft, 'patch' in event ? event.patch : undefined, params.step),
    }),
    startFresh: assign({
      draft: () => emptyDraft(),
      returnTo: null,
      loadProblems: null,
      loadedFrom: null,
      upgradedFrom: null,
      loadedName: null,
    }),
    loadAnswers: assign(({ event }) =>
      event.type === 'answers.load'
        ? {
            draft: event.draft,
            returnTo: null,
            loadProblems: null,
            loadedFrom: event.source,
            upgradedFrom: event.upgradedFrom ?? null,
            loadedName: null,
          }
        : {},
    ),
    refuseAnswers: assign({
      loadProblems: ({ event, context }) =>
        event.type === 'answers.refused' ? { source: event.source, messages: event.messages } : context.loadProblems,
    }),
    returnToReview: assign({ returnTo: 'review' as const }),
    clearReturn: assign({ returnTo: null }),
  },
}).createMachine({
  id: 'wizard',
  context: ({ input }) => ({
    draft: input.draft ?? emptyDraft(),
    returnTo: null,
    loadProblems: input.loadProblems ?? null,
    loadedFrom: input.loadedFrom ?? null,
    upgradedFrom: input.upgradedFrom ?? null,
    loadedName: input.loadedName ?? null,
    startAt: input.step ?? null,
  }),
  initial: 'boot',
  on: {
    'draft.update': { actions: 'applyPatch' },
    'answers.load': [
      ...STEPS.filter((s) => s !== 'welcome' && s !== 'results').map((s) => ({
        guard: { type: 'loadsAt' as const, params: { step: s } },
        target: `.${s}`,
        actions: 'loadAnswers' as const,
        reenter: true,
      })),
    ],
    'answers.refused': { target: '.welcome', actions: 'refuseAnswers' },
    'step.goto': STEPS.map((s) => ({
      guard: { type: 'mayVisit' as const, params: { step: s } },
      target: `.${s}`,
      actions: 'clearReturn' as const,
    })),
  },
  states: {
    boot: {
      always: [
        ...STEPS.map((s) => ({
          guard: { type: 'startsAt' as const, params: { step: s } },
          target: s,
        })),
        { target: 'welcome' },
      ],
    },
    welcome: {
      // Leaving the flow through the welcome step ends any "Edit from review" in progress.
      entry: 'clearReturn',
      on: {
        'wizard.start': { target: 'organisation', actions: 'startFresh' },
        'wizard.resume': STEPS.filter((s) => s !== 'welcome' && s !== 'results').map((s) => ({
          guard: { type: 'resumesAt' as const, params: { step: s } },
          target: s,
        })),
        'step.next': { target: 'organisation' },
      },
    },
    organisation: formStep('organisation'),
    'use-cases': formStep('use-cases'),
    regulation: formStep('regulation'),
    volume: formStep('volume'),
    team: formStep('team'),
    priorities: formStep('priorities'),
    review: {
      on: {
        'step.back': { target: 'priorities' },
        'step.next': { guard: 'allComplete', target: 'results' },
        'review.edit': FORM_STEPS.map((s) => ({
          guard: ({ event }: { event: WizardEvent }) => event.type === 'review.edit' && event.step === s,
          target: s,
          actions: 'returnToReview' as const,
        })),
      },
    },
    results: {
      on: {
        'step.back': { target: 'review' },
      },
    },
  },
});

/** A form step: Next when its answers are complete (back to review after an Edit), Back keeping what was typed. */
function formStep(step: FormStepId) {
  const next = nextStep(step) ?? 'review';
  const confirmStep = { type: 'confirmStep' as const, params: { step } };
  return {
    on: {
      'step.next': [
        {
          guard: { type: 'stepDoneToReview' as const, params: { step, last: next === 'review' } },
          target: 'review',
          actions: [confirmStep, 'clearReturn' as const],
        },
        // The last step goes nowhere else: review needs every step done.
        ...(next === 'review' ? [] : [{ guard: { type: 'stepDone' as const, params: { step } }, target: next, actions: confirmStep }]),
      ],
      'step.back': { target: previousStep(step) ?? 'welcome', actions: 'applyPatch' as const },
    },
  };
}
