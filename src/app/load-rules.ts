import type { z } from 'zod';
import { CatalogFile, formatProblem, Manifest, parseWithProblems } from '../domain';

export const MANIFEST_URL = '/rules/manifest.json';
export const CATALOG_URL = '/rules/catalog.json';

/** What the placeholder page shows: the pack's identity and the options the engine would score. */
export interface RulesSummary {
  manifest: Manifest;
  catalog: CatalogFile;
}

/** A rule file that could not be fetched, read or validated; `url` names the file so the user can check it. */
export class RuleFileError extends Error {
  constructor(
    readonly url: string,
    readonly detail: string,
  ) {
    super(`${url}: ${detail}`);
    this.name = 'RuleFileError';
  }
}

async function fetchValidated<T>(url: string, schema: z.ZodType<T>, signal: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new RuleFileError(url, 'the request failed; check the connection to the server');
  }
  if (!response.ok) throw new RuleFileError(url, `the server answered ${response.status} ${response.statusText}`.trim());
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new RuleFileError(url, 'the file is not valid JSON');
  }
  const parsed = parseWithProblems(schema, body);
  if (!parsed.ok) throw new RuleFileError(url, parsed.problems.slice(0, 3).map(formatProblem).join('; '));
  return parsed.data;
}

/**
 * Fetches and validates the manifest and the catalog.
 * @example const { manifest } = await loadRulesSummary(new AbortController().signal)
 */
export async function loadRulesSummary(signal: AbortSignal): Promise<RulesSummary> {
  const [manifest, catalog] = await Promise.all([
    fetchValidated(MANIFEST_URL, Manifest, signal),
    fetchValidated(CATALOG_URL, CatalogFile, signal),
  ]);
  return { manifest, catalog };
}
