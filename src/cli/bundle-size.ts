import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budget for the JavaScript the first page load fetches (issue 6): 180 KB gzip. */
export const INITIAL_BUDGET_BYTES = 180 * 1024;

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
  initial: boolean;
}

/** The scripts index.html loads at once: its module entry and every module it preloads. */
export function initialScripts(html: string): string[] {
  const refs = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)];
  return refs.map((m) => (m[1] ?? m[2] ?? '').replace(/^\//, '')).filter(Boolean);
}

/** Every JavaScript chunk of a build, with its raw and gzip size and whether the first load fetches it. */
export function chunkSizes(dist: string): ChunkSize[] {
  const initial = new Set(initialScripts(readFileSync(join(dist, 'index.html'), 'utf8')));
  return readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const bytes = readFileSync(join(dist, 'assets', f));
      return { file: `assets/${f}`, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, initial: initial.has(`assets/${f}`) };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
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
  for (const s of sizes) console.log(`${s.initial ? 'initial' : 'lazy   '}  ${kb(s.gzip).padStart(9)} gzip  ${kb(s.raw).padStart(10)} raw  ${s.file}`);
  const initial = sizes.filter((s) => s.initial).reduce((n, s) => n + s.gzip, 0);
  const verdict = initial <= INITIAL_BUDGET_BYTES ? 'within' : 'OVER';
  console.log(`initial JavaScript: ${kb(initial)} gzip, ${verdict} the ${kb(INITIAL_BUDGET_BYTES)} budget`);
  return initial <= INITIAL_BUDGET_BYTES ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
