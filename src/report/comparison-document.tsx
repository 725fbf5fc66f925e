import { Text } from '@react-pdf/renderer';
import type { ComparisonModel } from './comparison-report';
import { Bullets, H1, H2, PdfDocument } from './pdf-parts';
import { PdfCover } from './pdf-cover';
import { reportStyles } from './pdf-styles';
import { PdfTable } from './pdf-table';
import { SectionPage } from './report-document';

/** The comparison as a PDF: the cover, then the headline and the tables, the rule packs and the disclaimer. */
export function ComparisonDocument({ model }: { model: ComparisonModel }) {
  const s = reportStyles(model.accent);
  return (
    <PdfDocument meta={model.meta}>
      <PdfCover cover={model.cover} accent={model.accent} pack={model.packLine} s={s} />
      <SectionPage model={model} s={s}>
        <H1 s={s}>{model.cover.title}</H1>
        <Bullets s={s} items={model.sentences} />
        {model.sections.map((section) => (
          <SectionBlock key={section.title} section={section} s={s} />
        ))}
        <H2 s={s}>Rule packs</H2>
        <Bullets s={s} items={model.rulePacks} />
        <H2 s={s}>Disclaimer</H2>
        {model.disclaimer.map((p) => (
          <Text key={p} style={s.p}>
            {p}
          </Text>
        ))}
      </SectionPage>
    </PdfDocument>
  );
}

function SectionBlock({ section, s }: { section: ComparisonModel['sections'][number]; s: ReturnType<typeof reportStyles> }) {
  return (
    <>
      <H2 s={s}>{section.title}</H2>
      {section.note ? <Text style={s.p}>{section.note}</Text> : null}
      {section.table ? <PdfTable table={section.table} s={s} /> : null}
      {section.items ? <Bullets s={s} items={section.items} /> : null}
    </>
  );
}
