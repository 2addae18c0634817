import { describe, expect, it } from 'vitest';
import { BUILTIN_CALENDAR, OFFICIAL_YEARS } from './holiday-data.js';
import { statutoryDaysOff, statutoryHolidays } from './holidays.js';
import { lunarNewYear } from './lunar.js';
import { weekday } from './time.js';

const isWeekend = (d: string) => weekday(d) === 0 || weekday(d) === 6;

describe('statutory holidays (Labour Code 2019 art. 112)', () => {
  it('given 2024, then 11 days: 1/1, Tết 9–13/2, Giỗ Tổ 18/4, 30/4, 1/5, 2–3/9', () => {
    expect(statutoryHolidays(2024)).toEqual([
      { day: '2024-01-01', name: 'Tết Dương lịch' },
      { day: '2024-02-09', name: 'Tết Nguyên đán' },
      { day: '2024-02-10', name: 'Tết Nguyên đán' },
      { day: '2024-02-11', name: 'Tết Nguyên đán' },
      { day: '2024-02-12', name: 'Tết Nguyên đán' },
      { day: '2024-02-13', name: 'Tết Nguyên đán' },
      { day: '2024-04-18', name: 'Giỗ Tổ Hùng Vương' },
      { day: '2024-04-30', name: 'Ngày Chiến thắng' },
      { day: '2024-05-01', name: 'Ngày Quốc tế Lao động' },
      { day: '2024-09-02', name: 'Quốc khánh' },
      { day: '2024-09-03', name: 'Quốc khánh' },
    ]);
  });

  it('given 2023, when weekend holidays are compensated, then the announced compensation days come out', () => {
    const extra = statutoryDaysOff(2023).filter((h) => h.name.startsWith('Nghỉ bù'));
    expect(extra.map((h) => h.day)).toEqual(
      expect.arrayContaining(['2023-01-02', '2023-05-02', '2023-05-03', '2023-09-04']),
    );
  });

  it('every year 1990–2100 has 11 distinct holidays, Tết day 1 among them, and weekday compensation days', () => {
    for (let year = 1990; year <= 2100; year++) {
      const hs = statutoryHolidays(year);
      expect(new Set(hs.map((h) => h.day)).size).toBe(11);
      expect(hs.some((h) => h.day === lunarNewYear(year) && h.name === 'Tết Nguyên đán')).toBe(true);
      const comp = statutoryDaysOff(year).filter((h) => h.name.startsWith('Nghỉ bù'));
      expect(comp.length).toBe(hs.filter((h) => isWeekend(h.day)).length);
      for (const c of comp) expect(isWeekend(c.day)).toBe(false);
    }
  });
});

describe('shipped official schedules 2023–2026, 2027 provisional', () => {
  it('cover exactly 2023–2027, only 2027 provisional', () => {
    expect(OFFICIAL_YEARS.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(BUILTIN_CALENDAR.provisionalYears).toEqual([2027]);
  });

  it.each(OFFICIAL_YEARS.map((y) => [y.year, y] as const))('%i: every statutory weekday holiday is off', (_, y) => {
    const off = new Set(y.daysOff);
    const missing = statutoryHolidays(y.year).filter((h) => !isWeekend(h.day) && !off.has(h.day));
    expect(missing).toEqual([]);
  });

  it.each(
    OFFICIAL_YEARS.map((y) => [y.year, y] as const),
  )('%i: days off are weekdays, working days are Saturdays', (_, y) => {
    for (const d of y.daysOff) expect(isWeekend(d)).toBe(false);
    for (const d of y.workingDays) expect(weekday(d)).toBe(6);
    for (const d of y.daysOff) expect(y.names?.[d]).toBeTruthy();
  });

  it('each swapped Saturday is matched by one swapped weekday off', () => {
    for (const y of OFFICIAL_YEARS) {
      const swappedOff = Object.values(y.names ?? {}).filter((n) => n.startsWith('Nghỉ hoán đổi'));
      expect(swappedOff.length).toBe(y.workingDays.length);
    }
  });
});
