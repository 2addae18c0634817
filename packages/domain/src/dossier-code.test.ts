import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DossierCodeParts, formatDossierCode, parseDossierCode } from './dossier-code.js';
import { addDays, type Day } from './time.js';

const agency = fc.stringMatching(/^[A-Za-z0-9_.-]{1,20}$/);
const day = fc.integer({ min: 0, max: 36524 }).map((n) => addDays('2000-01-01', n) as Day);
const parts = fc.record({
  agency,
  receivedDay: day,
  system: fc.stringMatching(/^\d{2}$/),
  sequence: fc.integer({ min: 1, max: 10_000_000 }),
});

describe('dossier codes (Thông tư 04/2025: MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX)', () => {
  it('reads a code into its parts', () => {
    expect(parseDossierCode('H24.105.07-260125-010042')).toEqual({
      agency: 'H24.105.07',
      receivedDay: '2026-01-25',
      system: '01',
      sequence: 42,
    });
    expect(parseDossierCode('07294-261203-0112345')?.sequence).toBe(12345);
  });

  it('refuses what is not in the form', () => {
    for (const bad of [
      'HS-2024-001',
      'H24-261303-010001', // month 13
      'H24-260229-010001', // not a leap year
      'H24-261203-01001', // 3-digit sequence
      'H24-261203-0100001', // a long sequence with a leading zero has no single reading
      'H24-261203-010000', // sequences start at 1
      '-261203-010001',
    ])
      expect(parseDossierCode(bad), bad).toBeNull();
  });

  it('parse(format(parts)) == parts', () => {
    fc.assert(
      fc.property(parts, (p) => {
        expect(parseDossierCode(formatDossierCode(p))).toEqual(p);
      }),
    );
  });

  it('format(parse(x)) == x for every code in the form', () => {
    const code = fc
      .tuple(
        agency,
        fc.oneof(
          day.map((d) => d.slice(2).replaceAll('-', '')),
          fc.stringMatching(/^\d{6}$/),
        ),
      )
      .chain(([a, d]) =>
        fc.tuple(fc.stringMatching(/^\d{2}$/), fc.stringMatching(/^\d{4,8}$/)).map(([s, q]) => `${a}-${d}-${s}${q}`),
      );
    fc.assert(
      fc.property(code, (x) => {
        const p = parseDossierCode(x) as DossierCodeParts | null;
        if (p) expect(formatDossierCode(p)).toBe(x);
      }),
    );
    // ...and the generator does reach codes in the form, so the property is not vacuous.
    expect(fc.sample(code, 200).filter((x) => parseDossierCode(x) !== null).length).toBeGreaterThan(20);
  });

  it('refuses to format parts no code can hold', () => {
    const ok: DossierCodeParts = { agency: 'A', receivedDay: '2026-12-03' as Day, system: '01', sequence: 1 };
    expect(formatDossierCode(ok)).toBe('A-261203-010001');
    expect(() => formatDossierCode({ ...ok, sequence: 0 })).toThrow(RangeError);
    expect(() => formatDossierCode({ ...ok, system: '1' })).toThrow(RangeError);
    expect(() => formatDossierCode({ ...ok, receivedDay: '1999-12-31' as Day })).toThrow(RangeError);
    expect(() => formatDossierCode({ ...ok, agency: 'a/b' })).toThrow(RangeError);
  });
});
