import { describe, expect, it } from 'vitest';
import {
  SERIES_STYLE,
  BAR_FILL,
  breakEvenRanges,
  costChartGeometry,
  polylineCrossings,
  powersOfTen,
  scoreBarsGeometry,
  tokensLabel,
  usdLabel,
  type CurveInput,
} from '../../src/lib/chart-geometry';

const size = { width: 640, height: 320 };
const volumes = (volume: number, n = 9) => Array.from({ length: n }, (_, i) => volume * 10 ** (-2 + (4 * i) / (n - 1)));

/** A per-token line: $1 per million tokens. */
const perToken = (volume: number): CurveInput => ({
  optionId: 'api',
  label: 'API',
  deployment: 'api',
  points: volumes(volume).map((tokens) => ({ tokens, monthlyCostUsd: tokens / 1e6 })),
});

/** A flat line at $1,000 a month. */
const flat = (volume: number, deployment = 'managed'): CurveInput => ({
  optionId: 'flat',
  label: 'Flat',
  deployment,
  points: volumes(volume).map((tokens) => ({ tokens, monthlyCostUsd: 1000 })),
});

const isPowerOfTen = (v: number) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9;

/** WCAG relative luminance contrast against white. */
function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const l = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return 1.05 / (l + 0.05);
}

describe('costChartGeometry', () => {
  const g = costChartGeometry([perToken(1e9), flat(1e9)], 1e9, size);

  it('puts the ticks of both log axes on powers of ten, inside the plot, left to right and bottom to top', () => {
    expect(g.xTicks.map((t) => t.label)).toEqual(['10M', '100M', '1B', '10B', '100B']);
    expect(g.xTicks.every((t) => isPowerOfTen(t.value))).toBe(true);
    expect(g.yTicks.every((t) => isPowerOfTen(t.value))).toBe(true);
    expect(g.yTicks[0]?.value).toBeLessThanOrEqual(10);
    expect(g.yTicks.at(-1)?.value).toBeGreaterThanOrEqual(1e5);
    expect(g.xTicks[0]?.position).toBeCloseTo(g.plot.left, 6);
    expect(g.xTicks.at(-1)?.position).toBeCloseTo(g.plot.right, 6);
    g.xTicks.slice(1).forEach((t, i) => expect(t.position).toBeGreaterThan(g.xTicks[i]?.position ?? Infinity));
    g.yTicks.slice(1).forEach((t, i) => expect(t.position).toBeLessThan(g.yTicks[i]?.position ?? -Infinity));
    // Equal steps per decade: a log scale.
    const steps = g.xTicks.slice(1).map((t, i) => t.position - (g.xTicks[i]?.position ?? 0));
    for (const s of steps) expect(s).toBeCloseTo(steps[0] ?? 0, 6);
  });

  it('marks the volume where it falls on the token axis', () => {
    const at1B = g.xTicks.find((t) => t.value === 1e9)?.position;
    expect(g.volume).toEqual({ tokens: 1e9, x: at1B });
    const off = costChartGeometry([perToken(2e9)], 2e9, size);
    const [lo, hi] = [off.xTicks.find((t) => t.value === 1e9), off.xTicks.find((t) => t.value === 1e10)];
    const expected = (lo?.position ?? 0) + Math.log10(2) * ((hi?.position ?? 0) - (lo?.position ?? 0));
    expect(off.volume.x).toBeCloseTo(expected, 6);
    for (const line of g.lines) expect(line.atVolume?.x).toBe(g.volume.x);
    expect(g.lines.map((l) => l.atVolume?.monthlyCostUsd)).toEqual([1000, 1000]);
  });

  it('finds the break-even where the lines cross, in tokens and dollars', () => {
    expect(g.breakEvens).toHaveLength(1);
    const [b] = g.breakEvens;
    expect(b?.between).toEqual(['api', 'flat']);
    expect((b?.tokens ?? 0) / 1e9).toBeCloseTo(1, 6);
    expect((b?.monthlyCostUsd ?? 0) / 1000).toBeCloseTo(1, 6);
    expect(b?.x).toBeCloseTo(g.volume.x, 6);
  });

  it('finds no break-even for lines that never cross', () => {
    const high = flat(1e9);
    const above = costChartGeometry(
      [perToken(1e9), { ...high, points: high.points.map((p) => ({ ...p, monthlyCostUsd: 1e7 })) }],
      1e9,
      size,
    );
    expect(above.breakEvens).toEqual([]);
  });

  it('draws a self-hosted curve as steps and finds its crossing on the step it draws', () => {
    const steps = costChartGeometry([perToken(1e9), flat(1e9, 'self-hosted')], 1e9, size);
    const line = steps.lines.find((l) => l.deployment === 'self-hosted');
    expect(line?.step).toBe(true);
    expect(line?.d.startsWith('M')).toBe(true);
    // A flat step line crosses the straight one at the same place as a flat straight line would.
    expect((steps.breakEvens[0]?.tokens ?? 0) / 1e9).toBeCloseTo(1, 6);
  });

  it('gives every line an SVG path through its points', () => {
    for (const line of g.lines) expect(line.d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/);
  });
});

describe('polylineCrossings and breakEvenRanges', () => {
  it('finds each crossing once, even on a shared vertex', () => {
    expect(
      polylineCrossings(
        [
          [0, 0],
          [10, 10],
        ],
        [
          [0, 10],
          [10, 0],
        ],
      ),
    ).toEqual([[5, 5]]);
    expect(
      polylineCrossings(
        [
          [0, 0],
          [5, 5],
          [10, 10],
        ],
        [
          [0, 10],
          [5, 5],
          [10, 0],
        ],
      ),
    ).toEqual([[5, 5]]);
  });

  it('merges crossings of one pair close together into one range', () => {
    const at = (tokens: number, between: [string, string] = ['a', 'b']) => ({ x: 0, y: 0, tokens, monthlyCostUsd: tokens / 1e6, between });
    const ranges = breakEvenRanges([at(4.5e9), at(5.2e9), at(7.4e9), at(9e11), at(5e9, ['a', 'c'])]);
    expect(ranges.map((r) => [r.between.join(), r.fromTokens, r.toTokens, r.crossings])).toEqual([
      ['a,b', 4.5e9, 7.4e9, 3],
      ['a,c', 5e9, 5e9, 1],
      ['a,b', 9e11, 9e11, 1],
    ]);
  });
});

describe('labels and ticks', () => {
  it('writes axis labels short', () => {
    expect([1e6, 1e9, 2.5e9, 1e12].map(tokensLabel)).toEqual(['1M', '1B', '2.5B', '1T']);
    expect([1, 100, 1e4, 1e6].map(usdLabel)).toEqual(['$1', '$100', '$10k', '$1M']);
  });

  it('thins long runs of decades, keeping the top one', () => {
    expect(powersOfTen(5, 2000)).toEqual([10, 100, 1000]);
    expect(powersOfTen(1, 1e9)).toEqual([10, 1e3, 1e5, 1e7, 1e9]);
  });
});

describe('scoreBarsGeometry', () => {
  const rows = [
    { id: 'a', label: 'A', values: { quality: 100, cost: 50, control: 0, feasibility: 25 } },
    { id: 'b', label: 'B', values: { quality: 80, cost: 60, control: 45, feasibility: 90 } },
  ];
  const g = scoreBarsGeometry(rows, { width: 400, height: 240 }, { labelWidth: 100, valueWidth: 40 });

  it('draws one bar per dimension per row, its length proportional to the score', () => {
    expect(g.groups.map((grp) => grp.bars.map((b) => b.key))).toEqual([
      ['quality', 'cost', 'control', 'feasibility'],
      ['quality', 'cost', 'control', 'feasibility'],
    ]);
    const [a] = g.groups;
    expect(a?.bars.map((b) => b.width)).toEqual([260, 130, 0, 65]);
    expect(a?.bars.every((b) => b.x === 100)).toBe(true);
    expect(g.ticks.map((t) => [t.value, t.position])).toEqual([
      [0, 100],
      [25, 165],
      [50, 230],
      [75, 295],
      [100, 360],
    ]);
  });

  it('keeps groups apart and inside the height', () => {
    const [a, b] = g.groups;
    const bottom = (grp: typeof a) => Math.max(...(grp?.bars ?? []).map((bar) => bar.y + bar.height));
    expect(bottom(a)).toBeLessThan(b?.titleY ?? 0);
    expect(bottom(b)).toBeLessThanOrEqual(240);
  });
});

describe('chart colours', () => {
  it('meet the 3:1 non-text contrast on white and differ by dash pattern too', () => {
    for (const style of Object.values(SERIES_STYLE)) expect(contrastOnWhite(style.stroke)).toBeGreaterThanOrEqual(3);
    for (const fill of Object.values(BAR_FILL)) expect(contrastOnWhite(fill)).toBeGreaterThanOrEqual(3);
    const dashes = Object.values(SERIES_STYLE).map((s) => s.dash);
    expect(new Set(dashes).size).toBe(dashes.length);
  });
});
