import type { CostCurve } from '../engine';
import { CHART_INK, SERIES_STYLE, costChartGeometry, type CostChartGeometry } from '../lib/chart-geometry';
import type { Choice } from '../domain';
import { ChartGrid } from './chart-grid';
import { CostChartCaption } from './cost-chart-caption';
import { useElementWidth } from './use-element-width';

interface CostChartProps {
  curves: readonly CostCurve[];
  volume: number;
  name: string;
  recommended: Choice | null;
}

function Axes({ g }: { g: CostChartGeometry }) {
  const { plot } = g;
  return (
    <g className="chart-text">
      <ChartGrid plot={plot} xTicks={g.xTicks} yTicks={g.yTicks} />
      <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke={CHART_INK.axis} />
      <text x={(plot.left + plot.right) / 2} y={g.height - 6} textAnchor="middle" fill={CHART_INK.text}>
        Tokens a month (log scale)
      </text>
      <text x={0} y={12} fill={CHART_INK.text}>
        Cost a month
      </text>
    </g>
  );
}

function Marks({ g }: { g: CostChartGeometry }) {
  const { plot, volume } = g;
  return (
    <>
      <line x1={volume.x} x2={volume.x} y1={plot.top} y2={plot.bottom} stroke={CHART_INK.text} strokeDasharray="3 3" />
      <text x={volume.x} y={plot.top - 8} textAnchor="middle" className="chart-text" fill={CHART_INK.text}>
        Your volume
      </text>
      {g.lines.map((l) => {
        const style = SERIES_STYLE[l.deployment];
        return (
          <path key={l.optionId} d={l.d} fill="none" stroke={style?.stroke} strokeWidth={2.5} strokeDasharray={style?.dash ?? undefined} />
        );
      })}
      {g.lines.map((l) =>
        l.atVolume ? (
          <circle key={l.optionId} cx={l.atVolume.x} cy={l.atVolume.y} r={4} fill={SERIES_STYLE[l.deployment]?.stroke} stroke="#fff" />
        ) : null,
      )}
      {g.breakEvens.map((b) => (
        <circle key={`${b.between.join('-')}-${b.x}`} cx={b.x} cy={b.y} r={5.5} fill="#fff" stroke={CHART_INK.text} strokeWidth={2} />
      ))}
    </>
  );
}

/** Monthly cost against monthly tokens for each deployment kind, log scales, the user's volume and break-evens marked. */
export function CostChart({ curves, volume, name, recommended }: CostChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  if (curves.length === 0) return null;
  const g = costChartGeometry(curves, volume, { width, height: width < 480 ? 260 : 320 });
  const summary = `Line chart for ${name}: monthly cost against monthly tokens on log scales for ${g.lines
    .map((l) => l.label)
    .join(', ')}, with your volume marked. The key figures follow in the caption.`;
  return (
    <figure className="chart cost-chart">
      <div ref={ref} className="chart-frame">
        <svg width={g.width} height={g.height} viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={summary}>
          <Axes g={g} />
          <Marks g={g} />
        </svg>
      </div>
      <CostChartCaption g={g} volume={volume} recommended={recommended} />
    </figure>
  );
}
