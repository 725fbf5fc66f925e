import type { UseCaseResult } from '../domain';
import { BAR_FILL, CHART_INK, scoreBarsGeometry, scoreBarsHeight, type ScoreRow } from '../lib/chart-geometry';
import { DIMENSIONS } from './labels';
import { rankedChoices } from './options-table';
import { useElementWidth } from './use-element-width';

/** How many options the chart compares: the recommendation and the next two. */
const SHOWN = 3;

/** Cuts a label that would run off the chart; the table beside it has the full name. */
function fit(label: string, width: number): string {
  const room = Math.floor(width / 7.2);
  return label.length > room ? `${label.slice(0, room - 1)}…` : label;
}

/** The score breakdown of the top options as bars: one group per option, one bar per dimension. */
export function ScoreBars({ u }: { u: UseCaseResult }) {
  const [ref, width] = useElementWidth<HTMLDivElement>(480);
  const choices = rankedChoices(u).slice(0, SHOWN);
  if (choices.length === 0) return null;
  const rows: ScoreRow[] = choices.map((c) => ({ id: c.optionId, label: c.label, values: c.scoreBreakdown }));
  const height = scoreBarsHeight(rows.length);
  const g = scoreBarsGeometry(rows, { width, height }, { keys: DIMENSIONS.map((d) => d.id), labelWidth: 88 });
  const names = choices.map((c) => c.label).join(', ');
  return (
    <figure className="chart score-chart">
      <div ref={ref} className="chart-frame">
        <svg
          width={g.width}
          height={g.height}
          viewBox={`0 0 ${g.width} ${g.height}`}
          role="img"
          aria-label={`Bar chart of the quality, cost, control and feasibility scores of ${names}. The figures are in the table of scores.`}
        >
          {g.ticks.map((t) => (
            <line key={t.value} x1={t.position} x2={t.position} y1={0} y2={g.height} stroke={CHART_INK.grid} />
          ))}
          {g.groups.map((group, i) => (
            <g key={group.id}>
              <text x={0} y={group.titleY} className="chart-title-text" fill={CHART_INK.text}>
                {fit(i === 0 && u.recommended ? `${group.label} (recommended)` : group.label, g.width)}
              </text>
              {group.bars.map((bar) => (
                <g key={bar.key}>
                  <text x={g.x0 - 8} y={bar.textY} dy="0.35em" textAnchor="end" className="chart-text" fill={CHART_INK.muted}>
                    {DIMENSIONS.find((d) => d.id === bar.key)?.label ?? bar.key}
                  </text>
                  <rect
                    x={bar.x}
                    y={bar.y}
                    width={bar.width}
                    height={bar.height}
                    fill={i === 0 && u.recommended ? BAR_FILL.recommended : BAR_FILL.other}
                  />
                  <text x={bar.valueX} y={bar.textY} dy="0.35em" className="chart-text" fill={CHART_INK.text}>
                    {bar.value}
                  </text>
                </g>
              ))}
            </g>
          ))}
        </svg>
      </div>
      <figcaption>
        Score breakdown of the {choices.length === 1 ? 'only eligible option' : `top ${choices.length} options`}, each dimension out of 100.
      </figcaption>
    </figure>
  );
}
