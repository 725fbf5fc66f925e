import type { Answers, RecommendationV1 } from '../domain';
import { CHART_INK, PROJECTION_STYLE, projectionChartGeometry } from '../lib/chart-geometry';
import { projectionBaselineSeries, projectionSentences, projectionTable } from '../lib/projection-words';
import { ChartGrid } from './chart-grid';
import { useElementWidth } from './use-element-width';

/** The multi-year projection: what it adds up to, when a pick changes, a chart of the cumulative cost and its table. */
export function ProjectionSection({ rec, planning }: { rec: RecommendationV1; planning?: Answers['planning'] }) {
  const years = rec.portfolio.projection;
  if (!years || years.length === 0) return null;
  const sentences = projectionSentences(rec, planning);
  const table = projectionTable(rec);
  const baseline = projectionBaselineSeries(rec);
  return (
    <div className="projection">
      <h3>Cost over {years.length} years</h3>
      {sentences.map((s) => (
        <p key={s}>{s}</p>
      ))}
      <ProjectionChart years={years} baseline={baseline} summary={sentences[0] ?? ''} />
      <div className="table-scroll" role="region" aria-label="Cost by year" tabIndex={0}>
        <table className="projection-table">
          <caption className="visually-hidden">
            Cost by year, the recommended portfolio against {baseline.charAt(0).toLowerCase() + baseline.slice(1)}
          </caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map(([year, ...cells]) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                {cells.map((c, i) => (
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="figure-note">{table.note}</p>
    </div>
  );
}

function ProjectionChart({
  years,
  baseline,
  summary,
}: {
  years: NonNullable<RecommendationV1['portfolio']['projection']>;
  baseline: string;
  summary: string;
}) {
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const g = projectionChartGeometry(years, { width, height: 240 }, baseline);
  const { plot } = g;
  return (
    <div ref={ref} className="projection-chart">
      <svg width={g.width} height={g.height} role="img" aria-label={`Cumulative cost by year. ${summary}`}>
        <g className="chart-text">
          <ChartGrid plot={plot} xTicks={g.xTicks} yTicks={g.yTicks} />
          <text x={0} y={12} fill={CHART_INK.text}>
            Cumulative cost
          </text>
        </g>
        {g.series.map((s) => (
          <g key={s.key}>
            <path
              d={s.d}
              fill="none"
              stroke={PROJECTION_STYLE[s.key].stroke}
              strokeWidth={2.5}
              strokeDasharray={PROJECTION_STYLE[s.key].dash ?? undefined}
            />
            {s.points.map((p) => (
              <circle key={p.year} cx={p.x} cy={p.y} r={3.5} fill={PROJECTION_STYLE[s.key].stroke} stroke="#fff" />
            ))}
          </g>
        ))}
      </svg>
      <ul className="chart-legend" aria-hidden="true">
        {g.series.map((s) => (
          <li key={s.key}>
            <svg width="28" height="10">
              <line
                x1="0"
                x2="28"
                y1="5"
                y2="5"
                stroke={PROJECTION_STYLE[s.key].stroke}
                strokeWidth={2.5}
                strokeDasharray={PROJECTION_STYLE[s.key].dash ?? undefined}
              />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
