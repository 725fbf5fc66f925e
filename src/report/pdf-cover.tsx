import { Image, Page, Text, View } from '@react-pdf/renderer';
import { REPORT_FONT } from './pdf-fonts';
import { INK, MUTED, type ReportStyles } from './pdf-styles';
import type { Cover } from './report-model';

function Line({ label, value }: { label: string; value: string }) {
  return value ? (
    <View style={{ flexDirection: 'row', marginBottom: 6 }}>
      <Text style={{ width: 92, fontSize: 9, color: MUTED }}>{label}</Text>
      <Text style={{ flex: 1, fontSize: 11, color: INK }}>{value}</Text>
    </View>
  ) : null;
}

/**
 * The cover: logo, title, the client and who prepared it when, and (when given) the notice of what the document is
 * and is not, in small print at the foot. No running header or page number here.
 */
export function PdfCover({
  cover,
  accent,
  pack,
  s,
  notice,
}: {
  cover: Cover;
  accent: string;
  pack: string;
  s: ReportStyles;
  notice?: { heading: string; paragraphs: string[] };
}) {
  return (
    <Page size="A4" style={s.cover}>
      <View style={{ width: 14, backgroundColor: accent }} />
      <View style={{ flex: 1, paddingTop: 64, paddingBottom: 56, paddingHorizontal: 52, justifyContent: 'space-between' }}>
        <View style={{ height: 64 }}>
          {cover.logo ? (
            <Image src={cover.logo} style={{ maxHeight: 64, maxWidth: 200, objectFit: 'contain', objectPosition: 'left' }} />
          ) : null}
        </View>
        <View>
          <Text style={{ fontSize: 12, color: MUTED, marginBottom: 10 }}>{cover.title}</Text>
          <Text style={{ fontFamily: REPORT_FONT, fontWeight: 700, fontSize: 30, color: INK, marginBottom: 12 }}>{cover.client}</Text>
          <View style={{ width: 64, height: 3, backgroundColor: accent, marginBottom: 12 }} />
          <Text style={{ fontSize: 12, color: MUTED }}>{cover.subtitle}</Text>
        </View>
        <View>
          <Line label="Prepared for" value={cover.client} />
          <Line label="Prepared by" value={cover.preparedBy} />
          <Line label="Firm" value={cover.firm} />
          <Line label="Date" value={cover.date} />
          <Text style={{ fontSize: 7.5, color: MUTED, marginTop: 18 }}>{pack}</Text>
          {notice ? (
            <View style={{ marginTop: 14, borderTopWidth: 0.5, borderTopColor: MUTED, paddingTop: 6 }}>
              <Text style={{ fontFamily: REPORT_FONT, fontWeight: 700, fontSize: 7.5, color: INK, marginBottom: 2 }}>{notice.heading}</Text>
              {notice.paragraphs.map((p) => (
                <Text key={p} style={{ fontSize: 7.5, color: MUTED, marginBottom: 3 }}>
                  {p}
                </Text>
              ))}
            </View>
          ) : null}
        </View>
      </View>
    </Page>
  );
}
