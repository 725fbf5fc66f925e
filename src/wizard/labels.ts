import type { Choice } from './fields';

/** Plain-language labels for the answer values, shared by the forms and the review page. */
export const INDUSTRIES: readonly Choice[] = [
  { value: 'financial-services', label: 'Financial services' },
  { value: 'healthcare', label: 'Healthcare' },
  { value: 'public-sector', label: 'Public sector' },
  { value: 'retail', label: 'Retail' },
  { value: 'technology', label: 'Technology' },
  { value: 'manufacturing', label: 'Manufacturing' },
  { value: 'legal', label: 'Legal' },
  { value: 'education', label: 'Education' },
  { value: 'other', label: 'Other' },
];

export const REGIONS: readonly Choice[] = [
  { value: 'eu', label: 'European Union' },
  { value: 'uk', label: 'United Kingdom' },
  { value: 'us', label: 'United States' },
  { value: 'apac', label: 'Asia-Pacific' },
  { value: 'latam', label: 'Latin America' },
  { value: 'mea', label: 'Middle East and Africa' },
];

export const TASKS: readonly Choice[] = [
  { value: 'document-analysis', label: 'Document analysis' },
  { value: 'code-generation', label: 'Code generation' },
  { value: 'customer-support', label: 'Customer support' },
  { value: 'content-generation', label: 'Content generation' },
  { value: 'knowledge-assistant', label: 'Knowledge assistant' },
  { value: 'agent', label: 'Agent (multi-step, uses tools)' },
  { value: 'complex-reasoning', label: 'Complex reasoning' },
  { value: 'data-extraction', label: 'Data extraction' },
  { value: 'translation', label: 'Translation' },
];

export const AUDIENCES: readonly Choice[] = [
  { value: 'internal', label: 'Internal', hint: 'used by staff' },
  { value: 'customer-facing', label: 'Customer-facing', hint: 'customers see the output' },
];

export const SENSITIVITIES: readonly Choice[] = [
  { value: 'public', label: 'Public' },
  { value: 'internal', label: 'Internal' },
  { value: 'confidential', label: 'Confidential' },
  { value: 'personal', label: 'Personal data' },
  { value: 'health', label: 'Health data' },
];

export const ACCURACIES: readonly Choice[] = [
  { value: 'standard', label: 'Standard', hint: 'occasional mistakes are caught and cheap' },
  { value: 'high', label: 'High', hint: 'mistakes are costly' },
  { value: 'critical', label: 'Critical', hint: 'mistakes cause harm' },
];

export const AI_ACT_RISKS: readonly Choice[] = [
  { value: 'minimal', label: 'Minimal risk' },
  { value: 'limited', label: 'Limited risk (transparency duty)' },
  { value: 'high', label: 'High risk (Annex III area)' },
  { value: 'prohibited', label: 'Prohibited practice' },
];

export const RESIDENCIES: readonly Choice[] = [
  { value: 'none', label: 'No requirement' },
  { value: 'eu', label: 'Within the EU' },
  { value: 'us', label: 'Within the US' },
  { value: 'in-country', label: 'Within our own country' },
];

export const MATURITIES: readonly Choice[] = [
  { value: 'none', label: 'None', hint: 'no models in production yet' },
  { value: 'basic', label: 'Basic', hint: 'we deploy and monitor some models' },
  { value: 'advanced', label: 'Advanced', hint: 'we run GPU serving, evaluation and on-call' },
];

export const GPU_ACCESS: readonly Choice[] = [
  { value: 'none', label: 'None' },
  { value: 'cloud', label: 'Cloud GPUs' },
  { value: 'on-prem', label: 'Our own GPUs' },
];

/** The label of a value in a list of choices, or the value itself. @example labelOf(REGIONS, 'eu') // 'European Union' */
export function labelOf(choices: readonly Choice[], value: string | null | undefined): string {
  return choices.find((c) => c.value === value)?.label ?? value ?? '';
}
