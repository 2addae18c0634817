// isValidInstant and isValidDay read character codes instead of going through a regex and Date. The
// Date-based versions they replaced are kept here as the reference: both must give the same answer for
// every string, so the faster check neither lets an impossible time in nor refuses a good one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISO_DAY_PATTERN, ISO_INSTANT_PATTERN, isValidDay, isValidInstant } from './time.js';

function referenceDay(s: string): boolean {
  if (!ISO_DAY_PATTERN.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function referenceInstant(s: string): boolean {
  const m = ISO_INSTANT_PATTERN.exec(s);
  if (!m || Number.isNaN(Date.parse(s))) return false;
  if (!referenceDay(s.slice(0, 10))) return false;
  const hh = Number(s.slice(11, 13));
  const mm = Number(s.slice(14, 16));
  const ss = s[16] === ':' ? Number(s.slice(17, 19)) : 0;
  if (hh > 23 || mm > 59 || ss > 59) return false;
  const off = /([+-])(\d{2}):(\d{2})$/.exec(s);
  return !off || (Number(off[2]) <= 14 && Number(off[3]) <= 59);
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
/** Well-formed instants with every part drawn around and beyond its limits. */
const instant = fc
  .record({
    y: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 99, 100, 1900, 2000, 2023, 2024, 2100)),
    mo: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
    h: fc.integer({ min: 0, max: 25 }),
    mi: fc.integer({ min: 0, max: 61 }),
    s: fc.option(fc.integer({ min: 0, max: 61 })),
    frac: fc.option(fc.stringMatching(/^\d{0,11}$/)),
    zone: fc.oneof(
      fc.constant('Z'),
      fc
        .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 16 }), fc.integer({ min: 0, max: 61 }))
        .map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
      fc.constantFrom('', 'z', '+07', '+0700', '+07:00 ', 'UTC'),
    ),
  })
  .map(
    (p) =>
      `${pad(p.y, 4)}-${pad(p.mo, 2)}-${pad(p.d, 2)}T${pad(p.h, 2)}:${pad(p.mi, 2)}` +
      (p.s === null ? '' : `:${pad(p.s, 2)}${p.frac === null ? '' : `.${p.frac}`}`) +
      p.zone,
  );
/** A good instant with one character replaced, inserted or removed. */
const mangled = fc
  .tuple(
    fc.constantFrom('2024-02-29T08:30:00.123456789+07:00', '2024-01-05T08:30Z', '2023-12-31T23:59:59-14:59'),
    fc.nat(),
    fc.constantFrom('0', '9', '-', ':', 'T', 'Z', '+', '.', ' ', 'x', '٣', ''),
    fc.constantFrom('replace', 'insert'),
  )
  .map(([s, at, c, how]) => {
    const i = at % (s.length + 1);
    return how === 'replace' ? s.slice(0, i) + c + s.slice(i + 1) : s.slice(0, i) + c + s.slice(i);
  });

describe('character-code instant and day checks', () => {
  it('agree with the regex-and-Date reference on instants', () => {
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(instant, instant, mangled, fc.string()), (s) => {
        const want = referenceInstant(s);
        if (want) valid++;
        expect(isValidInstant(s), s).toBe(want);
      }),
      { numRuns: 20_000 },
    );
    expect(valid).toBeGreaterThan(100);
  });

  it('agree with the regex-and-Date reference on days', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          instant.map((s) => s.slice(0, 10)),
          mangled.map((s) => s.slice(0, 10)),
          fc.string({ maxLength: 11 }),
        ),
        (s) => {
          expect(isValidDay(s), s).toBe(referenceDay(s));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('refuses the impossible parts Date.parse would roll over', () => {
    for (const bad of ['2024-02-30T00:00Z', '1900-02-29T00:00Z', '2024-04-31T00:00Z', '2024-01-01T23:59:60Z']) {
      expect(isValidInstant(bad), bad).toBe(false);
    }
    for (const good of ['2000-02-29T00:00Z', '2024-01-01T23:59:59.000000001+14:59']) {
      expect(isValidInstant(good), good).toBe(true);
    }
  });
});
