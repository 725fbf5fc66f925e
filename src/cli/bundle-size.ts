import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budget for the JavaScript the first page load fetches: 180 KB gzip in issue 6, 150 KB since issue 14 (phones). */
export const INITIAL_BUDGET_BYTES = 150 * 1024;

export interface ChunkSize {
  file: string;
  /** The chunk's name without its content hash: `results-step` for assets/results-step-B11HN6xL.js. */
  name: string;
  raw: number;
  gzip: number;
  initial: boolean;
  /** The chunks this one imports statically (they load with it), as `assets/...` paths. */
  imports: string[];
  /** The chunks this one loads with import(), when the user first needs them. */
  dynamicImports: string[];
}

/** A part of the app loaded on demand: a chunk something import()s, and what it costs beyond the first load. */
export interface LazyPart {
  name: string;
  file: string;
  /** Gzip bytes of the chunk and every chunk it imports statically that the first load did not fetch. */
  gzip: number;
  /** Those chunks' names, the part's own first. */
  chunks: string[];
}

/** The scripts index.html loads at once: its module entry and every module it preloads. */
export function initialScripts(html: string): string[] {
  const refs = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)];
  return refs.map((m) => (m[1] ?? m[2] ?? '').replace(/^\//, '')).filter(Boolean);
}

/**
 * A chunk's name: its file name without the directory and the content hash Vite appends.
 * @example chunkName('assets/render-pdf-CYMHp4O6.js') // 'render-pdf'
 */
export function chunkName(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return /^(.+)-[\w-]{8}\.js$/.exec(base)?.[1] ?? base.replace(/\.js$/, '');
}

/**
 * The sibling chunks a built chunk imports, statically and with import(), as `assets/...` paths. Built chunks
 * name each other `./name-hash.js` (minified: `from"./x.js"`, `import"./x.js"`, import(`./x.js`)).
 * @example chunkImports('import{a}from"./engine-B3.js";import(`./results-step-B1.js`)').dynamicImports // ['assets/results-step-B1.js']
 */
export function chunkImports(code: string): { imports: string[]; dynamicImports: string[] } {
  const found = (re: RegExp) => [...new Set([...code.matchAll(re)].map((m) => `assets/${m[1] ?? ''}`))].sort();
  return {
    imports: found(/(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+\.js)["'`]/g),
    dynamicImports: found(/\bimport\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g),
  };
}

/** Every JavaScript chunk of a build, with its raw and gzip size, whether the first load fetches it and its imports. */
export function chunkSizes(dist: string): ChunkSize[] {
  const initial = new Set(initialScripts(readFileSync(join(dist, 'index.html'), 'utf8')));
  return readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const file = `assets/${f}`;
      const bytes = readFileSync(join(dist, file));
      const size = {
        file,
        name: chunkName(file),
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        initial: initial.has(file),
      };
      return { ...size, ...chunkImports(bytes.toString('utf8')) };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
}

/**
 * The parts loaded on demand (results, PDF report, studio, ...): each chunk that some chunk import()s and the
 * first load does not fetch, with what opening it first costs: the chunk plus its static imports not yet loaded.
 * A chunk two parts share counts in both, since either may be opened first.
 * @example lazyParts(chunkSizes('dist')).map((p) => p.name) // ['render-pdf', 'results-step']
 */
export function lazyParts(chunks: ChunkSize[]): LazyPart[] {
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const entries = new Set(chunks.flatMap((c) => c.dynamicImports).filter((f) => byFile.get(f)?.initial === false));
  return [...entries]
    .map((file) => {
      const needed: ChunkSize[] = [];
      const visit = (f: string) => {
        const chunk = byFile.get(f);
        if (!chunk || chunk.initial || needed.includes(chunk)) return;
        needed.push(chunk);
        chunk.imports.forEach(visit);
      };
      visit(file);
      return { name: chunkName(file), file, gzip: needed.reduce((n, c) => n + c.gzip, 0), chunks: needed.map((c) => c.name) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function main(): number {
  const dist = process.argv[2] ?? 'dist';
  let sizes: ChunkSize[];
  try {
    sizes = chunkSizes(dist);
  } catch (error) {
    console.error(`cannot read the build in ${dist}: ${error instanceof Error ? error.message : String(error)}; run npm run build first`);
    return 1;
  }
  const width = Math.max(...sizes.map((s) => s.name.length));
  for (const s of sizes)
    console.log(
      `${s.initial ? 'initial' : 'lazy   '}  ${s.name.padEnd(width)}  ${kb(s.gzip).padStart(9)} gzip  ${kb(s.raw).padStart(10)} raw  ${s.file}`,
    );
  console.log('loaded on demand (gzip, with the chunks it needs that the first load did not fetch):');
  for (const p of lazyParts(sizes)) console.log(`  ${p.name.padEnd(width)}  ${kb(p.gzip).padStart(9)}  ${p.chunks.join(' + ')}`);
  const initial = sizes.filter((s) => s.initial).reduce((n, s) => n + s.gzip, 0);
  const verdict = initial <= INITIAL_BUDGET_BYTES ? 'within' : 'OVER';
  console.log(`initial JavaScript: ${kb(initial)} gzip, ${verdict} the ${kb(INITIAL_BUDGET_BYTES)} budget`);
  return initial <= INITIAL_BUDGET_BYTES ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
