import { Circle, G, Line, Path, Svg, Text, View } from '@react-pdf/renderer';
import { CURRENCY_NAMES } from '../lib/currency';
import { moneyShown } from '../lib/format';
import {
  PROJECTION_STYLE,
  costChartGeometry,
  projectionChartGeometry,
  type PlotArea,
  type ProjectionInput,
  type Tick,
} from '../lib/chart-geometry';
import { RUNS_AS } from './labels';
import { REPORT_FONT } from './pdf-fonts';
import { CONTENT_WIDTH, INK, LINE, MUTED, type ReportStyles } from './pdf-styles';
import type { UseCaseCharts } from './report-model';

/** Okabe-Ito colours (safe for colour-blind readers), plus a dash so the kinds differ in grey print too. */
const KIND: Record<string, { color: string; dash?: string }> = {
  api: { color: '#0072b2' },
  managed: { color: '#d55e00', dash: '5 2' },
  'self-hosted': { color: '#009e73', dash: '2 1.5' },
};
const kind = (deployment: string) => KIND[deployment] ?? { color: INK };
/** SVG text does not inherit the page's font: each label names it. */
const font = { fontFamily: REPORT_FONT, fontSize: 7 };

/** Horizontal grid lines with their labels on the left: the y axis of both line charts. */
function YGrid({ ticks, plot }: { ticks: readonly Tick[]; plot: PlotArea }) {
  return (
    <G>
      {ticks.map((t) => (
        <G key={`y${t.value}`}>
          <Line x1={plot.left} x2={plot.right} y1={t.position} y2={t.position} stroke={LINE} strokeWidth={0.5} />
          <Text x={plot.left - 5} y={t.position + 2.5} fill={MUTED} textAnchor="end" style={font}>
            {t.label}
          </Text>
        </G>
      ))}
    </G>
  );
}

/** A line sample and its label, for a chart's legend. */
function LegendItem({ color, dash, label, s }: { color: string; dash: string | undefined; label: string; s: ReportStyles }) {
  return (
    <View style={s.legendItem}>
      <Svg width={16} height={6} viewBox="0 0 16 6">
        <Line x1={0} x2={16} y1={3} y2={3} stroke={color} strokeWidth={1.6} strokeDasharray={dash} />
      </Svg>
      <Text style={[s.small, { marginLeft: 4 }]}>{label}</Text>
    </View>
  );
}

function Axes({ g }: { g: ReturnType<typeof costChartGeometry> }) {
  const { plot } = g;
  return (
    <G>
      <YGrid ticks={g.yTicks} plot={plot} />
      {g.xTicks.map((t) => (
        <G key={`x${t.value}`}>
          <Line x1={t.position} x2={t.position} y1={plot.top} y2={plot.bottom} stroke={LINE} strokeWidth={0.5} />
          <Text x={t.position} y={plot.bottom + 11} fill={MUTED} textAnchor="middle" style={font}>
            {t.label}
          </Text>
        </G>
      ))}
      <Line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={MUTED} strokeWidth={0.75} />
      <Line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke={MUTED} strokeWidth={0.75} />
      <Text x={(plot.left + plot.right) / 2} y={plot.bottom + 26} fill={INK} textAnchor="middle" style={font}>
        Tokens a month
      </Text>
      <Text x={2} y={plot.top - 14} fill={INK} style={font}>
        {unitWords()} a month
      </Text>
    </G>
  );
}

/** The currency shown, as an axis title starts: "US dollars", "Euros". */
const unitWords = () => {
  const words = CURRENCY_NAMES[moneyShown().currency];
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Monthly cost against volume, one line per deployment kind, drawn as vectors from the shared geometry. */
export function CostChart({ title, chart, s }: { title: string; chart: NonNullable<UseCaseCharts['cost']>; s: ReportStyles }) {
  const g = costChartGeometry(chart.curves, chart.volume, { width: CONTENT_WIDTH, height: 170 });
  const { plot } = g;
  return (
    <View wrap={false}>
      <Text style={s.h2}>{title}</Text>
      <Svg width={g.width} height={g.height} viewBox={`0 0 ${g.width} ${g.height}`}>
        <Axes g={g} />
        {g.lines.map((l) => (
          <Path
            key={l.optionId}
            d={l.d}
            stroke={kind(l.deployment).color}
            strokeWidth={1.8}
            fill="none"
            strokeDasharray={kind(l.deployment).dash}
          />
        ))}
        <Line x1={g.volume.x} x2={g.volume.x} y1={plot.top} y2={plot.bottom} stroke={INK} strokeWidth={0.75} strokeDasharray="3 2" />
        {/* Above the plot, under the axis title, where no line can run through it. */}
        <Text x={g.volume.x} y={plot.top - 3} fill={INK} textAnchor="middle" style={font}>
          This use case
        </Text>
        {g.breakEvens.map((b) => (
          <Circle key={`${b.between.join()}-${b.x}`} cx={b.x} cy={b.y} r={2.2} fill="#ffffff" stroke={INK} strokeWidth={0.75} />
        ))}
        {g.lines.map((l) =>
          l.atVolume ? <Circle key={`v${l.optionId}`} cx={l.atVolume.x} cy={l.atVolume.y} r={2.4} fill={kind(l.deployment).color} /> : null,
        )}
      </Svg>
      <View style={s.legend}>
        {g.lines.map((l) => (
          <LegendItem
            key={l.optionId}
            color={kind(l.deployment).color}
            dash={kind(l.deployment).dash}
            label={`${RUNS_AS[l.deployment as keyof typeof RUNS_AS] ?? l.deployment}: ${l.label}`}
            s={s}
          />
        ))}
      </View>
      <Text style={s.caption}>{chart.caption}</Text>
      {chart.breakEvens.length > 0 ? <Text style={s.caption}>Break-even (open circles): {chart.breakEvens.join(' ')}</Text> : null}
    </View>
  );
}

/** The cumulative cost of the portfolio against its baseline, year by year, from the shared geometry. */
export function ProjectionChart({ years, baseline, s }: { years: ProjectionInput[]; baseline: string; s: ReportStyles }) {
  const g = projectionChartGeometry(years, { width: CONTENT_WIDTH, height: 170 }, baseline);
  const { plot } = g;
  return (
    <View wrap={false}>
      <Svg width={g.width} height={g.height} viewBox={`0 0 ${g.width} ${g.height}`}>
        <YGrid ticks={g.yTicks} plot={plot} />
        {g.xTicks.map((t) => (
          <Text key={`x${t.value}`} x={t.position} y={plot.bottom + 11} fill={MUTED} textAnchor="middle" style={font}>
            {t.label}
          </Text>
        ))}
        <Line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={MUTED} strokeWidth={0.75} />
        <Text x={2} y={plot.top - 10} fill={INK} style={font}>
          Cumulative cost, {CURRENCY_NAMES[moneyShown().currency]}
        </Text>
        {g.series.map((line) => (
          <G key={line.key}>
            <Path
              d={line.d}
              stroke={PROJECTION_STYLE[line.key].stroke}
              strokeWidth={1.8}
              fill="none"
              strokeDasharray={PROJECTION_STYLE[line.key].dash ?? undefined}
            />
            {line.points.map((p) => (
              <Circle key={p.year} cx={p.x} cy={p.y} r={2.2} fill={PROJECTION_STYLE[line.key].stroke} />
            ))}
          </G>
        ))}
      </Svg>
      <View style={s.legend}>
        {g.series.map((line) => (
          <LegendItem
            key={line.key}
            color={PROJECTION_STYLE[line.key].stroke}
            dash={PROJECTION_STYLE[line.key].dash ?? undefined}
            label={line.label}
            s={s}
          />
        ))}
      </View>
    </View>
  );
}
