import { slug } from '../lib/file-names';
import type { TaskKind } from '../domain';
import { UNANSWERED_V2, type DraftUseCase } from './draft';
import type { Choice } from './fields';
import { TASKS, labelOf } from './labels';

/** The most use cases one set of answers holds (Answers). */
export const MAX_USE_CASES = 50;

/** Languages offered as checkboxes; codes already in loaded answers are offered as well. */
export const LANGUAGES: readonly Choice[] = [
  { value: 'en', label: 'English' },
  { value: 'de', label: 'German' },
  { value: 'fr', label: 'French' },
  { value: 'es', label: 'Spanish' },
  { value: 'it', label: 'Italian' },
  { value: 'nl', label: 'Dutch' },
  { value: 'pt', label: 'Portuguese' },
  { value: 'pl', label: 'Polish' },
  { value: 'sv', label: 'Swedish' },
  { value: 'ja', label: 'Japanese' },
  { value: 'zh', label: 'Chinese' },
  { value: 'ar', label: 'Arabic' },
];

export type TemplateId = TaskKind | 'blank';

type Prefill = Omit<DraftUseCase, 'id' | 'aiActRisk' | 'languages'> & { languages: readonly string[] };

const base = { languages: ['en'], longContext: false, fineTuning: false, ...UNANSWERED_V2 } as const;
const M = 1_000_000;

/**
 * Starting values per task kind: typical audience, data, accuracy and a mid-sized company's volume, so the
 * volume step starts from a figure rather than a blank. The EU AI Act risk is left to the regulation step.
 */
const PREFILLS: Record<TaskKind, Prefill> = {
  'document-analysis': {
    ...base,
    name: 'Contract review',
    task: 'document-analysis',
    audience: 'internal',
    dataSensitivity: 'confidential',
    accuracy: 'high',
    longContext: true,
    monthlyTokens: 500 * M,
  },
  'code-generation': {
    ...base,
    name: 'Coding assistant',
    task: 'code-generation',
    audience: 'internal',
    dataSensitivity: 'confidential',
    accuracy: 'high',
    monthlyTokens: 200 * M,
  },
  'customer-support': {
    ...base,
    name: 'Support bot',
    task: 'customer-support',
    audience: 'customer-facing',
    dataSensitivity: 'personal',
    accuracy: 'high',
    monthlyTokens: 300 * M,
  },
  'content-generation': {
    ...base,
    name: 'Marketing copy',
    task: 'content-generation',
    audience: 'customer-facing',
    dataSensitivity: 'public',
    accuracy: 'standard',
    monthlyTokens: 50 * M,
  },
  'knowledge-assistant': {
    ...base,
    name: 'Knowledge assistant',
    task: 'knowledge-assistant',
    audience: 'internal',
    dataSensitivity: 'internal',
    accuracy: 'high',
    monthlyTokens: 150 * M,
  },
  agent: {
    ...base,
    name: 'Operations agent',
    task: 'agent',
    audience: 'internal',
    dataSensitivity: 'confidential',
    accuracy: 'high',
    monthlyTokens: 400 * M,
  },
  'complex-reasoning': {
    ...base,
    name: 'Risk analysis',
    task: 'complex-reasoning',
    audience: 'internal',
    dataSensitivity: 'confidential',
    accuracy: 'critical',
    monthlyTokens: 100 * M,
  },
  'data-extraction': {
    ...base,
    name: 'Invoice extraction',
    task: 'data-extraction',
    audience: 'internal',
    dataSensitivity: 'personal',
    accuracy: 'high',
    monthlyTokens: 250 * M,
  },
  translation: {
    ...base,
    name: 'Translation',
    task: 'translation',
    audience: 'customer-facing',
    dataSensitivity: 'internal',
    accuracy: 'high',
    languages: ['en', 'de', 'fr', 'es'],
    monthlyTokens: 100 * M,
  },
};

const BLANK: Prefill = {
  ...base,
  name: '',
  task: 'knowledge-assistant',
  audience: 'internal',
  dataSensitivity: 'internal',
  accuracy: 'standard',
  monthlyTokens: null,
};

/** The template list for the "Add a use case" select: one per task kind, then a blank one. */
export const TEMPLATE_CHOICES: readonly { value: TemplateId; label: string }[] = [
  ...(Object.keys(PREFILLS) as TaskKind[]).map((task) => ({ value: task, label: labelOf(TASKS, task) })),
  { value: 'blank', label: 'Blank' },
];

/** Whether a string names a template. @example isTemplateId('agent') // true */
export function isTemplateId(value: string): value is TemplateId {
  return TEMPLATE_CHOICES.some((c) => c.value === value);
}

/**
 * An id from `text` that matches /^[a-z0-9-]{1,40}$/ and is not in `taken`, numbered when needed.
 * @example uniqueId('Support bot', ['support-bot']) // 'support-bot-2'
 */
export function uniqueId(text: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const stem = slug(text, 40) || 'use-case';
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${stem.slice(0, 40 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!used.has(id)) return id;
  }
}

/**
 * A new use case from a template, with an id not in `taken`.
 * @example fromTemplate('customer-support', []).id // 'support-bot'
 */
export function fromTemplate(template: TemplateId, taken: Iterable<string>): DraftUseCase {
  const prefill = template === 'blank' ? BLANK : PREFILLS[template];
  return { ...prefill, languages: [...prefill.languages], id: uniqueId(prefill.name || 'use-case', taken), aiActRisk: null };
}

/**
 * A copy of a use case under a new id, named as a copy.
 * @example duplicateUseCase(supportBot, ['support-bot']).id // 'support-bot-2'
 */
export function duplicateUseCase(source: DraftUseCase, taken: Iterable<string>): DraftUseCase {
  const stem = source.id.replace(/-\d+$/, '') || source.name;
  const name = source.name.trim() ? `${source.name.trim()} (copy)`.slice(0, 120) : '';
  return { ...source, languages: [...source.languages], id: uniqueId(stem, taken), name };
}
