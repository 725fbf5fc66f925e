import { describe, expect, it } from 'vitest';
import { initialScripts } from '../../src/cli/bundle-size';

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
