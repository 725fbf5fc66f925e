import { Text, View } from '@react-pdf/renderer';
import type { Table } from './report-model';
import type { ReportStyles } from './pdf-styles';

/**
 * A table that breaks across pages between rows, never inside one (each row is wrap={false}), under its heading and
 * introduction when it has them, which stay on a page with the header and the first row.
 */
export function PdfTable({
  table,
  s,
  heading,
  intro,
  across = 1,
}: {
  table: Table;
  s: ReportStyles;
  heading?: string;
  intro?: string;
  /**
   * 2: two rows side by side, in reading order (left, then right), for a long reference table of short rows whose
   * notes are not shown. 1 (the default): one row a line.
   */
  across?: 1 | 2;
}) {
  if (across === 2) return <PdfTableTwoUp table={table} s={s} heading={heading} intro={intro} />;
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

/** Each half's share of the width; what is left is the gap between the halves. */
const HALF = 0.48;

/** PdfTable with two rows a line (the rows' notes are left out): each half has the table's columns at half width. */
function PdfTableTwoUp({
  table,
  s,
  heading,
  intro,
}: {
  table: Table;
  s: ReportStyles;
  heading?: string | undefined;
  intro?: string | undefined;
}) {
  const width = (i: number) => `${(table.columns[i]?.width ?? 0) * HALF * 100}%`;
  const gap = <View style={{ width: `${(1 - 2 * HALF) * 100}%` }} />;
  const dense = table.dense ? { fontSize: 7.5, paddingVertical: 1.5 } : {};
  const half = (r: Table['rows'][number] | undefined, side: string) =>
    table.columns.map((c, i) => (
      <Text key={`${side}${c.header}`} style={[s.td, { width: width(i), textAlign: c.align ?? 'left' }, dense, r?.strong ? s.bold : {}]}>
        {r?.cells[i] ?? ''}
      </Text>
    ));
  const pairs: [Table['rows'][number], Table['rows'][number] | undefined][] = [];
  for (let i = 0; i < table.rows.length; i += 2) pairs.push([table.rows[i] as Table['rows'][number], table.rows[i + 1]]);
  const line = ([left, right]: (typeof pairs)[number], key: number) => (
    <View key={key} style={s.tr} wrap={false}>
      <View style={s.cells}>
        {half(left, 'l')}
        {gap}
        {half(right, 'r')}
      </View>
    </View>
  );
  const headers = (side: string) =>
    table.columns.map((c, i) => (
      <Text key={`${side}${c.header}`} style={[s.thText, { width: width(i), textAlign: c.align ?? 'left' }]}>
        {c.header}
      </Text>
    ));
  const [first, ...rest] = pairs;
  return (
    <View style={s.table}>
      <View wrap={false}>
        {heading ? <Text style={s.h2}>{heading}</Text> : null}
        {intro ? <Text style={[s.small, s.p]}>{intro}</Text> : null}
        <View style={[s.th, s.tableTop]}>
          {headers('l')}
          {gap}
          {headers('r')}
        </View>
        {first ? line(first, 0) : null}
      </View>
      {rest.map((p, i) => line(p, i + 1))}
    </View>
  );
}
