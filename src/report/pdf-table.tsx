import { Text, View } from '@react-pdf/renderer';
import type { Table } from './report-model';
import type { ReportStyles } from './pdf-styles';

/**
 * A table that breaks across pages between rows, never inside one (each row is wrap={false}), under its heading and
 * introduction when it has them, which stay on a page with the header and the first row.
 */
export function PdfTable({ table, s, heading, intro }: { table: Table; s: ReportStyles; heading?: string; intro?: string }) {
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
  const [first, ...rest] = table.rows;
  return (
    <View style={s.table}>
      {/* The heading, the header and the first row stay together: a heading never ends a page alone. */}
      <View wrap={false}>
        {heading ? <Text style={s.h2}>{heading}</Text> : null}
        {intro ? <Text style={[s.small, s.p]}>{intro}</Text> : null}
        <View style={[s.th, s.tableTop]}>
          {table.columns.map((c, i) => (
            <Text key={c.header} style={[s.thText, { width: width(i), textAlign: align(i) }]}>
              {c.header}
            </Text>
          ))}
        </View>
        {first ? row(first, 0) : null}
      </View>
      {rest.map((r, i) => row(r, i + 1))}
    </View>
  );
}
