// How a message quotes a value a user gave (a cell, a header, an option): whole when short, else its first
// characters and its length, so a 5 MB cell cannot flood the terminal or a log. The one rule for every
// message that quotes a user's value.
import { type Lang, say } from './i18n.js';

/** Characters of a value shown before it is cut. */
export const EXCERPT_CHARS = 40;

/** 5242880 → "5 242 880" (Vietnamese groups with spaces here, so the figure never reads as a decimal). */
const grouped = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/**
 * The value in JSON quotes; past EXCERPT_CHARS characters (code points, so no emoji is cut in half) only
 * its start, marked as cut and followed by its length: `"xxxx…"… (5 242 880 ký tự)`.
 */
export function quoteValue(value: string, lang: Lang): string {
  // Only a long value is counted by code point: short ones, the usual case, cost one length check.
  if (value.length <= EXCERPT_CHARS) return JSON.stringify(value);
  const chars = Array.from(value.length > 4 * EXCERPT_CHARS ? value.slice(0, 2 * EXCERPT_CHARS) : value);
  if (value.length <= 4 * EXCERPT_CHARS && chars.length <= EXCERPT_CHARS) return JSON.stringify(value);
  const total = value.length <= 4 * EXCERPT_CHARS ? chars.length : countCodePoints(value);
  const head = JSON.stringify(chars.slice(0, EXCERPT_CHARS).join(''));
  return `${head}… ${say(lang, `(${grouped(total, ' ')} ký tự)`, `(${grouped(total, ',')} characters)`)}`;
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
