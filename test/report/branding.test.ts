import { describe, expect, it } from 'vitest';
import { BRANDING_KEY, EMPTY_BRANDING, loadBranding, logoDataProblem, logoFileProblem, saveBranding } from '../../src/report/branding';
import { contrastRatio, readableAccent } from '../../src/report/contrast';
import { longDate, percent, reportFileName, tokens } from '../../src/report/format';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('branding in the browser', () => {
  it('reads what was saved and validates it', () => {
    const saved = { preparedBy: 'Ada', firm: 'Lovelace & Partners', logo: PNG, accent: '#336699' };
    const storage = memoryStorage({ [BRANDING_KEY]: JSON.stringify(saved) });
    expect(loadBranding(storage)).toEqual({ branding: saved, notice: null });
  });

  it('ignores damaged or invalid data, with a notice', () => {
    for (const raw of [
      '{not json',
      JSON.stringify({ preparedBy: 'x' }),
      JSON.stringify({ ...EMPTY_BRANDING, logo: 'data:image/gif;base64,R0lGOD' }),
    ]) {
      const r = loadBranding(memoryStorage({ [BRANDING_KEY]: raw }));
      expect(r.branding).toEqual(EMPTY_BRANDING);
      expect(r.notice).toMatch(/could not be read/);
    }
    expect(loadBranding(memoryStorage())).toEqual({ branding: EMPTY_BRANDING, notice: null });
    expect(loadBranding(null).notice).toBeNull();
  });

  it('saves, or says why it cannot', () => {
    const storage = memoryStorage();
    expect(saveBranding(storage, { ...EMPTY_BRANDING, firm: 'F' })).toBeNull();
    expect(JSON.parse(storage.data.get(BRANDING_KEY) ?? '{}')).toMatchObject({ firm: 'F' });
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(saveBranding(full, EMPTY_BRANDING)).toMatch(/full/);
    expect(saveBranding(null, EMPTY_BRANDING)).toMatch(/this visit only/);
  });

  it('accepts only PNG or JPEG logos of at most 500 KB', () => {
    expect(logoFileProblem({ type: 'image/png', size: 500 * 1024 })).toBeNull();
    expect(logoFileProblem({ type: 'image/jpeg', size: 10 })).toBeNull();
    expect(logoFileProblem({ type: 'image/svg+xml', size: 10 })).toMatch(/PNG or JPEG.*image\/svg\+xml/);
    expect(logoFileProblem({ type: 'image/png', size: 500 * 1024 + 1 })).toMatch(/at most 500 KB; this file is 501 KB/);
    expect(logoDataProblem(PNG)).toBeNull();
    expect(logoDataProblem('data:image/png;base64,R0lGODlhAQABAAAAACw=')).toMatch(/does not look like a PNG or JPEG/);
  });
});

describe('accent contrast', () => {
  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('keeps a colour that reads on white and darkens one that does not, keeping its hue', () => {
    expect(readableAccent('#1F4E79')).toEqual({ color: '#1f4e79', adjusted: false, ratio: expect.any(Number) });
    const yellow = readableAccent('#ffdd00');
    expect(yellow.adjusted).toBe(true);
    expect(yellow.ratio).toBeLessThan(4.5);
    expect(contrastRatio(yellow.color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(yellow.color).toMatch(/^#[0-9a-f]{4}00$/);
    expect(readableAccent('#ffffff').color).not.toBe('#ffffff');
  });
});

describe('report formatting', () => {
  it('writes dates, shares, volumes and file names for people', () => {
    expect(longDate('2026-03-04')).toBe('4 March 2026');
    expect(longDate('2026-11')).toBe('November 2026');
    expect(percent(0.9996)).toBe('over 99%');
    expect(percent(0.004)).toBe('under 1%');
    expect(percent(1)).toBe('100%');
    expect(tokens(2e9)).toBe('2 billion');
    expect(tokens(1.5e12)).toBe('1.5 trillion');
    expect(reportFileName('Acme Bank', '2026-03-04', 'md')).toBe('model-portfolio-acme-bank-2026-03-04.md');
    expect(reportFileName('***', '2026-03-04', 'pdf')).toBe('model-portfolio-client-2026-03-04.pdf');
  });
});
