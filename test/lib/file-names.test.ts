import { describe, expect, it } from 'vitest';
import { localDay, slug } from '../../src/lib/file-names';

describe('file names', () => {
  it.each([
    ['Acme Bank AG', 'acme-bank-ag'],
    ['  Ærø Bank & Co. / Zürich  ', 'aero-bank-co-zurich'],
    ['Straße', 'strasse'],
    ['../../etc/passwd', 'etc-passwd'],
    ['株式会社', ''],
    ['Łódź Doğan Işık İzmir', 'lodz-dogan-isik-izmir'],
    ['Þórður Œuvre Đorđe', 'thordur-oeuvre-dorde'],
  ])('slug(%j) is %j', (text, expected) => {
    expect(slug(text)).toBe(expected);
  });

  it('cuts to the length asked for without leaving a hyphen at the end', () => {
    expect(slug('support bot for the whole wide world of customers', 20)).toBe('support-bot-for-the');
    expect(slug('x'.repeat(80))).toHaveLength(60);
  });

  it('gives the local calendar day', () => {
    expect(localDay(new Date(2026, 10, 29, 23, 59))).toBe('2026-11-29');
    expect(localDay(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
