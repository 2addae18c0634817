// Accept-Language negotiation over generated headers: never throws, always a language we speak, and
// agrees with a plain statement of the rule (highest weight wins, first listed on a tie, q=0 refuses).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Lang, negotiateLanguage } from './lang.js';

const weight = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);
const showQ = (q: number): string => (q === 1 ? '1' : q.toFixed(3).replace(/0+$/, '').replace(/\.$/, ''));
const primary = fc.constantFrom('vi', 'en', 'fr', 'de', 'zh', 'ja', 'ko', 'th', '*');
const region = fc.option(fc.constantFrom('VN', 'US', 'GB', 'AU', 'Latn'), { nil: undefined });
const range = fc.record({ primary, region, q: fc.option(weight, { nil: undefined }), upper: fc.boolean() });
type Range = { primary: string; region: string | undefined; q: number | undefined; upper: boolean };

const render = (r: Range): string => {
  const tag = r.primary === '*' ? '*' : r.region ? `${r.primary}-${r.region}` : r.primary;
  const cased = r.upper ? tag.toUpperCase() : tag;
  return r.q === undefined ? cased : `${cased};q=${showQ(r.q)}`;
};

/** The rule, written the slow and obvious way. */
function expected(ranges: readonly Range[]): Lang {
  const score = (lang: Lang): { q: number; order: number } | null => {
    const own = ranges.map((r, order) => ({ ...r, order })).filter((r) => r.primary === lang);
    if (own.length > 0) {
      const qs = own.map((r) => r.q ?? 1);
      return { q: qs.includes(0) ? 0 : Math.max(...qs), order: own[0]!.order };
    }
    const stars = ranges.map((r, order) => ({ ...r, order })).filter((r) => r.primary === '*');
    if (stars.length === 0) return null;
    const best = stars.reduce((a, b) => ((b.q ?? 1) > (a.q ?? 1) ? b : a));
    return { q: best.q ?? 1, order: best.order };
  };
  const vi = score('vi');
  const en = score('en');
  const viOk = vi !== null && vi.q > 0;
  const enOk = en !== null && en.q > 0;
  if (enOk && (!viOk || en.q > vi.q || (en.q === vi.q && en.order < vi.order))) return 'en';
  return 'vi';
}

describe('negotiateLanguage', () => {
  it('follows the rule for any well-formed header', () => {
    fc.assert(
      fc.property(fc.array(range, { maxLength: 8 }), fc.constantFrom(',', ', ', ' ,  '), (ranges, sep) => {
        const header = ranges.map(render).join(sep);
        expect(negotiateLanguage(header)).toBe(expected(ranges));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers vi or en, without throwing, for any string at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.string())), (header) => {
        expect(['vi', 'en']).toContain(negotiateLanguage(header));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the headers browsers and tools send', () => {
    expect(negotiateLanguage(undefined)).toBe('vi');
    expect(negotiateLanguage('')).toBe('vi');
    expect(negotiateLanguage('en')).toBe('en');
    expect(negotiateLanguage('en-US,en;q=0.9')).toBe('en');
    expect(negotiateLanguage('vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('vi');
    expect(negotiateLanguage('vi;q=0.9,en;q=0.8')).toBe('vi');
    expect(negotiateLanguage('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5')).toBe('en');
    expect(negotiateLanguage('en;q=0.5, vi;q=0.5')).toBe('en');
    expect(negotiateLanguage('en;q=2')).toBe('vi'); // a weight above 1 is malformed: the range is ignored
    expect(negotiateLanguage(['fr', 'en'])).toBe('en');
  });
});
