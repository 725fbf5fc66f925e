/// <reference types="vitest/config" />
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const rulesDir = resolve(import.meta.dirname, 'rules');

/** What the browser loads from rules/. Scenarios are for `npm run rules:test`, not for the app. */
const publishedRules = ['manifest.json', 'catalog.json', 'sources.json', 'packs', 'scenarios', 'schema'];

/**
 * The Content-Security-Policy for the built app. Only in the build: the dev server injects inline
 * scripts for React Fast Refresh, which `script-src 'self'` would block. A meta tag cannot carry
 * frame-ancestors; set that as a response header where the app is hosted.
 * 'wasm-unsafe-eval' lets the PDF renderer (loaded only on export) compile its WebAssembly layout engine; it
 * allows no JavaScript eval. `data:` in connect-src lets it read that module from the data: URL it ships in:
 * a data: URL is read inside the browser, nothing leaves it.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Every file under rules/ that the app may fetch, as paths relative to rules/ with forward slashes. */
function publishedRuleFiles(): string[] {
  return publishedRules.flatMap((entry) => {
    const full = join(rulesDir, entry);
    if (!existsSync(full)) return [];
    if (!statSync(full).isDirectory()) return [entry];
    return readdirSync(full, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.json'))
      .map((name) => `${entry}/${name.split(sep).join('/')}`)
      .sort();
  });
}

/** The name the default pack's bundle is served under, in rules/; src/app/fetch-rules.ts asks for it. */
const BUNDLE = 'default-pack.json';

/**
 * The default pack as the app loads it, in one file: the manifest, the catalog, the sources and every pack file the
 * manifest lists, as their text keyed by path (src/lib/rule-texts.ts, RuleTexts). One request instead of eighteen,
 * and none waiting for the manifest first: a phone on a slow network paid for every round trip. A listed file that
 * is missing is left out, and the app names it.
 */
function defaultPackBundle(): string {
  const manifest = readFileSync(join(rulesDir, 'manifest.json'), 'utf8');
  let packs: unknown = [];
  try {
    packs = (JSON.parse(manifest) as { packs?: unknown }).packs;
  } catch {
    // A manifest that is not JSON goes as it is: the compiler names where it breaks.
  }
  const listed = Array.isArray(packs) ? packs.filter((p): p is string => typeof p === 'string' && /^[a-z0-9-]+\.json$/.test(p)) : [];
  const names = ['catalog.json', 'sources.json', ...listed.map((p) => `packs/${p}`)];
  const texts: Record<string, string> = { 'manifest.json': manifest };
  for (const name of names) if (existsSync(join(rulesDir, name))) texts[name] = readFileSync(join(rulesDir, name), 'utf8');
  return JSON.stringify(texts);
}

/**
 * Serves rules/ at /rules/ in dev (reloading the page when a rule file changes) and copies it into dist/rules/, with
 * the default pack's bundle beside it (made afresh on each request in dev, so an edit shows at once).
 */
function rulesPlugin(): Plugin {
  return {
    name: 'model-advisor:rules',
    configureServer(server) {
      server.watcher.add(rulesDir);
      server.watcher.on('change', (file) => {
        if (file.startsWith(rulesDir + sep)) server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use('/rules', (req, res, next) => {
        const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
        if (path === `/${BUNDLE}`) {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(defaultPackBundle());
          return;
        }
        const file = resolve(rulesDir, `.${path}`);
        const inside = relative(rulesDir, file);
        if (inside.startsWith('..') || !file.endsWith('.json') || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const name of publishedRuleFiles()) {
        this.emitFile({ type: 'asset', fileName: `rules/${name}`, source: readFileSync(join(rulesDir, name)) });
      }
      this.emitFile({ type: 'asset', fileName: `rules/${BUNDLE}`, source: defaultPackBundle() });
    },
  };
}

/** Puts the CSP right after the charset declaration, before anything it has to govern. */
function cspPlugin(): Plugin {
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  return {
    name: 'model-advisor:csp',
    apply: 'build',
    transformIndexHtml(html) {
      if (!charset.test(html)) throw new Error('index.html needs a <meta charset> for the CSP to follow');
      const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`;
      return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
    },
  };
}

export default defineConfig({
  plugins: [react(), rulesPlugin(), cspPlugin()],
  publicDir: 'public',
  preview: {
    // The same policy as the build's meta tag, plus frame-ancestors, which only a response header can carry
    // (README, "Hosting"). Lighthouse and the browser tests run against this server.
    headers: { 'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'` },
  },
  // Module workers (the engine's, the PDF's) so that they can load their heavy parts with import() as the page does.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  test: {
    // Every core: the main process mostly waits, and Vitest's default (one core fewer) halves a 2-core machine.
    maxWorkers: availableParallelism(),
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
    // Three projects: `npm test` runs unit and jsdom, `npm run test:slow` runs slow (README, "Tests").
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // The engine, the domain, the CLI and the libraries: pure functions in Node. One module graph for all
          // files (no per-file isolation): none of them keeps state between tests, and re-importing the engine
          // and zod for every file was most of the suite's time.
          include: ['test/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'test/e2e/**', '**/*.slow.test.*'],
          environment: 'node',
          isolate: false,
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          // Components, each file in its own jsdom document.
          include: ['test/**/*.test.tsx'],
          exclude: ['**/node_modules/**', 'test/e2e/**', '**/*.slow.test.*'],
          environment: 'jsdom',
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'slow',
          // Rendering real PDFs (in Node and through the CLI), the whole rules studio in jsdom, the evaluator's
          // properties (on the default and a 1,000-rule pack) and the fuzzing of untrusted input (answers and rule
          // files, stored packs, share links, zip limits).
          include: ['test/**/*.slow.test.ts', 'test/**/*.slow.test.tsx'],
          environment: 'node',
          // Seconds each by nature, more on a busy machine: the default 5 s made CI fail on load, not on a defect.
          testTimeout: 30_000,
          setupFiles: ['test/setup.ts'],
        },
      },
    ],
  },
});
