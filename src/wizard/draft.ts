import { z } from 'zod';
import {
  Accuracy,
  AiActRisk,
  AiActRole,
  AnnexIIIArea,
  Audience,
  DataResidency,
  DataSensitivity,
  GpuAccess,
  Industry,
  MlopsMaturity,
  Organization,
  Planning,
  ScenarioAssumptions,
  Priorities,
  Region,
  Regulation,
  TaskKind,
  Team,
  UseCase,
  UseCases,
  AnswersV2,
  toProblems,
  type Answers,
} from '../domain';
import { FORM_STEPS, type FormStepId } from './steps';

/**
 * The answers while the wizard is being filled: every section present, fields allowed to be empty or invalid
 * (a half-typed form is saved as it is). `toAnswers` turns a complete draft into Answers; the domain schemas
 * decide what complete means.
 */
export const DraftUseCase = z.object({
  id: z.string(),
  name: z.string(),
  task: TaskKind,
  audience: Audience,
  dataSensitivity: DataSensitivity,
  accuracy: Accuracy,
  monthlyTokens: z.number().nullable(),
  aiActRisk: AiActRisk.nullable(),
  languages: z.array(z.string()),
  longContext: z.boolean(),
  fineTuning: z.boolean(),
  aiActRole: AiActRole.nullable(),
  annexIIIArea: AnnexIIIArea.nullable(),
  minors: z.boolean().nullable(),
  automatedDecisions: z.boolean().nullable(),
  inputShare: z.number().nullable(),
  cachedShare: z.number().nullable(),
  batchShare: z.number().nullable(),
  requestInputTokens: z.number().nullable(),
});

/** The AnswersV2 fields of a draft use case, empty (not answered): what a draft saved before them lacked. */
export const UNANSWERED_V2: Pick<
  DraftUseCase,
  'aiActRole' | 'annexIIIArea' | 'minors' | 'automatedDecisions' | 'inputShare' | 'cachedShare' | 'batchShare' | 'requestInputTokens'
> = {
  aiActRole: null,
  annexIIIArea: null,
  minors: null,
  automatedDecisions: null,
  inputShare: null,
  cachedShare: null,
  batchShare: null,
  requestInputTokens: null,
};

export const Draft = z.object({
  organization: z.object({
    name: z.string(),
    industry: Industry.or(z.literal('')),
    regions: z.array(Region),
    monthlyActiveUsers: z.number().nullable(),
    country: z.string(),
  }),
  useCases: z.array(DraftUseCase).max(50),
  regulation: z.object({
    gdpr: z.boolean(),
    hipaa: z.boolean(),
    euAiAct: z.boolean(),
    dataResidency: DataResidency,
    euOwnedOnly: z.boolean(),
  }),
  team: z.object({ mlEngineers: z.number().nullable(), mlopsMaturity: MlopsMaturity, gpuAccess: GpuAccess }),
  priorities: z.object({ cost: z.number(), quality: z.number(), control: z.number() }),
  planning: Planning.nullable(),
  /** Planning figures changed on the results page for this scenario. */
  assumptions: ScenarioAssumptions.nullable(),
  /** Currency the results show amounts in, chosen on the results page (null: US dollars). */
  currency: AnswersV2.shape.currency.unwrap().nullable(),
  /** Steps the user has finished with Next (or that came complete in loaded answers): the progress shows them done. */
  confirmed: z.array(z.enum(FORM_STEPS)).default([]),
});

export type DraftUseCase = z.infer<typeof DraftUseCase>;
export type Draft = z.infer<typeof Draft>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A draft as browser storage keeps it. Drafts saved before AnswersV2 lack its fields; they load with those fields
 * empty, so nothing typed is lost.
 * @example StoredDraft.parse(draftSavedLastMonth).planning // null
 */
export const StoredDraft = z.preprocess((raw) => {
  if (!isRecord(raw)) return raw;
  const organization = isRecord(raw.organization) ? { country: '', ...raw.organization } : raw.organization;
  const useCases: unknown = Array.isArray(raw.useCases)
    ? raw.useCases.map((u: unknown) => (isRecord(u) ? { ...UNANSWERED_V2, ...u } : u))
    : raw.useCases;
  const regulation = isRecord(raw.regulation) ? { euOwnedOnly: false, ...raw.regulation } : raw.regulation;
  return { planning: null, assumptions: null, currency: null, ...raw, organization, regulation, useCases };
}, Draft);

/** A fresh interview: nothing typed, neutral choices preselected where a default is safe. */
export function emptyDraft(): Draft {
  return {
    organization: { name: '', industry: '', regions: [], monthlyActiveUsers: null, country: '' },
    useCases: [],
    regulation: { gdpr: false, hipaa: false, euAiAct: false, dataResidency: 'none', euOwnedOnly: false },
    team: { mlEngineers: null, mlopsMaturity: 'none', gpuAccess: 'none' },
    priorities: { cost: 3, quality: 3, control: 3 },
    planning: null,
    assumptions: null,
    currency: null,
    confirmed: [],
  };
}

const orUndefined = <T>(v: T | null | '') => (v === null || v === '' ? undefined : v);

/** A draft use case as the answers have it (empty optional fields left out). */
export function toUseCase(u: DraftUseCase): Record<string, unknown> {
  return {
    id: u.id,
    name: u.name,
    task: u.task,
    audience: u.audience,
    dataSensitivity: u.dataSensitivity,
    accuracy: u.accuracy,
    ...(u.monthlyTokens === null ? {} : { monthlyTokens: u.monthlyTokens }),
    ...(u.aiActRisk ? { aiActRisk: u.aiActRisk } : {}),
    languages: u.languages,
    longContext: u.longContext,
    fineTuning: u.fineTuning,
    ...present({
      aiActRole: u.aiActRole,
      annexIIIArea: u.annexIIIArea,
      minors: u.minors,
      automatedDecisions: u.automatedDecisions,
      inputShare: u.inputShare,
      cachedShare: u.cachedShare,
      batchShare: u.batchShare,
      requestInputTokens: u.requestInputTokens,
    }),
  };
}

/** The entries whose value is given (not null): optional answers left empty stay out of the answers. */
function present<T extends Record<string, unknown>>(fields: T): Partial<{ [K in keyof T]: Exclude<T[K], null> }> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)) as Partial<{ [K in keyof T]: Exclude<T[K], null> }>;
}

function organizationOf(d: Pick<Draft, 'organization'>) {
  const o = d.organization;
  return {
    name: o.name,
    industry: orUndefined(o.industry),
    regions: o.regions,
    ...present({ monthlyActiveUsers: o.monthlyActiveUsers, country: orUndefined(o.country) ?? null }),
  };
}

function withoutVolume(u: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...u };
  delete rest.monthlyTokens;
  return rest;
}

/**
 * A form schema for one step: the draft's own shape (what the fields hold), checked by the domain schema the
 * step answers to, with each problem placed on its field. The domain schemas stay the one source of truth.
 * @example stepSchema(Draft.shape.team, (t) => ({ ...t, mlEngineers: t.mlEngineers ?? undefined }), Team)
 */
export function stepSchema<S extends z.ZodType>(shape: S, toDomain: (value: z.infer<S>) => unknown, domain: z.ZodType) {
  return shape.superRefine((value, ctx) => {
    const result = domain.safeParse(toDomain(value), { reportInput: true });
    if (result.success) return;
    for (const problem of toFieldProblems(result.error)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });
}

function toFieldProblems(error: z.ZodError): { path: PropertyKey[]; message: string }[] {
  const lines = toProblems(error);
  return error.issues.map((issue, i) => ({ path: issue.path, message: lines[i]?.message ?? issue.message }));
}

export const OrganisationForm = stepSchema(Draft.shape.organization, (o) => organizationOf({ organization: o }), Organization);
/** The regulation section as the answers write it: the sovereignty requirement only when it is asked for. */
function regulationOf({ euOwnedOnly, ...r }: Draft['regulation']): Answers['regulation'] {
  return { ...r, ...(euOwnedOnly ? { euOwnedOnly } : {}) };
}

export const RegulationForm = stepSchema(Draft.shape.regulation, regulationOf, Regulation);
export const TeamForm = stepSchema(Draft.shape.team, (t) => ({ ...t, mlEngineers: t.mlEngineers ?? undefined }), Team);
export const PrioritiesForm = stepSchema(Draft.shape.priorities, (p) => p, Priorities);
export const UseCasesForm = stepSchema(
  z.object({ useCases: z.array(DraftUseCase) }),
  (v) => ({ useCases: v.useCases.map((u) => withoutVolume(toUseCase(u))) }),
  z.object({
    useCases: z
      .array(UseCase.omit({ monthlyTokens: true }))
      .min(1, 'add at least one use case')
      .max(50, 'at most 50 use cases'),
  }),
);
export const VolumeForm = stepSchema(
  z.object({ useCases: z.array(DraftUseCase) }),
  (v) => ({ useCases: v.useCases.map(toUseCase) }),
  z.object({ useCases: UseCases }),
);

/** What each form step checks, as the domain schemas say, and the slice of the draft it reads. */
const STEP_CHECKS: Record<FormStepId, { slice: (d: Draft) => object; check: (d: Draft) => { success: boolean } }> = {
  organisation: { slice: (d) => d.organization, check: (d) => OrganisationForm.safeParse(d.organization) },
  'use-cases': { slice: (d) => d.useCases, check: (d) => UseCasesForm.safeParse({ useCases: d.useCases }) },
  regulation: { slice: (d) => d.regulation, check: (d) => RegulationForm.safeParse(d.regulation) },
  volume: { slice: (d) => d.useCases, check: (d) => VolumeForm.safeParse({ useCases: d.useCases }) },
  team: { slice: (d) => d.team, check: (d) => TeamForm.safeParse(d.team) },
  priorities: { slice: (d) => d.priorities, check: (d) => PrioritiesForm.safeParse(d.priorities) },
};

/**
 * Each step's verdict per slice of the draft. A draft is a value: an edit makes new objects for what it changes
 * (the machine and the forms never change one in place), so a slice seen before has the same verdict. The progress
 * bar, the machine's guards and review ask for every step on each render; without this a render of the results
 * page ran 27 schema checks.
 */
const verdicts: { [S in FormStepId]: WeakMap<object, boolean> } = {
  organisation: new WeakMap(),
  'use-cases': new WeakMap(),
  regulation: new WeakMap(),
  volume: new WeakMap(),
  team: new WeakMap(),
  priorities: new WeakMap(),
};

/** Whether a step's answers in the draft are complete and valid. @example stepComplete(emptyDraft(), 'regulation') // true */
export function stepComplete(d: Draft, step: FormStepId): boolean {
  const { slice, check } = STEP_CHECKS[step];
  const part = slice(d);
  const known = verdicts[step].get(part);
  if (known !== undefined) return known;
  const ok = check(d).success;
  verdicts[step].set(part, ok);
  return ok;
}

/**
 * Whether a step is done: the user finished it with Next (or it came in loaded answers) and its answers are valid.
 * A step whose defaults happen to be valid (regulation, priorities) is not done until the user has seen it.
 * @example stepDone(emptyDraft(), 'regulation') // false
 */
export function stepDone(d: Draft, step: FormStepId): boolean {
  return d.confirmed.includes(step) && stepComplete(d, step);
}

/** Whether the user has typed anything worth resuming. @example hasAnswers(emptyDraft()) // false */
export function hasAnswers(d: Draft): boolean {
  return d.organization.name.trim() !== '' || d.useCases.length > 0;
}

/** The draft as Answers, or null while any step is incomplete. */
export function toAnswers(d: Draft): Answers | null {
  const result = AnswersV2.safeParse({
    schemaVersion: 2,
    organization: organizationOf(d),
    regulation: regulationOf(d.regulation),
    team: { ...d.team, mlEngineers: d.team.mlEngineers ?? undefined },
    priorities: d.priorities,
    useCases: d.useCases.map(toUseCase),
    ...present({ planning: d.planning, assumptions: d.assumptions, currency: d.currency }),
  });
  return result.success ? result.data : null;
}

/** Complete answers (imported, shared or restored) as a draft the forms can edit. */
export function fromAnswers(a: Answers): Draft {
  return {
    organization: {
      name: a.organization.name,
      industry: a.organization.industry,
      regions: [...a.organization.regions],
      monthlyActiveUsers: a.organization.monthlyActiveUsers ?? null,
      country: a.organization.country ?? '',
    },
    useCases: a.useCases.map((u) => ({
      id: u.id,
      name: u.name,
      task: u.task,
      audience: u.audience,
      dataSensitivity: u.dataSensitivity,
      accuracy: u.accuracy,
      monthlyTokens: u.monthlyTokens,
      aiActRisk: u.aiActRisk ?? null,
      languages: u.languages ? [...u.languages] : ['en'],
      longContext: u.longContext ?? false,
      fineTuning: u.fineTuning ?? false,
      aiActRole: u.aiActRole ?? null,
      annexIIIArea: u.annexIIIArea ?? null,
      minors: u.minors ?? null,
      automatedDecisions: u.automatedDecisions ?? null,
      inputShare: u.inputShare ?? null,
      cachedShare: u.cachedShare ?? null,
      batchShare: u.batchShare ?? null,
      requestInputTokens: u.requestInputTokens ?? null,
    })),
    regulation: { ...a.regulation, euOwnedOnly: a.regulation.euOwnedOnly ?? false },
    team: { ...a.team },
    priorities: { ...a.priorities },
    planning: a.planning ? { ...a.planning } : null,
    assumptions: a.assumptions ? structuredClone(a.assumptions) : null,
    currency: a.currency ?? null,
    confirmed: [...FORM_STEPS],
  };
}
