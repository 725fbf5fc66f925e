import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { AnswersInput } from '../../src/domain';
import {
  MAX_SHARE_CHARS,
  MAX_SHARE_TEXT_CHARS,
  SHARE_PREFIX,
  decodeShareFragment,
  isShareFragment,
  shareFragment,
} from '../../src/lib/share-link';
import { answersArb } from '../helpers/arbitraries';

const fixture = AnswersInput.parse(JSON.parse(readFileSync('test/fixtures/answers-basic.json', 'utf8')));
const link = shareFragment(fixture);
/** A fragment carrying any JSON text, valid answers or not. */
const carrying = (text: string) => SHARE_PREFIX + compressToEncodedURIComponent(text);

const UNPACK = 'The link is damaged or incomplete: its answers could not be unpacked. Ask for the link again.';
const CUT = 'The link is damaged or incomplete: its answers are cut off or altered. Ask for the link again.';

const messagesOf = (hash: string): string[] => {
  const decoded = decodeShareFragment(hash);
  return decoded.ok ? [] : decoded.messages;
};

describe('shareFragment / decodeShareFragment', () => {
  it('round-trips the fixture', () => {
    expect(link.startsWith(SHARE_PREFIX)).toBe(true);
    expect(isShareFragment(link)).toBe(true);
    expect(decodeShareFragment(link)).toEqual({ ok: true, answers: fixture });
  });

  it('opens a link made by the version that wrote answers format 1, as format 2 with nothing lost', () => {
    const old = carrying(readFileSync('test/fixtures/answers-v1.json', 'utf8'));
    expect(decodeShareFragment(old)).toEqual({ ok: true, answers: fixture, upgradedFrom: 1 });
  });

  it('round-trips any valid answers', () => {
    fc.assert(
      fc.property(answersArb(5), (answers) => {
        expect(decodeShareFragment(shareFragment(answers))).toEqual({ ok: true, answers });
      }),
    );
  });

  it('refuses a crafted link that would unpack to more than any answers hold, before unpacking it all', () => {
    // A few kilobytes of link that would unpack to 1,100,000 characters (a real bomb packs far more; making one
    // here would take long, and the limit is what is tested).
    const bomb = SHARE_PREFIX + compressToEncodedURIComponent(`{"a":"${'x'.repeat(1_100_000)}"}`);
    expect(bomb.length).toBeLessThan(MAX_SHARE_CHARS);
    expect(decodeShareFragment(bomb)).toEqual({
      ok: false,
      messages: [
        `The link unpacks to more than ${MAX_SHARE_TEXT_CHARS.toLocaleString('en-US')} characters, more than any answers hold, so it was not opened. Ask for the link again.`,
      ],
    });
  });

  it('fits the largest answers the schema allows (50 use cases, long non-Latin names) within the limit', () => {
    const name = (i: number) =>
      Array.from({ length: 120 }, (_, j) => String.fromCodePoint(0x4e00 + ((i * 131 + j * 7919) % 20000))).join('');
    const big = AnswersInput.parse({
      ...fixture,
      organization: { ...fixture.organization, name: name(999) },
      useCases: Array.from({ length: 50 }, (_, i) => ({
        ...fixture.useCases[0],
        id: `${String(i).padStart(2, '0')}-${'x'.repeat(37)}`,
        name: name(i),
        languages: Array.from({ length: 50 }, (_, j) => String.fromCharCode(97 + ((i + j) % 26), 97 + ((i * 3 + j * 5) % 26))),
        longContext: true,
        fineTuning: true,
      })),
    });
    const fragment = shareFragment(big);
    expect(fragment.length - SHARE_PREFIX.length).toBeLessThanOrEqual(MAX_SHARE_CHARS);
    expect(decodeShareFragment(fragment)).toEqual({ ok: true, answers: big });
  });

  it('tells share fragments from step fragments', () => {
    expect(isShareFragment('#/volume')).toBe(false);
    expect(isShareFragment('#/')).toBe(false);
    expect(isShareFragment('#/share/x')).toBe(true);
  });
});

describe('decodeShareFragment refuses damaged links with a clear message', () => {
  it('an empty payload', () => {
    expect(decodeShareFragment(SHARE_PREFIX)).toEqual({
      ok: false,
      messages: ['The share link carries no answers: the part after "#/share/" is empty.'],
    });
  });

  it.each(['garbage', '%%%', '!!!!', 'ÿÿÿÿ'])('garbage: %s', (payload) => {
    expect(messagesOf(SHARE_PREFIX + payload)).toEqual([UNPACK]);
  });

  it('a link cut in half', () => {
    expect(messagesOf(link.slice(0, Math.floor(link.length / 2)))).toEqual([UNPACK]);
  });

  it('a link whose last characters are missing', () => {
    expect(messagesOf(link.slice(0, -3))).toEqual([UNPACK]);
  });

  it('a link whose JSON is cut off', () => {
    expect(messagesOf(carrying(JSON.stringify(fixture).slice(0, 100)))).toEqual([CUT]);
  });

  it('valid JSON that is not valid answers names the field path', () => {
    const [first, ...rest] = fixture.useCases;
    const bad = { ...fixture, useCases: [{ ...first, monthlyTokens: 0 }, ...rest] };
    expect(messagesOf(carrying(JSON.stringify(bad)))).toEqual([
      "The link's answers are not valid: useCases[0].monthlyTokens: must be greater than 0",
    ]);
  });

  it('names every missing section', () => {
    expect(messagesOf(carrying('{"schemaVersion":1}'))).toEqual(
      ['organization', 'regulation', 'team', 'priorities', 'useCases'].map((p) => `The link's answers are not valid: ${p}: is required`),
    );
  });

  it('refuses unknown keys rather than dropping them', () => {
    expect(messagesOf(carrying(JSON.stringify({ ...fixture, secret: 1 })))).toEqual([
      'The link\'s answers are not valid: (root): unknown key "secret"',
    ]);
  });

  it.each([
    ['null', 'must be an object, not null'],
    ['42', 'must be an object, not number 42'],
  ])('JSON %s', (text, message) => {
    expect(messagesOf(carrying(text))).toEqual([`The link's answers are not valid: (root): ${message}`]);
  });

  it('an over-long link, before trying to unpack it', () => {
    expect(messagesOf(SHARE_PREFIX + 'A'.repeat(MAX_SHARE_CHARS + 1))).toEqual([
      `The share link is too long (${MAX_SHARE_CHARS + 1} characters; at most ${MAX_SHARE_CHARS}).`,
    ]);
  });

  it('the length limit is inclusive', () => {
    expect(messagesOf(SHARE_PREFIX + 'A'.repeat(MAX_SHARE_CHARS))).toEqual([UNPACK]);
  });
});

type Edit = { kind: 'append'; text: string } | { kind: 'remove'; at: number; count: number } | { kind: 'alter'; at: number; text: string };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('append' as const), text: fc.string({ unit: 'binary', minLength: 1 }) }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('alter' as const), at: fc.nat(), text: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) }),
);

/** Applies an edit to the payload (after the prefix), so the result is still a share fragment. */
function edited(fragment: string, edit: Edit): string {
  const payload = fragment.slice(SHARE_PREFIX.length);
  if (edit.kind === 'append') return fragment + edit.text;
  const at = edit.at % payload.length;
  const end = edit.kind === 'remove' ? at + edit.count : at + 1;
  return SHARE_PREFIX + payload.slice(0, at) + (edit.kind === 'alter' ? edit.text : '') + payload.slice(end);
}

describe('decodeShareFragment on tampered links', () => {
  it('either gives valid answers or refuses with at least one message, and never throws', () => {
    fc.assert(
      fc.property(answersArb(3), fc.array(editArb, { minLength: 1, maxLength: 3 }), (answers, edits) => {
        const hash = edits.reduce(edited, shareFragment(answers));
        const decoded = decodeShareFragment(hash);
        if (decoded.ok) expect(AnswersInput.safeParse(decoded.answers).success).toBe(true);
        else {
          expect(decoded.messages.length).toBeGreaterThan(0);
          for (const m of decoded.messages) expect(m).toMatch(/^The (share )?link/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
