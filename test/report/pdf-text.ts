import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: string[];
  /** All pages, joined, with runs of white space made single spaces. */
  text: string;
  title: string;
  author: string;
}

/** The text and the metadata of a PDF, as a reader's PDF viewer would extract them. */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(' '));
  }
  const { info } = (await doc.getMetadata()) as { info: { Title?: string; Author?: string } };
  await doc.destroy();
  return { pages, text: pages.join('\n').replace(/\s+/g, ' '), title: info.Title ?? '', author: info.Author ?? '' };
}
