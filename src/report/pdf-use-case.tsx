import { Text, View } from '@react-pdf/renderer';
import { CostChart } from './pdf-charts';
import { Bullets, Facts, H1, H2 } from './pdf-parts';
import type { ReportStyles } from './pdf-styles';
import { PdfTable } from './pdf-table';
import type { UseCaseSection } from './report-model';

interface Props {
  u: UseCaseSection;
  position: string;
  s: ReportStyles;
}

/** One use case on its own pages: what was asked, the pick, the comparison, the charts and the trace. */
export function PdfUseCase({ u, position, s }: Props) {
  return (
    <View>
      <Text style={s.kicker}>{position}</Text>
      <H1 s={s}>{u.name}</H1>
      <Facts s={s} facts={u.facts} />
      <View style={s.verdict} wrap={false}>
        <Text style={s.bold}>{u.verdict}</Text>
        {u.breakdown.length > 0 ? (
          <Text style={s.small}>Scores by dimension: {u.breakdown.map((b) => `${b.label} ${b.value}`).join(' · ')}</Text>
        ) : null}
        {u.weights ? <Text style={s.small}>{u.weights}</Text> : null}
      </View>
      {u.decision.length > 0 ? <Bullets s={s} items={u.decision} /> : null}
      {u.options.rows.length > 0 ? (
        <>
          <PdfTable heading="Options compared" table={u.options} s={s} />
          {u.optionsNote ? <Text style={s.small}>{u.optionsNote}</Text> : null}
        </>
      ) : null}
      {u.charts.cost ? <CostChart title="Cost by monthly volume" chart={u.charts.cost} s={s} /> : null}
      {u.excluded ? <PdfTable heading="Excluded options" table={u.excluded} s={s} /> : null}
      <PdfTable heading={u.reasonsHeading} intro={u.reasonsNote} table={u.reasons} s={s} />
      {u.obligations ? (
        <View wrap={false}>
          <H2 s={s}>Obligations for this use case</H2>
          <Text style={s.p}>{u.obligations}</Text>
        </View>
      ) : null}
      {u.sensitivity ? <PdfTable heading="What would change this" table={u.sensitivity} s={s} /> : null}
    </View>
  );
}
