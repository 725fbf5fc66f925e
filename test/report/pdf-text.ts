import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: string[];
  /** All pages, joined, with runs of white space made single spaces. */
  text: string;
  title: string;
  author: string;
}

const open = (bytes: Uint8Array) =>
  getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;

/** The text and the metadata of a PDF, as a reader's PDF viewer would extract them. */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const doc = await open(bytes);
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(' '));
  }
  const { info } = (await doc.getMetadata()) as { info: { Title?: string; Author?: string } };
  await doc.destroy();
  return { pages, text: pages.join('\n').replace(/\s+/g, ' '), title: info.Title ?? '', author: info.Author ?? '' };
}

export interface PdfFont {
  /** The font's PostScript name as the PDF gives it, with a subset's tag: `ABCDEF+LiberationSans`. */
  name: string;
  /** Whether the PDF carries the font's file (false for the 14 standard fonts a viewer supplies). */
  embedded: boolean;
}

/**
 * Every font the PDF's pages draw text with, by name, as a PDF viewer loads them.
 * @example (await pdfFonts(bytes)).map((f) => f.name) // ['CZZZZZ+LiberationSans', 'DZZZZZ+LiberationSans-Bold']
 */
export async function pdfFonts(bytes: Uint8Array): Promise<PdfFont[]> {
  const doc = await open(bytes);
  const fonts = new Map<string, PdfFont>();
  for (let i = 1; i <= doc.numPages; i += 1) {
    const page = await doc.getPage(i);
    const ops = await page.getOperatorList();
    ops.fnArray.forEach((fn, at) => {
      if (fn !== OPS.setFont) return;
      const font = page.commonObjs.get((ops.argsArray[at] as [string])[0]) as { name: string; missingFile: boolean };
      fonts.set(font.name, { name: font.name, embedded: !font.missingFile });
    });
  }
  await doc.destroy();
  return [...fonts.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Text runs that end beyond the page's right margin (a word too long for its column runs off the page). */
export async function overflowing(bytes: Uint8Array): Promise<string[]> {
  const doc = await open(bytes);
  const out: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const page = await doc.getPage(i);
    const right = page.view[2]! - 20;
    for (const item of (await page.getTextContent()).items)
      if ('str' in item && item.str.trim() !== '' && (item.transform[4] as number) + item.width > right) out.push(`page ${i}: ${item.str}`);
  }
  await doc.destroy();
  return out;
}

interface Run {
  page: number;
  str: string;
  left: number;
  right: number;
  bottom: number;
  top: number;
}

/**
 * Text drawn over other text, or below the page's footer: where react-pdf squashes a block at the foot of a page
 * it draws rows on top of one another, unreadable. Each finding names the page and both runs. Runs overlap when
 * their boxes share more than 1.5 pt across and 2 pt down (touching lines of a paragraph share none).
 * @example await overprinted(bytes) // ['page 8: "Per-token" over "+10%"']
 */
export async function overprinted(bytes: Uint8Array): Promise<string[]> {
  const doc = await open(bytes);
  const out: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const page = await doc.getPage(i);
    const runs: Run[] = [];
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , , x, y] = item.transform as number[];
      runs.push({ page: i, str: item.str, left: x!, right: x! + item.width, bottom: y!, top: y! + item.height });
    }
    const footer = runs.find((r) => /^Page \d+ of \d+$/.test(r.str.trim()));
    for (const r of runs)
      if (footer && r !== footer && r.top > footer.bottom - 2 && r.bottom < footer.top && r.bottom < footer.bottom - 1)
        out.push(`page ${i}: "${r.str}" runs into the footer`);
    runs.forEach((a, at) => {
      for (const b of runs.slice(at + 1)) {
        const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const down = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
        if (across > 1.5 && down > 2) out.push(`page ${i}: "${a.str}" over "${b.str}"`);
      }
    });
  }
  await doc.destroy();
  return out;
}
