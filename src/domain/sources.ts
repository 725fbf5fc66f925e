import './zod-config';
import { z } from 'zod';

export const SourceId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be kebab-case')
  .meta({ description: 'Id of an entry in rules/sources.json.', examples: ['article-2026'] });

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a date as YYYY-MM or YYYY-MM-DD')
  .meta({ examples: ['2026-02', '2026-02-15'] });

/**
 * What a source is. Laws, licences and the documents of one fixed model release say the same for as long as what
 * they describe exists, so they do not age; every other kind (prices, benchmarks, surveys, documentation of a
 * service) does, and `rules:check` reports it once it is older than the pack's limit.
 */
export const SourceKind = z
  .enum(['law', 'licence', 'release', 'pricing', 'benchmark', 'survey', 'documentation', 'article', 'estimate'])
  .meta({
    description:
      'law, licence and release (the card or launch post of one fixed model version) do not age; pricing, benchmark, survey, documentation, article and estimate do. Absent: it ages.',
  });

/** Source kinds that never go stale: the source age check skips them. */
export const TIMELESS_SOURCE_KINDS: ReadonlySet<string> = new Set(['law', 'licence', 'release']);

/** A cited source. @example Source.parse({ id: 'llama-3-1-licence', publisher: 'Meta', title: '...', date: '2024-07-23' }) */
export const Source = z.strictObject({
  id: SourceId,
  publisher: z
    .string()
    .min(1)
    .meta({ description: 'Who published it.', examples: ['Meta', 'European Union'] }),
  title: z
    .string()
    .min(1)
    .meta({ description: 'Title of the document, as its publisher gives it.', examples: ['Llama 3.1 Community License Agreement'] }),
  date: IsoDate.meta({ description: 'When the source was published or last updated, as the page itself says (else when it was read).' }),
  accessed: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
    .optional()
    .meta({
      description:
        'The day someone last read the page at its address and checked the figures the pack takes from it. rules:check ages a source from this day (else from its date).',
      examples: ['2026-12-06'],
    }),
  url: z
    .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be an http or https address' })
    .optional()
    .meta({
      description: 'Where to read it; http or https only, since it is shown as a link.',
      examples: ['https://eur-lex.europa.eu/eli/reg/2024/1689/oj'],
    }),
  kind: SourceKind.optional(),
  secondary: z.boolean().optional().meta({
    description:
      "True when the publisher's own page was not read: its figures come from another party's copy, transcription or report of it (the publisher field names both). The reports ask the reader to confirm the prices of a pick that rest on it. Absent: false.",
  }),
  quotedBy: SourceId.optional().meta({
    description: 'Set when we know the figure only as another source (usually the article) quotes it.',
  }),
  note: z
    .string()
    .optional()
    .meta({
      description:
        'What the source says that the pack uses, and how it was checked (against the text, through quotations, or not re-checked).',
      examples: [
        'As quoted by the article: the MMLU gap fell from 12.4 percentage points (January 2025) to 3.1 (February 2026). Analysis not seen directly.',
      ],
    }),
});

export const SourcesFile = z
  .strictObject({
    $schema: z.string().optional(),
    sources: z.array(Source).min(1).meta({ description: 'Every source, each with a unique id that rules and catalog values cite.' }),
  })
  .meta({ title: 'Sources', description: 'Every source a rule or catalog value cites.' });

/** A catalog value with its citation. @example { value: 0.4, source: 'artificial-analysis-2026', asOf: '2026-02' } */
export const sourced = <T extends z.ZodType>(value: T) =>
  z.strictObject({
    value,
    source: SourceId,
    asOf: IsoDate.meta({ description: 'When the value was true.' }),
    unconfirmed: z.literal(true).optional().meta({
      description:
        'Set when this value was not read on the cited source itself (a secondary note, or another page of the publisher that states it for other models): the reports ask the reader to confirm it. Absent: read on the source.',
    }),
    note: z
      .string()
      .optional()
      .meta({
        description: 'How the value was read from the source or worked out, for reviewers.',
        examples: ['Planning default: fully loaded cost of an ML or platform engineer hour, used to price self-hosting operations hours.'],
      }),
  });

export type Source = z.infer<typeof Source>;
export type SourceKind = z.infer<typeof SourceKind>;
export type SourcesFile = z.infer<typeof SourcesFile>;
