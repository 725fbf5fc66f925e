import type { Answers, CatalogFile } from '../domain';
import { asOfDate, US_DOLLARS, type Currency, type MoneyShown } from './format';

/** The currencies offered, as a reader names them. */
export const CURRENCY_NAMES: Record<Currency, string> = { USD: 'US dollars', EUR: 'euros', GBP: 'pounds sterling' };

/** The exchange rate for a currency: the answers' own, else the catalog's; null when neither gives one. */
export function rateOf(
  currency: Exclude<Currency, 'USD'>,
  answers: Pick<Answers, 'assumptions'>,
  catalog: CatalogFile,
): { perUsd: number; changed: boolean } | null {
  const own = answers.assumptions?.exchangeRates?.[currency];
  if (own !== undefined) return { perUsd: own, changed: own !== catalog.assumptions.exchangeRates?.[currency].value };
  const catalogRate = catalog.assumptions.exchangeRates?.[currency].value;
  return catalogRate === undefined ? null : { perUsd: catalogRate, changed: false };
}

/**
 * How the answers want amounts shown: their currency at its rate; US dollars when they ask for none, or for one
 * the rule pack gives no rate for and the answers do not either.
 * @example moneyFor({ currency: 'EUR' }, catalog) // { currency: 'EUR', perUsd: 0.8684 }
 */
export function moneyFor(answers: Pick<Answers, 'currency' | 'assumptions'>, catalog: CatalogFile): MoneyShown {
  const currency = answers.currency ?? 'USD';
  if (currency === 'USD') return US_DOLLARS;
  const rate = rateOf(currency, answers, catalog);
  return rate ? { currency, perUsd: rate.perUsd } : US_DOLLARS;
}

/**
 * The rate amounts were converted at, said once where they are shown; null for US dollars.
 * @example currencyWords({ currency: 'EUR' }, catalog) // 'Amounts are in euros, converted from US dollars at 0.8684 EUR per USD (the catalog's rate, June 2026).'
 */
export function currencyWords(answers: Pick<Answers, 'currency' | 'assumptions'>, catalog: CatalogFile): string | null {
  const currency = answers.currency ?? 'USD';
  if (currency === 'USD') return null;
  const rate = rateOf(currency, answers, catalog);
  if (!rate)
    return `Amounts are in US dollars: the rule pack gives no exchange rate for ${CURRENCY_NAMES[currency]}, and the answers set none.`;
  const figure = catalog.assumptions.exchangeRates?.[currency];
  const from = rate.changed || !figure ? 'set for this scenario' : `the catalog's rate, ${asOfDate(figure.asOf)}`;
  return `Amounts are in ${CURRENCY_NAMES[currency]}, converted from US dollars at ${rate.perUsd} ${currency} per USD (${from}); prices and planning figures stay in US dollars as their sources give them.`;
}
