import { CHART_INK, type PlotArea, type Tick } from '../lib/chart-geometry';

/** The grid both line charts share: horizontal lines with their labels, the x labels and the x axis. */
export function ChartGrid({ plot, xTicks, yTicks }: { plot: PlotArea; xTicks: readonly Tick[]; yTicks: readonly Tick[] }) {
  return (
    <>
      {yTicks.map((t) => (
        <g key={t.value}>
          <line x1={plot.left} x2={plot.right} y1={t.position} y2={t.position} stroke={CHART_INK.grid} />
          <text x={plot.left - 6} y={t.position} dy="0.35em" textAnchor="end" fill={CHART_INK.muted}>
            {t.label}
          </text>
        </g>
      ))}
      {xTicks.map((t) => (
        <text key={t.value} x={t.position} y={plot.bottom + 16} textAnchor="middle" fill={CHART_INK.muted}>
          {t.label}
        </text>
      ))}
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={CHART_INK.axis} />
    </>
  );
}
