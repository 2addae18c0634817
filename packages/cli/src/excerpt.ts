// How a message quotes a value a user gave (a cell, a header, an option): whole when short, else its first
// characters and its length, so a 5 MB cell cannot flood the terminal or a log. The one rule for every
// message that quotes a user's value.
import { type Lang, say } from './i18n.js';

/** Characters of a value shown before it is cut. */
export const EXCERPT_CHARS = 40;

/** 5242880 → "5 242 880" (Vietnamese groups with spaces here, so the figure never reads as a decimal). */
const grouped = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** The first `max` characters of a text longer than that, and its length in characters; null when it fits.
 *  Only a long text is counted by code point: short ones, the usual case, cost one length check. */
function cut(text: string, max: number): { head: string; total: number } | null {
  if (text.length <= max) return null;
  const chars = Array.from(text.length > 4 * max ? text.slice(0, 2 * max) : text);
  const total = text.length > 4 * max ? countCodePoints(text) : chars.length;
  return total <= max ? null : { head: chars.slice(0, max).join(''), total };
}

const length = (total: number, lang: Lang): string =>
  say(lang, `(${grouped(total, ' ')} ký tự)`, `(${grouped(total, ',')} characters)`);

/**
 * The value in JSON quotes; past EXCERPT_CHARS characters (code points, so no emoji is cut in half) only
 * its start, marked as cut and followed by its length: `"xxxx…"… (5 242 880 ký tự)`.
 */
export function quoteValue(value: string, lang: Lang): string {
  const c = cut(value, EXCERPT_CHARS);
  return c ? `${JSON.stringify(c.head)}… ${length(c.total, lang)}` : JSON.stringify(value);
}

/** Characters of another program's message (a parser's, a rule's) shown before it is cut: such a message
 *  may itself quote a user's value whole. */
export const DETAIL_CHARS = 300;

/** A message from elsewhere that may quote a value: whole when short, else its start, marked, and its length. */
export function clipText(text: string, lang: Lang): string {
  const c = cut(text, DETAIL_CHARS);
  return c ? `${c.head}… ${length(c.total, lang)}` : text;
}

function countCodePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
