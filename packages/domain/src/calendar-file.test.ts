import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_YEARS as LEGACY_YEARS } from '../test-fixtures/legacy-holiday-data.js';
import {
  BUILTIN_CALENDAR_CSV,
  CALENDAR_FILE_HEADER,
  calendarFileErrorText,
  calendarFromData,
  createCalendar,
  defaultCalendar,
  parseCalendarCsv,
} from './calendar.js';
import { addDays } from './time.js';

const parse = (text: string) => {
  const r = parseCalendarCsv(text);
  if (!r.ok) throw new Error(calendarFileErrorText(r.errors, 'en'));
  return r.value;
};

describe('calendar file', () => {
  it('names the line and the field of each bad line, in Vietnamese by default, and returns no data', () => {
    const text = [
      '# lịch nghỉ',
      CALENDAR_FILE_HEADER,
      '2030-02-31,off,Tết,Văn bản 1,announced',
      '2030-01-01,holiday,Tết Dương lịch,Văn bản 1,announced',
      '2030-01-02,off,,Văn bản 1,announced',
      '2030-01-05,off,Thứ Bảy,Văn bản 1,announced',
      '2030-01-03,off,Nghỉ,Văn bản 1,announced,extra',
      '2030-01-04,off,Nghỉ,Văn bản 1,maybe',
    ].join('\n');
    const r = parseCalendarCsv(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'date'],
      [4, 'kind'],
      [5, 'name'],
      [6, 'kind'],
      [7, 'line'],
      [8, 'status'],
    ]);
    expect(calendarFileErrorText(r.errors)).toContain('dòng 3, date: «2030-02-31» không phải ngày YYYY-MM-DD');
    expect(calendarFileErrorText(r.errors, 'en')).toContain('line 4, kind: «holiday» is not off or working');
  });

  it('refuses a missing header, a day given twice and a year with two statuses', () => {
    const noHeader = parseCalendarCsv('2030-01-01,off,Tết,VB,announced');
    expect(noHeader.ok ? [] : noHeader.errors.map((e) => [e.line, e.field])).toEqual([[1, 'header']]);
    const twice = parseCalendarCsv(
      [
        CALENDAR_FILE_HEADER,
        '2030-01-01,off,A,VB,announced',
        '2030-01-01,off,B,VB,announced',
        '2030-01-02,off,C,VB,provisional',
      ].join('\n'),
    );
    expect(twice.ok ? [] : twice.errors.map((e) => `${e.line} ${e.field} ${e.message}`)).toEqual([
      '3 date 2030-01-01 is already given on line 2',
      '4 status 2030 is announced on line 2: one status per year',
    ]);
  });

  it('ships the built-in data as that same file, and the copy for administrators equals it', () => {
    const shipped = readFileSync(new URL('../calendar/calendar-vn.csv', import.meta.url), 'utf8');
    expect(shipped.trim()).toBe(BUILTIN_CALENDAR_CSV.trim());
    expect(parse(BUILTIN_CALENDAR_CSV).years.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
  });

  it('keeps the former hard-coded calendar for every day of 2019–2026', () => {
    const legacy = createCalendar({ years: [...LEGACY_YEARS] });
    const differences: string[] = [];
    for (let day = '2019-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
      const was = [legacy.isWorkingDay(day), legacy.holidayName(day)];
      const now = [defaultCalendar.isWorkingDay(day), defaultCalendar.holidayName(day)];
      if (JSON.stringify(was) !== JSON.stringify(now)) differences.push(`${day}: ${was} → ${now}`);
    }
    expect(differences).toEqual([]);
  });

  it('a replaced file changes a due date', () => {
    // 5 working days from Monday 7 Dec 2026: Monday 14 Dec 07:00 boundary → due Friday 11 Dec 17:00.
    const receivedAt = '2026-12-07T07:00:00+07:00';
    const limit = { unit: 'workingDays', amount: 5 } as const;
    expect(defaultCalendar.dueAt(receivedAt, limit)).toBe('2026-12-11T17:00:00+07:00');
    const extended = `${BUILTIN_CALENDAR_CSV}\n2026-12-09,off,Nghỉ đột xuất,Văn bản thử 1/2026,announced\n`;
    expect(calendarFromData(parse(extended)).dueAt(receivedAt, limit)).toBe('2026-12-14T17:00:00+07:00');
  });

  it('flags a due date in a year without announced data as provisional: 2028 and 2027 yes, 2026 no', () => {
    expect(
      defaultCalendar.isProvisional(
        defaultCalendar.dueAt('2026-03-02T08:00:00+07:00', { unit: 'workingDays', amount: 10 }),
      ),
    ).toBe(false);
    const due2028 = defaultCalendar.dueAt('2028-03-01T08:00:00+07:00', { unit: 'workingDays', amount: 10 });
    expect(due2028.startsWith('2028-')).toBe(true);
    expect(defaultCalendar.isProvisional(due2028)).toBe(true);
    expect(defaultCalendar.isProvisional('2027-02-08')).toBe(true);
    // The 2027 Tết days are computed from the lunar calendar: Tết Đinh Mùi is Saturday 6 Feb 2027.
    expect(defaultCalendar.holidayName('2027-02-05')).toBe('Tết Nguyên đán');
    expect(defaultCalendar.isWorkingDay('2027-02-08')).toBe(false);
    // A file that announces 2028 makes it final.
    const announced = parse(`${BUILTIN_CALENDAR_CSV}\n2028-01-03,off,Nghỉ bù Tết Dương lịch,VB thử,announced\n`);
    expect(calendarFromData(announced).isProvisional(due2028)).toBe(false);
  });
});
