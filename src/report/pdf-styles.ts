import { StyleSheet } from '@react-pdf/renderer';
import { REPORT_FONT } from './pdf-fonts';

/** Greys with at least 4.5:1 on white (the lightest, MUTED, is about 7:1). */
export const INK = '#1d2939';
export const MUTED = '#475467';
export const LINE = '#d0d5dd';
export const TINT = '#f2f4f7';

/** The page's margins and the width the content has (A4 is 595 × 842 points). */
export const PAGE = { width: 595, margin: 48, top: 64, bottom: 56 };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/**
 * Every style of the report; headings and rules take the (contrast-checked) accent colour.
 * No lineHeight anywhere: @react-pdf/layout 4.x re-resolves an already resolved lineHeight on every page
 * relayout and multiplies it by the font size again (diegomura/react-pdf#3452); long documents then crash.
 */
export function reportStyles(accent: string) {
  return StyleSheet.create({
    page: {
      fontFamily: REPORT_FONT,
      fontSize: 9.5,
      color: INK,
      paddingTop: PAGE.top,
      paddingBottom: PAGE.bottom,
      paddingHorizontal: PAGE.margin,
    },
    cover: { fontFamily: REPORT_FONT, color: INK, padding: 0, flexDirection: 'row' },
    header: {
      position: 'absolute',
      top: 24,
      left: PAGE.margin,
      right: PAGE.margin,
      flexDirection: 'row',
      justifyContent: 'space-between',
      fontSize: 7.5,
      color: MUTED,
      borderBottomWidth: 0.75,
      borderBottomColor: accent,
      paddingBottom: 4,
    },
    footer: {
      position: 'absolute',
      bottom: 24,
      left: PAGE.margin,
      right: PAGE.margin,
      flexDirection: 'row',
      justifyContent: 'space-between',
      fontSize: 7.5,
      color: MUTED,
    },
    h1: {
      fontFamily: REPORT_FONT,
      fontWeight: 700,
      fontSize: 16,
      color: accent,
      marginBottom: 8,
      paddingBottom: 4,
      borderBottomWidth: 1.5,
      borderBottomColor: accent,
    },
    h2: { fontFamily: REPORT_FONT, fontWeight: 700, fontSize: 11.5, color: accent, marginTop: 12, marginBottom: 5 },
    h3: { fontFamily: REPORT_FONT, fontWeight: 700, fontSize: 9.5, color: INK, marginTop: 8, marginBottom: 3 },
    kicker: { fontSize: 8.5, color: MUTED, marginBottom: 3 },
    p: { marginBottom: 6 },
    small: { fontSize: 8, color: MUTED },
    bold: { fontFamily: REPORT_FONT, fontWeight: 700 },
    mono: { fontFamily: 'Courier', fontSize: 8.5 },
    bullet: { flexDirection: 'row', marginBottom: 3 },
    bulletMark: { width: 10, color: accent },
    bulletText: { flex: 1 },
    figures: {
      flexDirection: 'row',
      marginVertical: 8,
      borderTopWidth: 1.5,
      borderTopColor: accent,
      borderBottomWidth: 0.5,
      borderBottomColor: LINE,
    },
    figure: { flex: 1, paddingVertical: 6, paddingRight: 6 },
    figureValue: { fontFamily: REPORT_FONT, fontWeight: 700, fontSize: 14, color: INK },
    figureLabel: { fontSize: 7.5, color: MUTED },
    facts: { flexDirection: 'row', flexWrap: 'wrap', marginBottom: 6 },
    fact: { width: '50%', flexDirection: 'row', paddingVertical: 1.5 },
    factLabel: { width: 104, color: MUTED },
    factValue: { flex: 1, paddingRight: 8 },
    verdict: { backgroundColor: TINT, borderLeftWidth: 3, borderLeftColor: accent, padding: 8, marginVertical: 6 },
    table: { marginBottom: 4 },
    tableTop: { borderTopWidth: 1, borderTopColor: accent },
    th: { flexDirection: 'row', backgroundColor: TINT, borderBottomWidth: 0.5, borderBottomColor: LINE },
    thText: { fontFamily: REPORT_FONT, fontWeight: 700, fontSize: 7.5, color: INK, paddingVertical: 3, paddingHorizontal: 4 },
    tr: { borderBottomWidth: 0.5, borderBottomColor: LINE },
    cells: { flexDirection: 'row' },
    td: { fontSize: 8.5, paddingVertical: 3, paddingHorizontal: 4 },
    rowNote: { fontSize: 7, color: MUTED, paddingHorizontal: 4, paddingBottom: 3 },
    check: { flexDirection: 'row', marginBottom: 6 },
    box: { width: 9, height: 9, borderWidth: 1, borderColor: accent, marginRight: 7, marginTop: 2 },
    phase: { fontFamily: REPORT_FONT, fontWeight: 700, fontSize: 7, color: accent },
    legend: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 2, marginBottom: 2 },
    legendItem: { flexDirection: 'row', alignItems: 'center', marginRight: 12, marginBottom: 2 },
    caption: { fontSize: 7.5, color: MUTED, marginTop: 2, marginBottom: 4 },
  });
}

export type ReportStyles = ReturnType<typeof reportStyles>;
