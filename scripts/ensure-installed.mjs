// Run before `npm test` (the `pretest` script): on a fresh clone, installs the locked dependencies first, so the
// README's test command works on its own. Uses nothing but Node, since nothing else is installed yet.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(join(root, 'node_modules', 'vitest', 'package.json')) || !existsSync(marker)) {
  console.log('node_modules is missing or incomplete: installing the locked dependencies (npm ci) first');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('npm ci failed; the tests cannot run without their dependencies');
    process.exit(result.status ?? 1);
  }
}
