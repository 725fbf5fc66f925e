/** Average days in a month (365.25 / 12, rounded): turns a daily rate into a monthly one. */
export const DAYS_PER_MONTH = 30.4;

/**
 * Tokens in one page of a document. A page of dense English prose is about 500 words, and current
 * tokenizers give roughly 0.75 words per token, so about 650 tokens; pages with headings, tables or white
 * space hold fewer. 500 is a round middle figure; it counts what the model reads, because the answers
 * (summaries, extracted fields) are short next to the documents.
 */
export const TOKENS_PER_PAGE = 500;

const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const TWO_DIGITS = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });

/**
 * Monthly tokens from a daily request rate and the tokens one request uses (input plus output).
 * @example tokensFromRequests(1000, 2000) // 60_800_000
 */
export function tokensFromRequests(requestsPerDay: number, tokensPerRequest: number): number {
  return Math.round(requestsPerDay * tokensPerRequest * DAYS_PER_MONTH);
}

/**
 * Monthly tokens from documents read per month and their length in pages.
 * @example tokensFromDocuments(10_000, 20) // 100_000_000
 */
export function tokensFromDocuments(documentsPerMonth: number, pagesPerDocument: number, tokensPerPage = TOKENS_PER_PAGE): number {
  return Math.round(documentsPerMonth * pagesPerDocument * tokensPerPage);
}

/** A token count with thousands separators. @example formatTokens(60800000) // '60,800,000' */
export function formatTokens(n: number): string {
  return WHOLE.format(n);
}

const UNITS = [
  { size: 1e12, word: 'trillion' },
  { size: 1e9, word: 'billion' },
  { size: 1e6, word: 'million' },
] as const;

/**
 * A monthly token count in words, rounded to two significant digits; empty for a count that is not a
 * positive number.
 * @example tokensInWords(2_400_000_000) // 'about 2.4 billion tokens a month'
 */
export function tokensInWords(n: number): string {
  if (!Number.isFinite(n) || n <= 0) return '';
  const rounded = Number(n.toPrecision(2));
  const unit = UNITS.find((u) => rounded >= u.size);
  if (unit) return `about ${TWO_DIGITS.format(rounded / unit.size)} ${unit.word} tokens a month`;
  return `about ${TWO_DIGITS.format(rounded)} ${rounded === 1 ? 'token' : 'tokens'} a month`;
}
