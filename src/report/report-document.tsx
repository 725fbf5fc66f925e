import { Document, Page, Text, View } from '@react-pdf/renderer';
import { Bullets, Facts, Figures, H1, H2, References } from './pdf-parts';
import { PdfCover } from './pdf-cover';
import { reportStyles, type ReportStyles } from './pdf-styles';
import { PdfTable } from './pdf-table';
import { PdfUseCase } from './pdf-use-case';
import { HEADINGS, type ReportModel } from './report-model';

function Chrome({ model, s }: { model: ReportModel; s: ReportStyles }) {
  return (
    <>
      <View style={s.header} fixed>
        <Text>{model.runningHeader}</Text>
        <Text>{model.cover.firm || model.cover.preparedBy}</Text>
      </View>
      <View style={s.footer} fixed>
        <Text>{model.cover.date}</Text>
        <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
    </>
  );
}

function Summary({ model, s }: { model: ReportModel; s: ReportStyles }) {
  return (
    <View>
      <H1 s={s}>{HEADINGS.summary}</H1>
      <Figures s={s} figures={model.summary.figures} />
      {model.summary.paragraphs.map((p) => (
        <Text key={p} style={s.p}>
          {p}
        </Text>
      ))}
      {model.summary.notes.length > 0 ? (
        <>
          <H2 s={s}>Notes on the portfolio</H2>
          <Bullets s={s} items={model.summary.notes} />
        </>
      ) : null}
      <H2 s={s}>{HEADINGS.portfolio}</H2>
      <PdfTable table={model.portfolio} s={s} />
      <H2 s={s}>{HEADINGS.profile}</H2>
      <PdfTable table={model.profile} s={s} />
    </View>
  );
}

function Obligations({ model, s }: { model: ReportModel; s: ReportStyles }) {
  return (
    <View break>
      <H1 s={s}>{HEADINGS.obligations}</H1>
      <Text style={[s.small, s.p]}>What the organisation takes on with this portfolio, grouped by topic. Tick each off as it is done.</Text>
      {model.obligations.length === 0 ? <Text>The rule pack names no obligations for this portfolio.</Text> : null}
      {model.obligations.map((group) => (
        <View key={group.topic}>
          <H2 s={s}>{group.topic}</H2>
          {group.items.map((item) => (
            <View key={item.ruleId + item.text} style={s.check} wrap={false}>
              <View style={s.box} />
              <View style={{ flex: 1 }}>
                <Text>{item.text}</Text>
                <Text style={s.small}>
                  Applies to: {item.appliesTo} · Rule: {item.ruleId} · Sources: {item.refs}
                </Text>
              </View>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

function Appendix({ model, s }: { model: ReportModel; s: ReportStyles }) {
  return (
    <>
      <View break>
        <H1 s={s}>{HEADINGS.assumptions}</H1>
        <Text style={[s.small, s.p]}>
          Every price and figure in the rule pack’s catalog, with its source (numbered as in the list of sources) and the date it was true. The costs in this report are
          computed from these.
        </Text>
        {model.assumptions.map((g) => (
          <View key={g.title}>
            <H2 s={s}>{g.title}</H2>
            <PdfTable table={g.table} s={s} />
          </View>
        ))}
      </View>
      <View break>
        <H1 s={s}>{HEADINGS.sources}</H1>
        <References s={s} entries={model.sources} />
      </View>
      <View break>
        <H1 s={s}>{HEADINGS.rulePack}</H1>
        <Text style={[s.small, s.p]}>The recommendation was computed with this rule pack. The hash identifies its exact files: the same answers and the same hash give the same result.</Text>
        <Facts s={s} facts={model.rulePack.filter((f) => f.label !== 'SHA-256')} />
        <Text style={s.small}>SHA-256</Text>
        <Text style={s.mono}>{model.rulePack.find((f) => f.label === 'SHA-256')?.value}</Text>
        <View style={{ marginTop: 18 }}>
          <H1 s={s}>{HEADINGS.disclaimer}</H1>
          {model.disclaimer.map((p) => (
            <Text key={p} style={s.p}>
              {p}
            </Text>
          ))}
        </View>
      </View>
    </>
  );
}

/**
 * The PDF report for a document model: cover, summary and portfolio, one section per use case, the obligations
 * checklist, assumptions, sources, the rule pack and the disclaimer. Built-in Helvetica only: nothing is fetched.
 */
export function ReportDocument({ model }: { model: ReportModel }) {
  const s = reportStyles(model.accent);
  const pack = `Rule pack ${model.rulePack.find((f) => f.label === 'Id')?.value ?? ''} ${model.rulePack.find((f) => f.label === 'Version')?.value ?? ''}`;
  const total = model.useCases.length;
  return (
    <Document title={model.meta.title} author={model.meta.author} subject={model.meta.subject} keywords={model.meta.keywords} creator={model.meta.creator} producer={model.meta.creator} language="en">
      <PdfCover cover={model.cover} accent={model.accent} pack={pack} s={s} />
      <Page size="A4" style={s.page} wrap>
        <Chrome model={model} s={s} />
        <Summary model={model} s={s} />
        {model.useCases.map((u, i) => (
          <PdfUseCase key={u.id} u={u} position={`${HEADINGS.useCases}: ${i + 1} of ${total}`} accent={model.accent} s={s} />
        ))}
        <Obligations model={model} s={s} />
        <Appendix model={model} s={s} />
      </Page>
    </Document>
  );
}
