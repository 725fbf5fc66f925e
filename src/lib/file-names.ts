/**
 * A file-name and id safe form of a name: lower case, accents dropped (letters such as æ, ø, ß, ł, ı spelt out in
 * Latin), anything else a single hyphen, at most `maxLength` characters, no hyphen at either end. Letters of
 * other scripts drop out; the result may be empty: callers pick a fallback.
 * @example slug('Ærø Bank & Co.') // 'aero-bank-co'
 */
export function slug(text: string, maxLength = 60): string {
  return text
    .replace(/æ/gi, 'ae')
    .replace(/œ/gi, 'oe')
    .replace(/ø/gi, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐðÐ]/g, 'd')
    .replace(/[ıİ]/g, 'i')
    .replace(/[þÞ]/g, 'th')
    .replace(/[ħĦ]/g, 'h')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as YYYY-MM-DD in local time: the day a person would write on a file or a report.
 * @example localDay(new Date(2026, 10, 29, 23, 59)) // '2026-11-29'
 */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
