// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswersInput } from '../../src/domain';
import { recommend } from '../../src/engine';
import { buildBrief } from '../../src/lib/brief';
import { money } from '../../src/lib/format';
import { localToday } from '../../src/lib/obligation-words';
import { ResultsView } from '../../src/results/results-view';
import { defaultRuleSet } from '../helpers/rules';
import { loadPortfolio } from '../helpers/scenarios';
import { pdfText } from './pdf-text';

const squash = (s: string) => s.replace(/[\s\u00ad]+/g, '');

/** The CLI's output for an answers file, as a consultant makes it. */
function cli(file: string, format: 'pdf' | 'md'): Buffer {
  const out = join(mkdtempSync(join(tmpdir(), 'advisor-brief-')), `report.${format}`);
  const r = spawnSync('npm', ['run', '--silent', 'recommend', '--', file, '--format', format, '--out', out], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`recommend --format ${format} failed: ${r.stderr}`);
  return readFileSync(out);
}

/*
 * The decision brief reaches the reader three ways: the top of the results page, the PDF's executive summary and the
 * Markdown (both from the CLI here). One answers file, rendered all three ways, must give the same figures and the
 * same words in each.
 */
describe('the decision brief on the page, in the PDF and in the Markdown', () => {
  it.each([
    ...['eu-bank-credit-high-risk', 'defence-air-gapped', 'startup-5-person-chatbot'].map((name) => ({
      name,
      file: `test/fixtures/portfolios/${name}.json`,
    })),
    // The defence team with planning figures changed on the results page: the brief says which, in all three.
    { name: 'answers-changed-assumptions', file: 'test/fixtures/answers-changed-assumptions.json' },
  ])(
    '$name: the same headline, picks, margins and costs',
    async ({ name, file }) => {
      const answers = name.startsWith('answers-') ? AnswersInput.parse(JSON.parse(readFileSync(file, 'utf8'))) : loadPortfolio(name);
      const rec = recommend(defaultRuleSet, answers);
      const today = localToday();
      const brief = buildBrief(rec, answers, defaultRuleSet, today);

      render(<ResultsView ruleSet={defaultRuleSet} answers={answers} recommendation={rec} />);
      const page = within(screen.getByRole('region', { name: 'The decision' }));
      const pageRows = within(page.getByRole('table', { name: 'Recommendation per use case' }))
        .getAllByRole('row')
        .slice(1)
        .map((r) =>
          within(r)
            .getAllByRole('cell')
            .map((c) => c.textContent ?? ''),
        );

      const pdf = squash((await pdfText(new Uint8Array(cli(file, 'pdf')))).text);
      const md = cli(file, 'md').toString('utf8');

      // The headline sentence, word for word.
      expect(page.getByText(brief.headline)).toBeTruthy();
      expect(pdf).toContain(squash(brief.headline));
      expect(md).toContain(brief.headline);
      // What the close calls could change, where they change the cost.
      for (const line of [brief.range, brief.assumptions].filter((l): l is string => l !== null)) {
        expect(page.getByText(line)).toBeTruthy();
        expect(pdf).toContain(squash(line));
        expect(md).toContain(line);
      }
      expect(name !== 'defence-air-gapped' || brief.range !== null).toBe(true);
      expect(brief.assumptions !== null).toBe(name === 'answers-changed-assumptions');

      brief.picks.forEach((p, i) => {
        const cost = money(p.pick!.monthlyCostUsd);
        // On the page: the pick, the margin, the cost.
        expect(pageRows[i]![0]).toContain(p.pick!.label);
        expect(pageRows[i]![1]).toBe(p.margin);
        expect(pageRows[i]![2]).toMatch(new RegExp(`^\\${cost}`));
        // In the PDF's table, the row in reading order.
        expect(pdf).toContain(squash(`${p.pick!.label}${p.equalChoice ? ` or ${p.equalChoice.label}` : ''}`));
        expect(pdf).toContain(squash(`${p.margin}${cost}`));
        // In the Markdown's table, the same row.
        const row = md.split('\n').find((l) => l.startsWith(`| ${p.name} |`));
        expect(row).toContain(`| ${p.margin} | ${cost}`);
      });

      // The next steps, in the same order.
      for (const step of brief.nextSteps) {
        expect(page.getByText(step)).toBeTruthy();
        expect(pdf).toContain(squash(step));
        expect(md).toContain(step);
      }
    },
    60_000,
  );
});
