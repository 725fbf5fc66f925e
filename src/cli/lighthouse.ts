import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from 'lighthouse';
import lz from 'lz-string';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { preview, type PreviewServer } from 'vite';
import { AnswersInput, type Answers, formatProblem, parseWithProblems } from '../domain';
import { parseArgs } from './args';

/**
 * Audits the built app with Lighthouse and fails below the thresholds (issues 6 and 14). It builds nothing: run
 * `npm run build` first. dist/ is served by `vite preview`, so the Content-Security-Policy arrives as a response
 * header too (vite.config.ts), as it does where the app is hosted.
 */

const USAGE = 'usage: npm run lighthouse -- [--preset desktop|mobile] [--runs N] [--page welcome|results] [--out DIR]';
const root = resolve(import.meta.dirname, '../..');
const SAMPLE_ANSWERS = resolve(root, 'test/fixtures/answers-basic.json');

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
export type Scores = Record<Category, number | null>;
type Gated = Exclude<Category, 'seo'>;

/** What each preset aims for (issue 14: performance 95 on a phone too), printed beside the median. */
export const GOALS: Record<Preset, Record<Gated, number>> = {
  desktop: { performance: 95, accessibility: 100, 'best-practices': 100 },
  mobile: { performance: 95, accessibility: 100, 'best-practices': 100 },
};

/**
 * Minimum scores (0..100) of the median run; SEO is printed but not gated. The phone's performance score moves
 * from one invocation to the next on this shared 2-core machine: the results page's median of 3 ranged 86-97 for
 * the same build, single runs down to 83. So its gate sits 15 points under the goal, where noise does not reach and a
 * real regression does (the page scored 73 before issue 14). The other categories do not vary.
 */
export const THRESHOLDS: Record<Preset, Record<Gated, number>> = {
  desktop: { performance: 95, accessibility: 100, 'best-practices': 100 },
  mobile: { performance: 80, accessibility: 100, 'best-practices': 100 },
};

/**
 * desktop: Lighthouse's desktop preset (1350x940, fast network, no CPU slowdown), the gate: the app's users
 * decide and advise at a desk. mobile: Lighthouse's default (a mid-range phone, slow 4G, 4x CPU slowdown).
 */
const PRESETS = { desktop: desktopConfig, mobile: undefined } satisfies Record<string, Config | undefined>;
export type Preset = keyof typeof PRESETS;
const isPreset = (name: string): name is Preset => Object.hasOwn(PRESETS, name);

/** The network is closed here: no background traffic, updates or sync from the browser itself. */
const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

const FLAGS: Flags = {
  output: 'json',
  logLevel: 'error',
  onlyCategories: [...CATEGORIES],
  // Lighthouse's own default, spelled out: before each audit it clears these and the HTTP cache (every load is
  // cold) but not local storage, which holds the answers the results page is seeded with.
  clearStorageTypes: ['file_systems', 'shader_cache', 'service_workers', 'cache_storage'],
};

/** A Lighthouse result's category scores on the 0..100 scale of its report (null when not scored). */
export function scoresOf(lhr: Pick<Result, 'categories'>): Scores {
  const score = (c: Category) => {
    const s = lhr.categories[c]?.score;
    return typeof s === 'number' ? Math.round(s * 100) : null;
  };
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
  };
}

/** What falls short of the preset's THRESHOLDS, one line each; empty when all pass. */
export function shortfalls(page: string, scores: Scores, preset: Preset): string[] {
  return Object.entries(THRESHOLDS[preset])
    .filter(([c, min]) => (scores[c as Category] ?? 0) < min)
    .map(([c, min]) => `${page}: ${c} ${scores[c as Category] ?? 'not scored'} is below ${min}`);
}

/** Where the median stands against the preset's GOALS, for the log: `performance 97 (target 95)`. */
export function againstTargets(scores: Scores, preset: Preset): string {
  return CATEGORIES.map((c) => {
    const target = c === 'seo' ? undefined : GOALS[preset][c];
    return `${c} ${scores[c] ?? '-'}${target === undefined ? '' : ` (target ${target}, gate ${THRESHOLDS[preset][c as Gated]})`}`;
  }).join('  ');
}

/**
 * The run with the median performance score: timings vary from run to run (more so on a busy machine), and
 * Lighthouse's own advice is to take the median of several runs.
 */
export function medianRun<T extends Pick<Result, 'categories'>>(runs: T[]): T {
  const sorted = [...runs].sort((a, b) => (scoresOf(a).performance ?? 0) - (scoresOf(b).performance ?? 0));
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('no Lighthouse runs');
  return median;
}

/** The audits that cost points in the gated categories, for fixing a shortfall. */
function failingAudits(lhr: Result, preset: Preset): string[] {
  return Object.keys(THRESHOLDS[preset]).flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `    ${c}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? `score ${lhr.audits[ref.id]?.score}`})`),
  );
}

function sampleAnswers(): Answers {
  const parsed = parseWithProblems(AnswersInput, JSON.parse(readFileSync(SAMPLE_ANSWERS, 'utf8')));
  if (!parsed.ok) throw new Error(`${SAMPLE_ANSWERS}: ${parsed.problems.map(formatProblem).join('; ')}`);
  return parsed.data;
}

/**
 * The results page needs complete answers, and `#/results` alone carries none: a share link opens review, and the
 * wizard lets `#/results` through only when the saved answers are complete. So the sample portfolio is opened
 * through its share link first (the app saves it in local storage, as for any user), then Lighthouse loads
 * `#/results`. The link is built as src/lib/share-link.ts builds it; that module's named import from lz-string,
 * a CommonJS package, does not load in Node outside Vite.
 */
async function seedSamplePortfolio(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/#/share/${lz.compressToEncodedURIComponent(JSON.stringify(sampleAnswers()))}`);
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Review', { timeout: 30_000 });
  await page.goto('about:blank');
}

interface Target {
  name: string;
  path: string;
  /** The h1 the audited page must show, so that a redirect cannot pass unnoticed. */
  heading: string;
}

const TARGETS: Target[] = [
  { name: 'welcome', path: '/', heading: 'Which AI models should you run for which work?' },
  { name: 'results', path: '/#/results', heading: 'Results' },
];

async function audit(page: Page, url: string, target: Target, config: Config | undefined): Promise<Result> {
  const result = await lighthouse(url, FLAGS, config, page);
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.message}`);
  const shown = await page.evaluate(() => document.querySelector('h1')?.textContent ?? '(no h1)');
  if (shown !== target.heading) throw new Error(`${target.name}: the audited page showed "${shown}", not "${target.heading}"`);
  return result.lhr;
}

/**
 * The page must come with the policy of its meta tag as a header too, plus frame-ancestors, as README "Hosting"
 * asks of a host: the audits are meant to see the app as it is served there.
 */
async function checkCspHeader(origin: string): Promise<void> {
  const response = await fetch(`${origin}/`);
  const header = response.headers.get('content-security-policy') ?? '';
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(await response.text())?.[1];
  if (!meta || header !== `${meta}; frame-ancestors 'none'`)
    throw new Error(
      `the served page's Content-Security-Policy header is "${header}"; expected the meta tag's policy plus frame-ancestors 'none' (vite.config.ts preview.headers)`,
    );
}

interface Options {
  preset: Preset;
  runs: number;
  /** The pages audited: all by default; `--page` names one, for measuring a change to it. */
  targets: Target[];
  out: string | null;
}

async function auditAll(browser: Browser, origin: string, options: Options): Promise<string[]> {
  const page = await browser.newPage();
  await seedSamplePortfolio(page, origin);
  const missed: string[] = [];
  for (const target of options.targets) {
    const runs: Result[] = [];
    for (let i = 0; i < options.runs; i += 1) runs.push(await audit(page, origin + target.path, target, PRESETS[options.preset]));
    const lhr = medianRun(runs);
    if (options.out) writeFileSync(resolve(options.out, `${target.name}.report.json`), JSON.stringify(lhr, null, 1));
    const scores = scoresOf(lhr);
    const each = runs.map((r) => scoresOf(r).performance ?? '-').join(', ');
    console.log(`${target.name.padEnd(8)} ${againstTargets(scores, options.preset)}   (performance in each run: ${each})`);
    const below = shortfalls(target.name, scores, options.preset);
    if (below.length > 0) console.log(failingAudits(lhr, options.preset).join('\n'));
    missed.push(...below);
  }
  return missed;
}

/** The command line read, or the usage line when it is wrong. */
export function options(argv: string[]): Options | string {
  const { positional, flags } = parseArgs(argv);
  const preset = flags.get('preset') ?? 'desktop';
  const runs = Number(flags.get('runs') ?? 3);
  const out = flags.get('out') ?? null;
  const page = flags.get('page');
  const targets = page === undefined ? TARGETS : TARGETS.filter((t) => t.name === page);
  if (
    positional.length > 0 ||
    typeof preset !== 'string' ||
    !isPreset(preset) ||
    !Number.isInteger(runs) ||
    runs < 1 ||
    out === true ||
    targets.length === 0
  )
    return USAGE;
  return { preset, runs, targets, out };
}

async function main(argv: string[]): Promise<number> {
  const opts = options(argv);
  if (typeof opts === 'string') {
    console.error(opts);
    return 1;
  }
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    console.error('no build in dist/; run npm run build first');
    return 1;
  }
  // The reports' folder is made as needed (a missing one failed only after the first audit, with a bare ENOENT).
  if (opts.out) mkdirSync(resolve(opts.out), { recursive: true });
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
    const { port } = server.httpServer.address() as AddressInfo;
    await checkCspHeader(`http://127.0.0.1:${port}`);
    browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROME_ARGS,
      defaultViewport: null,
    });
    console.log(
      `Lighthouse ${lighthouseVersion()}, ${await browser.version()}, ${opts.preset} preset, median of ${opts.runs} run(s) per page`,
    );
    const missed = await auditAll(browser, `http://127.0.0.1:${port}`, opts);
    for (const line of missed) console.log(line);
    console.log(missed.length === 0 ? 'Lighthouse: every page meets the thresholds' : 'Lighthouse: below the thresholds');
    return missed.length === 0 ? 0 : 1;
  } finally {
    await browser?.close();
    await server?.close();
  }
}

function lighthouseVersion(): string {
  return (JSON.parse(readFileSync(resolve(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
