import type { RuleFiles } from '../../src/engine';
import { defaultRuleFiles } from './rules';

type Pack = { topic: string; rules: { id: string; scope?: string }[] };

/**
 * A pack of `count` use-case rules made by copying the default pack's rules under new ids, keeping its mix of
 * option-independent and per-option conditions, spread over the default pack's files.
 */
export function bigRuleFiles(count: number): RuleFiles {
  const files = defaultRuleFiles();
  const names = Object.keys(files.packs);
  const templates = names.flatMap((n) => (files.packs[n] as Pack).rules.filter((r) => r.scope !== 'portfolio'));
  let made = names.reduce((s, n) => s + (files.packs[n] as Pack).rules.length, 0);
  for (let i = 0; made < count; i += 1) {
    const t = templates[i % templates.length];
    const pack = files.packs[names[i % names.length] as string] as Pack;
    if (!t) break;
    pack.rules.push({ ...structuredClone(t), id: `${t.id}-copy-${i}` });
    made += 1;
  }
  return files;
}
