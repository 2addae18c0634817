import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lunarNewYear, lunarToSolar, solarToLunar } from './lunar.js';
import { addDays } from './time.js';

// Tết day 1 as published by Vietnamese almanacs (Hồ Ngọc Đức's tables, the VN government holiday notices).
const PUBLISHED_TET: Record<number, string> = {
  1985: '1985-01-21',
  2007: '2007-02-17',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02',
};

describe('lunarNewYear on the Vietnamese (UTC+7) calendar', () => {
  it.each(Object.entries(PUBLISHED_TET))('Tết %s is %s', (year, day) => {
    expect(lunarNewYear(Number(year))).toBe(day);
  });

  it('property: for every year 2023–2030 the computed Tết equals the published date', () => {
    fc.assert(fc.property(fc.integer({ min: 2023, max: 2030 }), (year) => lunarNewYear(year) === PUBLISHED_TET[year]));
  });

  it('given a UTC+8 (Chinese) calendar, when computing 1985, 2007 and 2030, then Tết lands on another day', () => {
    expect(lunarNewYear(1985, 8)).toBe('1985-02-20');
    expect(lunarNewYear(2007, 8)).toBe('2007-02-18');
    expect(lunarNewYear(2030, 8)).toBe('2030-02-03');
  });

  it('Giỗ Tổ Hùng Vương (10/3 lunar) for 2023–2026', () => {
    const gioTo = (year: number) => lunarToSolar({ day: 10, month: 3, year, leap: false });
    expect([2023, 2024, 2025, 2026].map(gioTo)).toEqual(['2023-04-29', '2024-04-18', '2025-04-07', '2026-04-26']);
  });

  it('property: Tết falls between 21 January and 20 February and is lunar 1/1 of that year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), (year) => {
        const tet = lunarNewYear(year);
        expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`).toBe(true);
        expect(solarToLunar(tet)).toEqual({ day: 1, month: 1, year, leap: false });
        const eve = solarToLunar(addDays(tet, -1));
        expect(eve.month).toBe(12);
        expect(eve.year).toBe(year - 1);
        expect([29, 30]).toContain(eve.day);
      }),
      { numRuns: 60 },
    );
  });

  it('property: solar → lunar → solar is the identity', () => {
    const day = fc
      .integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2099, 11, 31) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (d) => {
        expect(lunarToSolar(solarToLunar(d))).toBe(d);
      }),
      { numRuns: 200 },
    );
  });

  it('a leap month exists only where the year has one (2023 had a leap 2nd month, 2024 none)', () => {
    expect(lunarToSolar({ day: 1, month: 2, year: 2023, leap: true })).toBe('2023-03-22');
    expect(lunarToSolar({ day: 1, month: 2, year: 2024, leap: true })).toBeNull();
  });
});
