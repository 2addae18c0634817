import { dayOf, toVnIso } from '@motcua/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoOf, parseChannel, parseDigitised, parseFee, parseFlag, parseTime, parseTimeText } from './values.js';

const ms = (iso: string) => Date.parse(iso);
const time = (v: Parameters<typeof parseTime>[0], edge: 'start' | 'end' = 'start') => {
  const r = parseTime(v, edge);
  return r.ok ? r.value : null;
};

describe('parseTime', () => {
  it('reads ISO 8601 with any offset as the same instant', () => {
    expect(time('2024-01-15T08:30:00+07:00')).toBe(ms('2024-01-15T01:30:00Z'));
    expect(time('2024-01-15T01:30:00Z')).toBe(ms('2024-01-15T01:30:00Z'));
    expect(time('2024-01-14T20:30:00-05:00')).toBe(ms('2024-01-15T01:30:00Z'));
    expect(time('2024-01-15 08:30+0700')).toBe(ms('2024-01-15T01:30:00Z'));
    expect(time('2024-01-15T08:30:00.250+07:00')).toBe(ms('2024-01-15T01:30:00.250Z'));
  });

  it('reads YYYY-MM-DD HH:mm as office time (UTC+7), never the machine zone', () => {
    expect(time('2024-01-15 08:30')).toBe(ms('2024-01-15T08:30:00+07:00'));
    expect(time('2024-01-15 08:30:15')).toBe(ms('2024-01-15T08:30:15+07:00'));
    expect(time('2024-01-15T23:59')).toBe(ms('2024-01-15T23:59:00+07:00'));
  });

  it('puts a bare date at the start of the office day for receipts and at its end otherwise', () => {
    expect(time('2024-01-15', 'start')).toBe(ms('2024-01-15T00:00:00+07:00'));
    expect(time('2024-01-15', 'end')).toBe(ms('2024-01-15T23:59:59+07:00'));
    expect(dayOf(time('2024-01-15', 'end')!)).toBe('2024-01-15');
  });

  it('refuses day-first text rather than guess which is the day (01/02/2024)', () => {
    expect(parseTime('15/01/2024', 'start').ok).toBe(false);
    expect(parseTime('01/02/2024 08:30', 'start').ok).toBe(false);
  });

  it('reads day-first text when told the book is day-first (--date-order dmy), in office time', () => {
    const dmy = (v: string, edge: 'start' | 'end' = 'start') => {
      const r = parseTime(v, edge, 'dmy');
      return r.ok ? r.value : null;
    };
    expect(dmy('15/01/2024')).toBe(ms('2024-01-15T00:00:00+07:00'));
    expect(dmy('15/01/2024', 'end')).toBe(ms('2024-01-15T23:59:59+07:00'));
    expect(dmy('01/02/2024 08:30')).toBe(ms('2024-02-01T08:30:00+07:00'));
    expect(dmy('1/2/2024 8:30:15')).toBe(ms('2024-02-01T08:30:15+07:00'));
    expect(dmy('15-01-2024')).toBe(ms('2024-01-15T00:00:00+07:00'));
    expect(dmy('15.01.2024')).toBe(ms('2024-01-15T00:00:00+07:00'));
    // Year-first text keeps its meaning; what is not a real day, or has a two-digit year, is refused.
    expect(dmy('2024-01-15 08:30')).toBe(ms('2024-01-15T08:30:00+07:00'));
    for (const bad of ['31/02/2024', '15/13/2024', '15/01/24', '15/01-2024', '01/15/2024', '15/01/2024 24:00'])
      expect(parseTime(bad, 'start', 'dmy').ok, bad).toBe(false);
  });

  it('reads spreadsheet dates by their wall-clock parts; midnight is a bare date', () => {
    expect(time(new Date(Date.UTC(2024, 0, 15, 8, 30)))).toBe(ms('2024-01-15T08:30:00+07:00'));
    expect(time(new Date(Date.UTC(2024, 0, 15)), 'end')).toBe(ms('2024-01-15T23:59:59+07:00'));
    expect(time(45306, 'start')).toBe(ms('2024-01-15T00:00:00+07:00')); // Excel serial of 2024-01-15
  });

  it.each([
    'garbage',
    '2024-02-30',
    '2023-02-29',
    '2024-13-01',
    '2024-01-15 24:00',
    '2024-01-15 08:60',
    '2024-01-15T08:30:00+25:00x',
    '15-01-2024x',
    '',
    '2024/01/15 8',
  ])('refuses %j', (s) => {
    expect(parseTime(s, 'start').ok).toBe(false);
  });

  it('round-trips any instant written with any offset (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2090, 0, 1) / 1000 }),
        fc.integer({ min: -12 * 4, max: 14 * 4 }),
        (seconds, quarterHours) => {
          const t = seconds * 1000;
          const off = quarterHours * 15;
          const sign = off < 0 ? '-' : '+';
          const abs = Math.abs(off);
          const hh = String(Math.floor(abs / 60)).padStart(2, '0');
          const mm = String(abs % 60).padStart(2, '0');
          const wall = new Date(t + off * 60_000).toISOString().slice(0, 19);
          expect(time(`${wall}${sign}${hh}:${mm}`)).toBe(t);
          // and the office-time rendering reads back too
          expect(time(toVnIso(t))).toBe(t);
        },
      ),
    );
  });

  it('keeps a bare date on its office day at both edges (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), (d) => {
        const day = d.toISOString().slice(0, 10);
        expect(dayOf(time(day, 'start')!)).toBe(day);
        expect(dayOf(time(day, 'end')!)).toBe(day);
      }),
    );
  });
});

describe('parseChannel', () => {
  it.each([
    ['online', 'online'],
    ['ONLINE', 'online'],
    ['Trực tuyến', 'online'],
    ['truc tuyen', 'online'],
    ['TRỰC TUYẾN', 'online'],
    ['direct', 'direct'],
    ['Trực tiếp', 'direct'],
    ['Truc tiep', 'direct'],
    ['postal', 'postal'],
    ['Bưu chính', 'postal'],
    ['Bưu chính công ích', 'postal'],
    ['BCCI', 'postal'],
  ])('%j is %s', (text, channel) => {
    expect(parseChannel(text)).toEqual({ ok: true, value: channel });
  });
  it.each(['fax', '', 'email', 'trực'])('refuses %j', (text) => {
    expect(parseChannel(text).ok).toBe(false);
  });
});

describe('yes/no, digitised and fee cells', () => {
  it('reads yes/no marks', () => {
    for (const y of ['x', 'X', 'yes', 'true', '1', 'có', 'Co', 'đã', '✓', true, 1])
      expect(parseFlag(y)).toEqual({ ok: true, value: true });
    for (const n of ['', 'no', 'false', '0', 'không', 'chưa', '-', null, false, 0])
      expect(parseFlag(n)).toEqual({ ok: true, value: false });
    expect(parseFlag('maybe').ok).toBe(false);
    expect(parseFlag(2).ok).toBe(false);
  });
  it('reads which part was digitised', () => {
    expect(parseDigitised('yes')).toEqual({ ok: true, value: { papers: true, result: true } });
    expect(parseDigitised('papers')).toEqual({ ok: true, value: { papers: true, result: false } });
    expect(parseDigitised('Kết quả')).toEqual({ ok: true, value: { papers: false, result: true } });
    expect(parseDigitised('')).toEqual({ ok: true, value: { papers: false, result: false } });
  });
  it('reads fees in whole đồng as officials write them', () => {
    const fee = (v: string | number | null) => {
      const r = parseFee(v);
      return r.ok ? r.value : 'bad';
    };
    expect(fee('50000')).toBe(50000);
    expect(fee('50.000')).toBe(50000);
    expect(fee('50,000')).toBe(50000);
    expect(fee('1.250.000 đ')).toBe(1250000);
    expect(fee('50 000 VNĐ')).toBe(50000);
    expect(fee('50.000,00')).toBe(50000);
    expect(fee(8000)).toBe(8000);
    expect(fee('')).toBe(null);
    expect(fee(null)).toBe(null);
    expect(fee('12,5')).toBe('bad');
    expect(fee('-5')).toBe('bad');
    expect(fee('free')).toBe('bad');
    expect(fee(12.5)).toBe('bad');
  });
});

// The hand-written fast paths (by position, cached) against the readings they stand in for.
describe('fast paths', () => {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  /** Times written the way books write them, with parts a little out of range on every side. */
  const bookTime = fc
    .record({
      y: fc.integer({ min: 1890, max: 3010 }),
      mo: fc.integer({ min: 0, max: 13 }),
      d: fc.integer({ min: 0, max: 32 }),
      h: fc.integer({ min: 0, max: 25 }),
      mi: fc.integer({ min: 0, max: 61 }),
      s: fc.integer({ min: 0, max: 61 }),
      shape: fc.constantFrom('date', 'minutes', 'seconds'),
      sep: fc.constantFrom(' ', 'T', 't', '_'),
      around: fc.constantFrom('', ' ', '\t', ' \u00a0'),
    })
    .map(({ y, mo, d, h, mi, s, shape, sep, around }) => {
      const day = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
      const text =
        shape === 'date' ? day : `${day}${sep}${pad(h)}:${pad(mi)}${shape === 'seconds' ? `:${pad(s)}` : ''}`;
      return `${around}${text}${around}`;
    });
  /** Any text of the same lengths over the characters those shapes use. */
  const nearTime = fc
    .array(fc.constantFrom('0', '1', '2', '9', '-', ':', ' ', 'T', '+', 'Z', '٣'), { minLength: 8, maxLength: 21 })
    .map((cs) => cs.join(''));

  it('reads YYYY-MM-DD[ HH:mm[:ss]] by position exactly as by regular expression (property)', () => {
    fc.assert(
      fc.property(fc.oneof(bookTime, nearTime), fc.constantFrom('start', 'end'), (text, edge) => {
        expect(parseTime(text, edge as 'start' | 'end')).toEqual(parseTimeText(text.trim(), edge as 'start' | 'end'));
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts a date exactly when the calendar has it, in 1900–2999 (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 1890, max: 3010 }),
          fc.constantFrom(1899, 1900, 2000, 2023, 2024, 2100, 2400, 2999, 3000),
        ),
        fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constant(2)),
        fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 28, max: 31 })),
        (y, mo, d) => {
          const t = new Date(Date.UTC(2000, mo - 1, d));
          t.setUTCFullYear(y);
          const exists = t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
          expect(parseTime(`${y}-${pad(mo)}-${pad(d)}`, 'start').ok).toBe(exists && y >= 1900 && y <= 2999);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('writes every instant as toVnIso does, or fails as it does (property)', () => {
    const outcome = (f: () => string): string => {
      try {
        return f();
      } catch (e) {
        return `throws ${(e as Error).name}`;
      }
    };
    const year = 365.2425 * 86_400_000;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: Date.UTC(1890, 0, 1), max: Date.UTC(3010, 0, 1) }),
          fc
            .integer({ min: -1971 * year, max: 8100 * year })
            .map((x) => x - (x % 1000) + (x % 3)), // near seconds
          fc.double({ min: -400_000 * year, max: 400_000 * year }), // fractions, and years of 5-6 digits
          fc.double(), // NaN, ±Infinity, -0
          // Just off a second (Date truncates a fraction, toward zero), and the first and last 4-digit years.
          fc
            .tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.constantFrom(-0.5, 0.5, -0.001, 0.999))
            .map(([s, f]) => s * 1000 - 25_200_000 + f),
          fc
            .tuple(fc.constantFrom(-62_167_219_200_000, 253_402_300_800_000), fc.integer({ min: -2000, max: 1000 }))
            .map(([edge, d]) => edge - 25_200_000 + d),
        ),
        (ms) => {
          expect(outcome(() => isoOf(ms))).toBe(outcome(() => toVnIso(ms)));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('keeps giving the same answer for a cell after its reading was remembered and forgotten', () => {
    const cells = Array.from(
      { length: 3000 },
      (_, i) => ['x', 'có', 'fax', ' online ', '1.000 đ'][i % 5] + ' '.repeat(i),
    );
    const first = cells.map((c) => [parseFlag(c), parseChannel(c), parseDigitised(c), parseFee(c)]);
    const again = cells.map((c) => [parseFlag(c), parseChannel(c), parseDigitised(c), parseFee(c)]);
    expect(again).toEqual(first);
    expect(parseChannel(' online ')).toEqual({ ok: true, value: 'online' });
    expect(parseFee(`1.000 đ${' '.repeat(5)}`)).toEqual({ ok: true, value: 1000 });
  });
});
