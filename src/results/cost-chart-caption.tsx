import type { Choice, Deployment } from '../domain';
import { SERIES_STYLE, breakEvenRanges, type BreakEvenRange, type CostChartGeometry } from '../lib/chart-geometry';
import { tokenWords, money } from './format';
import { DEPLOYMENT_LABELS } from './labels';

interface CaptionProps {
  g: CostChartGeometry;
  volume: number;
  recommended: Choice | null;
}

/** A short line in the series' colour and dash pattern, as the legend's key. */
function Swatch({ deployment }: { deployment: string }) {
  const style = SERIES_STYLE[deployment];
  return (
    <svg width={32} height={10} aria-hidden="true" className="swatch">
      <line x1={0} x2={32} y1={5} y2={5} stroke={style?.stroke} strokeWidth={2.5} strokeDasharray={style?.dash ?? undefined} />
    </svg>
  );
}

function rangeText(r: BreakEvenRange, g: CostChartGeometry): string {
  const label = (id: string) => g.lines.find((l) => l.optionId === id)?.label ?? id;
  const pair = `${label(r.between[0])} and ${label(r.between[1])}`;
  if (r.crossings === 1) return `At about ${tokenWords(r.fromTokens)} tokens (${money(r.monthlyCostUsd)} a month) ${pair} cost the same.`;
  const stepped = r.between.some((id) => g.lines.find((l) => l.optionId === id)?.step);
  return `Between about ${tokenWords(r.fromTokens)} and ${tokenWords(r.toTokens)} tokens ${pair} cross ${r.crossings} times${
    stepped ? ', as self-hosted capacity grows a replica at a time' : ''
  }.`;
}

/** Says when the recommendation's own cost is not the chart's: it shares a self-hosted deployment. */
function PooledNote({ g, recommended }: Omit<CaptionProps, 'volume'>) {
  const line = g.lines.find((l) => l.optionId === recommended?.optionId);
  if (!recommended || recommended.deployment !== 'self-hosted' || !line?.atVolume) return null;
  if (Math.abs(line.atVolume.monthlyCostUsd - recommended.monthlyCostUsd) < 0.01 * recommended.monthlyCostUsd) return null;
  return (
    <p>
      The recommendation's own figure, {money(recommended.monthlyCostUsd)} a month, is its share of a self-hosted deployment sized for every
      use case placed on {recommended.model}.
    </p>
  );
}

/** The chart's key figures in text: each line's cost at the user's volume and where lines cross. */
export function CostChartCaption({ g, volume, recommended }: CaptionProps) {
  const ranges = breakEvenRanges(g.breakEvens);
  return (
    <figcaption>
      <p>
        Monthly cost of the best-ranked option of each kind, each costed on its own (no GPUs shared with other use cases). At your volume of
        about {tokenWords(volume)} tokens a month:
      </p>
      <ul className="chart-legend">
        {g.lines.map((l) => (
          <li key={l.optionId}>
            <Swatch deployment={l.deployment} /> {DEPLOYMENT_LABELS[l.deployment as Deployment] ?? l.deployment} (
            {SERIES_STYLE[l.deployment]?.name} line), {l.label}:{' '}
            <strong>{l.atVolume ? `${money(l.atVolume.monthlyCostUsd)} a month` : 'off the chart'}</strong>
          </li>
        ))}
      </ul>
      <PooledNote g={g} recommended={recommended} />
      {ranges.length > 0 ? (
        <ul className="break-evens">
          {ranges.map((r) => (
            <li key={`${r.between.join('-')}-${r.fromTokens}`}>
              <span aria-hidden="true" className="ring" /> {rangeText(r, g)}
            </li>
          ))}
        </ul>
      ) : (
        <p>The lines do not cross between a hundredth and a hundred times your volume.</p>
      )}
    </figcaption>
  );
}
