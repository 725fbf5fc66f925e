import { describe, expect, it } from 'vitest';
import { usdLabel } from '../../src/lib/chart-geometry';
import { currencyWords, moneyFor } from '../../src/lib/currency';
import { US_DOLLARS, money, moneyShown, withMoney } from '../../src/lib/format';
import { defaultRuleSet as rs } from '../helpers/rules';

const fx = rs.catalog.assumptions.exchangeRates!;

describe('amounts in the currency the answers ask for', () => {
  it.each([
    [{}, US_DOLLARS],
    [{ currency: 'USD' as const }, US_DOLLARS],
    [{ currency: 'EUR' as const }, { currency: 'EUR', perUsd: fx.EUR.value }],
    [{ currency: 'GBP' as const }, { currency: 'GBP', perUsd: fx.GBP.value }],
    [
      { currency: 'EUR' as const, assumptions: { exchangeRates: { EUR: 0.9 } } },
      { currency: 'EUR', perUsd: 0.9 },
    ],
  ])('%j is shown as %j', (answers, shown) => {
    expect(moneyFor(answers, rs.catalog)).toEqual(shown);
  });

  it('falls back to US dollars, and says so, when neither the pack nor the answers give a rate', () => {
    const { exchangeRates: _, ...assumptions } = rs.catalog.assumptions;
    const catalog = { ...rs.catalog, assumptions };
    expect(moneyFor({ currency: 'EUR' }, catalog)).toEqual(US_DOLLARS);
    expect(currencyWords({ currency: 'EUR' }, catalog)).toBe(
      'Amounts are in US dollars: the rule pack gives no exchange rate for euros, and the answers set none.',
    );
    expect(moneyFor({ currency: 'EUR', assumptions: { exchangeRates: { EUR: 0.9 } } }, catalog)).toEqual({ currency: 'EUR', perUsd: 0.9 });
  });

  it('says the rate and where it comes from; nothing for US dollars', () => {
    expect(currencyWords({}, rs.catalog)).toBeNull();
    expect(currencyWords({ currency: 'EUR' }, rs.catalog)).toBe(
      `Amounts are in euros, converted from US dollars at ${fx.EUR.value} EUR per USD (the catalog's rate, June 2026); prices and planning figures stay in US dollars as their sources give them.`,
    );
    expect(currencyWords({ currency: 'GBP', assumptions: { exchangeRates: { GBP: 0.8 } } }, rs.catalog)).toMatch(
      /^Amounts are in pounds sterling, converted from US dollars at 0\.8 GBP per USD \(set for this scenario\);/,
    );
  });

  it('converts every amount and axis label while a currency is shown, then goes back', () => {
    expect(money(12345.6)).toBe('$12,346');
    withMoney({ currency: 'EUR', perUsd: 0.5 }, () => {
      expect(money(12345.6)).toBe('€6,173');
      expect(money(100)).toBe('€50.00');
      expect(usdLabel(20000)).toBe('€10k');
    });
    withMoney({ currency: 'GBP', perUsd: 0.75 }, () => expect(money(1000)).toBe('£750'));
    expect(moneyShown()).toEqual(US_DOLLARS);
    expect(() =>
      withMoney({ currency: 'EUR', perUsd: 2 }, () => {
        throw new Error('x');
      }),
    ).toThrow('x');
    expect(moneyShown()).toEqual(US_DOLLARS);
  });
});
