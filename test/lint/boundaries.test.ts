import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The files linted here do not exist on disk, so the TypeScript project service cannot type them; the
 * boundary rules need no type information, so type-aware rules are switched off for these checks only.
 */
const eslint = new ESLint({
  cwd: fileURLToPath(new URL('../..', import.meta.url)),
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('layer boundaries', { timeout: 30_000 }, () => {
  it('reports react imported from the engine', async () => {
    const found = await problems('src/engine/bad.ts', "import { useState } from 'react';\nexport const hook = useState;\n");
    expect(found).toEqual([expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: 'react'/)]);
  });

  it('reports react imported from the domain', async () => {
    const found = await problems('src/domain/bad.ts', "import { createElement } from 'react';\nexport const h = createElement;\n");
    expect(found).toEqual([expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: 'react'/)]);
  });

  it('reports a feature importing another feature', async () => {
    const found = await problems(
      'src/results/bad.ts',
      "import { wizardMachine } from '../wizard/wizard-machine';\nexport const m = wizardMachine;\n",
    );
    // Both the import rule and the path rule (which needs the file to exist) report it.
    expect(found).toEqual([
      expect.stringContaining('src/results must not import src/wizard'),
      expect.stringContaining('import-x/no-restricted-paths'),
    ]);
  });

  it('reports the engine reaching into an outer folder, resolved by path', async () => {
    const found = await problems('src/engine/bad.ts', "import { parseArgs } from '../cli/args';\nexport const p = parseArgs;\n");
    expect(found).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: /)]);
  });

  it('reports the domain importing the engine', async () => {
    const found = await problems('src/domain/bad.ts', "import { recommend } from '../engine';\nexport const r = recommend;\n");
    expect(found).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: /)]);
  });

  it('accepts an engine file that imports only the domain, itself and its libraries', async () => {
    const code = [
      "import type { z } from 'zod';",
      "import { sha256 } from '@noble/hashes/sha2.js';",
      "import { Region } from '../domain';",
      "import { canonicalJson } from './hash';",
      'export type RegionName = z.infer<typeof Region>;',
      'export const parts = [sha256, Region, canonicalJson];',
      '',
    ].join('\n');
    expect(await problems('src/engine/good.ts', code)).toEqual([]);
  });
});
