// The language of what the API says to people (problem titles and details): Vietnamese unless the
// request's Accept-Language (RFC 9110 §12.5.4) prefers English. Negotiated here and nowhere else.

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
const DEFAULT_LANG: Lang = 'vi';

/** A sentence in every language the API speaks. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}
export const text = (vi: string, en: string): Text => ({ vi, en });

// Far more than any browser sends; a longer header is not read past this many ranges.
const MAX_RANGES = 64;

/**
 * The language to answer in for an Accept-Language header. Each range counts for the language of its
 * primary subtag (`en-US` and `en` are English); a language takes the highest q of its ranges, `*` gives
 * its q to a language no range names, q=0 refuses. The highest q wins; on a tie, the range listed first;
 * when nothing we speak is acceptable (or the header is absent or unreadable), Vietnamese.
 */
export function negotiateLanguage(header: string | readonly string[] | undefined): Lang {
  if (header === undefined) return DEFAULT_LANG;
  const value = typeof header === 'string' ? header : header.join(',');
  const named = new Map<Lang, { q: number; order: number }>();
  let wildcard: { q: number; order: number } | null = null;
  const ranges = value.split(',', MAX_RANGES);
  for (let order = 0; order < ranges.length; order++) {
    const [rawTag = '', ...params] = ranges[order]!.split(';');
    const tag = rawTag.trim().toLowerCase();
    if (!/^(\*|[a-z]{1,8}(-[a-z0-9]{1,8})*)$/.test(tag)) continue;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*(0(\.\d{0,3})?|1(\.0{0,3})?)\s*$/i.exec(p);
      if (m) q = Number(m[1]);
      else if (/^\s*q\s*=/i.test(p)) q = Number.NaN; // a malformed weight: the range is ignored
    }
    if (Number.isNaN(q)) continue;
    if (tag === '*') {
      if (wildcard === null || q > wildcard.q) wildcard = { q, order };
      continue;
    }
    const primary = tag.split('-')[0] as string;
    const lang = (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : null;
    if (lang === null) continue;
    const seen = named.get(lang);
    // A language named twice keeps its best weight (`en-US;q=0.9, en;q=0.2` is English at 0.9), but a
    // language named at q=0 anywhere is refused, as its author plainly meant.
    if (seen === undefined) named.set(lang, { q, order });
    else if (seen.q === 0 || q === 0) named.set(lang, { q: 0, order: seen.order });
    else if (q > seen.q) named.set(lang, { q, order: seen.order });
  }
  let best: { lang: Lang; q: number; order: number } | null = null;
  for (const lang of LANGS) {
    const w = named.get(lang) ?? wildcard;
    if (!w || w.q <= 0) continue;
    if (best === null || w.q > best.q || (w.q === best.q && w.order < best.order)) best = { lang, ...w };
  }
  return best?.lang ?? DEFAULT_LANG;
}

/** `Vary` and `Content-Language` go with every answer whose words were negotiated. */
export const languageHeaders = (lang: Lang): Record<string, string> => ({
  'content-language': lang,
  vary: 'Accept-Language',
});
