import type { Answers, RecommendationV1 } from '../domain';
import { listWords } from './decision-words';
import { money, percent } from './format';

type Projection = NonNullable<RecommendationV1['portfolio']['projection']>;

/**
 * The projection in sentences for the results, the PDF and the Markdown: the total over the horizon against the
 * all-proprietary baseline, then each pick that changes as the volume grows, from the first year it differs.
 * @example projectionSentences(rec)[0] // 'Over 5 years the recommended portfolio costs $432,633 in all, against …'
 */
export function projectionSentences(rec: RecommendationV1, planning?: Answers['planning']): string[] {
  const p = rec.portfolio.projection;
  const last = p?.at(-1);
  if (!p || !last) return [];
  const diff = last.cumulativeAllProprietaryCostUsd - last.cumulativeCostUsd;
  const served = rec.useCases.filter((u) => u.recommended).length;
  const noApi = useCasesWithoutApi(rec).map((u) => u.name);
  // Where no API is permitted the baseline counts the cheapest permitted option: "proprietary" would be false.
  const baseline =
    noApi.length === 0
      ? 'running every use case on the best proprietary option'
      : `the baseline (the best proprietary option where one is permitted, the cheapest permitted option for ${listWords(noApi)})`;
  const compare =
    Math.abs(diff) < 0.5
      ? `the same as ${baseline}`
      : diff > 0
        ? `${money(diff)} less than ${baseline}: ${money(last.cumulativeAllProprietaryCostUsd)}`
        : `${money(-diff)} more than ${baseline}: ${money(last.cumulativeAllProprietaryCostUsd)}`;
  const growth = planning?.annualGrowth ? `, with the volume growing ${percent(planning.annualGrowth)} a year,` : '';
  const total = `Over ${p.length} ${p.length === 1 ? 'year' : 'years'}${growth} the recommended portfolio costs ${money(last.cumulativeCostUsd)} in all`;
  const sentences = [
    served > 0 && noApi.length === served
      ? `${total}. No proprietary API is permitted for these use cases, so there is no all-proprietary alternative to compare with.`
      : `${total}, ${compare}.`,
  ];
  return [...sentences, ...pickChanges(rec, p)];
}

/** "From year 4, Clinical note coding moves to …", once per use case and change, in year order. */
function pickChanges(rec: RecommendationV1, p: Projection): string[] {
  const name = (id: string) => rec.useCases.find((u) => u.id === id)?.name ?? id;
  const seen = new Map<string, string | null>();
  const out: string[] = [];
  p.forEach((y, i) => {
    let moved = false;
    for (const c of y.changedPicks) {
      if (seen.has(c.useCaseId) && seen.get(c.useCaseId) === c.optionId) continue;
      seen.set(c.useCaseId, c.optionId);
      moved = true;
      out.push(`From year ${y.year}, as the volume grows, ${name(c.useCaseId)} moves to ${c.label}.`);
    }
    // A cost that falls while the volume grows needs saying: the move is to a cheaper option.
    const before = p[i - 1];
    if (moved && before && y.monthlyCostUsd < before.monthlyCostUsd - 0.5)
      out.push(`The monthly cost then falls to ${money(y.monthlyCostUsd)}, from ${money(before.monthlyCostUsd)} in year ${before.year}.`);
  });
  if (out.length === 0 && p.length > 1) out.push('Every pick stays the same in every year.');
  return out;
}

/**
 * What the baseline is: every use case on its best proprietary option ('api'), that where an API is permitted and
 * the cheapest permitted option elsewhere ('mixed'), or, where no use case may use an API, the cheapest permitted
 * options ('none').
 */
export type BaselineKind = 'api' | 'mixed' | 'none';

export function baselineKind(rec: RecommendationV1): BaselineKind {
  const without = useCasesWithoutApi(rec).length;
  if (without === 0) return 'api';
  return without === rec.useCases.filter((u) => u.recommended).length ? 'none' : 'mixed';
}

/** The words for each kind of baseline: the summary's figure, the chart's line, the table's column and its note. */
const BASELINE_WORDS: Record<BaselineKind, { label: string; series: string; column: string; note: string }> = {
  api: {
    label: 'All on proprietary APIs',
    series: 'Baseline (all proprietary)',
    column: 'Baseline',
    note: 'Baseline: every use case on the best proprietary option, summed the same way.',
  },
  mixed: {
    label: 'Proprietary APIs where permitted',
    series: 'Baseline (proprietary where permitted)',
    column: 'Baseline',
    note: 'Baseline: every use case on the best proprietary option where one is permitted, on its cheapest permitted option where none is, summed the same way.',
  },
  none: {
    label: 'Cheapest permitted options (no API permitted)',
    series: 'Cheapest permitted options (no API permitted)',
    column: 'Cheapest permitted',
    note: 'Cheapest permitted: every use case on its cheapest permitted option, summed the same way (no proprietary API is permitted for these use cases).',
  },
};

/** The projection chart's name for its baseline line. */
export function projectionBaselineSeries(rec: RecommendationV1): string {
  return BASELINE_WORDS[baselineKind(rec)].series;
}

export interface ProjectionTable {
  columns: string[];
  /** Year, monthly cost, cumulative cost and the baseline's cumulative cost. */
  rows: string[][];
  /** Under the table: what the baseline column is, and that each year is recommended again. */
  note: string;
}

/**
 * The projection as a table, the same on the page, in the PDF and in the Markdown. The last column is named for
 * what it holds: where no use case may use a proprietary API it is not an "all-proprietary" baseline.
 * @example projectionTable(rec).columns // ['Year', 'A month', 'Cumulative', 'Baseline']
 */
export function projectionTable(rec: RecommendationV1): ProjectionTable {
  const words = BASELINE_WORDS[baselineKind(rec)];
  return {
    columns: ['Year', 'A month', 'Cumulative', words.column],
    rows: (rec.portfolio.projection ?? []).map((y) => [
      String(y.year),
      money(y.monthlyCostUsd),
      money(y.cumulativeCostUsd),
      money(y.cumulativeAllProprietaryCostUsd),
    ]),
    note: `${words.note} Each year is recommended again at its volume.`,
  };
}

/**
 * The baseline figure's name: what it is where some or all use cases may not use a proprietary API (it then prices
 * them at their cheapest permitted option).
 * @example baselineLabel(recOfAnAirGappedTeam) // 'Cheapest permitted options (no API permitted)'
 */
export function baselineLabel(rec: RecommendationV1): string {
  return BASELINE_WORDS[baselineKind(rec)].label;
}

/**
 * The use cases with a pick for which no proprietary API is permitted: the all-proprietary baseline prices them at
 * the cheapest permitted option instead.
 * @example useCasesWithoutApi(rec).map((u) => u.name) // ['Customs documents']
 */
export function useCasesWithoutApi(rec: RecommendationV1): RecommendationV1['useCases'] {
  return rec.useCases.filter((u) => u.recommended && ![u.recommended, ...u.alternatives].some((c) => c.weights === 'closed'));
}
