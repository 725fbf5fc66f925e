import { compressToEncodedURIComponent } from 'lz-string';
import { AnswersInput, type Answers, formatProblem, parseWithProblems, upgradedFrom } from '../domain';
import { decompressCapped } from './lz-capped';

/** The fragment prefix of a share link: `#/share/<compressed answers>`. */
export const SHARE_PREFIX = '#/share/';
/** Longest share fragment accepted; browsers and chat tools cut longer URLs. */
export const MAX_SHARE_CHARS = 60_000;
/** Most characters a link may unpack to: the limit on an answers file. A crafted link can unpack to far more. */
export const MAX_SHARE_TEXT_CHARS = 1_000_000;

export type Decoded = { ok: true; answers: Answers; upgradedFrom?: number } | { ok: false; messages: string[] };

/**
 * The fragment that carries the answers, compressed. A fragment is never sent to a server, so the answers stay
 * with whoever holds the link.
 * @example shareFragment(answers).startsWith('#/share/') // true
 */
export function shareFragment(answers: Answers): string {
  return SHARE_PREFIX + compressToEncodedURIComponent(JSON.stringify(answers));
}

/** Whether a URL fragment is a share link. @example isShareFragment('#/share/abc') // true */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(SHARE_PREFIX);
}

/**
 * Reads the answers a share link carries; a damaged, truncated or tampered link is refused with what is wrong.
 * @example decodeShareFragment('#/share/garbage') // { ok: false, messages: ['The link is damaged or incomplete: ...'] }
 */
export function decodeShareFragment(hash: string): Decoded {
  const payload = hash.slice(SHARE_PREFIX.length);
  if (payload.length === 0) return { ok: false, messages: ['The share link carries no answers: the part after "#/share/" is empty.'] };
  if (payload.length > MAX_SHARE_CHARS)
    return { ok: false, messages: [`The share link is too long (${payload.length} characters; at most ${MAX_SHARE_CHARS}).`] };
  const unpacked = decompressCapped(payload, MAX_SHARE_TEXT_CHARS);
  if (!unpacked.ok && unpacked.reason === 'too-large')
    return {
      ok: false,
      messages: [
        `The link unpacks to more than ${MAX_SHARE_TEXT_CHARS.toLocaleString('en-US')} characters, more than any answers hold, so it was not opened. Ask for the link again.`,
      ],
    };
  const text = unpacked.ok ? unpacked.text : '';
  if (!text)
    return { ok: false, messages: ['The link is damaged or incomplete: its answers could not be unpacked. Ask for the link again.'] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, messages: ['The link is damaged or incomplete: its answers are cut off or altered. Ask for the link again.'] };
  }
  const parsed = parseWithProblems(AnswersInput, json);
  if (!parsed.ok) return { ok: false, messages: parsed.problems.map((p) => `The link's answers are not valid: ${formatProblem(p)}`) };
  return { ok: true, answers: parsed.data, ...upgradedFrom(json) };
}
