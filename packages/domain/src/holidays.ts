// Statutory public holidays of the Labour Code 2019 (Bộ luật Lao động 45/2019/QH14), art. 112, and the
// weekly-rest compensation of art. 111(3). This is the fallback for years without an announced schedule
// (holiday-data.ts): the government fixes the exact Tết days and the day next to 2 September every year,
// so the choices below are the usual pattern, not law.

import { lunarNewYear, lunarToSolar } from './lunar.js';
import { addDays, type Day, weekday } from './time.js';

/** Vietnamese labels, as printed on receipts and reports. */
export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  lunarNewYear: 'Tết Nguyên đán',
  hungKings: 'Giỗ Tổ Hùng Vương',
  victory: 'Ngày Chiến thắng',
  labour: 'Ngày Quốc tế Lao động',
  nationalDay: 'Quốc khánh',
} as const;

export interface Holiday {
  day: Day;
  name: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const fixed = (year: number, month: number, day: number): Day => `${year}-${pad(month)}-${pad(day)}` as Day;

/**
 * The day off next to 2 September (art. 112(1)(đ): "ngày 02/9 và 01 ngày liền kề trước hoặc sau").
 * The choice follows the announced precedents, preferring a weekday that joins a weekend:
 * Mon→3/9 (2024), Tue→1/9 (2025), Wed→1/9 (2026), Thu→3/9 (2021), Fri→1/9 (2022), Sat→1/9 (2023);
 * Sun has no precedent since the rule began in 2021: 3/9 (Monday) is assumed.
 */
function nationalDayAdjacent(year: number): Day {
  const sep2 = fixed(year, 9, 2);
  const wd = weekday(sep2);
  const before = wd === 2 || wd === 3 || wd === 5 || wd === 6;
  return addDays(sep2, before ? -1 : 1);
}

/**
 * The statutory holidays of a Gregorian year, from the rules alone (lunar dates on the UTC+7 calendar):
 * 1 January; Tết 5 days (taken here as the last day of the old lunar year and days 1–4 of the new one);
 * Giỗ Tổ Hùng Vương (10th day of the 3rd lunar month); 30 April; 1 May; 2 September and one adjacent day.
 * Days are returned even when they fall on a weekend (see statutoryDaysOff for the compensation).
 */
export function statutoryHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`year must be a 4-digit integer, got ${year}`);
  const tet = lunarNewYear(year);
  const hungKings = lunarToSolar({ day: 10, month: 3, year, leap: false });
  const list: Holiday[] = [
    { day: fixed(year, 1, 1), name: HOLIDAY_NAMES.newYear },
    ...[-1, 0, 1, 2, 3].map((n) => ({ day: addDays(tet, n), name: HOLIDAY_NAMES.lunarNewYear })),
    ...(hungKings ? [{ day: hungKings, name: HOLIDAY_NAMES.hungKings }] : []),
    { day: fixed(year, 4, 30), name: HOLIDAY_NAMES.victory },
    { day: fixed(year, 5, 1), name: HOLIDAY_NAMES.labour },
    { day: fixed(year, 9, 2), name: HOLIDAY_NAMES.nationalDay },
    { day: nationalDayAdjacent(year), name: HOLIDAY_NAMES.nationalDay },
  ];
  return list.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

const isWeekend = (day: string): boolean => {
  const wd = weekday(day);
  return wd === 0 || wd === 6;
};

/**
 * Statutory holidays plus compensation days (art. 111(3): a holiday on the weekly rest day is taken on the
 * next working day). Offices rest on Saturday and Sunday, so each weekend holiday gives the first following
 * weekday that is neither a holiday nor already a compensation day. Compensation days are named
 * "Nghỉ bù <holiday>".
 */
export function statutoryDaysOff(year: number): Holiday[] {
  const holidays = statutoryHolidays(year);
  const taken = new Set<string>(holidays.map((h) => h.day));
  const result: Holiday[] = [...holidays];
  for (const h of holidays) {
    if (!isWeekend(h.day)) continue;
    let d = addDays(h.day, 1);
    while (isWeekend(d) || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    result.push({ day: d, name: `Nghỉ bù ${h.name}` });
  }
  return result.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
