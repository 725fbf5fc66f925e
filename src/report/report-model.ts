import type { ProjectionInput } from '../lib/chart-geometry';
import type { CostCurve } from '../engine';

/**
 * The report as plain data: what the PDF draws and what the tests read. build-report.ts makes it from the
 * engine's recommendation; report-document.tsx only lays it out.
 */

export interface Column {
  header: string;
  /** Share of the table's width, 0..1; the shares of a table add up to 1. */
  width: number;
  align?: 'left' | 'right';
  /** Set in a smaller size: identifiers and references. */
  small?: boolean;
}

export interface Row {
  cells: string[];
  /** A smaller line under the row, across the whole width (a value's note). */
  note?: string;
  /** Drawn in bold: the recommended option, a total. */
  strong?: boolean;
}

export interface Table {
  columns: Column[];
  rows: Row[];
  /** Set small and tight: a long appendix of reference figures. */
  dense?: boolean;
}

export interface Figure {
  label: string;
  value: string;
}

export interface UseCaseCharts {
  /** Monthly cost against monthly tokens per deployment kind, with this use case's volume marked. */
  cost: { curves: CostCurve[]; volume: number; caption: string; breakEvens: string[] } | null;
}

/** One law's duties in the checklist, by the role they fall on. */
export interface Checklist {
  law: string;
  roles: {
    /** "As provider", "As deployer"; null for duties that name no role. */
    heading: string | null;
    /** `when`: the role (when not headed) and the date in words; `phase`: "Before go-live" or "Ongoing", or empty. */
    items: { text: string; when: string; phase: string; appliesTo: string; refs: string }[];
  }[];
}

export interface SourceEntry {
  ref: number;
  id: string;
  text: string;
}

export interface UseCaseSection {
  id: string;
  name: string;
  facts: Figure[];
  verdict: string;
  /** Under the verdict: the margin and what decided it, what a dearer pick buys, what a pooled cost depends on. */
  decision: string[];
  /** How the total weighs the dimensions, feasibility's fixed weight included. */
  weights: string;
  breakdown: Figure[];
  options: Table;
  /** Said under the options table when it leaves lower-scoring options out. */
  optionsNote?: string;
  excluded: Table | null;
  reasons: Table;
  reasonsHeading: string;
  reasonsNote: string;
  /** The duties that come with this use case's pick, counted by law; the checklist lists them. Empty when none. */
  obligations: string;
  sensitivity: Table | null;
  charts: UseCaseCharts;
  sources: SourceEntry[];
}

export interface Cover {
  title: string;
  subtitle: string;
  client: string;
  preparedBy: string;
  firm: string;
  date: string;
  logo: string | null;
}

export interface ReportModel {
  /** `model-portfolio-<client>-<date>.pdf` */
  fileName: string;
  meta: { title: string; author: string; subject: string; keywords: string; creator: string };
  /** Colour of headings and rules; already checked for contrast on white. */
  accent: string;
  runningHeader: string;
  cover: Cover;
  summary: { paragraphs: string[]; figures: Figure[]; notes: string[] };
  /** The decision brief's duties and next steps (the picks are the portfolio table). */
  brief: {
    duties: { law: string; phase: string; text: string; when: string }[];
    /** Said instead when the brief lists no duty (noDutiesWords). */
    none: string | null;
    /** "N more in the obligations checklist, …"; null when the brief lists them all. */
    more: string | null;
    nextSteps: string[];
  };
  profile: Figure[];
  portfolio: Table;
  /** The multi-year projection, when the answers give a horizon: what it adds up to, the chart's data, a table. */
  projection: {
    title: string;
    sentences: string[];
    years: ProjectionInput[];
    /** The chart's name for the baseline line (which is all proprietary only where every use case may use an API). */
    baseline: string;
    table: Table;
    note: string;
  } | null;
  /** Options every use case rules out, stated once (null when none is). */
  sharedExclusions: Table | null;
  useCases: UseCaseSection[];
  obligations: Checklist[];
  assumptions: { title: string; table: Table }[];
  /** Every rule whose reason, exclusion, duty or note the report shows, by id, with what it did and where. */
  rules: Table;
  sources: SourceEntry[];
  rulePack: Figure[];
  disclaimer: string[];
}

/** Where a word too long for its column may break (the PDF prints a hyphen there); invisible otherwise. */
export const SOFT_HYPHEN = '\u00ad';

/**
 * Text that may break inside a run without spaces too long for a column (a scenario named like a file): a soft hyphen
 * every 16 characters of such a run. Shorter words and spaced text are left as they are.
 * @example breakable('a'.repeat(40)).split(SOFT_HYPHEN).length // 3
 */
export function breakable(text: string): string {
  return text.replace(/\S{25,}/g, (run) => run.match(/.{1,16}/gu)?.join(SOFT_HYPHEN) ?? run);
}

/** The section headings, in order; the PDF and the tests use the same words. */
export const HEADINGS = {
  summary: 'Executive summary',
  profile: 'Organisation profile',
  portfolio: 'Decision per use case',
  obligations: 'Obligations checklist',
  assumptions: 'Assumptions and figures',
  sources: 'Sources',
  rules: 'Rules applied',
  rulePack: 'Rule pack',
  disclaimer: 'Disclaimer',
} as const;
