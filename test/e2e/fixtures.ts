import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/** Where the production build is served (playwright.config.ts). Every request must go here and nowhere else. */
export const APP_ORIGIN = 'http://127.0.0.1:4173';

/** The answers file the import and share-link tests use. */
export const FIXTURE_PATH = resolve(import.meta.dirname, '../fixtures/answers-basic.json');
export const fixtureText = (): string => readFileSync(FIXTURE_PATH, 'utf8');

interface CspViolation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
    __reportCspViolation?: (v: CspViolation) => void;
  }
}

/**
 * App bugs found by these tests and not fixed yet. Each is tolerated by the shared checks (so that every other
 * test still catches everything else) and pinned by its own `test.fail()` test in known-app-bugs.spec.ts, which
 * turns the suite red once the bug is fixed: then delete the entry here and the `test.fail()` there.
 */
export interface KnownAppBug {
  id: string;
  kind: 'consoleError' | 'cspViolation';
  /** Matches the message recorded for that kind (see Misbehaviour). */
  pattern: RegExp;
}

export const KNOWN_APP_BUGS: readonly KnownAppBug[] = [];

/** What the page did that it must not: third-party requests, console errors, uncaught errors, CSP violations. */
export interface Misbehaviour {
  foreignRequests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  /** Every request the pages made, for debugging a failure. */
  requests: string[];
}

/** Same-origin requests, and blob:/data: URLs the page made itself (they never leave the browser). */
function isOwnRequest(url: string): boolean {
  if (url.startsWith('data:')) return true;
  if (url.startsWith(`blob:${APP_ORIGIN}/`)) return true;
  try {
    return new URL(url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}

/**
 * Runs in every page before the app: keeps every securitypolicyviolation in window.__cspViolations, and reports
 * it to the test as well, so that a violation before a reload is not lost with the page's globals.
 */
function listenForCspViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    const v = { directive: e.violatedDirective, blockedURI: e.blockedURI, sourceFile: e.sourceFile, line: e.lineNumber };
    window.__cspViolations?.push(v);
    window.__reportCspViolation?.(v);
  });
}

async function watchContext(context: BrowserContext, seen: Misbehaviour): Promise<void> {
  await context.exposeFunction('__reportCspViolation', (v: CspViolation) => {
    seen.cspViolations.push(`${v.directive} blocked ${v.blockedURI || '(inline)'} in ${v.sourceFile}:${v.line}`);
  });
  await context.addInitScript(listenForCspViolations);
  const watchPage = (page: Page) => {
    page.on('request', (request) => {
      const url = request.url();
      seen.requests.push(`${request.method()} ${url}`);
      if (!isOwnRequest(url)) seen.foreignRequests.push(`${request.method()} ${url}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error')
        seen.consoleErrors.push(`${message.text()} (${message.location().url}:${message.location().lineNumber})`);
    });
    page.on('pageerror', (error) => seen.pageErrors.push(error.stack ?? error.message));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
}

/** The CSP violations each open page still holds in window.__cspViolations. */
async function violationsInPages(context: BrowserContext): Promise<string[]> {
  const found: string[] = [];
  for (const page of context.pages()) {
    if (page.isClosed() || page.url() === 'about:blank') continue;
    const list = await page.evaluate(() => window.__cspViolations ?? null).catch(() => []);
    expect(list, `window.__cspViolations was not set up in ${page.url()}`).not.toBeNull();
    for (const v of list ?? []) found.push(`${v.directive} blocked ${v.blockedURI || '(inline)'} in ${v.sourceFile}:${v.line}`);
  }
  return found;
}

/**
 * Playwright's test, with every page of the test's browser context watched: at the end the test fails on any
 * request that is not to the app's own origin, any console error or uncaught exception, and any
 * Content-Security-Policy violation.
 */
export const test = base.extend<{
  misbehaviour: Misbehaviour;
  toleratedAppBugs: readonly KnownAppBug[];
  expectedConsoleErrors: readonly RegExp[];
}>({
  toleratedAppBugs: [KNOWN_APP_BUGS, { option: true }],
  /**
   * Console errors a test provokes on purpose, e.g. the browser's "Failed to load resource" for a file the test
   * makes the server refuse: `test.use({ expectedConsoleErrors: [/status of 500.*default-pack\.json/] })`.
   */
  expectedConsoleErrors: [[], { option: true }],
  misbehaviour: [
    async ({ context, toleratedAppBugs, expectedConsoleErrors }, use, testInfo) => {
      const seen: Misbehaviour = { foreignRequests: [], consoleErrors: [], pageErrors: [], cspViolations: [], requests: [] };
      await watchContext(context, seen);
      await use(seen);
      const tolerated = new Set<string>();
      const keep = (kind: KnownAppBug['kind']) => (message: string) => {
        const bug = toleratedAppBugs.find((b) => b.kind === kind && b.pattern.test(message));
        if (bug) tolerated.add(bug.id);
        return !bug;
      };
      const inPages = (await violationsInPages(context)).filter(keep('cspViolation'));
      const consoleErrors = seen.consoleErrors.filter((m) => !expectedConsoleErrors.some((p) => p.test(m))).filter(keep('consoleError'));
      const cspViolations = seen.cspViolations.filter(keep('cspViolation'));
      for (const id of tolerated) testInfo.annotations.push({ type: 'known app bug', description: id });
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('requests', { body: seen.requests.join('\n'), contentType: 'text/plain' });
      }
      // One assertion, so that a failure shows every kind of misbehaviour at once.
      expect(
        {
          foreignRequests: seen.foreignRequests,
          consoleErrors,
          pageErrors: seen.pageErrors,
          cspViolationsReported: cspViolations,
          cspViolationsInPages: inPages,
        },
        'the app must make no third-party request, log no error and break no Content-Security-Policy rule',
      ).toEqual({ foreignRequests: [], consoleErrors: [], pageErrors: [], cspViolationsReported: [], cspViolationsInPages: [] });
    },
    { auto: true },
  ],
});

export { expect };
