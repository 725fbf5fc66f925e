import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSchemas } from '../../src/cli/schemas';

describe('generated JSON Schema files', () => {
  it('are up to date with the zod schemas (run npm run rules:schema when this fails)', () => {
    for (const [name, text] of Object.entries(generateSchemas())) {
      expect(readFileSync(join('rules', 'schema', name), 'utf8'), name).toBe(text);
    }
  });

  it('are referenced by every rule, catalog, sources and scenario file', () => {
    const files = [
      'manifest.json',
      'catalog.json',
      'sources.json',
      ...readdirSync('rules/packs').map((f) => `packs/${f}`),
      ...readdirSync('rules/scenarios').map((f) => `scenarios/${f}`),
    ];
    for (const f of files) {
      const json = JSON.parse(readFileSync(join('rules', f), 'utf8')) as { $schema?: string };
      expect(json.$schema, f).toMatch(/schema\/[a-z]+\.schema\.json$/);
    }
  });
});
