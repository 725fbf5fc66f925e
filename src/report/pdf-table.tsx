import { Text, View } from '@react-pdf/renderer';
import type { Table } from './report-model';
import type { ReportStyles } from './pdf-styles';

/**
 * A table that breaks across pages between rows, never inside one (each row is wrap={false}), under its heading when
 * it has one.
 */
export function PdfTable({ table, s, heading }: { table: Table; s: ReportStyles; heading?: string }) {
  const width = (i: number) => `${(table.columns[i]?.width ?? 0) * 100}%`;
  const align = (i: number) => table.columns[i]?.align ?? 'left';
  const dense = table.dense ? { fontSize: 7.5, paddingVertical: 1.5 } : {};
  const size = (i: number) => (table.columns[i]?.small ? { fontSize: 7.5, paddingTop: table.dense ? 1.5 : 3.8 } : dense);
  const row = (r: Table['rows'][number], key: number) => (
    <View key={key} style={s.tr} wrap={false}>
      <View style={s.cells}>
        {r.cells.map((c, i) => (
          <Text key={i} style={[s.td, { width: width(i), textAlign: align(i) }, size(i), r.strong ? s.bold : {}]}>
            {c}
          </Text>
        ))}
      </View>
      {r.note ? <Text style={s.rowNote}>{r.note}</Text> : null}
    </View>
  );
  return (
    <View style={s.table}>
      {/*
        No unbreakable block around the heading, the header and the first row: where such a block met the foot of a
        page, react-pdf drew it and the rows after it on top of one another. A heading may now end a page with its
        table on the next.
      */}
      {heading ? <Text style={s.h2}>{heading}</Text> : null}
      <View style={[s.th, s.tableTop]}>
        {table.columns.map((c, i) => (
          <Text key={c.header} style={[s.thText, { width: width(i), textAlign: align(i) }]}>
            {c.header}
          </Text>
        ))}
      </View>
      {table.rows.map((r, i) => row(r, i))}
    </View>
  );
}
