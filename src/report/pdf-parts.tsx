import { Document, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { ReportStyles } from './pdf-styles';
import type { Figure, ReportModel, SourceEntry } from './report-model';

/** A section heading that does not sit alone at the foot of a page. */
export function H1({ s, children }: { s: ReportStyles; children: ReactNode }) {
  return (
    <Text style={s.h1} minPresenceAhead={80}>
      {children}
    </Text>
  );
}

export function H2({ s, children }: { s: ReportStyles; children: ReactNode }) {
  return (
    <Text style={s.h2} minPresenceAhead={60}>
      {children}
    </Text>
  );
}

export function Bullets({ s, items }: { s: ReportStyles; items: string[] }) {
  return (
    <View>
      {items.map((item) => (
        <View key={item} style={s.bullet} wrap={false}>
          <Text style={s.bulletMark}>•</Text>
          <Text style={s.bulletText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

/** A numbered list: the next steps. */
export function Numbered({ s, items }: { s: ReportStyles; items: string[] }) {
  return (
    <View>
      {items.map((item, i) => (
        <View key={item} style={s.bullet} wrap={false}>
          <Text style={s.bulletMark}>{i + 1}.</Text>
          <Text style={s.bulletText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

/** Key figures in a row under a rule. */
export function Figures({ s, figures }: { s: ReportStyles; figures: Figure[] }) {
  return (
    <View style={s.figures} wrap={false}>
      {figures.map((f) => (
        <View key={f.label} style={s.figure}>
          <Text style={s.figureValue}>{f.value}</Text>
          <Text style={s.figureLabel}>{f.label}</Text>
        </View>
      ))}
    </View>
  );
}

/** Label and value pairs in two columns (or one). */
export function Facts({ s, facts, columns = 2 }: { s: ReportStyles; facts: Figure[]; columns?: 1 | 2 }) {
  return (
    <View style={s.facts}>
      {facts.map((f) => (
        <View key={f.label} style={[s.fact, columns === 1 ? { width: '100%' } : {}]} wrap={false}>
          <Text style={s.factLabel}>{f.label}</Text>
          <Text style={s.factValue}>{f.value}</Text>
        </View>
      ))}
    </View>
  );
}

/** Numbered references, each kept whole on one page. */
export function References({
  s,
  entries,
  size = 8,
  heading,
}: {
  s: ReportStyles;
  entries: SourceEntry[];
  size?: number;
  /** Kept on one page with the first entry: a heading never ends a page alone. */
  heading?: ReactNode;
}) {
  const entry = (e: SourceEntry) => (
    <View key={e.id} style={[s.bullet, { fontSize: size }]} wrap={false}>
      <Text style={{ width: 22, color: s.small.color }}>[{e.ref}]</Text>
      <Text style={s.bulletText}>{e.text}</Text>
    </View>
  );
  const [first, ...rest] = entries;
  return (
    <View>
      <View wrap={false}>
        {heading}
        {first ? entry(first) : null}
      </View>
      {rest.map(entry)}
    </View>
  );
}

/** The PDF document with its metadata (title, author, subject, keywords, creator) and its language. */
export function PdfDocument({ meta, children }: { meta: ReportModel['meta']; children: ReactNode }) {
  return (
    <Document
      title={meta.title}
      author={meta.author}
      subject={meta.subject}
      keywords={meta.keywords}
      creator={meta.creator}
      producer={meta.creator}
      language="en"
    >
      {children}
    </Document>
  );
}
