// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SiteHeader } from '../../src/app/site-header';

const html = readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8');

/** The markup with the whitespace between tags (index.html's indentation) taken out. */
const tight = (markup: string) => markup.replace(/>\s+</g, '><').trim();

describe('the header painted before the scripts run', () => {
  const root = new DOMParser().parseFromString(html, 'text/html').getElementById('root');

  it('is the header the app renders on the wizard, so nothing moves or changes when the app starts', () => {
    expect(tight(root?.querySelector('header')?.outerHTML ?? '(no header in #root)')).toBe(
      renderToStaticMarkup(<SiteHeader view="wizard" wizardHash="#/" />),
    );
  });

  it('leaves an empty main for the app, and says what the page needs without JavaScript', () => {
    expect(root?.querySelector('main#main')?.textContent).toBe('');
    expect(html).toMatch(/<noscript>[^<]*needs JavaScript[^<]*<\/noscript>/);
  });
});
