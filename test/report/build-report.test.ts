import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report';
import { EMPTY_BRANDING } from '../../src/report/branding';
import { contrastRatio } from '../../src/report/contrast';
import { HEADINGS } from '../../src/report/report-model';
import { REPORT_OPTIONS, shownReasons } from '../../src/report/report-use-case';
import { exclusionsByScope, runnerUpOf } from '../../src/engine';
import { buildBrief } from '../../src/lib/brief';
import { catalogSourceIds, recommendationSourceIds } from '../../src/report/report-sources';
import { defaultRuleSet } from '../helpers/rules';
import { basicAnswers, reportInput, tenUseCases } from './fixtures';

/** Every object in the catalog that cites a source: sourced values, licences, operations. */
function citedValues(node: unknown): { source: string; asOf: string }[] {
  if (Array.isArray(node)) return node.flatMap(citedValues);
  if (node === null || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  if (typeof o.source === 'string' && typeof o.asOf === 'string') return [{ source: o.source, asOf: o.asOf }];
  return Object.values(o).flatMap(citedValues);
}

describe('buildReport', () => {
  const input = reportInput(basicAnswers);
  const model = buildReport(input);

  it('has every section, and one section per use case in the answers’ order', () => {
    expect(model.summary.paragraphs.length).toBeGreaterThanOrEqual(2);
    expect(model.summary.figures.map((f) => f.label)).toContain('Monthly cost');
    expect(model.portfolio.rows.map((r) => r.cells[0])).toEqual([...basicAnswers.useCases.map((u) => u.name), 'Total']);
    expect(model.portfolio.columns.map((c) => c.header)).toEqual(['Use case', 'Recommended', 'Margin', 'A month']);
    expect(model.useCases.map((u) => u.name)).toEqual(basicAnswers.useCases.map((u) => u.name));
    expect(model.profile.map((f) => f.label)).toContain('Data residency');
    expect(model.obligations.flatMap((g) => g.roles.flatMap((r) => r.items))).toHaveLength(
      input.recommendation.portfolio.obligations.length,
    );
    expect(model.assumptions.length).toBeGreaterThan(3);
    expect(model.sources.length).toBeGreaterThan(10);
    expect(model.rulePack).toContainEqual({ label: 'SHA-256', value: defaultRuleSet.hash });
    expect(model.disclaimer.join(' ')).toMatch(/planning aid/);
    expect(model.disclaimer.join(' ')).toMatch(/not legal advice/);
    expect(model.disclaimer.join(' ')).toMatch(/not a quote/);
    expect(Object.values(HEADINGS)).toHaveLength(9);
  });

  it('opens with the decision brief the results page shows: headline, picks with margins, first duties, next steps', () => {
    const brief = buildBrief(input.recommendation, basicAnswers, defaultRuleSet, '2026-03-04');
    expect(model.summary.paragraphs[0]).toBe(brief.headline);
    brief.picks.forEach((p, i) => {
      const cells = model.portfolio.rows[i]!.cells;
      expect(cells[1]).toContain(p.pick!.label);
      if (p.equalChoice) expect(cells[1]).toContain(` or ${p.equalChoice.label}`);
      expect(cells[2]).toBe(p.margin);
      expect(cells[3]).toMatch(new RegExp(`^\\$${Math.round(p.pick!.monthlyCostUsd).toLocaleString('en-US')}`));
    });
    expect(model.brief.duties.map((d) => d.text)).toEqual(brief.firstDuties.map((d) => d.text));
    expect(model.brief.more).toMatch(/^\d+ more in the obligations checklist/);
    expect(model.brief.nextSteps).toEqual(brief.nextSteps);
  });

  it('names no rule id outside the appendix, which lists every rule the report shows with what it did and where', () => {
    const ids = new Set(defaultRuleSet.rules.map((c) => c.rule.id));
    const body = JSON.stringify([model.summary, model.brief, model.portfolio, model.sharedExclusions, model.useCases, model.obligations]);
    expect([...ids].filter((id) => body.includes(`"${id}"`))).toEqual([]);
    const listed = model.rules.rows.map((r) => r.cells[0]);
    const rec = input.recommendation;
    const shown = [
      ...rec.useCases.flatMap((u) => [...shownReasons(u), ...u.excluded]).map((r) => r.ruleId),
      ...rec.portfolio.obligations.map((o) => o.ruleId),
      ...rec.portfolio.notes.map((n) => n.ruleId),
    ];
    expect(new Set(listed)).toEqual(new Set(shown));
    expect(listed).toEqual([...listed].sort());
    for (const r of model.rules.rows) expect(r.cells[1]).toMatch(/^(points|excludes|duty|note)(, (points|excludes|duty|note))*$/);
  });

  it('groups excluded options by the reason that rules them out, one row per reason', () => {
    for (const [i, u] of model.useCases.entries()) {
      const own = exclusionsByScope(input.recommendation).useCases[i] ?? [];
      const reasons = new Set(own.map((e) => `${e.ruleId} ${e.reason}`));
      expect(u.excluded?.rows.length ?? 0).toBe(reasons.size);
      const listed = (u.excluded?.rows ?? []).flatMap((r) => r.cells[0]!.split('; '));
      expect(new Set(listed)).toEqual(new Set(own.map((e) => e.label)));
    }
  });

  it('gives each use case its pick, options, reasons with sources, charts and what would change it', () => {
    for (const [i, u] of model.useCases.entries()) {
      const result = input.recommendation.useCases[i]!;
      expect(u.verdict).toContain(result.recommended!.label);
      expect(u.options.rows[0]).toMatchObject({ strong: true, cells: expect.arrayContaining([result.recommended!.label]) });
      // The pick and the next best, up to eight: the rest are counted in a note.
      const eligible = 1 + result.alternatives.length;
      expect(u.options.rows).toHaveLength(Math.min(REPORT_OPTIONS, eligible));
      expect(u.options.rows.map((r) => r.cells[0])).toEqual(
        [result.recommended!, ...result.alternatives].slice(0, REPORT_OPTIONS).map((c) => c.label),
      );
      expect(u.reasons.rows.length).toBeGreaterThan(3);
      for (const row of u.reasons.rows) expect(row.cells[2]).toMatch(/^\[\d+\]( \[\d+\])*$/);
      // The duties are in the checklist, counted here, not repeated.
      expect(u.reasons.rows.some((r) => r.cells[0] === 'Obligation')).toBe(false);
      expect(u.obligations).toMatch(
        new RegExp(`^${result.obligations.length} duties? comes? with this pick \\(.+\\): each is in the obligations checklist`),
      );
      // One curve per kind of deployment still eligible (critical work rules out the open models far behind).
      const kinds = new Set([result.recommended!, ...result.alternatives].map((c) => c.deployment));
      expect(u.charts.cost?.curves.map((c) => c.deployment)).toEqual(
        (['api', 'managed', 'self-hosted'] as const).filter((k) => kinds.has(k)),
      );
      expect(u.charts.cost?.curves.length).toBeGreaterThanOrEqual(1);
      expect(u.sensitivity?.rows.length ?? 0).toBe(result.sensitivity.length);
      expect(u.sources.length).toBeGreaterThan(0);
    }
  });

  /**
   * The part of the catalog the appendix lists: the options the recommendation uses (the picks and the equal choices
   * of close calls), their models, and the planning assumptions per-token costs rest on (none is self-hosted here).
   */
  function shownCatalog() {
    const c = defaultRuleSet.catalog;
    const rec = input.recommendation;
    const ids = new Set(rec.useCases.flatMap((u) => [u.recommended!.optionId, ...(u.closeCall ? [runnerUpOf(u)!.optionId] : [])]));
    expect(rec.useCases.some((u) => u.closeCall)).toBe(true);
    const options = c.options.filter((o) => ids.has(o.id));
    expect(options.some((o) => o.selfHosting)).toBe(false);
    const models = c.models.filter((m) => options.some((o) => o.modelId === m.id));
    const { inputTokenShare, cachedShare, batchShare, tokensPerRequest, longContextRequestTokens } = c.assumptions;
    return {
      assumptions: { inputTokenShare, cachedShare, batchShare, tokensPerRequest, longContextRequestTokens },
      gpuTypes: [],
      models,
      options,
    };
  }

  it('lists every figure of the options it shows, and every planning assumption, with its source and "as of" date', () => {
    const shownPart = shownCatalog();
    // A model's quality is one row when every task kind has the same figure from the same source.
    const quality = shownPart.models.flatMap((m) => {
      const q = Object.values(m.quality);
      return new Set(q.map((v) => `${v.value} ${v.source} ${v.asOf}`)).size === 1 ? [q[0]!] : q;
    });
    const values = [...citedValues({ ...shownPart, models: shownPart.models.map(({ quality: _, ...m }) => m) }), ...quality];
    const rows = model.assumptions.flatMap((g) => g.table.rows);
    // Figures of one option from one source and date share a row ("input $4.00 … · output $20.00 …"): one date each.
    const figures = rows.flatMap((r) => r.cells[1]!.split(' · ').map(() => r.cells[3]));
    expect(rows.some((r) => r.cells[1]!.includes(' · '))).toBe(true);
    expect(figures).toHaveLength(values.length);
    expect(figures.sort()).toEqual(values.map((v) => v.asOf).sort());
    for (const row of rows) expect(row.cells[2]).toMatch(/^\[\d+\] \S/);
  });

  it('marks a planning figure the user changed, with the catalog figure beside it, even where no pick rests on it', () => {
    const changed = buildReport(reportInput({ ...basicAnswers, assumptions: { engineerHourUsd: 150 } }));
    const rows = changed.assumptions.find((g) => g.title === 'Planning assumptions')!.table.rows;
    const hour = rows.find((r) => r.cells[0] === 'Engineer hour (fully loaded)');
    expect(hour?.cells.slice(1)).toEqual(['$150 an hour (changed)', 'This scenario', '']);
    expect(hour?.note).toMatch(
      /^Engineer hour \(fully loaded\): changed by the user for this scenario; the catalog has \$100 an hour \(\[\d+\] /,
    );
    // The other rows are the catalog's, as without the change.
    const plain = model.assumptions.find((g) => g.title === 'Planning assumptions')!.table.rows;
    expect(rows.filter((r) => r !== hour)).toEqual(plain);
  });

  it('lists the exchange rate of a report in euros or pounds, marked when the scenario set it, and cites its source', () => {
    const rate = (a: typeof basicAnswers) =>
      buildReport(reportInput(a))
        .assumptions.find((g) => g.title === 'Planning assumptions')!
        .table.rows.find((r) => r.cells[0] === 'Euros per US dollar');
    expect(rate(basicAnswers)).toBeUndefined();
    const fx = defaultRuleSet.catalog.assumptions.exchangeRates!.EUR;
    expect(rate({ ...basicAnswers, currency: 'EUR' })?.cells.slice(1)).toEqual([
      String(fx.value),
      expect.stringMatching(/^\[\d+\] Board of Governors/),
      fx.asOf,
    ]);
    expect(rate({ ...basicAnswers, currency: 'EUR', assumptions: { exchangeRates: { EUR: 0.9 } } })?.cells[1]).toBe('0.9 (changed)');
  });

  it('marks changed GPU prices in a report with a self-hosted pick', () => {
    const selfHosting = {
      ...basicAnswers,
      team: { mlEngineers: 8, mlopsMaturity: 'advanced' as const, gpuAccess: 'cloud' as const },
      regulation: { ...basicAnswers.regulation, dataResidency: 'in-country' as const },
      organization: { ...basicAnswers.organization, country: 'DE' as const },
    };
    const gpuHourUsd = Object.fromEntries(defaultRuleSet.catalog.gpuTypes.map((g) => [g.id, { 'gpu-cloud': 1.11 }]));
    const changed = buildReport(reportInput({ ...selfHosting, assumptions: { gpuHourUsd } }));
    const gpus = changed.assumptions.find((g) => g.title === 'GPU prices')?.table.rows ?? [];
    const marked = gpus.filter((r) => r.cells[1]!.endsWith('(changed)'));
    expect(marked.length).toBeGreaterThan(0);
    for (const r of marked) expect(r.cells[1]).toBe('$1.11 per GPU-hour (changed)');
  });

  it('numbers every source the recommendation and the catalog cite, once each', () => {
    const rec = input.recommendation;
    const shown = rec.useCases.flatMap((u) => [...shownReasons(u), ...u.obligations]).flatMap((r) => r.sources);
    const cited = new Set([...shown, ...rec.portfolio.obligations.flatMap((o) => o.sources), ...catalogSourceIds(shownCatalog())]);
    // Sources only the reasons for options the report does not discuss cite are left out.
    expect(new Set(recommendationSourceIds(rec)).size).toBeGreaterThan(new Set(shown).size);
    const listed = model.sources.map((s) => s.id);
    expect(listed).toHaveLength(cited.size);
    for (const id of cited) expect(listed).toContain(id);
    expect(new Set(listed).size).toBe(listed.length);
    expect(model.sources.map((s) => s.ref)).toEqual(listed.map((_, i) => i + 1));
    for (const s of model.sources) expect(s.text).toContain(defaultRuleSet.sources.get(s.id)!.title);
  });

  it('is pure: the same input gives the same model, and the date comes from the caller', () => {
    expect(buildReport(reportInput(basicAnswers))).toEqual(model);
    expect(model.cover.date).toBe('4 March 2026');
    expect(buildReport({ ...input, date: '2027-01-31' }).cover.date).toBe('31 January 2027');
  });

  it('names the file after the client and the date, and sets the title and author', () => {
    expect(model.fileName).toBe('model-portfolio-acme-bank-2026-03-04.pdf');
    expect(model.meta.title).toBe('AI model portfolio recommendation: Acme Bank');
    expect(model.meta.author).toBe('Ada Lovelace, Lovelace & Partners');
    const plain = buildReport({
      ...input,
      branding: EMPTY_BRANDING,
      answers: { ...basicAnswers, organization: { ...basicAnswers.organization, name: 'Åland Bänk / Ltd.' } },
    });
    expect(plain.fileName).toBe('model-portfolio-aland-bank-ltd-2026-03-04.pdf');
    expect(plain.meta.author).toBe('Model portfolio advisor');
  });

  it('darkens an accent colour that would not read on white', () => {
    const light = buildReport({ ...input, branding: { ...input.branding, accent: '#ffdd00' } });
    expect(light.accent).not.toBe('#ffdd00');
    expect(contrastRatio(light.accent, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(model.accent).toBe('#1f4e79');
  });

  it('says so when every option of a use case is excluded (10 use cases)', () => {
    const ten = tenUseCases();
    const big = buildReport(reportInput(ten));
    expect(big.useCases.map((u) => u.name)).toEqual(ten.useCases.map((u) => u.name));
    const none = big.useCases.find((u) => u.verdict.startsWith('No option'));
    expect(none?.reasonsHeading).toBe('Why no option is recommended');
    expect(none?.excluded?.rows.length).toBeGreaterThan(0);
    expect(big.summary.paragraphs.join(' ')).toMatch(/Use case 10: [a-z ]+ has no permissible option/);
  });
});

describe("each use case's token mix, so that a reader can redo a per-token cost from the appendix's prices", () => {
  it('is among the facts of the PDF and in the Markdown, the same words, defaults marked', async () => {
    const { loadPortfolio } = await import('../helpers/scenarios');
    const { toMarkdown } = await import('../../src/report/markdown');
    const answers = loadPortfolio('coding-assistant-500-devs');
    const input = reportInput(answers);
    const mixes = buildReport(input).useCases.map((u) => u.facts.find((f) => f.label === 'Token mix')?.value);
    expect(mixes[0]).toBe('95% input, 50% of it cached; no batches');
    const md = toMarkdown(input.recommendation, defaultRuleSet, answers, '2026-12-07');
    expect(mixes.filter((m) => !m || !md.includes(`token mix: ${m}.`))).toEqual([]);
    const basic = buildReport(reportInput(basicAnswers)).useCases[0]!.facts.find((f) => f.label === 'Token mix')?.value;
    expect(basic).toMatch(/\(default\)/);
  });
});

describe('the summary figure for the checklist', () => {
  it.each([
    // At standard accuracy the air-gapped team's duties are all the pack's advice (at critical accuracy, its pick far
    // below the strongest model brings a go/no-go decision).
    ['defence-air-gapped', 'standard', 'Points of advice'],
    ['us-hospital-hipaa', undefined, 'Obligations'],
  ] as const)('%s (accuracy %s): "%s", as the summary sentence names them', async (name, accuracy, label) => {
    const { loadPortfolio } = await import('../helpers/scenarios');
    const answers = loadPortfolio(name);
    const model = buildReport(
      reportInput(accuracy ? { ...answers, useCases: answers.useCases.map((u) => ({ ...u, accuracy })) } : answers),
    );
    const figure = model.summary.figures.at(-1)!;
    expect(figure.label).toBe(label);
    const sentence = model.summary.paragraphs.join(' ');
    expect(sentence).toContain(label === 'Obligations' ? 'dut' : 'points of advice');
  });
});

describe('the executive summary of a portfolio all on APIs', () => {
  it('says once that every pick runs on a proprietary API', async () => {
    const { loadPortfolio } = await import('../helpers/scenarios');
    const model = buildReport(reportInput(loadPortfolio('long-context-agent')));
    const text = model.summary.paragraphs.join(' ');
    expect(text).toContain('every pick on a proprietary API');
    expect(text.match(/on a proprietary API/g)).toHaveLength(1);
    expect(model.summary.paragraphs.every((p) => p === p.trim() && p !== '')).toBe(true);
  });
});
