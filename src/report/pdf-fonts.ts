import { Font } from '@react-pdf/renderer';

/**
 * The report's one typeface. Liberation Sans (SIL OFL 1.1, public/fonts/LICENSE-LiberationSans.txt) has
 * Helvetica's metrics, so the layout is what the built-in Helvetica gave, but it also covers Central European,
 * Turkish, Greek and Cyrillic letters, which the PDF's built-in fonts (Windows-1252 only) cannot print.
 * Bold is `fontWeight: 700` of the same family.
 */
export const REPORT_FONT = 'Liberation Sans';

/** The bundled font files, in public/fonts/: the app serves them from its own origin at /fonts/. */
export const REPORT_FONT_FILES = { regular: 'LiberationSans-Regular.ttf', bold: 'LiberationSans-Bold.ttf' } as const;

let registeredFrom: string | null = null;

/**
 * Registers the report's font with react-pdf, once, before a render. `dir` is where the files are: a path
 * ending in a slash the browser fetches from (`/fonts/`), or a folder in Node (`<repo>/public/fonts/`).
 * react-pdf loads a face only when a document uses it, and embeds only the glyphs the document prints.
 * @example registerReportFonts('/fonts/')
 */
export function registerReportFonts(dir: string): void {
  if (registeredFrom !== null) {
    if (registeredFrom !== dir) throw new Error(`The report font is already registered from ${registeredFrom}`);
    return;
  }
  Font.register({
    family: REPORT_FONT,
    fonts: [
      { src: `${dir}${REPORT_FONT_FILES.regular}`, fontWeight: 400 },
      { src: `${dir}${REPORT_FONT_FILES.bold}`, fontWeight: 700 },
    ],
  });
  registeredFrom = dir;
}
