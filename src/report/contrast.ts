/** WCAG 2 contrast for the accent colour, which the report draws on white. */

const HEX = /^#([0-9a-f]{6})$/i;

function channels(hex: string): [number, number, number] {
  const m = HEX.exec(hex);
  if (!m?.[1]) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function linear(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance, 0 (black) to 1 (white). @example luminance('#ffffff') // 1 */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, 1..21. @example contrastRatio('#000000', '#ffffff') // 21 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const toHex = (rgb: number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** Text on white needs 4.5:1 (WCAG AA for normal-size text). */
export const MIN_CONTRAST = 4.5;

export interface Accent {
  /** The colour to draw with: the chosen one, or a darker shade of it with enough contrast on white. */
  color: string;
  adjusted: boolean;
  /** The chosen colour's contrast on white. */
  ratio: number;
}

/**
 * Keeps the hue of the chosen accent but darkens it until headings in it read on white (≥ 4.5:1).
 * @example readableAccent('#ffcc00') // { color: '#7a6200', adjusted: true, ratio: 1.6 } (about)
 */
export function readableAccent(hex: string): Accent {
  const ratio = contrastRatio(hex, '#ffffff');
  if (ratio >= MIN_CONTRAST) return { color: hex.toLowerCase(), adjusted: false, ratio };
  const rgb = channels(hex);
  for (let k = 0.95; k > 0; k -= 0.05) {
    const darker = toHex(rgb.map((c) => c * k));
    if (contrastRatio(darker, '#ffffff') >= MIN_CONTRAST) return { color: darker, adjusted: true, ratio };
  }
  return { color: '#000000', adjusted: true, ratio };
}
