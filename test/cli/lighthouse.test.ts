import { describe, expect, it } from 'vitest';
import { GOALS, THRESHOLDS, againstTargets, medianRun, options, scoresOf, shortfalls } from '../../src/cli/lighthouse';

/** The part of a Lighthouse result the gate reads. */
const lhr = (performance: number | null, accessibility = 1, bestPractices = 1, seo: number | null = 1) => ({
  categories: {
    performance: { id: 'performance', title: 'Performance', score: performance, auditRefs: [] },
    accessibility: { id: 'accessibility', title: 'Accessibility', score: accessibility, auditRefs: [] },
    'best-practices': { id: 'best-practices', title: 'Best Practices', score: bestPractices, auditRefs: [] },
    seo: { id: 'seo', title: 'SEO', score: seo, auditRefs: [] },
  },
});

describe('lighthouse gate', () => {
  it('reads the category scores on the 0..100 scale of the report', () => {
    expect(scoresOf(lhr(0.954, 1, 0.96, null))).toEqual({ performance: 95, accessibility: 100, 'best-practices': 96, seo: null });
  });

  it('passes at the thresholds and names each category below them', () => {
    expect(THRESHOLDS.desktop).toEqual({ performance: 95, accessibility: 100, 'best-practices': 100 });
    expect(shortfalls('welcome', scoresOf(lhr(0.95, 1, 1, 0.5)), 'desktop')).toEqual([]);
    expect(shortfalls('results', scoresOf(lhr(0.94, 0.99, 0.95)), 'desktop')).toEqual([
      'results: performance 94 is below 95',
      'results: accessibility 99 is below 100',
      'results: best-practices 95 is below 100',
    ]);
    expect(shortfalls('results', scoresOf(lhr(null)), 'desktop')).toEqual(['results: performance not scored is below 95']);
  });

  it('gates the phone fifteen points under its performance goal of 95, so run-to-run noise does not fail CI', () => {
    expect(GOALS.mobile.performance).toBe(95);
    expect(THRESHOLDS.mobile).toEqual({ performance: 80, accessibility: 100, 'best-practices': 100 });
    expect(shortfalls('results', scoresOf(lhr(0.83)), 'mobile')).toEqual([]);
    expect(shortfalls('results', scoresOf(lhr(0.79)), 'mobile')).toEqual(['results: performance 79 is below 80']);
    expect(againstTargets(scoresOf(lhr(0.97, 1, 1, 0.9)), 'mobile')).toBe(
      'performance 97 (target 95, gate 80)  accessibility 100 (target 100, gate 100)  best-practices 100 (target 100, gate 100)  seo 90',
    );
  });

  it('takes the run with the median performance score', () => {
    const runs = [lhr(0.99), lhr(0.89), lhr(0.97)];
    expect(medianRun(runs)).toBe(runs[2]);
    expect(medianRun([runs[0]!])).toBe(runs[0]);
    // With an even number of runs, the lower middle one: the gate does not round in its own favour.
    expect(scoresOf(medianRun([lhr(0.9), lhr(0.99), lhr(0.96), lhr(0.97)])).performance).toBe(96);
    expect(() => medianRun([])).toThrow(/no Lighthouse runs/);
  });

  it('reads the command line: both pages by default, one with --page, the usage line for anything else', () => {
    const pages = (argv: string[]) => {
      const o = options(argv);
      return typeof o === 'string' ? o : o.targets.map((t) => t.name);
    };
    expect(pages([])).toEqual(['welcome', 'results']);
    expect(pages(['--page', 'results', '--preset', 'mobile'])).toEqual(['results']);
    expect(pages(['--page', 'studio'])).toMatch(/^usage: .*--page welcome\|results/);
    expect(pages(['--runs', '0'])).toMatch(/^usage: /);
  });
});
