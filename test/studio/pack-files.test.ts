import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packZip } from '../../src/studio/export-zip';
import { changedFiles, placeFiles, replaceRule } from '../../src/studio/pack-files';
import { defaultRuleTexts } from '../helpers/rules';

describe('placeFiles', () => {
  it.each([
    ['rules/manifest.json', '{}', 'manifest.json'],
    ['catalog.json', '{}', 'catalog.json'],
    ['my-rules/packs/gdpr.json', 'not json yet', 'packs/gdpr.json'],
    ['rules\\scenarios\\bank.json', '{}', 'scenarios/bank.json'],
    ['extra-rules.json', '{"topic":"x","rules":[]}', 'packs/extra-rules.json'],
    ['case.json', '{"answers":{},"expect":{}}', 'scenarios/case.json'],
  ])('puts %s at %s', (path, text, where) => {
    expect(placeFiles([{ path, text }]).placed).toEqual({ [where]: text });
  });

  it('puts a file named like one in the pack in its place, even when its text is broken', () => {
    expect(placeFiles([{ path: 'licensing.json', text: '{"rules": [,' }], ['packs/licensing.json']).placed).toEqual({
      'packs/licensing.json': '{"rules": [,',
    });
    expect(placeFiles([{ path: 'bank.json', text: '{' }], ['scenarios/bank.json']).placed).toEqual({ 'scenarios/bank.json': '{' });
    expect(placeFiles([{ path: 'licensing.json', text: '{"rules": [,' }]).ignored).toHaveLength(1);
  });

  it.each([
    ['notes.txt', 'not a JSON file'],
    ['rules/schema/pack.schema.json', 'generated'],
    ['random.json', 'neither the manifest'],
  ])('leaves out %s and says why', (path, why) => {
    const r = placeFiles([{ path, text: '{}' }]);
    expect(r.placed).toEqual({});
    expect(r.ignored[0]).toContain(path);
    expect(r.ignored[0]).toContain(why);
  });
});

describe('replaceRule', () => {
  it('replaces one rule and keeps every other byte of the file', () => {
    const text = defaultRuleTexts()['packs/regulation-hipaa.json'] ?? '';
    const pack = JSON.parse(text) as { rules: Record<string, unknown>[] };
    const rule = { ...pack.rules[1], text: 'Sign a BAA, with <b>markup</b> kept as text.' };
    const next = replaceRule(text, 1, rule);
    const after = JSON.parse(next) as typeof pack;
    expect(after.rules[1]).toEqual(rule);
    expect(after.rules[0]).toEqual(pack.rules[0]);
    expect(after.rules[2]).toEqual(pack.rules[2]);
    const firstRuleEnd = text.indexOf('"id": "hipaa-sign-baa"');
    expect(next.slice(0, firstRuleEnd)).toBe(text.slice(0, firstRuleEnd));
  });
});

describe('changedFiles and packZip', () => {
  it('lists changed, added and removed files', () => {
    const base = { 'a.json': '1', 'b.json': '2' };
    expect(changedFiles(base, base)).toEqual([]);
    expect(changedFiles(base, { 'a.json': '1', 'b.json': '3', 'c.json': '' })).toEqual(['b.json', 'c.json']);
    expect(changedFiles(base, { 'a.json': '1' })).toEqual(['b.json']);
  });

  it('zips the pack in the rules/ layout, byte for byte the same each time', () => {
    const texts = defaultRuleTexts();
    const zip = packZip(texts);
    expect(packZip(texts)).toEqual(zip);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(Object.keys(texts).sort());
    expect(strFromU8(files['packs/licensing.json'] ?? new Uint8Array())).toBe(texts['packs/licensing.json']);
  });
});
