/**
 * Chart geometry shared by the results page (React SVG) and the PDF (@react-pdf/renderer Svg/Path): data and a
 * size in, plain numbers and SVG path strings out. No renderer here, so both draw exactly the same picture.
 */
import { scaleBand, scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { moneyShown, type Currency } from './format';

export interface ChartSize {
  width: number;
  height: number;
}

/** A tick on an axis: its value, its label and where it sits along the axis, in pixels. */
export interface Tick {
  value: number;
  label: string;
  position: number;
}

/** The plot area inside the chart's margins. */
export interface PlotArea {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A cost curve as the engine's `costCurves` returns it (only what the geometry reads). */
export interface CurveInput {
  optionId: string;
  label: string;
  deployment: string;
  points: readonly { tokens: number; monthlyCostUsd: number }[];
}

export interface CurveLine {
  optionId: string;
  label: string;
  deployment: string;
  /** SVG path data. */
  d: string;
  /** Drawn as steps (self-hosted capacity comes in whole replicas). */
  step: boolean;
  /** Where the line meets the volume marker, and the cost there. */
  atVolume: { x: number; y: number; monthlyCostUsd: number } | null;
}

/** Where two curves cross: the volume at which the cheaper of the two changes. */
export interface BreakEven {
  x: number;
  y: number;
  tokens: number;
  monthlyCostUsd: number;
  between: [string, string];
}

export interface CostChartGeometry {
  width: number;
  height: number;
  plot: PlotArea;
  xTicks: Tick[];
  yTicks: Tick[];
  lines: CurveLine[];
  volume: { tokens: number; x: number };
  breakEvens: BreakEven[];
}

type Point = [number, number];

const COST_MARGIN = { top: 28, right: 16, bottom: 44, left: 60 };
const path = line<Point>().digits(2);

/** Up to three significant digits and a unit suffix. @example compact(2.5e9, [[1e9, 'B']]) // '2.5B' */
function compact(n: number, units: readonly [number, string][]): string {
  for (const [size, suffix] of units) {
    if (Math.abs(n) >= size) return `${Number((n / size).toPrecision(3))}${suffix}`;
  }
  return String(Number(n.toPrecision(3)));
}

/** A token count for an axis. @example tokensLabel(1e9) // '1B' */
export function tokensLabel(tokens: number): string {
  return compact(tokens, [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ]);
}

const SYMBOL: Record<Currency, string> = { USD: '$', EUR: '€', GBP: '£' };

/** An amount already in the currency shown, for an axis. @example shownLabel(10000) // '$10k' */
function shownLabel(amount: number): string {
  return `${SYMBOL[moneyShown().currency]}${compact(amount, [
    [1e9, 'bn'],
    [1e6, 'M'],
    [1e3, 'k'],
  ])}`;
}

/** An amount of US dollars for an axis, in the currency shown. @example usdLabel(10000) // '$10k' */
export function usdLabel(usd: number): string {
  return shownLabel(usd * moneyShown().perUsd);
}

/**
 * Powers of ten within [lo, hi], thinned to at most `max` by keeping every second or third.
 * @example powersOfTen(5, 2000) // [10, 100, 1000]
 */
export function powersOfTen(lo: number, hi: number, max = 6): number[] {
  const out: number[] = [];
  for (let e = Math.ceil(Math.log10(lo) - 1e-9); e <= Math.floor(Math.log10(hi) + 1e-9); e += 1) out.push(10 ** e);
  const every = Math.ceil(out.length / max);
  return out.filter((_, i) => (out.length - 1 - i) % every === 0);
}

/** The y domain: whole decades around every cost, so each end of the axis carries a tick. */
function costDomain(curves: readonly CurveInput[]): [number, number] {
  const costs = curves.flatMap((c) => c.points.map((p) => p.monthlyCostUsd)).filter((v) => v > 0);
  if (costs.length === 0) return [1, 10];
  const lo = 10 ** Math.floor(Math.log10(Math.min(...costs)));
  // Headroom: a line within a factor of 1.5 of the top ran along the plot's edge and looked cut off.
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...costs) * 1.5));
  return [lo, hi > lo ? hi : lo * 10];
}

function tokenDomain(curves: readonly CurveInput[], volume: number): [number, number] {
  const tokens = curves.flatMap((c) => c.points.map((p) => p.tokens)).filter((v) => v > 0);
  return tokens.length > 0 ? [Math.min(...tokens), Math.max(...tokens)] : [volume / 100, volume * 100];
}

/** The vertices a line passes through; a step line changes level halfway (on the log axis) between samples. */
function vertices(points: readonly Point[], step: boolean): Point[] {
  if (!step) return [...points];
  return points.flatMap((p, i): Point[] => {
    const next = points[i + 1];
    if (!next) return [p];
    const mid = (p[0] + next[0]) / 2;
    return [p, [mid, p[1]], [mid, next[1]]];
  });
}

/** Where segments a-b and c-d cross, if they do. */
function crossing(a: Point, b: Point, c: Point, d: Point): Point | null {
  const r: Point = [b[0] - a[0], b[1] - a[1]];
  const s: Point = [d[0] - c[0], d[1] - c[1]];
  const denom = r[0] * s[1] - r[1] * s[0];
  if (Math.abs(denom) < 1e-12) return null;
  const t = ((c[0] - a[0]) * s[1] - (c[1] - a[1]) * s[0]) / denom;
  const u = ((c[0] - a[0]) * r[1] - (c[1] - a[1]) * r[0]) / denom;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return [a[0] + t * r[0], a[1] + t * r[1]];
}

/** Every point where two polylines cross, left to right, without repeats at shared vertices. */
export function polylineCrossings(p: readonly Point[], q: readonly Point[]): Point[] {
  const found: Point[] = [];
  for (let i = 0; i + 1 < p.length; i += 1) {
    for (let j = 0; j + 1 < q.length; j += 1) {
      const hit = crossing(p[i] as Point, p[i + 1] as Point, q[j] as Point, q[j + 1] as Point);
      if (hit && !found.some((f) => Math.abs(f[0] - hit[0]) < 0.5 && Math.abs(f[1] - hit[1]) < 0.5)) found.push(hit);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** The polyline's y at x, between the vertices either side. */
function yAt(poly: readonly Point[], x: number): number | null {
  for (let i = 0; i + 1 < poly.length; i += 1) {
    const [a, b] = [poly[i] as Point, poly[i + 1] as Point];
    if (b[0] > a[0] && x >= a[0] && x <= b[0]) return a[1] + ((x - a[0]) / (b[0] - a[0])) * (b[1] - a[1]);
  }
  return null;
}

/**
 * Monthly cost against monthly tokens, both on log scales: ticks on powers of ten, one line per curve (self-hosted
 * drawn as steps), the use case's volume marked, and the points where two lines cross (break-even volumes).
 * @example costChartGeometry(curves, 2e9, { width: 640, height: 320 }).xTicks.map((t) => t.label) // ['100M', '1B', '10B', '100B']
 */
export function costChartGeometry(curves: readonly CurveInput[], volume: number, size: ChartSize): CostChartGeometry {
  const plot = {
    left: COST_MARGIN.left,
    top: COST_MARGIN.top,
    right: size.width - COST_MARGIN.right,
    bottom: size.height - COST_MARGIN.bottom,
  };
  const [xLo, xHi] = tokenDomain(curves, volume);
  const [yLo, yHi] = costDomain(curves);
  const rate = moneyShown().perUsd;
  const x = scaleLog().domain([xLo, xHi]).range([plot.left, plot.right]);
  const y = scaleLog().domain([yLo, yHi]).range([plot.bottom, plot.top]).clamp(true);
  const polys = curves.map((c) =>
    vertices(
      c.points.map((p): Point => [x(p.tokens), y(Math.max(p.monthlyCostUsd, yLo))]),
      c.deployment === 'self-hosted',
    ),
  );
  const volumeX = x(volume);
  const lines = curves.map((c, i): CurveLine => {
    const poly = polys[i] ?? [];
    const vy = yAt(poly, volumeX);
    const exact = c.points.find((p) => Math.abs(p.tokens / volume - 1) < 1e-9);
    return {
      optionId: c.optionId,
      label: c.label,
      deployment: c.deployment,
      d: path(poly) ?? '',
      step: c.deployment === 'self-hosted',
      atVolume: vy === null ? null : { x: volumeX, y: vy, monthlyCostUsd: exact?.monthlyCostUsd ?? y.invert(vy) },
    };
  });
  const breakEvens = curves.flatMap((a, i) =>
    curves.slice(i + 1).flatMap((b, k) =>
      polylineCrossings(polys[i] ?? [], polys[i + 1 + k] ?? []).map(([bx, by]): BreakEven => ({
        x: bx,
        y: by,
        tokens: x.invert(bx),
        monthlyCostUsd: y.invert(by),
        between: [a.optionId, b.optionId],
      })),
    ),
  );
  return {
    width: size.width,
    height: size.height,
    plot,
    xTicks: powersOfTen(xLo, xHi).map((v) => ({ value: v, label: tokensLabel(v), position: x(v) })),
    // Ticks at round amounts of the currency shown (€10k, not the euros of $10k).
    yTicks: powersOfTen(yLo * rate, yHi * rate).map((v) => ({ value: v / rate, label: shownLabel(v), position: y(v / rate) })),
    lines,
    volume: { tokens: volume, x: volumeX },
    breakEvens: breakEvens.sort((p, q) => p.x - q.x),
  };
}

/** Crossings of one pair of curves close together, read as one break-even: a step line can cross a straight one
 * several times as it climbs a replica at a time. */
export interface BreakEvenRange {
  between: [string, string];
  fromTokens: number;
  toTokens: number;
  /** The cost at the first crossing. */
  monthlyCostUsd: number;
  crossings: number;
}

/**
 * Groups break-evens by pair, merging crossings within `factor` of each other in tokens.
 * @example breakEvenRanges(g.breakEvens).map((r) => r.crossings) // [3]: one range where the lines cross three times
 */
export function breakEvenRanges(points: readonly BreakEven[], factor = 3): BreakEvenRange[] {
  const ranges: BreakEvenRange[] = [];
  for (const p of [...points].sort((a, b) => a.tokens - b.tokens)) {
    const key = p.between.join('\u0000');
    const open = ranges.findLast((r) => r.between.join('\u0000') === key);
    if (open && p.tokens / open.toTokens <= factor) {
      open.toTokens = p.tokens;
      open.crossings += 1;
    } else {
      ranges.push({ between: p.between, fromTokens: p.tokens, toTokens: p.tokens, monthlyCostUsd: p.monthlyCostUsd, crossings: 1 });
    }
  }
  return ranges;
}

/** One option's scores by dimension. */
export interface ScoreRow {
  id: string;
  label: string;
  values: Readonly<Record<string, number>>;
}

export interface ScoreBar {
  key: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the bar's value label is written (its end), and the text baseline for the bar's labels. */
  valueX: number;
  textY: number;
}

export interface ScoreBarsGeometry {
  width: number;
  height: number;
  /** Where 0 and `max` sit on the x axis. */
  x0: number;
  x1: number;
  ticks: Tick[];
  groups: { id: string; label: string; titleY: number; bars: ScoreBar[] }[];
}

export interface ScoreBarsOptions {
  /** Which values to draw, in order; defaults to the first row's keys. */
  keys?: readonly string[];
  max?: number;
  /** Room on the left for each bar's key label and on the right for its value. */
  labelWidth?: number;
  valueWidth?: number;
}

const TITLE_HEIGHT = 22;

/** A height that gives each bar about 18 px: a title line per group and a gap between groups. */
export function scoreBarsHeight(rowCount: number, keyCount = 4): number {
  return rowCount * (TITLE_HEIGHT + keyCount * 20 + 14);
}

/**
 * Horizontal bars, one group per row (an option) with one bar per key (a dimension), on a shared 0..max scale.
 * @example scoreBarsGeometry([{ id: 'a', label: 'A', values: { quality: 80 } }], { width: 400, height: 60 }).groups[0].bars[0].width // 80% of the scale
 */
export function scoreBarsGeometry(rows: readonly ScoreRow[], size: ChartSize, options: ScoreBarsOptions = {}): ScoreBarsGeometry {
  const keys = options.keys ?? Object.keys(rows[0]?.values ?? {});
  const max = options.max ?? 100;
  const x0 = options.labelWidth ?? 96;
  const x1 = Math.max(x0 + 1, size.width - (options.valueWidth ?? 40));
  const x = scaleLinear().domain([0, max]).range([x0, x1]).clamp(true);
  const group = scaleBand<string>()
    .domain(rows.map((r) => r.id))
    .range([0, size.height])
    .paddingInner(0.12);
  const groups = rows.map((row) => {
    const top = group(row.id) ?? 0;
    const band = scaleBand<string>()
      .domain([...keys])
      .range([top + TITLE_HEIGHT, top + group.bandwidth()])
      .paddingInner(0.25);
    const bars = keys.map((key): ScoreBar => {
      const value = row.values[key] ?? 0;
      const by = band(key) ?? 0;
      const width = x(value) - x0;
      return { key, value, x: x0, y: by, width, height: band.bandwidth(), valueX: x0 + width + 4, textY: by + band.bandwidth() / 2 };
    });
    return { id: row.id, label: row.label, titleY: top + TITLE_HEIGHT - 7, bars };
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ value: f * max, label: String(f * max), position: x(f * max) }));
  return { width: size.width, height: size.height, x0, x1, ticks, groups };
}

/**
 * How each deployment kind's line is drawn, shared with the PDF. Every stroke has at least 3:1 contrast on white
 * (WCAG 1.4.11: 7.3, 4.8 and 6.5), and the dash patterns tell the lines apart without colour.
 */
export const SERIES_STYLE: Readonly<Record<string, { stroke: string; dash: string | null; name: string }>> = {
  api: { stroke: '#1f4fb8', dash: null, name: 'solid' },
  managed: { stroke: '#b35900', dash: '8 4', name: 'dashed' },
  'self-hosted': { stroke: '#1d6b3a', dash: '2 3', name: 'dotted' },
};

/** Bar fills: the recommended option's bars and the others' (7.3:1 and 6.0:1 on white). */
export const BAR_FILL = { recommended: '#1f4fb8', other: '#5b6472' } as const;

/** Text and rules the charts draw: ink for labels and markers, a light grid (decoration only). */
export const CHART_INK = { text: '#1b1f24', muted: '#4a5360', axis: '#6b7480', grid: '#d5d9e0' } as const;

/** One year of the projection as the geometry reads it. */
export interface ProjectionInput {
  year: number;
  cumulativeCostUsd: number;
  cumulativeAllProprietaryCostUsd: number;
}

export interface ProjectionSeries {
  key: 'portfolio' | 'baseline';
  label: string;
  d: string;
  points: { year: number; x: number; y: number; usd: number }[];
}

export interface ProjectionChartGeometry {
  width: number;
  height: number;
  plot: PlotArea;
  xTicks: Tick[];
  yTicks: Tick[];
  series: ProjectionSeries[];
}

const PROJECTION_MARGIN = { top: 28, right: 32, bottom: 28, left: 60 };

/** How the projection chart draws its two series: the recommendation solid, the all-proprietary baseline dashed. */
export const PROJECTION_STYLE = {
  portfolio: { stroke: '#1f4fb8', dash: null },
  baseline: { stroke: '#5b6472', dash: '6 4' },
} as const;

/**
 * The cumulative cost of the recommended portfolio and of the baseline (named by `baseline`), year by year, on a linear scale from zero: where the lines part or cross is where one starts to pay.
 * @example projectionChartGeometry(rec.portfolio.projection, { width: 600, height: 260 }).series.length // 2
 */
export function projectionChartGeometry(
  years: readonly ProjectionInput[],
  size: ChartSize,
  baseline = 'Baseline (all proprietary)',
): ProjectionChartGeometry {
  const plot = {
    left: PROJECTION_MARGIN.left,
    top: PROJECTION_MARGIN.top,
    right: size.width - PROJECTION_MARGIN.right,
    bottom: size.height - PROJECTION_MARGIN.bottom,
  };
  const last = years.at(-1)?.year ?? 1;
  const x = scaleLinear()
    .domain([1, Math.max(2, last)])
    .range([plot.left, plot.right]);
  const top = Math.max(1, ...years.flatMap((y) => [y.cumulativeCostUsd, y.cumulativeAllProprietaryCostUsd]));
  // The scale runs in the currency shown, so that its ticks fall on round amounts of it.
  const rate = moneyShown().perUsd;
  const y = scaleLinear()
    .domain([0, top * rate])
    .nice(5)
    .range([plot.bottom, plot.top]);
  const series = (key: ProjectionSeries['key'], label: string, pick: (p: ProjectionInput) => number): ProjectionSeries => {
    const points = years.map((p) => ({ year: p.year, x: x(p.year), y: y(pick(p) * rate), usd: pick(p) }));
    return { key, label, d: path(points.map((p) => [p.x, p.y])) ?? '', points };
  };
  return {
    width: size.width,
    height: size.height,
    plot,
    xTicks: years.map((p) => ({ value: p.year, label: `Year ${p.year}`, position: x(p.year) })),
    yTicks: y.ticks(5).map((v) => ({ value: v / rate, label: shownLabel(v), position: y(v) })),
    series: [
      series('portfolio', 'Recommended portfolio', (p) => p.cumulativeCostUsd),
      series('baseline', baseline, (p) => p.cumulativeAllProprietaryCostUsd),
    ],
  };
}
