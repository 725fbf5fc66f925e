import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { AnswersInput } from '../../src/domain';
import { emptyDraft, fromAnswers, stepComplete, toAnswers, type Draft } from '../../src/wizard/draft';
import { FORM_STEPS, STEPS, nextStep, previousStep, stepFromHash, stepHash, type FormStepId, type StepId } from '../../src/wizard/steps';
import { canVisit, firstIncomplete, wizardMachine, type WizardEvent, type WizardInput } from '../../src/wizard/wizard-machine';

type Snap = SnapshotFrom<typeof wizardMachine>;
type Patch = Partial<Draft>;

const fixture = AnswersInput.parse(JSON.parse(readFileSync('test/fixtures/answers-basic.json', 'utf8')));
const full = fromAnswers(fixture);
const withoutVolume = (d: Draft): Draft['useCases'] => d.useCases.map((u) => ({ ...u, monthlyTokens: null }));
/** Drafts whose first step not done is the key. */
const incompleteAt = {
  organisation: emptyDraft(),
  'use-cases': { ...emptyDraft(), organization: full.organization, confirmed: ['organisation'] },
  // Regulation's defaults are valid, but nobody has pressed Next on it.
  regulation: { ...emptyDraft(), organization: full.organization, useCases: full.useCases, confirmed: ['organisation', 'use-cases'] },
  volume: { ...full, useCases: withoutVolume(full) },
  team: { ...full, team: { ...full.team, mlEngineers: null } },
  priorities: { ...full, priorities: { cost: 0, quality: 3, control: 3 } },
  review: full,
} satisfies Partial<Record<StepId, Draft>>;
/** Complete answers whose last step has not been confirmed with Next. */
const prioritiesUnconfirmed: Draft = { ...full, confirmed: ['organisation', 'use-cases', 'regulation', 'volume', 'team'] };

// The spec, written out rather than taken from steps.ts or the machine file.
const ORDER: StepId[] = ['welcome', 'organisation', 'use-cases', 'regulation', 'volume', 'team', 'priorities', 'review', 'results'];
const NEXT: Record<FormStepId, StepId> = {
  organisation: 'use-cases',
  'use-cases': 'regulation',
  regulation: 'volume',
  volume: 'team',
  team: 'priorities',
  priorities: 'review',
};
const BACK: Partial<Record<StepId, StepId>> = { ...Object.fromEntries(ORDER.slice(1).map((s, i) => [s, ORDER[i]])) };
const isFormStep = (s: string): s is FormStepId => (FORM_STEPS as readonly string[]).includes(s);
/** Which steps a draft completes; cached per draft object, since the traversal asks about each one many times. */
const completeness = new WeakMap<Draft, FormStepId[]>();
function completeSteps(d: Draft): FormStepId[] {
  const known = completeness.get(d) ?? FORM_STEPS.filter((s) => stepComplete(d, s));
  completeness.set(d, known);
  return known;
}
const complete = (d: Draft, s: FormStepId) => completeSteps(d).includes(s);
/** A step is done when the user has finished it with Next (or it was loaded so) and its answers are valid. */
const done = (d: Draft, s: FormStepId) => d.confirmed.includes(s) && complete(d, s);
const firstGap = (d: Draft): StepId => FORM_STEPS.find((s) => !done(d, s)) ?? 'review';
const mayVisit = (d: Draft, step: StepId) => ORDER.indexOf(step) <= ORDER.indexOf(firstGap(d)) || firstGap(d) === 'review';
const stepOf = (s: Snap) => s.value as StepId;
const merge = (d: Draft, p: Patch | undefined): Draft => ({ ...d, ...p });
/** The draft with `step` among the confirmed steps. */
const confirmedAt = (d: Draft, step: FormStepId): Draft => ({ ...d, confirmed: [...d.confirmed, step] });
/** The draft with its confirmed steps as a set (in step order, once each), to compare drafts whatever order Next came in. */
const asSet = (d: Draft): Draft => ({ ...d, confirmed: FORM_STEPS.filter((s) => d.confirmed.includes(s)) });

/**
 * The abstract state: where the user is, which steps are complete, which are confirmed (✓), and whether Next
 * returns to review.
 */
const abstract = (s: Snap) =>
  `${stepOf(s)} [${completeSteps(s.context.draft).join(',')}] ✓[${asSet(s.context.draft).confirmed.join(',')}]${s.context.returnTo ? ' ↩review' : ''}`;

/**
 * What each step's form can send, valid and invalid, built from the draft as the forms are. The tampered
 * regulation cannot come from the form's choices; it checks that the guard does not trust the type.
 */
function patches(step: FormStepId, d: Draft): { valid: Patch[]; invalid: Patch[] } {
  const org = full.organization;
  switch (step) {
    case 'organisation':
      return {
        valid: [{ organization: org }],
        invalid: [{ organization: { ...org, name: '' } }, { organization: { ...org, regions: [] } }],
      };
    case 'use-cases':
      return {
        valid: [{ useCases: full.useCases }, { useCases: withoutVolume(full) }],
        invalid: [{ useCases: [] }, { useCases: full.useCases.map((u) => ({ ...u, name: '' })) }],
      };
    case 'regulation':
      return {
        valid: [
          { regulation: { ...full.regulation, hipaa: true }, useCases: d.useCases.map((u) => ({ ...u, aiActRisk: 'limited' as const })) },
        ],
        invalid: [{ regulation: { ...full.regulation, dataResidency: 'moon' as Draft['regulation']['dataResidency'] } }],
      };
    case 'volume':
      return {
        valid: [{ useCases: d.useCases.map((u) => ({ ...u, monthlyTokens: 1e6 })) }],
        invalid: [{ useCases: withoutVolume(d) }, { useCases: d.useCases.map((u) => ({ ...u, monthlyTokens: 0 })) }],
      };
    case 'team':
      return { valid: [{ team: full.team }], invalid: [{ team: { ...full.team, mlEngineers: null } }] };
    case 'priorities':
      return {
        valid: [{ priorities: { cost: 5, quality: 1, control: 2 } }],
        invalid: [{ priorities: { cost: 0, quality: 3, control: 3 } }],
      };
  }
}

/** Drafts that answers.load brings, by the name a test title gives them. */
const loads = new Map<Draft, string>([
  [incompleteAt.organisation, 'empty'],
  [incompleteAt.regulation, 'regulation unconfirmed'],
  [incompleteAt.volume, 'no volume'],
  [incompleteAt.team, 'no team'],
  [prioritiesUnconfirmed, 'priorities unconfirmed'],
  [full, 'complete'],
]);

/** Events the URL, an import or a share link can bring in any state. */
const anywhere: WizardEvent[] = [
  ...STEPS.map((step) => ({ type: 'step.goto' as const, step })),
  ...[...loads.keys()].map((draft) => ({ type: 'answers.load' as const, draft, source: 'file' as const })),
  { type: 'answers.refused', source: 'link', messages: ['The link is damaged.'] },
];

/** The events the user can send in a state, with concrete payloads. */
function eventsFor(snapshot: Snap): WizardEvent[] {
  const step = stepOf(snapshot);
  if (step === 'welcome') return [{ type: 'wizard.start' }, { type: 'wizard.resume' }, { type: 'step.next' }, ...anywhere];
  if (step === 'review')
    return [
      { type: 'step.back' },
      { type: 'step.next' },
      ...FORM_STEPS.map((s) => ({ type: 'review.edit' as const, step: s })),
      ...anywhere,
    ];
  if (!isFormStep(step))
    return [{ type: 'step.back' }, { type: 'draft.update', patch: { priorities: { cost: 1, quality: 5, control: 4 } } }, ...anywhere];
  const { valid, invalid } = patches(step, snapshot.context.draft);
  const withPatch = [...valid, ...invalid].flatMap((patch): WizardEvent[] => [
    { type: 'step.next', patch },
    { type: 'step.back', patch },
    { type: 'draft.update', patch },
  ]);
  return [{ type: 'step.next' }, { type: 'step.back' }, ...withPatch, ...anywhere];
}

const input: WizardInput = { draft: emptyDraft() };
const model = createTestModel(wizardMachine, { events: eventsFor });
const statePaths = model.getShortestPaths({ input, serializeState: abstract });
/** One path to each abstract state (prefixes kept), to try every event from each. */
const vertexPaths = model.getShortestPaths({ input, serializeState: abstract, allowDuplicatePaths: true });

/** What the machine must do with one event; `prev` and `next` are the real actor's snapshots. */
function checkTransition(prev: Snap, event: WizardEvent, next: Snap): void {
  const [from, to, before, after] = [stepOf(prev), stepOf(next), prev.context, next.context];
  const refused = () => {
    expect(to).toBe(from);
    expect(after).toEqual(before);
  };
  switch (event.type) {
    case 'step.next': {
      if (from === 'welcome') return expect(to).toBe('organisation');
      if (from === 'review') return firstGap(before.draft) === 'review' ? expect(to).toBe('results') : refused();
      if (!isFormStep(from)) return refused();
      const merged = merge(before.draft, event.patch);
      // A Next whose answers are invalid never leaves the step.
      if (!complete(merged, from)) return refused();
      const confirmed = confirmedAt(merged, from);
      // Next leads to review from the last step, or after an Edit, and only when every step would then be done.
      const toReview = (from === 'priorities' || before.returnTo === 'review') && firstGap(confirmed) === 'review';
      // The last step has nowhere else to go.
      if (!toReview && NEXT[from] === 'review') return refused();
      expect([to, after.returnTo]).toEqual(toReview ? ['review', null] : [NEXT[from], before.returnTo]);
      // A Next that leaves the step keeps what the form held and marks the step finished.
      return expect(asSet(after.draft)).toEqual(asSet(confirmed));
    }
    case 'step.back':
      if (from === 'welcome') return refused();
      expect(to).toBe(BACK[from]);
      // Back never loses data (what the form held is in the draft) and confirms nothing.
      return expect(after.draft).toEqual(isFormStep(from) ? merge(before.draft, event.patch) : before.draft);
    case 'step.goto':
      // A step whose earlier steps are incomplete is refused.
      if (!mayVisit(before.draft, event.step)) return refused();
      return expect([to, after.returnTo, after.draft]).toEqual([event.step, null, before.draft]);
    case 'review.edit':
      return expect([to, after.returnTo, after.draft]).toEqual([event.step, 'review', before.draft]);
    case 'answers.load':
      expect(to).toBe(firstGap(event.draft));
      return expect(after).toMatchObject({ draft: event.draft, loadedFrom: event.source, loadProblems: null, returnTo: null });
    case 'answers.refused':
      expect(to).toBe('welcome');
      return expect(after).toMatchObject({ draft: before.draft, loadProblems: { source: event.source, messages: event.messages } });
    case 'draft.update':
      // Typing confirms nothing: the draft is exactly the old one with the patch.
      return expect([to, after.draft]).toEqual([from, merge(before.draft, event.patch)]);
    case 'wizard.start':
      expect(to).toBe('organisation');
      return expect(after).toMatchObject({ draft: emptyDraft(), loadedFrom: null, loadProblems: null, returnTo: null });
    case 'wizard.resume':
      return expect([to, after.draft]).toEqual([firstGap(before.draft), before.draft]);
  }
}

/** What holds in every state the user can be in. */
function checkState(s: Snap): void {
  const step = stepOf(s);
  expect(ORDER).toContain(step);
  // No step is shown whose earlier steps are not done, so review and results only with every step done.
  expect(mayVisit(s.context.draft, step)).toBe(true);
  // Each step is confirmed at most once, and only form steps are.
  expect(new Set(s.context.draft.confirmed).size).toBe(s.context.draft.confirmed.length);
  expect(s.context.draft.confirmed.every(isFormStep)).toBe(true);
  if (step === 'results') expect(toAnswers(s.context.draft)).not.toBeNull();
}

const EVENT_TYPES = [
  'wizard.start',
  'wizard.resume',
  'answers.load',
  'answers.refused',
  'draft.update',
  'step.next',
  'step.back',
  'step.goto',
  'review.edit',
] as const;

/** Replays a model path on a real actor, checking each step against the model and the rules above. */
async function replay(path: (typeof statePaths)[number]): Promise<Actor<typeof wizardMachine>> {
  const actor = createActor(wizardMachine, { input }).start();
  const send = (step: { event: { type: string } }) => {
    const event = step.event as WizardEvent;
    const prev = actor.getSnapshot();
    actor.send(event);
    checkTransition(prev, event, actor.getSnapshot());
  };
  const matches = (expected: Snap) => {
    // The model's snapshots stand for abstract states: compare what the abstraction keeps.
    expect(abstract(actor.getSnapshot())).toBe(abstract(expected));
    checkState(actor.getSnapshot());
  };
  await path.test({ states: { '*': matches }, events: Object.fromEntries(EVENT_TYPES.map((t) => [t, send])) });
  return actor;
}

/** Sends every event the model offers in the actor's state, each to its own copy of the actor; returns how many. */
function tryEveryEvent(actor: Actor<typeof wizardMachine>): number {
  const events = eventsFor(actor.getSnapshot());
  for (const event of events) {
    const copy = createActor(wizardMachine, { input, snapshot: actor.getPersistedSnapshot() }).start();
    const prev = copy.getSnapshot();
    copy.send(event);
    checkTransition(prev, event, copy.getSnapshot());
    checkState(copy.getSnapshot());
    copy.stop();
  }
  return events.length;
}

/** A short name for an event in a test title. */
function label(e: WizardEvent): string {
  if (e.type === 'step.goto' || e.type === 'review.edit') return `${e.type} ${e.step}`;
  if (e.type === 'answers.load') return `${e.type} (${loads.get(e.draft) ?? '?'})`;
  if (!('patch' in e) || !e.patch) return e.type;
  const valid = FORM_STEPS.every((s) => complete(merge(full, e.patch), s));
  return `${e.type} ${Object.keys(e.patch).join('+')}${valid ? '' : ' (invalid)'}`;
}

describe('wizard machine: model-based', () => {
  it('the model reaches every step, in many states of completeness and confirmation', () => {
    const all = '[organisation,use-cases,regulation,volume,team,priorities]';
    expect(new Set(vertexPaths.map((p) => stepOf(p.state)))).toEqual(new Set(ORDER));
    expect(vertexPaths.map((p) => abstract(p.state))).toEqual(
      expect.arrayContaining([
        `results ${all} ✓${all}`,
        // Regulation and priorities, valid by default, shown but not yet confirmed.
        'regulation [organisation,use-cases,regulation,priorities] ✓[organisation,use-cases]',
        `priorities ${all} ✓[organisation,use-cases,regulation,volume,team]`,
        // Back on an earlier step after confirming it.
        'organisation [organisation,use-cases,regulation,priorities] ✓[organisation]',
        // After an Edit from review, with the edited step (or, for regulation, a tampered one) invalid.
        `team [organisation,use-cases,regulation,volume,priorities] ✓${all} ↩review`,
        `regulation [organisation,use-cases] ✓${all} ↩review`,
      ]),
    );
    expect(statePaths.length).toBeGreaterThan(300);
  });

  it.each(
    statePaths.map(
      (p) =>
        [
          `${abstract(p.state)} ← ${p.steps
            .slice(1)
            .map((s) => label(s.event))
            .join(' → ')}`,
          p,
        ] as const,
    ),
  )('%s', async (_description, path) => {
    (await replay(path)).stop();
  });

  it.each(ORDER)(
    'every event in every %s state does what the rules say',
    async (step) => {
      let transitions = 0;
      for (const path of vertexPaths.filter((p) => stepOf(p.state) === step)) {
        const actor = await replay(path);
        transitions += tryEveryEvent(actor);
        actor.stop();
      }
      expect(transitions).toBeGreaterThan(0);
      // Hundreds of states for organisation and welcome, each replayed: more than the default five seconds on a busy machine.
    },
    30_000,
  );
});

const start = (draft: Draft, step?: StepId) => createActor(wizardMachine, { input: { draft, step } }).start();
const run = (draft: Draft, events: WizardEvent[], step?: StepId) => {
  const actor = start(draft, step);
  events.forEach((e) => actor.send(e));
  return actor.getSnapshot();
};

describe('wizard machine: examples', () => {
  it.each(FORM_STEPS)('review.edit %s, then a valid Next, returns to review', (step) => {
    const [patch] = patches(step, full).valid;
    const s = run(
      full,
      [
        { type: 'review.edit', step },
        { type: 'step.next', patch },
      ],
      'review',
    );
    expect([s.value, s.context.returnTo, s.context.draft]).toEqual(['review', null, merge(full, patch)]);
  });

  it('a use case added from review walks through volume before returning to review', () => {
    const added = [...full.useCases, { ...full.useCases[0]!, id: 'new-one', monthlyTokens: null }];
    const actor = start(full, 'review');
    const at = (e: WizardEvent) => (actor.send(e), [actor.getSnapshot().value, actor.getSnapshot().context.returnTo]);
    expect(at({ type: 'review.edit', step: 'use-cases' })).toEqual(['use-cases', 'review']);
    expect(at({ type: 'step.next', patch: { useCases: added } })).toEqual(['regulation', 'review']);
    expect(at({ type: 'step.goto', step: 'review' })).toEqual(['regulation', 'review']);
    expect(at({ type: 'step.next' })).toEqual(['volume', 'review']);
    expect(at({ type: 'step.next', patch: { useCases: added.map((u) => ({ ...u, monthlyTokens: 5 })) } })).toEqual(['review', null]);
  });

  it('a fresh interview: each step, regulation and priorities included, is done only once its Next is pressed', () => {
    const actor = start(emptyDraft());
    const at = (e: WizardEvent) => (actor.send(e), [actor.getSnapshot().value, [...actor.getSnapshot().context.draft.confirmed].sort()]);
    const organisation = patches('organisation', full).valid[0];
    expect(at({ type: 'wizard.start' })).toEqual(['organisation', []]);
    expect(at({ type: 'step.next', patch: organisation })).toEqual(['use-cases', ['organisation']]);
    expect(at({ type: 'step.next', patch: { useCases: full.useCases } })).toEqual(['regulation', ['organisation', 'use-cases']]);
    // Regulation's defaults are valid, yet it is not done: volume and review stay out of reach.
    expect(stepComplete(actor.getSnapshot().context.draft, 'regulation')).toBe(true);
    expect(at({ type: 'step.goto', step: 'volume' })).toEqual(['regulation', ['organisation', 'use-cases']]);
    expect(at({ type: 'step.next' })).toEqual(['volume', ['organisation', 'regulation', 'use-cases']]);
    expect(at({ type: 'step.next' })).toEqual(['team', ['organisation', 'regulation', 'use-cases', 'volume']]);
    expect(at({ type: 'step.next', patch: { team: full.team } })).toEqual([
      'priorities',
      ['organisation', 'regulation', 'team', 'use-cases', 'volume'],
    ]);
    // The same for priorities: the defaults are valid, but review waits for its Next.
    expect(at({ type: 'step.goto', step: 'review' })).toEqual([
      'priorities',
      ['organisation', 'regulation', 'team', 'use-cases', 'volume'],
    ]);
    expect(at({ type: 'step.next' })).toEqual(['review', [...FORM_STEPS].sort()]);
    expect(at({ type: 'step.next' })).toEqual(['results', [...FORM_STEPS].sort()]);
    expect(actor.getSnapshot().context.draft.confirmed).toHaveLength(FORM_STEPS.length);
  });

  it('Back and draft.update keep what was typed but confirm nothing', () => {
    const regulation = { ...full.regulation, hipaa: true };
    const actor = start(incompleteAt.regulation, 'regulation');
    const at = (e: WizardEvent) => (actor.send(e), actor.getSnapshot());
    expect(at({ type: 'draft.update', patch: { regulation } }).context.draft).toEqual({ ...incompleteAt.regulation, regulation });
    expect(at({ type: 'step.goto', step: 'volume' }).value).toBe('regulation');
    const back = at({ type: 'step.back', patch: { regulation: full.regulation } });
    expect([back.value, back.context.draft]).toEqual(['use-cases', { ...incompleteAt.regulation, regulation: full.regulation }]);
    expect(at({ type: 'step.goto', step: 'volume' }).value).toBe('use-cases');
    expect(at({ type: 'step.goto', step: 'regulation' }).value).toBe('regulation');
    expect(at({ type: 'step.next' }).value).toBe('volume');
  });

  it('Next on priorities stays there, keeping the draft, while an earlier step is not done', () => {
    const noTeam = { team: { ...full.team, mlEngineers: null } };
    const actor = start(full, 'review');
    actor.send({ type: 'draft.update', patch: noTeam });
    actor.send({ type: 'review.edit', step: 'priorities' });
    const before = actor.getSnapshot().context;
    actor.send({ type: 'step.next', patch: patches('priorities', full).valid[0] });
    expect([actor.getSnapshot().value, actor.getSnapshot().context]).toEqual(['priorities', before]);
  });

  it('Next after an Edit goes on to the next step while another step is not done, and returns once none is', () => {
    const noTeam = { team: { ...full.team, mlEngineers: null } };
    const actor = start(full, 'review');
    const at = (e: WizardEvent) => (actor.send(e), [actor.getSnapshot().value, actor.getSnapshot().context.returnTo]);
    actor.send({ type: 'draft.update', patch: noTeam });
    expect(at({ type: 'review.edit', step: 'regulation' })).toEqual(['regulation', 'review']);
    expect(at({ type: 'step.next' })).toEqual(['volume', 'review']);
    expect(at({ type: 'step.next' })).toEqual(['team', 'review']);
    expect(at({ type: 'step.next' })).toEqual(['team', 'review']);
    expect(at({ type: 'step.next', patch: { team: full.team } })).toEqual(['review', null]);
    expect(actor.getSnapshot().context.draft).toEqual(full);
  });

  it('Next after an Edit counts the edited step as done, even when it was not confirmed before', () => {
    // Only a patch that names `confirmed` can unconfirm a step while on review; the forms never send one.
    const unconfirmed = { confirmed: FORM_STEPS.filter((s) => s !== 'team') };
    const actor = start(full, 'review');
    actor.send({ type: 'draft.update', patch: unconfirmed });
    expect(firstIncomplete(actor.getSnapshot().context.draft)).toBe('team');
    actor.send({ type: 'review.edit', step: 'team' });
    actor.send({ type: 'step.next' });
    const s = actor.getSnapshot();
    expect([s.value, s.context.returnTo, [...s.context.draft.confirmed].sort()]).toEqual(['review', null, [...FORM_STEPS].sort()]);
  });

  it.each(FORM_STEPS)('Next on %s with an invalid patch stays and keeps the draft', (step) => {
    for (const patch of patches(step, full).invalid) {
      const s = run(full, [{ type: 'step.next', patch }], step);
      expect([s.value, s.context.draft]).toEqual([step, full]);
    }
  });

  it.each([
    ['use-cases', emptyDraft(), 'organisation'],
    ['use-cases', { ...emptyDraft(), organization: full.organization }, 'organisation'],
    ['volume', incompleteAt['use-cases'], 'use-cases'],
    ['volume', incompleteAt.regulation, 'regulation'],
    ['team', incompleteAt.volume, 'volume'],
    ['results', incompleteAt.team, 'team'],
    ['review', incompleteAt.priorities, 'priorities'],
    ['review', prioritiesUnconfirmed, 'priorities'],
  ] as const)('step.goto %s is refused while an earlier step is not done (from %s)', (target, draft, from) => {
    expect(run(draft, [{ type: 'step.goto', step: target }], from).value).toBe(from);
    expect(run(full, [{ type: 'step.goto', step: target }], from).value).toBe(target);
  });

  it('results only once priorities are confirmed', () => {
    const actor = start(prioritiesUnconfirmed, 'priorities');
    const at = (e: WizardEvent) => (actor.send(e), actor.getSnapshot().value);
    expect(at({ type: 'step.goto', step: 'results' })).toBe('priorities');
    expect(at({ type: 'step.next' })).toBe('review');
    expect(at({ type: 'step.next' })).toBe('results');
  });

  it('results only with complete answers', () => {
    const actor = start(incompleteAt.priorities, 'priorities');
    const at = (e: WizardEvent) => (actor.send(e), actor.getSnapshot().value);
    expect(at({ type: 'step.goto', step: 'results' })).toBe('priorities');
    expect(at({ type: 'step.next' })).toBe('priorities');
    expect(at({ type: 'step.next', patch: { priorities: full.priorities } })).toBe('review');
    expect(at({ type: 'step.next' })).toBe('results');
    expect(toAnswers(actor.getSnapshot().context.draft)).toEqual(toAnswers(full));
  });

  it('review does not go on to results once a draft.update has made the answers incomplete', () => {
    const patch = { team: { ...full.team, mlEngineers: null } };
    expect(run(full, [{ type: 'draft.update', patch }, { type: 'step.next' }], 'review').value).toBe('review');
  });

  // boot honours input.step when every earlier step is done, and otherwise starts on welcome.
  const allowedUpTo: [string, Draft, StepId][] = [
    ['empty', emptyDraft(), 'organisation'],
    ['organisation only', incompleteAt['use-cases'], 'use-cases'],
    ['regulation unconfirmed', incompleteAt.regulation, 'regulation'],
    ['no volume', incompleteAt.volume, 'volume'],
    ['no team', incompleteAt.team, 'team'],
    ['priorities unconfirmed', prioritiesUnconfirmed, 'priorities'],
    ['complete, nothing confirmed', { ...full, confirmed: [] }, 'organisation'],
    ['complete', full, 'results'],
  ];
  it.each(
    allowedUpTo.flatMap(([name, draft, last]) =>
      ORDER.map((step) => [name, step, draft, ORDER.indexOf(step) <= ORDER.indexOf(last) ? step : 'welcome'] as const),
    ),
  )('boot with %s answers and step %s', (_name, step, draft, expected) => {
    const s = start(draft, step).getSnapshot();
    expect(s.value).toBe(expected);
    expect(s.context.draft).toEqual(draft);
  });

  it('boot without a step starts on welcome, keeping the input', () => {
    const loadProblems = { source: 'link' as const, messages: ['bad'] };
    const s = createActor(wizardMachine, { input: { draft: full, loadProblems, loadedFrom: 'saved' } })
      .start()
      .getSnapshot();
    expect([s.value, s.context.loadProblems, s.context.loadedFrom]).toEqual(['welcome', loadProblems, 'saved']);
    expect(createActor(wizardMachine, { input: {} }).start().getSnapshot().context.draft).toEqual(emptyDraft());
  });
});

describe('canVisit and firstIncomplete', () => {
  it.each<[string, Draft, StepId, readonly StepId[]]>([
    ['empty', emptyDraft(), 'organisation', ['welcome', 'organisation']],
    ['organisation only', incompleteAt['use-cases'], 'use-cases', ['welcome', 'organisation', 'use-cases']],
    [
      'organisation complete, not confirmed',
      { ...emptyDraft(), organization: full.organization },
      'organisation',
      ['welcome', 'organisation'],
    ],
    ['regulation valid by default, not confirmed', incompleteAt.regulation, 'regulation', ORDER.slice(0, 4)],
    ['no volume', incompleteAt.volume, 'volume', ['welcome', 'organisation', 'use-cases', 'regulation', 'volume']],
    ['no team', incompleteAt.team, 'team', ['welcome', 'organisation', 'use-cases', 'regulation', 'volume', 'team']],
    ['bad priorities', incompleteAt.priorities, 'priorities', ORDER.slice(0, 7)],
    ['priorities not confirmed', prioritiesUnconfirmed, 'priorities', ORDER.slice(0, 7)],
    ['complete', full, 'review', ORDER],
    ['complete, confirmed in another order', { ...full, confirmed: [...FORM_STEPS].reverse() }, 'review', ORDER],
    ['complete, nothing confirmed', { ...full, confirmed: [] }, 'organisation', ['welcome', 'organisation']],
    ['everything confirmed, nothing typed', { ...emptyDraft(), confirmed: [...FORM_STEPS] }, 'organisation', ['welcome', 'organisation']],
    [
      'no organisation, rest complete',
      { ...full, organization: { ...full.organization, regions: [] } },
      'organisation',
      ['welcome', 'organisation'],
    ],
  ])('%s', (_name, draft, first, visitable) => {
    expect(firstIncomplete(draft)).toBe(first);
    expect(ORDER.filter((s) => canVisit(draft, s))).toEqual(visitable);
  });
});

describe('steps', () => {
  it.each([
    ['#/volume', 'volume'],
    ['#/', 'welcome'],
    ['#', 'welcome'],
    ['', 'welcome'],
    ['#volume', 'volume'],
    ['#/results', 'results'],
    ['#/Volume', null],
    ['#/nope', null],
    ['#/share/abc', null],
    ['#/volume/', null],
  ] as const)('stepFromHash(%j) is %j', (hash, step) => {
    expect(stepFromHash(hash)).toBe(step);
  });

  it.each(ORDER)('stepHash(%s) reads back', (step) => {
    expect(stepHash(step)).toBe(step === 'welcome' ? '#/' : `#/${step}`);
    expect(stepFromHash(stepHash(step))).toBe(step);
  });

  it.each(ORDER.map((s, i) => [s, ORDER[i + 1] ?? null, ORDER[i - 1] ?? null] as const))(
    '%s: next %s, previous %s',
    (step, next, previous) => {
      expect(nextStep(step)).toBe(next);
      expect(previousStep(step)).toBe(previous);
    },
  );

  it('lists the steps in order, the form steps among them', () => {
    expect(STEPS).toEqual(ORDER);
    expect(FORM_STEPS).toEqual(ORDER.filter((s) => s in NEXT));
  });
});
