import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chunkImports, chunkName, chunkSizes, initialScripts, lazyParts } from '../../src/cli/bundle-size';

describe('bundle size: which scripts the first load fetches', () => {
  it('counts the module entry and every preloaded module, not lazy chunks', () => {
    const html = `<script type="module" crossorigin src="/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/engine-b.js">
      <link rel="stylesheet" href="/assets/index-c.css">
      <link rel="icon" href="/favicon.svg">`;
    expect(initialScripts(html)).toEqual(['assets/index-a.js', 'assets/engine-b.js']);
  });

  it('finds nothing in a page without scripts', () => {
    expect(initialScripts('<html><body></body></html>')).toEqual([]);
  });
});

describe('bundle size: chunk names and imports', () => {
  it('names a chunk by its file name without the content hash', () => {
    expect(chunkName('assets/render-pdf-CYMHp4O6.js')).toBe('render-pdf');
    expect(chunkName('assets/results-step-B1_HN-xL.js')).toBe('results-step');
    expect(chunkName('assets/studio.js')).toBe('studio');
  });

  it('reads static and dynamic imports of sibling chunks from minified code', () => {
    const code =
      'import{a as b}from"./engine-B3Z5OZ1Q.js";import"./side-AAAAAAAA.js";const l=()=>import(`./results-step-B11HN6xL.js`);import("./studio-CCCCCCCC.js")';
    expect(chunkImports(code)).toEqual({
      imports: ['assets/engine-B3Z5OZ1Q.js', 'assets/side-AAAAAAAA.js'],
      dynamicImports: ['assets/results-step-B11HN6xL.js', 'assets/studio-CCCCCCCC.js'],
    });
  });
});

describe('bundle size: parts loaded on demand', () => {
  const chunk = (file: string, gzip: number, initial: boolean, imports: string[] = [], dynamicImports: string[] = []) => ({
    file,
    name: chunkName(file),
    raw: gzip * 3,
    gzip,
    initial,
    imports,
    dynamicImports,
  });

  it('costs each import()ed chunk with the static imports the first load did not fetch', () => {
    const chunks = [
      chunk(
        'assets/index-AAAAAAAA.js',
        100,
        true,
        ['assets/engine-BBBBBBBB.js'],
        ['assets/results-step-CCCCCCCC.js', 'assets/studio-DDDDDDDD.js'],
      ),
      chunk('assets/engine-BBBBBBBB.js', 50, true),
      chunk(
        'assets/results-step-CCCCCCCC.js',
        20,
        false,
        ['assets/engine-BBBBBBBB.js', 'assets/charts-EEEEEEEE.js'],
        ['assets/render-pdf-FFFFFFFF.js'],
      ),
      chunk('assets/charts-EEEEEEEE.js', 5, false),
      chunk('assets/studio-DDDDDDDD.js', 30, false, ['assets/charts-EEEEEEEE.js']),
      chunk('assets/render-pdf-FFFFFFFF.js', 400, false, ['assets/results-step-CCCCCCCC.js']),
    ];
    expect(lazyParts(chunks)).toEqual([
      { name: 'render-pdf', file: 'assets/render-pdf-FFFFFFFF.js', gzip: 425, chunks: ['render-pdf', 'results-step', 'charts'] },
      { name: 'results-step', file: 'assets/results-step-CCCCCCCC.js', gzip: 25, chunks: ['results-step', 'charts'] },
      { name: 'studio', file: 'assets/studio-DDDDDDDD.js', gzip: 30 + 5, chunks: ['studio', 'charts'] },
    ]);
  });

  it('lists no part when nothing is loaded on demand', () => {
    expect(lazyParts([chunk('assets/index-AAAAAAAA.js', 100, true)])).toEqual([]);
  });
});

describe('bundle size: reading a build', () => {
  let dist = '';
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  it('sizes every chunk, initial ones first', () => {
    dist = mkdtempSync(join(tmpdir(), 'bundle-size-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<script type="module" src="/assets/index-AAAAAAAA.js"></script>');
    writeFileSync(join(dist, 'assets/index-AAAAAAAA.js'), 'const r=()=>import(`./results-step-CCCCCCCC.js`);');
    writeFileSync(join(dist, 'assets/results-step-CCCCCCCC.js'), `export const big="${'x'.repeat(5000)}";`);
    writeFileSync(join(dist, 'assets/index-AAAAAAAA.css'), 'body{}');
    const sizes = chunkSizes(dist);
    expect(sizes.map((s) => [s.name, s.initial])).toEqual([
      ['index', true],
      ['results-step', false],
    ]);
    expect(sizes[1]?.raw).toBeGreaterThan(5000);
    expect(sizes[1]?.gzip).toBeLessThan(sizes[1]?.raw ?? 0);
    expect(lazyParts(sizes).map((p) => p.name)).toEqual(['results-step']);
  });
});
