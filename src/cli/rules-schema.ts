import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSchemas } from './schemas';

/** Writes rules/schema/*.schema.json; with --check, exits 1 when a committed file is stale instead. */
function main(argv: string[]): number {
  const dir = join('rules', 'schema');
  const check = argv.includes('--check');
  const stale: string[] = [];
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(generateSchemas())) {
    const file = join(dir, name);
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      current = '';
    }
    if (current === text) continue;
    if (check) stale.push(file);
    else {
      writeFileSync(file, text);
      process.stdout.write(`wrote ${file}\n`);
    }
  }
  if (stale.length) {
    process.stderr.write(`stale JSON Schema files (run npm run rules:schema): ${stale.join(', ')}\n`);
    return 1;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
